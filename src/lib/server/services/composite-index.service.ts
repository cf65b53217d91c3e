import { z } from 'zod';
import type { UnitIndexResult } from '../../core/index/compute';
import type { IndexDefinition } from '../../core/index/definition';
import { AppError } from '../../core/errors';
import {
	findCompositeIndex,
	replaceIndexRun,
	upsertCompositeIndex,
	type StoredRun,
	type StoredUnitResult
} from '../repositories/composite-index.repository';
import {
	commonInputDates,
	computeWith,
	overviewOf,
	type CompositeIndexOverview,
	type ComputedIndex,
	type IndexUnit
} from '../values/composite-index';
import { recordChange } from './audit.service';
import { dataChanged } from './data-change';
import { checkIndexDefinition } from './composite-index-input';
import { actorLabel, authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/**
 * The use cases of composite indexes that change things: defining one, and computing and storing
 * its results. Reading them is server/values/composite-index.ts.
 */

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

/** Defines an index or replaces the definition with the same code; audited with before and after. */
export async function defineCompositeIndex(
	tc: TenantContext,
	input: unknown
): Promise<CompositeIndexOverview> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const changed = await tc.db.transaction(async (tx) => {
		const { definition, layer } = await checkIndexDefinition(tx, tc.tenant.id, input);
		const before = await findCompositeIndex(tx, tc.tenant.id, definition.code);
		const id = await upsertCompositeIndex(tx, tc.tenant.id, {
			code: definition.code,
			name: definition.name,
			layerId: layer.id,
			definition,
			now: tc.now
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'composite_index',
			entityId: id,
			action: before ? 'update' : 'create',
			before: before?.definition,
			after: definition
		});
		return overviewOf(tx, tc.tenant.id, (await findCompositeIndex(tx, tc.tenant.id, definition.code))!);
	});
	dataChanged(tc);
	return changed;
}

function storedOf(unit: IndexUnit, r: UnitIndexResult, definition: IndexDefinition): StoredUnitResult {
	const zOf = (codes: readonly { indicator: string }[], z: readonly (number | null)[]) =>
		Object.fromEntries(codes.map((c, i) => [c.indicator, z[i] ?? null]));
	return {
		unitId: unit.id,
		z: { status: zOf(definition.status, r.statusZ), dynamics: zOf(definition.dynamics, r.dynamicsZ) },
		statusIndex: r.statusIndex,
		statusClass: r.statusClass?.code ?? null,
		dynamicsIndex: r.dynamicsIndex,
		dynamicsClass: r.dynamicsClass?.code ?? null,
		combinedClass: r.combinedClass,
		reason: r.reason,
		reasonDetail: r.reasonDetail,
		dynamicsReason: r.dynamicsReason
	};
}

const storeRequest = z.object({ dates: z.array(isoDate).max(200).optional() });

/**
 * Computes the index at the given dates (default: every date that has the data) and stores the
 * results with the definition and statistics they came from, replacing earlier ones; one audit
 * entry per date. Returns the computations. Computed from the data as `tc` reads them (under its
 * data version): a caller that changed data just before builds a new context for this.
 */
export async function storeCompositeIndex(
	tc: TenantContext,
	indexCode: string,
	input: unknown = {}
): Promise<ComputedIndex[]> {
	const request = parseInput(storeRequest, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const row = await findCompositeIndex(tc.db, tc.tenant.id, indexCode);
	if (!row) throw new AppError('index.not_found', { index: indexCode });
	const dates = request.dates ?? (await commonInputDates(tc, row));
	if (dates.length === 0)
		throw new AppError('index.no_data', {
			index: indexCode,
			date: '–',
			details: 'Für die Statusindikatoren gibt es keinen gemeinsamen Stichtag mit Werten.'
		});
	const computed: ComputedIndex[] = [];
	for (const date of dates) computed.push(await computeWith(tc, row.definition, date));
	await tc.db.transaction(async (tx) => {
		for (const c of computed) {
			const run: StoredRun = {
				date: c.date,
				definition: c.definition,
				statistics: c.result.statistics,
				computedAt: tc.now,
				computedBy: actorLabel(tc.actor)
			};
			await replaceIndexRun(
				tx,
				tc.tenant.id,
				row.id,
				run,
				c.units.map((u, i) => storedOf(u, c.result.units[i]!, c.definition))
			);
			await recordChange(tx, tc, {
				tenantId: tc.tenant.id,
				entity: 'composite_index_run',
				entityId: row.id,
				action: 'update',
				after: { index: row.code, date: c.date, eligible: c.result.eligibleCount }
			});
		}
	});
	// Goals scoped by an index class are checked on the units the new results put in that class.
	dataChanged(tc);
	return computed;
}
