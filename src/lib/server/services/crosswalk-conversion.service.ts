import { convertCounts, type ConversionTotals, type LossReason } from '../../core/crosswalk/convert';
import type { Crosswalk } from '../../core/crosswalk/crosswalk';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import { findIndicatorItem } from '../repositories/indicator.repository';
import { datesWithAllVariables, variableTotalsAtLayer } from '../repositories/observation-read.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { findVariable, type VariableRow } from '../repositories/variable.repository';
import { authorize } from './context';
import { coreCrosswalk, crosswalkDetail, type CrosswalkDetail } from './crosswalk.service';
import type { TenantContext } from './tenant-context';

/**
 * Counts from one layer to another through a stored crosswalk, y_t = Σ_s w_st · x_s, with the
 * check that totals are preserved (DOMAIN.md §5). Only counts and amounts convert; a rate goes
 * through its numerator and denominator, each converted, then divided (`convertIndicator`).
 */

export interface ConvertedUnit {
	code: string;
	name: string;
	/** null when a source feeding the unit has no value, or no source reaches it. */
	value: number | null;
	knownPart: number;
	knownShare: number | null;
	missingSources: string[];
	/** Share of the unit inside the source layer, when the crosswalk measured it. */
	inside: number | null;
}

export interface NamedLoss {
	source: string;
	name: string;
	value: number;
	coverage: number;
	lost: number;
	reason: LossReason;
}

export interface VariableConversion {
	crosswalkId: string;
	from: string;
	to: string;
	variable: { code: string; name: string; kind: string; unitLabel: string | null };
	date: string;
	targets: ConvertedUnit[];
	totals: ConversionTotals;
	losses: NamedLoss[];
	/** Source units of the crosswalk without a value at the date. */
	missingSources: string[];
}

interface Loaded {
	tenantId: string;
	detail: CrosswalkDetail;
	crosswalk: Crosswalk;
	sourceIdToCode: Map<string, string>;
	sourceNames: Map<string, string>;
	targetNames: Map<string, string>;
}

async function load(db: Database, tenantId: string, id: string): Promise<Loaded> {
	const detail = await crosswalkDetail(db, tenantId, id);
	const sources = await listSpatialUnits(db, tenantId, detail.crosswalk.fromLayerId);
	const targets = await listSpatialUnits(db, tenantId, detail.crosswalk.toLayerId);
	return {
		tenantId,
		detail,
		crosswalk: coreCrosswalk(detail),
		sourceIdToCode: new Map(sources.map((u) => [u.id, u.code])),
		sourceNames: new Map(sources.map((u) => [u.code, u.name])),
		targetNames: new Map(targets.map((u) => [u.code, u.name]))
	};
}

/** A variable that may be converted: it exists and is a count or an amount. */
async function convertibleVariable(db: Database, tenantId: string, code: string): Promise<VariableRow> {
	const found = await findVariable(db, tenantId, code);
	if (!found) throw new AppError('variable.not_found', { variable: code }, { variable: 'unbekannt' });
	if (found.kind === 'rate')
		throw new AppError(
			'crosswalk.not_convertible',
			{ code, details: `„${found.name}“ ist eine Quote` },
			{ variable: 'ist eine Quote' }
		);
	return found;
}

async function latestDate(
	db: Database,
	tenantId: string,
	variableIds: string[],
	what: string
): Promise<string> {
	const date = (await datesWithAllVariables(db, tenantId, variableIds)).at(-1);
	if (!date) throw new AppError('crosswalk.not_convertible', { code: what, details: 'es gibt keine Werte' });
	return date;
}

async function convertOne(
	db: Database,
	loaded: Loaded,
	found: VariableRow,
	date: string
): Promise<VariableConversion> {
	const { detail, crosswalk } = loaded;
	const byId = await variableTotalsAtLayer(db, loaded.tenantId, found.id, detail.crosswalk.fromLayerId, date);
	const values = new Map([...byId].map(([unitId, value]) => [loaded.sourceIdToCode.get(unitId)!, value]));
	const conversion = convertCounts(crosswalk, values);
	return {
		crosswalkId: detail.crosswalk.id,
		from: detail.crosswalk.fromLayerCode,
		to: detail.crosswalk.toLayerCode,
		variable: { code: found.code, name: found.name, kind: found.kind, unitLabel: found.unitLabel },
		date,
		targets: conversion.targets.map(({ target, ...rest }) => ({
			code: target,
			name: loaded.targetNames.get(target) ?? target,
			...rest
		})),
		totals: conversion.totals,
		losses: conversion.losses.map((l) => ({ ...l, name: loaded.sourceNames.get(l.source) ?? l.source })),
		missingSources: conversion.missingSources
	};
}

