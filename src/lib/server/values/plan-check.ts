import { schemeClasses } from '../../core/index/classes';
import { checkPlan, type NeedUnit, type PlanCheck } from '../../core/planning/plan-check';
import {
	findIndexResults,
	listCompositeIndexes,
	listIndexRuns
} from '../repositories/composite-index.repository';
import { listGoals } from '../repositories/goal.repository';
import {
	budgetLines,
	listMeasures,
	measureGoalPairs,
	measuresServingUnits,
	milestones
} from '../repositories/measure.repository';
import { z } from 'zod';
import { authorize } from '../services/context';
import { parseInput } from '../services/validation';
import type { TenantContext } from '../services/tenant-context';

/**
 * Units of greatest need: per social index of the tenant, the units in the status class of most
 * disadvantage (the index is oriented "higher = more disadvantage", core/index/view.ts) at its
 * latest computed date. A unit named by two indices is listed once, with the first.
 */
async function needUnitsOf(tc: TenantContext): Promise<NeedUnit[]> {
	const found = new Map<string, NeedUnit>();
	for (const index of await listCompositeIndexes(tc.db, tc.tenant.id)) {
		const latest = (await listIndexRuns(tc.db, tc.tenant.id, index.id)).at(-1);
		if (!latest) continue;
		const worst = schemeClasses(index.definition.statusClasses).at(-1)!;
		for (const r of await findIndexResults(tc.db, tc.tenant.id, index.id, { date: latest.date })) {
			if (r.statusClass !== worst.code || found.has(r.unitId)) continue;
			found.set(r.unitId, {
				id: r.unitId,
				code: r.code,
				name: r.name,
				indexName: index.name,
				classLabel: worst.label,
				date: latest.date
			});
		}
	}
	return [...found.values()];
}

/**
 * The plan's checks at a date (default today): overdue milestones, budget against plan, measures
 * without a goal, goals without a measure, and units of greatest need that no measure serves.
 */
export async function planCheck(tc: TenantContext, date?: string): Promise<PlanCheck> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const today =
		parseInput(z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' }).optional(), date) ??
		tc.now.toISOString().slice(0, 10);
	const { db, tenant } = tc;
	const [goals, measures, measureGoals, milestoneRows, budget, needUnits] = await Promise.all([
		listGoals(db, tenant.id),
		listMeasures(db, tenant.id),
		measureGoalPairs(db, tenant.id),
		milestones(db, tenant.id),
		budgetLines(db, tenant.id),
		needUnitsOf(tc)
	]);
	const measuresServing = await measuresServingUnits(
		db,
		tenant.id,
		needUnits.map((u) => u.id)
	);
	return checkPlan({
		today,
		// Only what the check names: an answer that lists a measure or goal carries these fields.
		goals: goals.map(({ id, code, title, level, status, parentId }) => ({
			id,
			code,
			title,
			level,
			status,
			parentId
		})),
		measures: measures.map(({ id, code, title, status }) => ({ id, code, title, status })),
		measureGoals,
		milestones: milestoneRows,
		budget,
		needUnits,
		measuresServing
	});
}
