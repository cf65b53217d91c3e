import { z } from 'zod';
import { AppError } from '../../core/errors';
import { schemeClasses } from '../../core/index/classes';
import type { Rating, RatingReason } from '../../core/planning/goal-check';
import type { ValueUnit } from '../../core/planning/rating-reason';
import type { GoalStatus } from '../../core/planning/goal';
import {
	isActiveMeasure,
	nearestLinks,
	unitActivities,
	type ActivityMeasure,
	type NeedClass,
	type ServiceVia,
	type SupplyGap,
	type UnitActivity
} from '../../core/planning/area-activity';
import type { MeasureStatus } from '../../core/planning/measure';
import { toErrorBody } from '../errors';
import {
	findIndexResults,
	listCompositeIndexes,
	listIndexRuns
} from '../repositories/composite-index.repository';
import { goalUnitIds } from '../repositories/goal.repository';
import { listMeasures, type MeasureListItem } from '../repositories/measure.repository';
import {
	measureLinksOfLayer,
	measureLinksOfUnit,
	unitsAboveAndBelow
} from '../repositories/plan-area.repository';
import { authorize } from '../services/context';
import { supplyAnalysisOf } from '../services/supply.service';
import { supplySettingsOf } from '../services/supply-settings.service';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';
import { checkAllGoals } from './goal-check';
import { indicatorsOf, layersOf, unitsOf } from './monitoring-setting';
import { memoForTenant } from './tenant-memo';

/**
 * The read side of the measures by area (issue 15, Views): for every unit of a layer the measures
 * serving it, its social-index class and supply gaps (need against activity); and for one unit the
 * goals and measures of its area profile. Everything for a layer is read in a handful of queries,
 * never one per unit.
 */

export interface AreaLayer {
	code: string;
	name: string;
	unitCount: number;
}

export interface PlanAreas {
	layers: AreaLayer[];
	/** The layer shown; null when the tenant has no units. */
	layer: AreaLayer | null;
	/** The social index whose class is shown (the first with a stored result on the layer). */
	index: { name: string; date: string; greatestLabel: string } | null;
	/**
	 * The supply bands compared, with their date, when asked for (`requested`); `configured` counts
	 * the tenant's bands. A problem reading them is named, not thrown.
	 */
	supply: {
		requested: boolean;
		configured: number;
		bands: { label: string; date: string | null }[];
		problem: string | null;
	};
	/** Units without geometry cannot be drawn on the map. */
	withGeometry: number;
	measures: ActivityMeasure[];
	rows: UnitActivity[];
}

const measureOf = (m: MeasureListItem): ActivityMeasure => ({
	id: m.id,
	code: m.code,
	title: m.title,
	status: m.status as MeasureStatus,
	departmentId: m.leadDepartmentId,
	departmentName: m.leadDepartmentName,
	lifePhases: m.lifePhases,
	targetGroups: m.targetGroups
});

/** The default layer: the one of the (first) social index, else the finest layer with units. */
function defaultLayer<L extends { code: string; depth: number; unitCount: number }>(
	layers: readonly L[],
	indexLayers: readonly string[]
): L | null {
	const withUnits = layers.filter((l) => l.unitCount > 0);
	return (
		indexLayers.map((code) => withUnits.find((l) => l.code === code)).find((l) => l !== undefined) ??
		withUnits.toSorted((a, b) => b.depth - a.depth)[0] ??
		null
	);
}

/** The class of each unit in the latest stored result of the first index of the layer that has one. */
async function needOf(tc: TenantContext, layerCode: string) {
	const { db, tenant } = tc;
	for (const index of (await listCompositeIndexes(db, tenant.id)).filter((i) => i.layerCode === layerCode)) {
		const latest = (await listIndexRuns(db, tenant.id, index.id)).at(-1);
		if (!latest) continue;
		const classes = schemeClasses(index.definition.statusClasses);
		const worst = classes.at(-1)!;
		const byUnit = new Map<string, NeedClass>();
		for (const r of await findIndexResults(db, tenant.id, index.id, { date: latest.date })) {
			const found = classes.find((c) => c.code === r.statusClass);
			if (found)
				byUnit.set(r.unitId, { code: found.code, label: found.label, greatest: found.code === worst.code });
		}
		return { index: { name: index.name, date: latest.date, greatestLabel: worst.label }, byUnit };
	}
	return { index: null, byUnit: new Map<string, NeedClass>() };
}

