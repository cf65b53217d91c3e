import { familySuppression, type FamilyUnit } from '../../core/disclosure/indicator-disclosure';
import { rateDisclosure, type RateDisclosure } from '../../core/disclosure/rate';
import type { CellStatus } from '../../core/disclosure/suppression';
import { roundedRate, roundToBase } from '../../core/disclosure/rounding';
import { yearsEarlier } from '../../core/indicator/arithmetic';
import { AppError } from '../../core/errors';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { authorize } from '../services/context';
import { disclosureSettingsOf, type DisclosureSettings } from '../services/disclosure.service';
import { readIndicatorValues, readValueSets } from './value-cache';
import { valuesRequest, type IndicatorValue, type IndicatorValueSet } from './indicator-values';
import { indicatorsOf, layersOf, unitsOf } from './monitoring-setting';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';

/** The layers nested with `layer`: its ancestors and every layer below it. */
function hierarchyOf(
	layer: SpatialLayerListItem,
	layers: readonly SpatialLayerListItem[]
): SpatialLayerListItem[] {
	const byCode = new Map(layers.map((l) => [l.code, l]));
	const chain = new Set<string>();
	for (
		let l: SpatialLayerListItem | undefined = layer;
		l;
		l = l.parentCode ? byCode.get(l.parentCode) : undefined
	)
		chain.add(l.code);
	const below = (l: SpatialLayerListItem): boolean =>
		l.code === layer.code ||
		(l.parentCode !== null && byCode.has(l.parentCode) && below(byCode.get(l.parentCode)!));
	return layers.filter((l) => chain.has(l.code) || below(l));
}

type Side = 'numerator' | 'denominator';

/** The variables a side of an indicator sums; a weighted mean's numerator (Σ value × weight) counts nobody. */
function variablesOf(item: IndicatorListItem, side: Side): string[] {
	if (item.kind === 'rate')
		return (side === 'numerator' ? item.numeratorVariables : item.denominatorVariables).map((v) => v.code);
	return side === 'denominator' && item.weightCode ? [item.weightCode] : [];
}

/**
 * The indicators whose counts on this side are published together with the indicator's own:
 * every rate that shares a person-count variable with it (transitively), and which of them are
 * sums of one-variable members at every unit (children under 3 = the three age bands).
 */
async function familyOf(
	tc: TenantContext,
	item: IndicatorListItem,
	items: readonly IndicatorListItem[],
	side: Side
): Promise<{ codes: string[]; sums: { total: string; parts: string[] }[] } | null> {
	const candidates = item.kind === 'rate' ? items.filter((i) => i.kind === 'rate') : [item];
	const variables = await findVariablesByCodes(tc.db, tc.tenant.id, [
		...new Set(candidates.flatMap((i) => variablesOf(i, side)))
	]);
	const counted = (i: IndicatorListItem) =>
		variablesOf(i, side).some((c) => variables.get(c)?.personCount ?? false);
	if (!counted(item)) return null;
	const members = new Map([[item.code, item]]);
	const reached = new Set(variablesOf(item, side));
	for (let grew = true; grew;) {
		grew = false;
		for (const i of candidates)
			if (!members.has(i.code) && counted(i) && variablesOf(i, side).some((v) => reached.has(v))) {
				members.set(i.code, i);
				for (const v of variablesOf(i, side)) reached.add(v);
				grew = true;
			}
	}
	const single = new Map<string, string>();
	for (const i of [...members.values()].sort((a, b) => a.code.localeCompare(b.code)))
		if (variablesOf(i, side).length === 1 && !single.has(variablesOf(i, side)[0]!))
			single.set(variablesOf(i, side)[0]!, i.code);
	const sums = [...members.values()].flatMap((i) => {
		const vars = variablesOf(i, side);
		const parts = vars.map((v) => single.get(v));
		return vars.length > 1 && parts.every((p) => p !== undefined)
			? [{ total: i.code, parts: parts as string[] }]
			: [];
	});
	return { codes: [...members.keys()], sums };
}

/** The status of one side's counts of `item` at every unit, suppressed together with its family. */
async function sideStatus(
	tc: TenantContext,
	item: IndicatorListItem,
	items: readonly IndicatorListItem[],
	layers: readonly SpatialLayerListItem[],
	date: string,
	side: Side,
	settings: DisclosureSettings
): Promise<Map<string, CellStatus> | null> {
	const family = await familyOf(tc, item, items, side);
	if (!family) return null;
	const sets = await readValueSets(tc, {
		indicators: family.codes,
		layers: layers.map((l) => l.code),
		dates: [date]
	});
	const units: FamilyUnit[] = [];
	for (const layer of layers)
		for (const u of await unitsOf(tc, layer.code)) units.push({ id: u.id, parentId: u.parentUnitId });
	// readValueSets answers indicator by indicator, then layer by layer (one date).
	const members = new Map(
		family.codes.map((code, i) => [
			code,
			new Map(
				sets
					.slice(i * layers.length, (i + 1) * layers.length)
					.flatMap((set) => set.values.map((v) => [v.unitId, v[side]] as const))
			)
		])
	);
	return familySuppression({ units, members, sums: family.sums }, settings).get(item.code)!;
}

