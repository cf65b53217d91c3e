import type { GoalListItem } from '../repositories/goal.repository';
import { goalUnitIds } from '../repositories/goal.repository';
import { listCompositeIndexes as listIndexRows } from '../repositories/composite-index.repository';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import type { ValueUnit } from '../../core/planning/rating-reason';
import { indicatorsOf, layersOf, unitsOf } from './monitoring-setting';

/**
 * The names a goal page and the goal form show for a goal's scope: the layer, the chosen units by
 * code and name, the social index by code and name. Ids are the database's; pages show codes.
 */
export interface GoalScopeNames {
	layerCode: string | null;
	layerName: string | null;
	units: { code: string; name: string }[];
	indexCode: string | null;
	indexName: string | null;
}

export async function goalScopeNames(tc: TenantContext, goal: GoalListItem): Promise<GoalScopeNames> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const layer = (await layersOf(tc)).find((l) => l.id === goal.scopeLayerId) ?? null;
	let units: GoalScopeNames['units'] = [];
	if (goal.scopeKind === 'units' && layer) {
		const chosen = new Set(await goalUnitIds(tc.db, tc.tenant.id, goal.id));
		units = (await unitsOf(tc, layer.code))
			.filter((u) => chosen.has(u.id))
			.map((u) => ({ code: u.code, name: u.name }));
	}
	const index = goal.scopeIndexId
		? ((await listIndexRows(tc.db, tc.tenant.id)).find((i) => i.id === goal.scopeIndexId) ?? null)
		: null;
	return {
		layerCode: layer?.code ?? null,
		layerName: layer?.name ?? null,
		units,
		indexCode: index?.code ?? null,
		indexName: index?.name ?? null
	};
}

/** Each indicator's unit and decimals, by code: what a goal's reason in words needs. */
export async function indicatorUnits(tc: TenantContext): Promise<Map<string, ValueUnit>> {
	return new Map((await indicatorsOf(tc)).map((i) => [i.code, { label: i.unitLabel, decimals: i.decimals }]));
}
