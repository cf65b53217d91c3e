import { z } from 'zod';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';
import {
	computeIndicatorValues,
	computeValueTable,
	valuesRequest,
	type IndicatorValueSet
} from './indicator-values';
import { clearTenantMemo } from './tenant-memo';

/**
 * A per-process cache of computed value sets (indicator × layer × date) for the API's hot path.
 * Never the only copy of a number: an entry is used only while the tenant's audit stamp
 * (TenantContext.dataVersion) is the one read BEFORE it was computed. Imports, rollbacks and every
 * (re)definition write an audit entry in their own transaction, so any of them — from this
 * process, another app server or the CLI — makes every entry of the tenant stale. Reading the
 * stamp first means an entry is never older than its stamp (a change committed during the
 * computation only causes one needless recomputation).
 */
interface Entry {
	version: string;
	set: IndicatorValueSet;
}

/**
 * Bounded by values, not sets: a set of 12 Bezirke is small, one of 10,000 blocks is not. About
 * 200 bytes a value, so 500,000 values stay near 100 MB — the sparklines of an area profile
 * (30 indicators × 3 layers × 16 dates) fit many times over.
 */
const capacityInValues = 500_000;
let storedValues = 0;
const entries = new Map<string, Entry>();
const counts = { hits: 0, misses: 0 };

/** `indicatorValues` with the cache in front: same input, same answer, same errors. */
export async function cachedIndicatorValues(tc: TenantContext, input: unknown): Promise<IndicatorValueSet> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return readIndicatorValues(tc, input);
}

/** `cachedIndicatorValues` for a use case that has authorized its reading already. */
export async function readIndicatorValues(tc: TenantContext, input: unknown): Promise<IndicatorValueSet> {
	const { indicator, layer, date } = parseInput(valuesRequest, input);
	const { tenant, dataVersion: version } = tc;
	// Without a date the key says "latest": which date that is depends on the data, as the value does.
	const key = JSON.stringify([tenant.id, indicator, layer, date ?? null]);
	const found = entries.get(key);
	if (found && found.version === version) {
		counts.hits++;
		// Least recently used goes first: move the hit to the end.
		entries.delete(key);
		entries.set(key, found);
		return found.set;
	}
	counts.misses++;
	const set = await computeIndicatorValues(tc, { indicator, layer, date });
	remember(key, version, set);
	return set;
}

const code = z.string().trim().min(1).max(100);
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
/** Several indicators × layers × dates: what one view of the monitoring workspace shows. */
export const valueSetsRequest = z.object({
	indicators: z.array(code).min(1).max(100),
	layers: z.array(code).min(1).max(20),
	dates: z.array(isoDate).min(1).max(200)
});

function forget(key: string) {
	const entry = entries.get(key);
	if (!entry) return;
	storedValues -= entry.set.values.length;
	entries.delete(key);
}

/** Stores a set as the most recently used; the least recently used go first when it is full. */
function remember(key: string, version: string, set: IndicatorValueSet) {
	forget(key);
	entries.set(key, { version, set });
	storedValues += set.values.length;
	while (storedValues > capacityInValues && entries.size > 1) forget(entries.keys().next().value!);
}

/**
 * Every indicator × layer × date asked for, from the cache where it holds them; the missing ones
 * of an indicator are computed together in one `indicatorValueTable` call (one statement for all
 * their layers and dates). Returned in request order: indicator, then layer, then date.
 */
export async function cachedValueSets(tc: TenantContext, input: unknown): Promise<IndicatorValueSet[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return readValueSets(tc, input);
}

/** `cachedValueSets` for a use case that has authorized its reading already. */
export async function readValueSets(tc: TenantContext, input: unknown): Promise<IndicatorValueSet[]> {
	const request = parseInput(valueSetsRequest, input);
	const indicators = [...new Set(request.indicators)];
	const layers = [...new Set(request.layers)];
	const dates = [...new Set(request.dates)];
	const { tenant, dataVersion: version } = tc;
	const keyOf = (indicator: string, layer: string, date: string) =>
		JSON.stringify([tenant.id, indicator, layer, date]);
	const found = new Map<string, IndicatorValueSet>();
	const missingIndicators = new Set<string>();
	for (const indicator of indicators)
		for (const layer of layers)
			for (const date of dates) {
				const key = keyOf(indicator, layer, date);
				const entry = entries.get(key);
				if (entry && entry.version === version) {
					counts.hits++;
					entries.delete(key);
					entries.set(key, entry);
					found.set(key, entry.set);
				} else {
					counts.misses++;
					missingIndicators.add(indicator);
				}
			}
	// Indicator by indicator, each with the smallest box of layers × dates around its misses (a
	// few sets computed twice cost less than another round trip). Not all indicators in one
	// statement: with many indicators that statement grew far slower than the sum of single ones
	// (16 Berlin indicators on 447 Planungsräume: 33 s together, 3 s one by one).
	for (const indicator of missingIndicators) {
		const box = { layers: new Set<string>(), dates: new Set<string>() };
		for (const layer of layers)
			for (const date of dates)
				if (!found.has(keyOf(indicator, layer, date))) {
					box.layers.add(layer);
					box.dates.add(date);
				}
		const computed = await computeValueTable(tc, {
			indicators: [indicator],
			layers: [...box.layers],
			dates: [...box.dates]
		});
		for (const set of computed) {
			const key = keyOf(set.indicator.code, set.layer.code, set.date);
			found.set(key, set);
			remember(key, version, set);
		}
	}
	return indicators.flatMap((indicator) =>
		layers.flatMap((layer) => dates.map((date) => found.get(keyOf(indicator, layer, date))!))
	);
}

/** Hits and misses since the start (or the last `clearValueCache`), for tests and monitoring. */
export function valueCacheStats(): { hits: number; misses: number; size: number } {
	return { ...counts, size: entries.size };
}

/** Empties the value cache and the tenant memo (tests, benchmarks). */
export function clearValueCache(): void {
	entries.clear();
	clearTenantMemo();
	storedValues = 0;
	counts.hits = 0;
	counts.misses = 0;
}