/** One count variable at a date (default: its latest) converted from the crosswalk's source layer to its target layer. */
export async function convertVariable(
	tc: TenantContext,
	input: { crosswalk: string; variable: string; date?: string | null }
): Promise<VariableConversion> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const loaded = await load(tc.db, tc.tenant.id, input.crosswalk);
	const found = await convertibleVariable(tc.db, loaded.tenantId, input.variable);
	const date = input.date || (await latestDate(tc.db, loaded.tenantId, [found.id], found.code));
	return convertOne(tc.db, loaded, found, date);
}

export interface IndicatorConversion {
	crosswalkId: string;
	from: string;
	to: string;
	indicator: { code: string; name: string; factor: number; unitLabel: string | null; decimals: number };
	date: string;
	/** Per target unit the converted numerator and denominator and their quotient × factor. */
	values: {
		code: string;
		name: string;
		numerator: number | null;
		denominator: number | null;
		value: number | null;
	}[];
	/** The conversion of every variable summed above and below the line, with its totals check. */
	numerator: VariableConversion[];
	denominator: VariableConversion[];
	/** The layer-wide rate before and after conversion, from the summed counts (they differ only by losses). */
	sourceRate: number | null;
	targetRate: number | null;
}

/** Σ of the converted variables per target; unknown where any of them is unknown (as for indicators elsewhere). */
function sumPerTarget(conversions: VariableConversion[], t: number): number | null {
	let sum = 0;
	for (const c of conversions) {
		const value = c.targets[t]!.value;
		if (value === null) return null;
		sum += value;
	}
	return sum;
}

/**
 * A rate indicator on the crosswalk's target layer: numerator and denominator variables converted
 * each, then divided (never the rates weighed by area). Other indicator kinds are refused.
 */
export async function convertIndicator(
	tc: TenantContext,
	input: { crosswalk: string; indicator: string; date?: string | null }
): Promise<IndicatorConversion> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const loaded = await load(tc.db, tc.tenant.id, input.crosswalk);
	const item = await findIndicatorItem(tc.db, loaded.tenantId, input.indicator);
	if (!item)
		throw new AppError('indicator.not_found', { indicator: input.indicator }, { indicator: 'unbekannt' });
	if (item.kind !== 'rate')
		throw new AppError(
			'crosswalk.not_convertible',
			{ code: item.code, details: 'nur Quoten-Indikatoren (Zähler / Nenner) lassen sich umschlüsseln' },
			{ indicator: 'ist keine Quote' }
		);
	const variables = async (list: { code: string }[]) =>
		Promise.all(list.map((v) => convertibleVariable(tc.db, loaded.tenantId, v.code)));
	const above = await variables(item.numeratorVariables);
	const below = await variables(item.denominatorVariables);
	const date =
		input.date ||
		(await latestDate(
			tc.db,
			loaded.tenantId,
			[...above, ...below].map((v) => v.id),
			item.code
		));
	const numerator = await Promise.all(above.map((v) => convertOne(tc.db, loaded, v, date)));
	const denominator = await Promise.all(below.map((v) => convertOne(tc.db, loaded, v, date)));
	const values = (numerator[0]?.targets ?? []).map((target, t) => {
		const num = sumPerTarget(numerator, t);
		const den = sumPerTarget(denominator, t);
		const value = num !== null && den !== null && den > 0 ? (num / den) * item.factor : null;
		return { code: target.code, name: target.name, numerator: num, denominator: den, value };
	});
	const rate = (key: 'source' | 'shown') => {
		const num = numerator.reduce((sum, c) => sum + c.totals[key], 0);
		const den = denominator.reduce((sum, c) => sum + c.totals[key], 0);
		return den > 0 ? (num / den) * item.factor : null;
	};
	return {
		crosswalkId: loaded.detail.crosswalk.id,
		from: loaded.detail.crosswalk.fromLayerCode,
		to: loaded.detail.crosswalk.toLayerCode,
		indicator: {
			code: item.code,
			name: item.name,
			factor: item.factor,
			unitLabel: item.unitLabel,
			decimals: item.decimals
		},
		date,
		values,
		numerator,
		denominator,
		sourceRate: rate('source'),
		targetRate: rate('shown')
	};
}
