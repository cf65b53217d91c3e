import { AppError } from '../../core/errors';
import { findTenantWithAuditVersion } from '../repositories/audit.repository';
import { authorize, type ServiceContext } from './context';
import { indicatorValues, valuesRequest, type IndicatorValueSet } from './indicator-values.service';
import { parseInput } from './validation';

/**
 * A per-process cache of computed value sets (indicator × layer × date) for the API's hot path.
 * Never the only copy of a number: an entry is used only while the tenant's audit stamp
 * (`findTenantWithAuditVersion`) is the one read BEFORE it was computed. Imports, rollbacks and every
 * (re)definition write an audit entry in their own transaction, so any of them — from this
 * process, another app server or the CLI — makes every entry of the tenant stale. Reading the
 * stamp first means an entry is never older than its stamp (a change committed during the
 * computation only causes one needless recomputation).
 */
interface Entry {
	version: string;
	set: IndicatorValueSet;
}

/** A few hundred sets of a large city (≈ 100 kB each) stay well under 100 MB. */
const capacity = 300;
const entries = new Map<string, Entry>();
const counts = { hits: 0, misses: 0 };

/** `indicatorValues` with the cache in front: same input, same answer, same errors. */
export async function cachedIndicatorValues(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<IndicatorValueSet> {
	const { indicator, layer, date } = parseInput(valuesRequest, input);
	// resolveTenant's checks, with the stamp read in the same statement (one round trip less).
	const stamped = await findTenantWithAuditVersion(ctx.db, tenantSlug);
	if (!stamped) throw new AppError('tenant.not_found', { tenant: tenantSlug });
	const { tenant, version } = stamped;
	authorize(ctx, 'tenant.read', { tenantId: tenant.id });
	authorize(ctx, 'data.read', { tenantId: tenant.id });
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
	const set = await indicatorValues(ctx, tenantSlug, { indicator, layer, date });
	entries.delete(key);
	entries.set(key, { version, set });
	while (entries.size > capacity) entries.delete(entries.keys().next().value!);
	return set;
}

/** Hits and misses since the start (or the last `clearValueCache`), for tests and monitoring. */
export function valueCacheStats(): { hits: number; misses: number; size: number } {
	return { ...counts, size: entries.size };
}

export function clearValueCache(): void {
	entries.clear();
	counts.hits = 0;
	counts.misses = 0;
}