/**
 * The disclosure status of an indicator at every unit of the hierarchy at a date. A change is
 * suppressed where its base is suppressed at either end: a published difference and one
 * published end would give back the other.
 */
async function disclosureOf(
	tc: TenantContext,
	item: IndicatorListItem,
	items: readonly IndicatorListItem[],
	layers: readonly SpatialLayerListItem[],
	date: string,
	settings: DisclosureSettings
): Promise<Map<string, RateDisclosure>> {
	if (item.kind === 'change') {
		const base = items.find((i) => i.code === item.baseCode);
		if (!base)
			throw new AppError('indicator.invalid', { indicator: item.code, details: 'Basisindikator fehlt' });
		const now = await disclosureOf(tc, base, items, layers, date, settings);
		const before = await disclosureOf(
			tc,
			base,
			items,
			layers,
			yearsEarlier(date, item.changeYears ?? 0),
			settings
		);
		return new Map([...now].map(([id, d]) => [id, d.status !== 'published' ? d : (before.get(id) ?? d)]));
	}
	const [numerator, denominator] = [
		await sideStatus(tc, item, items, layers, date, 'numerator', settings),
		await sideStatus(tc, item, items, layers, date, 'denominator', settings)
	];
	const ids = new Set([...(numerator?.keys() ?? []), ...(denominator?.keys() ?? [])]);
	return new Map(
		[...ids].map((id) => [id, rateDisclosure(numerator?.get(id) ?? null, denominator?.get(id) ?? null)])
	);
}

function withheld(value: IndicatorValue): IndicatorValue {
	return { ...value, value: null, numerator: null, denominator: null, status: 'suppressed' };
}

function rounded(value: IndicatorValue, settings: DisclosureSettings, factor: number): IndicatorValue {
	if (value.numerator === null || value.denominator === null) return value;
	const base = settings.roundingBase;
	return {
		...value,
		numerator: roundToBase(value.numerator, base),
		denominator: roundToBase(value.denominator, base),
		value: roundedRate(value.numerator, value.denominator, base, factor)
	};
}

/**
 * An indicator's values as they may be published (DOMAIN.md §2): through the tenant's disclosure
 * rules — suppressed values become null with status 'suppressed', or every count is rounded to
 * the base and the rate computed from the rounded counts. For open-data exports by members; the
 * whole hierarchy is read, since it must be known to decide what may be shown; only the filtered
 * set leaves.
 */
export async function disclosedIndicatorValues(
	tc: TenantContext,
	input: unknown
): Promise<IndicatorValueSet> {
	const request = parseInput(valuesRequest, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return disclose(tc, request, await disclosureSettingsOf(tc.db, tc.tenant.id));
}

/**
 * What the public (and API tokens marked public) may see of an indicator: only in tenants that
 * publish, and only disclosure-controlled.
 */
export async function publicIndicatorValues(tc: TenantContext, input: unknown): Promise<IndicatorValueSet> {
	const request = parseInput(valuesRequest, input);
	authorize(tc, 'public.read', { tenantId: tc.tenant.id });
	const settings = await disclosureSettingsOf(tc.db, tc.tenant.id);
	if (!settings.published) throw new AppError('auth.unauthenticated');
	return disclose(tc, request, settings);
}

async function disclose(
	tc: TenantContext,
	request: { indicator: string; layer: string; date?: string },
	settings: DisclosureSettings
): Promise<IndicatorValueSet> {
	// The whole hierarchy is read, whoever asks (the caller authorized the use case); only the
	// filtered set leaves.
	const set = await readIndicatorValues(tc, request);
	if (!set.date) return set;
	const items = await indicatorsOf(tc);
	const item = items.find((i) => i.code === request.indicator)!;
	if (settings.method === 'round')
		return {
			...set,
			values: set.values.map((v) => (item.kind === 'rate' ? rounded(v, settings, item.factor) : v))
		};
	const layers = await layersOf(tc);
	const layer = layers.find((l) => l.code === request.layer)!;
	const status = await disclosureOf(tc, item, items, hierarchyOf(layer, layers), set.date, settings);
	return {
		...set,
		values: set.values.map((v) =>
			status.get(v.unitId)?.status === 'published' || !status.has(v.unitId) ? v : withheld(v)
		)
	};
}
