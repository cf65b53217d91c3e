import { AppError } from '../../core/errors';
import { supplyAndNeed, type SupplyNeed } from '../../core/supply/need';
import { facilityPlaces, placesByUnit, type PlacedFacility } from '../../core/supply/facility-places';
import type { SupplyBand } from '../../core/supply/supply-settings';
import type { DistanceDecay } from '../../core/supply/distance-decay';
import { twoStepFca } from '../../core/supply/two-step-fca';
import { validAt } from '../../core/facility/facility';
import type { Database } from '../db/client';
import { assignFacilities, facilityPoints, listFacilities } from '../repositories/facility.repository';
import {
	datesWithAllVariables,
	variableSeriesOfUnit,
	variableTotalsAtLayer
} from '../repositories/observation-read.repository';
import { findSpatialLayer, type SpatialLayerRow } from '../repositories/spatial-layer.repository';
import { listSpatialUnits, unitRepresentativePoints } from '../repositories/spatial-unit.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { authorize } from './context';
import { supplySettingsOf } from './supply-settings.service';
import type { TenantContext } from './tenant-context';

/** Supply and need of one unit for one age band at one date. */
export interface SupplyRow extends SupplyNeed {
	unitId: string;
	code: string;
	name: string;
	/** Children of the band; null when a population variable is missing for the unit. */
	children: number | null;
	/** Known places of the facilities in the unit (a lower bound when `unknownPlaces` > 0). */
	places: number;
	facilities: number;
	/** Facilities in the unit whose places for the band are not known. */
	unknownPlaces: number;
	/** 2SFCA: places per 100 children within the catchment; null when unknown. */
	accessibility: number | null;
	/** A facility with unknown places is within the catchment: the 2SFCA value is a lower bound. */
	unknownInReach: boolean;
}

export interface SupplyAnalysis {
	layer: { code: string; name: string };
	band: SupplyBand;
	/** The dates with population data for the band; `date` is one of them (the latest by default). */
	dates: string[];
	date: string | null;
	catchment: number;
	decay: DistanceDecay;
	rows: SupplyRow[];
	/** Facilities of the band's kinds outside every unit of the layer: reported, never dropped. */
	outside: { id: string; code: string; name: string }[];
	totals: SupplyNeed & {
		children: number | null;
		places: number;
		facilities: number;
		unknownPlaces: number;
		/** Σ of the units' shortfalls: a surplus in one unit does not fill a gap in another. */
		sumOfShortfalls: number | null;
		unitsWithoutChildren: number;
	};
}

export interface SupplyQuery {
	layer: string;
	band: string;
	date?: string | null;
}

interface Prepared {
	tenantId: string;
	layer: SpatialLayerRow;
	band: SupplyBand;
	variableIds: string[];
	catchment: number;
	decay: DistanceDecay;
}

async function prepare(db: Database, tenantId: string, query: SupplyQuery): Promise<Prepared> {
	const settings = await supplySettingsOf(db, tenantId);
	const band = settings.bands.find((b) => b.code === query.band);
	if (!band) throw new AppError('supply.band_not_found', { band: query.band });
	const layer = await findSpatialLayer(db, tenantId, query.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: query.layer });
	const variables = await findVariablesByCodes(db, tenantId, band.populationVariables);
	const missing = band.populationVariables.find((code) => !variables.has(code));
	if (missing) throw new AppError('variable.not_found', { variable: missing });
	return {
		tenantId,
		layer,
		band,
		variableIds: band.populationVariables.map((code) => variables.get(code)!.id),
		catchment: settings.catchment,
		decay: settings.decay
	};
}

/** Children of the band per unit: the sum of its population variables; a unit missing one is absent. */
async function childrenByUnit(db: Database, p: Prepared, date: string): Promise<Map<string, number>> {
	const totals = await Promise.all(
		p.variableIds.map((id) => variableTotalsAtLayer(db, p.tenantId, id, p.layer.id, date))
	);
	const sums = new Map<string, number>();
	for (const [unitId, value] of totals[0] ?? new Map<string, number>()) {
		let sum = value;
		for (const other of totals.slice(1)) {
			const v = other.get(unitId);
			if (v === undefined) {
				sum = Number.NaN;
				break;
			}
			sum += v;
		}
		if (!Number.isNaN(sum)) sums.set(unitId, sum);
	}
	return sums;
}

type NamedFacility = PlacedFacility & { code: string; name: string };

