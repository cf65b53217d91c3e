import type { ValueNotice } from '../../core/indicator/value-notice';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { ValueStatus } from '../../core/indicator/cell';
import { ranksDescending, standardScores } from '../../core/monitoring/statistics';
import {
	findChildUnits,
	findNeighbourUnits,
	type RelatedUnit
} from '../repositories/unit-relations.repository';
import { findSpatialUnit } from '../repositories/spatial-unit.repository';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';
import { computeUnitValueTable } from './indicator-values';
import {
	cityTotals,
	code,
	datesOf,
	indicatorOf,
	isoDate,
	settingOf,
	unitsOf,
	type MonitoringIndicator,
	type SeriesPoint
} from './monitoring-setting';
import { readValueSets } from './value-cache';

/**
 * The profile of one or more areas (Sozialraum-Steckbrief, comparison): every indicator of the
 * layer with value, rank, standardised deviation, parent and city value and a series; and an
 * area's surroundings (neighbours, units below).
 */

export interface ProfileUnitValue {
	value: number | null;
	status: ValueStatus;
	/** 1 = highest value of the layer. */
	rank: number | null;
	/** Standardised deviation from the layer's mean (population SD). */
	z: number | null;
	parentValue: number | null;
	/** The unit's values at every date of the indicator up to the profile's date. */
	series: SeriesPoint[];
}

export interface ProfileRow {
	indicator: MonitoringIndicator;
	/** Estimated through a weight, or why the layer has no values (the row stays, with the reason). */
	notice: ValueNotice;
	/** The indicator's latest date up to the profile's date. */
	date: string;
	/** Units of the layer with a value: what a rank is "of". */
	ranked: number;
	cityValue: number | null;
	units: ProfileUnitValue[];
}

export interface ProfileUnit {
	code: string;
	name: string;
	parent: { code: string; name: string; layerCode: string; layerName: string } | null;
}

export interface AreaProfile {
	layer: { code: string; name: string };
	cityName: string;
	/** The profile's date: the latest date of any indicator, or the one asked for. */
	date: string | null;
	units: ProfileUnit[];
	/** One row per indicator with values on this layer at or before the date, in catalogue order. */
	rows: ProfileRow[];
}

const profileInput = z.object({ layer: code, units: z.array(code).min(1).max(12), date: isoDate.nullish() });

/**
 * Every indicator that has values on the layer, for one or more units: value, rank, standardised
 * deviation, parent and city value, and the series for a sparkline and trend. The profile of one
 * area (Sozialraum-Steckbrief) and the comparison of several both read it.
 */
