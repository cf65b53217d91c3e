import type { GoalFormOptions } from '../../components/goals/goal-form';
import { listGoals } from '../services/goal.service';
import { listIndicators } from '../services/indicator.service';
import { listLayers } from '../services/spatial-layer.service';
import { listDepartments } from '../services/tenant.service';
import { listTopics } from '../services/variable.service';
import type { TenantContext } from '../services/tenant-context';
import { listCompositeIndexes } from '../values/composite-index';

/**
 * What the goal form offers: the goals a goal can stand under, Handlungsfelder, departments (a
 * department planner's own only, `ownDepartmentId`), the indicators of the catalogue, the layers
 * and the social indexes with their computed dates.
 */
export async function goalFormOptions(
	tc: TenantContext,
	ownDepartmentId: string | null
): Promise<GoalFormOptions> {
	const [goals, topics, departments, indicators, layers, indexes] = await Promise.all([
		listGoals(tc),
		listTopics(tc),
		listDepartments(tc),
		listIndicators(tc),
		listLayers(tc),
		listCompositeIndexes(tc)
	]);
	const collator = new Intl.Collator('de', { numeric: true });
	return {
		goals: goals.map((g) => ({ code: g.code, title: g.title })),
		topics: topics.map((t) => ({ code: t.code, name: t.name })),
		departments: departments
			.filter((d) => !ownDepartmentId || d.id === ownDepartmentId)
			.map((d) => ({ id: d.id, name: d.name })),
		indicators: indicators
			.map((i) => ({ code: i.code, name: i.name, unitLabel: i.unitLabel }))
			.sort((a, b) => collator.compare(a.name, b.name)),
		layers: layers.map((l) => ({ code: l.code, name: l.name })),
		indexes: indexes.map((i) => ({ code: i.code, name: i.name, dates: i.computedDates }))
	};
}
