import { z } from 'zod';
import {
	CrosswalkInputError,
	type Crosswalk,
	type SourceCoverage,
	type TargetCoverage
} from '../../core/crosswalk/crosswalk';
import { arealWeights, assignedPopulationWeights } from '../../core/crosswalk/weights';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import {
	assignFineUnits,
	crosswalkWeights,
	deleteCrosswalkRow,
	findCrosswalkItem,
	layerIntersections,
	listCrosswalkItems,
	replaceCrosswalk,
	unitAreas,
	type CrosswalkListItem,
	type StoredWeight
} from '../repositories/crosswalk.repository';
import { datesWithAllVariables, variableTotalsAtLayer } from '../repositories/observation-read.repository';
import { findSpatialLayer, type SpatialLayerRow } from '../repositories/spatial-layer.repository';
import { findVariable } from '../repositories/variable.repository';
import { recordChange } from './audit.service';
import { actorLabel, authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/**
 * Crosswalks between layers that do not nest (DOMAIN.md §5): computed from PostGIS intersections
 * by the pure core (core/crosswalk), stored with method and date, listed, shown and deleted.
 * Converting counts through them is crosswalk-conversion.service.ts.
 */

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
const optionalCode = z
	.string()
	.trim()
	.max(64)
	.nullish()
	.transform((v) => v || null);

const computeInput = z
	.object({
		from: z.string().trim().min(1, 'Bitte wählen Sie die Ausgangsebene.'),
		to: z.string().trim().min(1, 'Bitte wählen Sie die Zielebene.'),
		method: z.enum(['areal', 'population'], {
			error: 'Verfahren: areal (Fläche) oder population (Einwohner)'
		}),
		weightVariable: optionalCode,
		weightLayer: optionalCode,
		date: isoDate.nullish().transform((v) => v ?? null)
	})
	.refine((v) => v.from !== v.to, {
		path: ['to'],
		message: 'muss eine andere Ebene sein als die Ausgangsebene'
	})
	.refine((v) => v.method === 'areal' || v.weightVariable, {
		path: ['weightVariable'],
		message: 'Bitte wählen Sie das Merkmal, das gewichtet (z. B. Einwohner).'
	})
	.refine((v) => v.method === 'areal' || v.weightLayer, {
		path: ['weightLayer'],
		message: 'Bitte wählen Sie die feinere Ebene, deren Einwohner gewichten.'
	});

export type ComputeCrosswalkInput = z.input<typeof computeInput>;

/** What the page and the API show of a computation; stored in `crosswalk.summary`. */
export interface CrosswalkSummary {
	/** The date the weights describe (the boundaries', for population weights the population's Stichtag). */
	date: string;
	tolerance: number;
	sourceUnits: number;
	targetUnits: number;
	weights: number;
	/** Source units carried over in full (coverage 1 within rounding). */
	sourcesCovered: number;
	/** Source units carried over in part (leaving the target layer, or slivers dropped). */
	sourcesPartial: string[];
	/** Source units of which nothing arrives (outside the target layer, no geometry, nobody living there). */
	sourcesNotCovered: string[];
	/** Target units no source unit reaches. */
	targetsNotCovered: string[];
	/** Source units that had slivers dropped, and the sum of the dropped shares. */
	sliverSources: number;
	sliverShare: number;
	sourcesWithoutGeometry: string[];
	/**
	 * Population weighting with the source layer as its own weighting layer: every source unit goes
	 * WHOLE to the target unit holding its point on surface. Exact where the source nests in the
	 * target (shapes from different files included); coarse where it does not.
	 */
	assignedWhole?: boolean;
	/** Population weighting: units of the weighting layer without a value (weighed as 0), and those outside either layer. */
	fineUnits?: number;
	fineWithoutValue?: string[];
	fineOutside?: string[];
	/** Per source unit its basis, total, share inside the target layer, slivers and coverage. */
	sources: SourceCoverage[];
	targets: TargetCoverage[];
}

const fullCoverage = 1e-9;

function summarise(cw: Crosswalk, extra: Partial<CrosswalkSummary>): CrosswalkSummary {
	const reached = new Set(cw.weights.map((w) => w.target));
	return {
		date: cw.date,
		tolerance: cw.tolerance,
		sourceUnits: cw.sources.length,
		targetUnits: cw.targets.length,
		weights: cw.weights.length,
		sourcesCovered: cw.sources.filter((s) => Math.abs(s.coverage - 1) <= fullCoverage).length,
		sourcesPartial: cw.sources
			.filter((s) => s.coverage > 0 && s.coverage < 1 - fullCoverage)
			.map((s) => s.source),
		sourcesNotCovered: cw.sources.filter((s) => s.coverage === 0).map((s) => s.source),
		targetsNotCovered: cw.targets.filter((t) => !reached.has(t.target)).map((t) => t.target),
		sliverSources: cw.sources.filter((s) => s.slivers > 0).length,
		sliverShare: cw.sources.reduce((sum, s) => sum + s.slivers, 0),
		sourcesWithoutGeometry: [],
		...extra,
		sources: cw.sources,
		targets: cw.targets
	};
}

async function layerOrFail(
	db: Database,
	tenantId: string,
	code: string,
	field: string
): Promise<SpatialLayerRow> {
	const layer = await findSpatialLayer(db, tenantId, code);
	if (!layer) throw new AppError('layer.not_found', { layer: code }, { [field]: 'unbekannt' });
	return layer;
}

/** Runs the core and turns its input problems into the service's error. */
function core(run: () => Crosswalk): Crosswalk {
	try {
		return run();
	} catch (caught) {
		if (caught instanceof CrosswalkInputError)
			throw new AppError('crosswalk.invalid', { details: caught.problems.slice(0, 5).join(' ') });
		throw caught;
	}
}

/**
 * Computes the weights from one layer to another, areal or weighted by a finer layer's variable
 * at a date, and stores them, replacing the crosswalk of the same pair, method and date.
 */
export async function computeCrosswalk(
	tc: TenantContext,
	input: ComputeCrosswalkInput
): Promise<CrosswalkListItem & { summary: CrosswalkSummary }> {
	const values = parseInput(computeInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	const id = await tc.db.transaction(async (tx) => {
		const from = await layerOrFail(tx, tc.tenant.id, values.from, 'from');
		const to = await layerOrFail(tx, tc.tenant.id, values.to, 'to');
		const srid = from.metricSrid;
		const sources = await unitAreas(tx, tc.tenant.id, from.id, srid);
		const targets = await unitAreas(tx, tc.tenant.id, to.id, srid);
		const options = {
			sourceLayer: from.code,
			targetLayer: to.code,
			date: values.date ?? tc.now.toISOString().slice(0, 10)
		};
		let cw: Crosswalk;
		let extra: Partial<CrosswalkSummary> = {
			sourcesWithoutGeometry: sources.filter((s) => !s.hasGeometry).map((s) => s.code)
		};
		let weighting: { variableId: string; layerId: string; date: string } | null = null;
		if (values.method === 'areal') {
			const intersections = await layerIntersections(tx, tc.tenant.id, from.id, to.id, srid);
			if (intersections.length === 0)
				throw new AppError('crosswalk.invalid', {
					details: `Die Gebiete von „${from.name}“ und „${to.name}“ überschneiden sich nirgends (oder haben keine Geometrie).`
				});
			cw = core(() => arealWeights({ sources, targets, intersections }, options));
		} else {
			const fineLayer = await layerOrFail(tx, tc.tenant.id, values.weightLayer!, 'weightLayer');
			const weight = await findVariable(tx, tc.tenant.id, values.weightVariable!);
			if (!weight)
				throw new AppError(
					'variable.not_found',
					{ variable: values.weightVariable! },
					{ weightVariable: 'unbekannt' }
				);
			if (weight.kind === 'rate')
				throw new AppError('crosswalk.not_convertible', {
					code: weight.code,
					details: 'eine Quote kann nicht gewichten'
				});
			const date = values.date ?? (await datesWithAllVariables(tx, tc.tenant.id, [weight.id])).at(-1);
			if (!date)
				throw new AppError('crosswalk.invalid', { details: `„${weight.name}“ hat noch keine Werte.` });
			const population = await variableTotalsAtLayer(tx, tc.tenant.id, weight.id, fineLayer.id, date);
			if (population.size === 0)
				throw new AppError('crosswalk.invalid', {
					details: `„${weight.name}“ hat am ${date} keine Werte auf der Ebene „${fineLayer.name}“.`
				});
			const fine = await assignFineUnits(
				tx,
				tc.tenant.id,
				{ fine: fineLayer.id, from: from.id, to: to.id },
				srid
			);
			cw = core(() =>
				assignedPopulationWeights(
					{
						fine: fine.map((f) => ({ ...f, population: population.get(f.id) ?? 0 })),
						sources: sources.map((s) => s.code),
						targets: targets.map((t) => t.code)
					},
					{ ...options, date }
				)
			);
			extra = {
				...extra,
				assignedWhole: fineLayer.id === from.id,
				fineUnits: fine.length,
				fineWithoutValue: fine.filter((f) => !population.has(f.id)).map((f) => f.code),
				fineOutside: fine.filter((f) => f.source === null || f.target === null).map((f) => f.code)
			};
			weighting = { variableId: weight.id, layerId: fineLayer.id, date };
		}
		const summary = summarise(cw, extra);
		const sourceId = new Map(sources.map((s) => [s.code, s.id]));
		const targetId = new Map(targets.map((t) => [t.code, t.id]));
		const { row, replaced } = await replaceCrosswalk(
			tx,
			{
				tenantId: tc.tenant.id,
				fromLayerId: from.id,
				toLayerId: to.id,
				method: values.method,
				weightVariableId: weighting?.variableId ?? null,
				weightLayerId: weighting?.layerId ?? null,
				weightDate: weighting?.date ?? values.date,
				summary,
				computedAt: tc.now,
				computedBy: actorLabel(tc.actor)
			},
			cw.weights.map((w) => ({
				fromUnitId: sourceId.get(w.source)!,
				toUnitId: targetId.get(w.target)!,
				weight: w.weight
			}))
		);
		const { sources: _s, targets: _t, ...counts } = summary;
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'crosswalk',
			entityId: row.id,
			action: 'create',
			before: replaced
				? { id: replaced.id, computedAt: replaced.computedAt, computedBy: replaced.computedBy }
				: undefined,
			after: { ...values, ...counts }
		});
		return row.id;
	});
	return crosswalkOrFail(tc.db, tc.tenant.id, id);
}