export async function areaProfile(tc: TenantContext, input: unknown): Promise<AreaProfile> {
	const request = parseInput(profileInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const setting = await settingOf(tc, request.layer);
	const layerUnits = await unitsOf(tc, setting.layer.code);
	const parentUnits = setting.parent ? await unitsOf(tc, setting.parent.code) : [];
	const units = request.units.map((wanted) => {
		const unit = layerUnits.find((u) => u.code === wanted);
		if (!unit) throw new AppError('unit.not_found', { unit: wanted, layer: setting.layer.code });
		const parent = parentUnits.find((p) => p.code === unit.parentCode);
		return {
			code: unit.code,
			name: unit.name,
			parent:
				parent && setting.parent
					? {
							code: parent.code,
							name: parent.name,
							layerCode: setting.parent.code,
							layerName: setting.parent.name
						}
					: null
		};
	});
	const datesByIndicator = new Map<string, string[]>();
	for (const item of setting.items) datesByIndicator.set(item.code, await datesOf(tc, item.code));
	const allDates = [...new Set([...datesByIndicator.values()].flat())].sort();
	const date = request.date && allDates.includes(request.date) ? request.date : (allDates.at(-1) ?? null);
	const profile = {
		layer: { code: setting.layer.code, name: setting.layer.name },
		cityName: tc.tenant.name,
		date,
		units
	};
	if (!date) return { ...profile, rows: [] };

	const candidates = setting.items.flatMap((item) => {
		const dates = datesByIndicator.get(item.code)!.filter((d) => d <= date);
		return dates.length > 0 ? [{ item, dates }] : [];
	});
	if (candidates.length === 0) return { ...profile, rows: [] };
	// The whole layer only at each row's date (for ranks and z); the series unit by unit, since
	// the sums for one unit over all dates cost a fraction of a whole layer's.
	const codes = candidates.map((c) => c.item.code);
	const rowDates = [...new Set(candidates.map((c) => c.dates.at(-1)!))].sort();
	const own = await readValueSets(tc, {
		indicators: codes,
		layers: [setting.layer.code],
		dates: rowDates
	});
	const setAt = (i: number, at: string) => own[i * rowDates.length + rowDates.indexOf(at)]!;
	const seriesDates = [...new Set(candidates.flatMap((c) => c.dates))].sort();
	const seriesOf: Map<string, number | null>[] = [];
	for (const unit of units) {
		const sets = await computeUnitValueTable(tc, {
			indicators: codes,
			layer: setting.layer.code,
			unit: unit.code,
			dates: seriesDates
		});
		seriesOf.push(
			new Map(sets.map((set) => [`${set.indicator.code}|${set.date}`, set.values[0]?.value ?? null]))
		);
	}
	const parents = setting.parent
		? await readValueSets(tc, {
				indicators: candidates.map((c) => c.item.code),
				layers: [setting.parent.code],
				dates: rowDates
			})
		: [];
	const parentAt = (i: number, at: string) => parents[i * rowDates.length + rowDates.indexOf(at)];
	const totals = await cityTotals(
		tc,
		setting.recipes,
		setting.top.code,
		candidates.map((c) => ({ code: c.item.code, date: c.dates.at(-1)! }))
	);

	const rows: ProfileRow[] = [];
	candidates.forEach(({ item, dates }, i) => {
		const rowDate = dates.at(-1)!;
		const set = setAt(i, rowDate);
		const values = set.values.map((v) => v.value);
		// A layer without values keeps its row when it can say why (MSS changes above the Planungsraum).
		if (values.every((v) => v === null) && !set.notice.unavailable) return;
		const ranks = ranksDescending(values);
		const scores = standardScores(values);
		rows.push({
			indicator: indicatorOf(item),
			notice: set.notice,
			date: rowDate,
			ranked: values.filter((v) => v !== null).length,
			cityValue: totals.get(`${item.code}|${rowDate}`)?.value ?? null,
			units: units.map((unit, u) => {
				const at = set.values.findIndex((v) => v.code === unit.code);
				const parentValue = unit.parent
					? (parentAt(i, rowDate)?.values.find((v) => v.code === unit.parent!.code)?.value ?? null)
					: null;
				return {
					value: set.values[at]!.value,
					status: set.values[at]!.status,
					rank: ranks[at] ?? null,
					z: scores[at] ?? null,
					parentValue,
					series: dates.map((d) => ({ date: d, value: seriesOf[u]!.get(`${item.code}|${d}`) ?? null }))
				};
			})
		});
	});
	return { ...profile, rows };
}

export interface UnitSurroundings {
	neighbours: RelatedUnit[];
	children: RelatedUnit[];
}

/** The neighbours of a unit on its own layer and the units directly below it. */
export async function unitSurroundings(
	tc: TenantContext,
	layerCode: string,
	unitCode: string
): Promise<UnitSurroundings> {
	const { db, tenant } = tc;
	authorize(tc, 'data.read', { tenantId: tenant.id });
	const setting = await settingOf(tc, layerCode);
	const unit = await findSpatialUnit(db, tenant.id, setting.layer.id, unitCode);
	if (!unit) throw new AppError('unit.not_found', { unit: unitCode, layer: layerCode });
	const [neighbours, children] = [
		await findNeighbourUnits(db, tenant.id, unit.id, setting.layer.metricSrid),
		await findChildUnits(db, tenant.id, unit.id)
	];
	return { neighbours, children };
}
