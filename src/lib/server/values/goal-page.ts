import { cityLayerOf } from '../../core/monitoring/setting';
import type { GoalAuditEntry, GoalChangeNames } from '../../core/planning/goal-changes';
import { auditEntriesOf } from '../repositories/audit.repository';
import { listCompositeIndexes } from '../repositories/composite-index.repository';
import { goalAssessments } from '../repositories/goal-assessment.repository';
import { listGoals, type GoalListItem } from '../repositories/goal.repository';
import { listDepartments } from '../repositories/tenant.repository';
import { listTopics } from '../repositories/topic.repository';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { indicatorsOf, layersOf, unitsOf } from './monitoring-setting';

/**
 * What the goal page reads beyond the goal's check: its changes from the audit log with the names
 * of the ids in them, and the layer its units are drawn on. Readable by everyone who reads the
 * goal (data.read): the goal's own history, not the tenant's whole log (audit.read).
 */

/** The newest changes a goal page lists. */
export const goalChangeLimit = 200;

export interface GoalChangeSources {
	entries: GoalAuditEntry[];
	names: GoalChangeNames;
}

const stateOf = (value: unknown): Record<string, unknown> =>
	typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The audit entries of a goal and of its assessments, and names for the ids in them. */
export async function goalChangeSources(tc: TenantContext, goal: GoalListItem): Promise<GoalChangeSources> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const tenantId = tc.tenant.id;
	const assessments = await goalAssessments(tc.db, tenantId, goal.id);
	const rows = await auditEntriesOf(
		tc.db,
		tenantId,
		[
			{ entity: 'goal', ids: [goal.id] },
			{ entity: 'goal_assessment', ids: assessments.map((a) => a.id) }
		],
		goalChangeLimit
	);
	const [goals, topics, indicators, departments, layers, indexes] = await Promise.all([
		listGoals(tc.db, tenantId),
		listTopics(tc.db, tenantId),
		indicatorsOf(tc),
		listDepartments(tc.db, tenantId),
		layersOf(tc),
		listCompositeIndexes(tc.db, tenantId)
	]);
	// The units named in the entries, from the layers the entries name.
	const layerIds = new Set(
		rows.flatMap((r) => [stateOf(r.before).scopeLayerId, stateOf(r.after).scopeLayerId]).filter(Boolean)
	);
	const units = new Map<string, string>();
	for (const layer of layers.filter((l) => layerIds.has(l.id)))
		for (const unit of await unitsOf(tc, layer.code)) units.set(unit.id, `${unit.name} (${unit.code})`);
	return {
		entries: rows.map((r) => ({
			id: r.id,
			at: r.at,
			actor: r.actor,
			entity: r.entity,
			action: r.action,
			before: r.before,
			after: r.after
		})),
		names: {
			goals: new Map(goals.map((g) => [g.id, g.code])),
			topics: new Map(topics.map((t) => [t.id, t.name])),
			indicators: new Map(indicators.map((i) => [i.id, `${i.name} (${i.code})`])),
			departments: new Map(departments.map((d) => [d.id, d.name])),
			layers: new Map(layers.map((l) => [l.id, l.name])),
			indexes: new Map(indexes.map((i) => [i.id, i.name])),
			units
		}
	};
}

/** The layer a goal's units lie on (the top layer for the whole tenant), and how many have an outline. */
export interface GoalMapLayer {
	code: string;
	name: string;
	withGeometry: number;
}

export async function goalMapLayer(tc: TenantContext, goal: GoalListItem): Promise<GoalMapLayer | null> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	if (!goal.indicatorId) return null;
	const layers = await layersOf(tc);
	const layer =
		goal.scopeKind === 'tenant' ? cityLayerOf(layers) : layers.find((l) => l.id === goal.scopeLayerId);
	if (!layer) return null;
	const units = await unitsOf(tc, layer.code);
	return { code: layer.code, name: layer.name, withGeometry: units.filter((u) => u.hasGeometry).length };
}