async function placedFacilities(db: Database, p: Prepared): Promise<NamedFacility[]> {
	const [facilities, assignment] = await Promise.all([
		listFacilities(db, p.tenantId),
		assignFacilities(db, p.tenantId, p.layer.id)
	]);
	const unitOf = new Map(assignment.map((a) => [a.facilityId, a.unitId]));
	const kinds = new Set(p.band.kindCodes);
	return facilities
		.filter((f) => kinds.has(f.kindCode))
		.map((f) => ({
			id: f.id,
			code: f.code,
			name: f.name,
			unitId: unitOf.get(f.id) ?? null,
			kindCode: f.kindCode,
			validFrom: f.validFrom,
			validTo: f.validTo,
			capacities: f.capacities
		}));
}

/**
 * The 2SFCA at one date: places per 100 children of the band within the catchment of each unit's
 * representative point. Unknown places count as 0 there (as in the Versorgungsquote, a lower bound);
 * a second run with the unknown facilities as the only supply finds the units they reach.
 */
async function catchmentSupply(
	db: Database,
	p: Prepared,
	facilities: readonly PlacedFacility[],
	children: Map<string, number>
): Promise<Map<string, { accessibility: number | null; unknownInReach: boolean }>> {
	const [points, demand] = await Promise.all([
		facilityPoints(db, p.tenantId, p.layer.metricSrid),
		unitRepresentativePoints(db, p.tenantId, p.layer.id, p.layer.metricSrid)
	]);
	const pointOf = new Map(points.map((pt) => [pt.facilityId, pt]));
	const located = facilities.filter((f) => pointOf.has(f.id));
	const run = (supply: (f: PlacedFacility) => number) =>
		twoStepFca({
			facilities: {
				x: located.map((f) => pointOf.get(f.id)!.x),
				y: located.map((f) => pointOf.get(f.id)!.y),
				supply: located.map(supply)
			},
			demand: {
				x: demand.map((d) => d.x),
				y: demand.map((d) => d.y),
				// A unit without recorded children has no demand here rather than an unknown one: it
				// would otherwise blank the 2SFCA of every unit its neighbouring Kitas also serve.
				population: demand.map((d) => children.get(d.unitId) ?? 0)
			},
			catchment: p.catchment,
			decay: p.decay
		});
	const known = run((f) => facilityPlaces(f, p.band.capacityCode) ?? 0);
	const unknown = run((f) => (facilityPlaces(f, p.band.capacityCode) === null ? 1 : 0));
	return new Map(
		demand.map((d, i) => [
			d.unitId,
			{
				accessibility: children.has(d.unitId) ? known.placesPer100[i]! : null,
				unknownInReach: (unknown.accessibility[i] ?? 0) > 0
			}
		])
	);
}

/** Versorgungsquote, Platzbedarf, Fehlbedarf and 2SFCA supply per unit of a layer for one band and date. */
export async function supplyAnalysis(tc: TenantContext, query: SupplyQuery): Promise<SupplyAnalysis> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return supplyAnalysisOf(tc.db, tc.tenant.id, query);
}

/** `supplyAnalysis` for a use case that has asked the policy already (the area profile's section). */
export async function supplyAnalysisOf(
	db: Database,
	tenantId: string,
	query: SupplyQuery
): Promise<SupplyAnalysis> {
	const p = await prepare(db, tenantId, query);
	const dates = await datesWithAllVariables(db, p.tenantId, p.variableIds);
	const date = query.date && dates.includes(query.date) ? query.date : (dates.at(-1) ?? null);
	const [units, facilities] = await Promise.all([
		listSpatialUnits(db, p.tenantId, p.layer.id),
		placedFacilities(db, p)
	]);
	const children = date ? await childrenByUnit(db, p, date) : new Map<string, number>();
	const valid = facilities.filter((f) => validAt(f, date ?? '9999-12-31'));
	const { byUnit, outside } = placesByUnit(
		valid,
		p.band.kindCodes,
		p.band.capacityCode,
		date ?? '9999-12-31'
	);
	const reach = await catchmentSupply(db, p, valid, children);
	const rows: SupplyRow[] = units.map((u) => {
		const places = byUnit.get(u.id) ?? { places: 0, facilities: 0, unknown: 0 };
		const count = children.get(u.id) ?? null;
		const catchment = reach.get(u.id);
		return {
			unitId: u.id,
			code: u.code,
			name: u.name,
			children: count,
			places: places.places,
			facilities: places.facilities,
			unknownPlaces: places.unknown,
			...supplyAndNeed({ children: count, places: places.places, needRate: p.band.needRate }),
			accessibility: catchment?.accessibility ?? null,
			unknownInReach: catchment?.unknownInReach ?? false
		};
	});
	return {
		layer: { code: p.layer.code, name: p.layer.name },
		band: p.band,
		dates,
		date,
		catchment: p.catchment,
		decay: p.decay,
		rows,
		outside: outside.map((f) => ({ id: f.id, code: f.code, name: f.name })),
		totals: totalsOf(rows, p.band.needRate)
	};
}