/**
 * Fehlbedarf per unit and band at the latest date with population data (services/supply.service.ts).
 * A supply analysis of a layer takes seconds (the 2SFCA and the facilities' units come with it), so
 * it is read only on request and held while the tenant's data do not change.
 */
async function supplyGapsOf(tc: TenantContext, layerCode: string, requested: boolean) {
	const gaps = new Map<string, SupplyGap[]>();
	const bands: PlanAreas['supply']['bands'] = [];
	const settings = await supplySettingsOf(tc.db, tc.tenant.id);
	const supply = (problem: string | null) => ({
		requested,
		configured: settings.bands.length,
		bands,
		problem
	});
	if (!requested) return { gaps, supply: supply(null) };
	try {
		for (const band of settings.bands) {
			const analysis = await memoForTenant(tc, `plan-areas:supply:${layerCode}:${band.code}`, () =>
				supplyAnalysisOf(tc.db, tc.tenant.id, { layer: layerCode, band: band.code })
			);
			bands.push({ label: band.label, date: analysis.date });
			for (const row of analysis.rows)
				if (row.shortfall !== null && row.shortfall > 0)
					gaps.set(row.unitId, [
						...(gaps.get(row.unitId) ?? []),
						{ label: band.label, shortfall: row.shortfall }
					]);
		}
		return { gaps, supply: supply(null) };
	} catch (caught) {
		const body = toErrorBody(caught);
		if (body.code.startsWith('auth.')) throw caught;
		return { gaps: new Map<string, SupplyGap[]>(), supply: supply(body.message) };
	}
}

const layerInput = z.object({
	layer: z.string().trim().max(100).optional(),
	supply: z.boolean().optional()
});

/**
 * Need against activity on one layer (default: the social index's): every unit with the active
 * measures serving it, its class and (with `supply`) its supply gaps, in unit code order.
 */