const crosswalkId = z.uuid();

/** The crosswalk by id; a malformed id is as unknown as a missing one. */
export async function crosswalkOrFail(
	db: Database,
	tenantId: string,
	id: string
): Promise<CrosswalkListItem & { summary: CrosswalkSummary }> {
	const found = crosswalkId.safeParse(id).success ? await findCrosswalkItem(db, tenantId, id) : undefined;
	if (!found) throw new AppError('crosswalk.not_found', { crosswalk: id });
	return found as CrosswalkListItem & { summary: CrosswalkSummary };
}

export async function listCrosswalks(tc: TenantContext): Promise<CrosswalkListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listCrosswalkItems(tc.db, tc.tenant.id);
}

export interface CrosswalkDetail {
	crosswalk: CrosswalkListItem & { summary: CrosswalkSummary };
	/** Every stored weight with the codes and names of its units, by source then target. */
	weights: StoredWeight[];
}

export async function getCrosswalk(tc: TenantContext, id: string): Promise<CrosswalkDetail> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return crosswalkDetail(tc.db, tc.tenant.id, id);
}

/** The crosswalk with its weights, for the use cases that read it (and have asked the policy). */
export async function crosswalkDetail(db: Database, tenantId: string, id: string): Promise<CrosswalkDetail> {
	const found = await crosswalkOrFail(db, tenantId, id);
	return { crosswalk: found, weights: await crosswalkWeights(db, tenantId, found.id) };
}

/** The stored crosswalk as the core's object, for converting counts through it. */
export function coreCrosswalk(detail: CrosswalkDetail): Crosswalk {
	const { crosswalk: item, weights } = detail;
	return {
		method: item.method,
		date: item.summary.date,
		sourceLayer: item.fromLayerCode,
		targetLayer: item.toLayerCode,
		tolerance: item.summary.tolerance,
		renormalised: false,
		weights: weights.map(({ source, target, weight }) => ({ source, target, weight })),
		sources: item.summary.sources,
		targets: item.summary.targets
	};
}

export async function deleteCrosswalk(tc: TenantContext, id: string): Promise<void> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	await tc.db.transaction(async (tx) => {
		const found = await crosswalkOrFail(tx, tc.tenant.id, id);
		await deleteCrosswalkRow(tx, tc.tenant.id, found.id);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'crosswalk',
			entityId: found.id,
			action: 'delete',
			before: {
				from: found.fromLayerCode,
				to: found.toLayerCode,
				method: found.method,
				weightDate: found.weightDate,
				weights: found.weightCount
			}
		});
	});
}