function totalsOf(rows: readonly SupplyRow[], needRate: number | null): SupplyAnalysis['totals'] {
	const withoutChildren = rows.filter((r) => r.children === null).length;
	const children = withoutChildren === rows.length ? null : rows.reduce((s, r) => s + (r.children ?? 0), 0);
	const places = rows.reduce((s, r) => s + r.places, 0);
	const shortfalls = rows.map((r) => r.shortfall);
	return {
		children,
		places,
		facilities: rows.reduce((s, r) => s + r.facilities, 0),
		unknownPlaces: rows.reduce((s, r) => s + r.unknownPlaces, 0),
		...supplyAndNeed({ children, places, needRate }),
		sumOfShortfalls: shortfalls.some((s) => s === null) ? null : shortfalls.reduce((s, v) => s! + v!, 0),
		unitsWithoutChildren: withoutChildren
	};
}

/** One unit's supply and need over every date with population data (the area profile's section). */
export interface UnitSupplySeries {
	band: SupplyBand;
	points: {
		date: string;
		children: number | null;
		places: number;
		unknownPlaces: number;
		need: SupplyNeed;
	}[];
}

export async function unitSupplySeries(
	tc: TenantContext,
	query: { layer: string; unit: string }
): Promise<UnitSupplySeries[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return unitSupplySeriesOf(tc.db, tc.tenant.id, query);
}

/** `unitSupplySeries` for a use case that has asked the policy already (the area profile's section). */
export async function unitSupplySeriesOf(
	db: Database,
	tenantId: string,
	query: { layer: string; unit: string }
): Promise<UnitSupplySeries[]> {
	const settings = await supplySettingsOf(db, tenantId);
	if (settings.bands.length === 0) return [];
	const layer = await findSpatialLayer(db, tenantId, query.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: query.layer });
	const unit = (await listSpatialUnits(db, tenantId, layer.id)).find((u) => u.code === query.unit);
	if (!unit) throw new AppError('unit.not_found', { unit: query.unit, layer: query.layer });
	// The facilities and their assignment once for all bands; the children per variable for this
	// unit only, all dates in one query.
	const [facilities, assignment] = await Promise.all([
		listFacilities(db, tenantId),
		assignFacilities(db, tenantId, layer.id)
	]);
	const inUnit = new Set(assignment.filter((a) => a.unitId === unit.id).map((a) => a.facilityId));
	const placed: PlacedFacility[] = facilities
		.filter((f) => inUnit.has(f.id))
		.map((f) => ({ ...f, unitId: unit.id }));
	const series: UnitSupplySeries[] = [];
	for (const band of settings.bands) {
		const variables = await findVariablesByCodes(db, tenantId, band.populationVariables);
		const missing = band.populationVariables.find((code) => !variables.has(code));
		if (missing) throw new AppError('variable.not_found', { variable: missing });
		const perVariable = await Promise.all(
			band.populationVariables.map((code) =>
				variableSeriesOfUnit(db, tenantId, variables.get(code)!.id, unit.id)
			)
		);
		const dates = await datesWithAllVariables(
			db,
			tenantId,
			band.populationVariables.map((code) => variables.get(code)!.id)
		);
		const points: UnitSupplySeries['points'] = dates.map((date) => {
			const values = perVariable.map((m) => m.get(date));
			const children = values.some((v) => v === undefined) ? null : values.reduce((a, b) => a! + b!, 0)!;
			const places = placesByUnit(placed, band.kindCodes, band.capacityCode, date).byUnit.get(unit.id) ?? {
				places: 0,
				facilities: 0,
				unknown: 0
			};
			return {
				date,
				children,
				places: places.places,
				unknownPlaces: places.unknown,
				need: supplyAndNeed({ children, places: places.places, needRate: band.needRate })
			};
		});
		series.push({ band, points });
	}
	return series;
}
