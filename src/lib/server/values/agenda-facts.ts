import { schemeClasses } from '../../core/index/classes';
import type { Rating } from '../../core/planning/goal-check';
import type { AgendaInput, GoalRatingChange, UnitClassChange } from '../../core/steering/agenda-proposal';
import { latestAssessments } from '../repositories/goal-assessment.repository';
import { scopeRatingsAt } from '../repositories/goal-rating.repository';
import {
	findIndexResults,
	listCompositeIndexes,
	listIndexRuns
} from '../repositories/composite-index.repository';
import type { TenantContext } from '../services/tenant-context';
import { checkAllGoals } from './goal-check';
import { planCheck } from './plan-check';

/**
 * What the draft agenda of a meeting is proposed from (core/steering/agenda-proposal.ts), as the data
 * stand now and as they stood at the body's last meeting (`since`, null for its first):
 * - each goal's rating now (indicator goals checked now, qualitative ones by their latest assessment)
 *   and then (the rating history, the assessments written until then);
 * - per social index, the units in the class of greatest need at its latest date against the date
 *   before (the index moves with the Stichtage of the data, not with the meetings);
 * - overdue milestones and budget lines of the plan check today;
 * - the goals "zur Entscheidung".
 * The caller has authorized the use case.
 */
export async function agendaFacts(tc: TenantContext, since: Date | null): Promise<AgendaInput> {
	const sinceDate = since?.toISOString().slice(0, 10) ?? null;
	const [checks, assessedNow, ratedThen, assessedThen, plan, units] = await Promise.all([
		checkAllGoals(tc),
		latestAssessments(tc.db, tc.tenant.id),
		since ? scopeRatingsAt(tc.db, tc.tenant.id, since) : new Map(),
		sinceDate ? latestAssessments(tc.db, tc.tenant.id, sinceDate) : new Map(),
		planCheck(tc),
		unitClassChanges(tc)
	]);
	const goals: GoalRatingChange[] = [];
	for (const { goal, scope } of checks) {
		const now: Rating | undefined = scope?.rating ?? assessedNow.get(goal.id)?.rating;
		if (!now || goal.status === 'erreicht' || goal.status === 'aufgegeben') continue;
		const then: Rating | null = (scope ? ratedThen : assessedThen).get(goal.id)?.rating ?? null;
		goals.push({ goal: { id: goal.id, code: goal.code, title: goal.title, status: goal.status }, now, then });
	}
	return {
		since: sinceDate,
		goals,
		units,
		overdueMilestones: plan.overdueMilestones,
		budget: plan.budget,
		forDecision: checks
			.filter((c) => c.goal.status === 'zur_entscheidung')
			.map(({ goal }) => ({ id: goal.id, code: goal.code, title: goal.title }))
	};
}

/** Per social index: each unit's status class at the latest date and at the date before. */
async function unitClassChanges(tc: TenantContext): Promise<UnitClassChange[]> {
	const changes: UnitClassChange[] = [];
	for (const index of await listCompositeIndexes(tc.db, tc.tenant.id)) {
		const runs = await listIndexRuns(tc.db, tc.tenant.id, index.id);
		const latest = runs.at(-1);
		if (!latest) continue;
		const before = runs.at(-2);
		const lowest = schemeClasses(index.definition.statusClasses).at(-1)!;
		const then = new Map(
			before
				? (await findIndexResults(tc.db, tc.tenant.id, index.id, { date: before.date })).map((r) => [
						r.unitId,
						r.statusClass
					])
				: []
		);
		for (const r of await findIndexResults(tc.db, tc.tenant.id, index.id, { date: latest.date }))
			changes.push({
				unit: { id: r.unitId, code: r.code, name: r.name },
				indexName: index.name,
				lowestClass: lowest.code,
				now: r.statusClass,
				// Without an earlier date nothing has moved: the unit is taken as it stands.
				then: before ? (then.get(r.unitId) ?? null) : r.statusClass
			});
	}
	return changes;
}
