import { can, membershipIn } from '../../core/auth/policy';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import { listDataImports, type DataImportSummary } from '../repositories/data-import.repository';
import { listCompositeIndexes, listIndexRuns } from '../repositories/composite-index.repository';
import {
	facilityCountsByKind,
	tenantCounts,
	type KindCount,
	type TenantCounts
} from '../repositories/home-overview.repository';
import { findProvider } from '../repositories/provider.repository';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import { cityLayerOf, totalRecipes } from '../../core/monitoring/setting';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { cityTotals, datesOf, indicatorsOf, layersOf } from './monitoring-setting';
import { memoForTenant } from './tenant-memo';

/**
 * What the tenant's home page shows: what exists and where it leads. For the administration the
 * data basis (layers, counts, latest imports), key indicators with the whole-city value, the
 * social index and the offers; for a Träger only its own facilities (it may not read the data).
 */

/** How many of the latest imports and key indicators the home page lists. */
export const latestImportCount = 3;
export const keyIndicatorCount = 6;

export interface KeyIndicator {
	code: string;
	name: string;
	topicName: string | null;
	unitLabel: string;
	decimals: number;
	date: string;
	/** The whole city's value at that date; null where the top layer has none. */
	value: number | null;
}

export interface HomeImport {
	id: string;
	kind: DataImportSummary['kind'];
	fileName: string;
	at: Date;
	actor: string;
	rows: number;
	status: DataImportSummary['status'];
}

export interface PlanningOverview {
	kind: 'planning';
	layers: { code: string; name: string; depth: number; unitCount: number }[];
	counts: TenantCounts;
	imports: { total: number; latest: HomeImport[] };
	index: { code: string; name: string; layerName: string; date: string | null } | null;
	facilitiesByKind: KindCount[];
	canWrite: boolean;
}

export interface ProviderOverview {
	kind: 'provider';
	providerName: string | null;
	facilitiesByKind: KindCount[];
}

export type HomeOverview = PlanningOverview | ProviderOverview;

export async function homeOverview(tc: TenantContext): Promise<HomeOverview> {
	// The tenant context has checked the membership (tenant.read): a Träger sees its part below.
	const { tenant } = tc;
	const membership = membershipIn(tc.actor, tenant.id);
	if (!can(tc.actor, 'data.read', { tenantId: tenant.id })) {
		// A Träger: its own facilities, nothing of the administration's data.
		const providerId = membership?.providerId ?? null;
		const provider = providerId ? await findProvider(tc.db, tenant.id, providerId) : null;
		return {
			kind: 'provider',
			providerName: provider?.name ?? null,
			facilitiesByKind: providerId ? await facilityCountsByKind(tc.db, tenant.id, providerId) : []
		};
	}
	const [layers, counts, imports, indexes, facilitiesByKind] = await Promise.all([
		layersOf(tc),
		tenantCounts(tc.db, tenant.id),
		listDataImports(tc.db, tenant.id, { limit: latestImportCount, offset: 0 }),
		listCompositeIndexes(tc.db, tenant.id),
		facilityCountsByKind(tc.db, tenant.id)
	]);
	const index = indexes[0];
	const runs = index ? await listIndexRuns(tc.db, tenant.id, index.id) : [];
	return {
		kind: 'planning',
		layers: layers.map((l) => ({ code: l.code, name: l.name, depth: l.depth, unitCount: l.unitCount })),
		counts,
		imports: {
			total: imports.total,
			latest: imports.rows.map((i) => ({
				id: i.id,
				kind: i.kind,
				fileName: i.fileName,
				at: i.at,
				actor: i.actor,
				rows: i.rows,
				status: i.status
			}))
		},
		index: index
			? {
					code: index.code,
					name: index.name,
					layerName: layers.find((l) => l.code === index.layerCode)?.name ?? index.layerCode,
					date: runs.at(-1)?.date ?? null
				}
			: null,
		facilitiesByKind,
		canWrite: can(tc.actor, 'data.write', { tenantId: tenant.id, departmentId: membership?.departmentId })
	};
}

/**
 * The key indicators with their whole-city values: apart from the rest of the overview, because
 * the first time after a start they read and sum observations (seconds on a large city), so the
 * page can show the overview while they come. Held until the tenant's data change.
 */
export async function homeKeyIndicators(tc: TenantContext): Promise<KeyIndicator[]> {
	const { tenant } = tc;
	authorize(tc, 'data.read', { tenantId: tenant.id });
	return memoForTenant(tc, 'home:key-indicators', async () => {
		const [layers, indexes] = await Promise.all([layersOf(tc), listCompositeIndexes(tc.db, tenant.id)]);
		const statusCodes = indexes[0]?.definition.status.map((s) => s.indicator) ?? [];
		return keyIndicatorsOf(tc, layers, statusCodes);
	});
}

/**
 * The key indicators: the status indicators of the tenant's social index (what its steering
 * looks at), then the first indicator of every other topic (Handlungsfeld) in catalogue order,
 * then the rest; each at its latest date with the whole city's value (summed from the top layer
 * of the finest nested layer, as the monitoring does). Indicators without any value are left out.
 */
async function keyIndicatorsOf(
	tc: TenantContext,
	layers: readonly SpatialLayerListItem[],
	indexCodes: readonly string[]
): Promise<KeyIndicator[]> {
	const items = await indicatorsOf(tc);
	const top = cityLayerOf(layers);
	if (!top || items.length === 0) return [];
	const dated: { item: IndicatorListItem; date: string }[] = [];
	// One at a time and only as many as shown: finding an indicator's dates reads its observations.
	for (const item of keyCandidates(items, indexCodes)) {
		if (dated.length === keyIndicatorCount) break;
		const date = (await datesOf(tc, item.code)).at(-1);
		if (date) dated.push({ item, date });
	}
	const totals = await cityTotals(
		tc,
		totalRecipes(items),
		top.code,
		dated.map(({ item, date }) => ({ code: item.code, date }))
	);
	return dated.map(({ item, date }) => ({
		code: item.code,
		name: item.name,
		topicName: item.topicName,
		unitLabel: item.unitLabel,
		decimals: item.decimals,
		date,
		value: totals.get(`${item.code}|${date}`)?.value ?? null
	}));
}

/** The order key indicators are chosen in: the index's first, then the first of each other topic, then the rest. */
export function keyCandidates<T extends { code: string; topicCode: string | null }>(
	items: readonly T[],
	indexCodes: readonly string[]
): T[] {
	const fromIndex = indexCodes.flatMap((code) => items.filter((i) => i.code === code));
	const covered = new Set(fromIndex.map((i) => i.topicCode));
	const others = topicsFirst(items.filter((i) => !indexCodes.includes(i.code)));
	const firsts = others.filter(
		(i, n) => !covered.has(i.topicCode) && others.findIndex((o) => o.topicCode === i.topicCode) === n
	);
	return [...fromIndex, ...firsts, ...others.filter((i) => !firsts.includes(i))];
}

/** The first indicator of every topic, in catalogue order, followed by all the others. */
export function topicsFirst<T extends { topicCode: string | null }>(items: readonly T[]): T[] {
	const seen = new Set<string | null>();
	const first: T[] = [];
	const rest: T[] = [];
	for (const item of items) {
		if (seen.has(item.topicCode)) rest.push(item);
		else {
			seen.add(item.topicCode);
			first.push(item);
		}
	}
	return [...first, ...rest];
}