export async function planAreas(tc: TenantContext, input: unknown): Promise<PlanAreas> {
	const request = parseInput(layerInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const { db, tenant } = tc;
	const all = await layersOf(tc);
	const layers = all.map((l) => ({ code: l.code, name: l.name, unitCount: l.unitCount }));
	const indexLayers = (await listCompositeIndexes(db, tenant.id)).map((i) => i.layerCode);
	const chosen = request.layer
		? all.find((l) => l.code === request.layer)
		: (defaultLayer(all, indexLayers) ?? undefined);
	if (request.layer && !chosen) throw new AppError('layer.not_found', { layer: request.layer });
	const empty = { requested: false, configured: 0, bands: [], problem: null };
	if (!chosen)
		return { layers, layer: null, index: null, supply: empty, withGeometry: 0, measures: [], rows: [] };

	const [units, measureRows, links, need, supply] = await Promise.all([
		unitsOf(tc, chosen.code),
		listMeasures(db, tenant.id),
		measureLinksOfLayer(db, tenant.id, chosen.id),
		needOf(tc, chosen.code),
		supplyGapsOf(tc, chosen.code, request.supply === true)
	]);
	const measures = measureRows.map(measureOf);
	const rows = unitActivities({
		units: units.map((u) => ({
			id: u.id,
			code: u.code,
			name: u.name,
			need: need.byUnit.get(u.id) ?? null,
			supplyGaps: supply.gaps.get(u.id) ?? []
		})),
		measures,
		links
	});
	return {
		layers,
		layer: { code: chosen.code, name: chosen.name, unitCount: chosen.unitCount },
		index: need.index,
		supply: supply.supply,
		withGeometry: units.filter((u) => u.hasGeometry).length,
		measures: measures.filter(isActiveMeasure),
		rows
	};
}

/** How a goal's scope holds the unit of a profile. */
export type ScopeRelation = 'tenant' | 'unit' | 'within' | 'part';

export interface AreaGoal {
	code: string;
	title: string;
	status: GoalStatus;
	ownerDepartmentName: string | null;
	relation: ScopeRelation;
	/** The unit's own rating, when the goal rates the unit (it is one of the scope's units). */
	rating: { rating: Rating; reason: RatingReason } | null;
	/** How the goal's indicator writes its values (for the reason in words); null without indicator. */
	unit: ValueUnit | null;
}

export interface AreaMeasure {
	code: string;
	title: string;
	status: MeasureStatus;
	leadDepartmentName: string | null;
	via: ServiceVia;
}

export interface AreaPlanning {
	goals: AreaGoal[];
	measures: AreaMeasure[];
}

const collator = new Intl.Collator('de', { numeric: true });

/**
 * The area profile's section "Ziele und Maßnahmen in diesem Gebiet": the goals whose scope holds the
 * unit (the whole tenant, the unit itself, a unit above it, or units below it), with the unit's own
 * rating where the goal rates it; and every measure serving the unit, its ancestors or descendants.
 */
export async function areaPlanning(
	tc: TenantContext,
	layerCode: string,
	unitCode: string
): Promise<AreaPlanning> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const { db, tenant } = tc;
	const unit = (await unitsOf(tc, layerCode)).find((u) => u.code === unitCode);
	if (!unit) throw new AppError('unit.not_found', { unit: unitCode, layer: layerCode });
	const [checks, related, links, measureRows, indicators] = await Promise.all([
		checkAllGoals(tc),
		unitsAboveAndBelow(db, tenant.id, unit.id),
		measureLinksOfUnit(db, tenant.id, unit.id),
		listMeasures(db, tenant.id),
		indicatorsOf(tc)
	]);
	const unitOf = new Map(indicators.map((i) => [i.code, { label: i.unitLabel, decimals: i.decimals }]));

	const goals: AreaGoal[] = [];
	for (const { goal, scope, units } of checks) {
		let relation: ScopeRelation | null = null;
		const own = units.find((u) => u.unit.id === unit.id);
		if (goal.scopeKind === 'tenant') relation = own ? 'unit' : 'tenant';
		else {
			// A qualitative goal is not checked per unit: its chosen units come from the goal itself.
			const ids = scope ? units.map((u) => u.unit.id) : await goalUnitIds(db, tenant.id, goal.id);
			if (ids.includes(unit.id)) relation = 'unit';
			else if (ids.some((id) => related.above.has(id))) relation = 'within';
			else if (ids.some((id) => related.below.has(id))) relation = 'part';
		}
		if (relation === null) continue;
		goals.push({
			code: goal.code,
			title: goal.title,
			status: goal.status as GoalStatus,
			ownerDepartmentName: goal.ownerDepartmentName,
			relation,
			rating: own ? { rating: own.check.rating, reason: own.check.reason } : null,
			unit: goal.indicatorCode ? (unitOf.get(goal.indicatorCode) ?? null) : null
		});
	}

	const nearest = nearestLinks(links.map((l) => ({ ...l, unitId: unit.id }))).get(unit.id) ?? new Map();
	const measures = measureRows
		.filter((m) => nearest.has(m.id))
		.map((m) => ({
			code: m.code,
			title: m.title,
			status: m.status as MeasureStatus,
			leadDepartmentName: m.leadDepartmentName,
			via: nearest.get(m.id)!
		}))
		.sort((a, b) => collator.compare(a.code, b.code));
	return { goals: goals.sort((a, b) => collator.compare(a.code, b.code)), measures };
}
