import type { Rating } from '../planning/goal-check';
import type { BudgetStatus, OverdueMilestone, PlanGoal } from '../planning/plan-check';

/**
 * The draft agenda of a steering-group meeting, proposed from the data (issue 16): what went off
 * track or at risk since the last meeting, units that moved into the class of greatest need, measures
 * with overdue milestones or budget overruns, and everything that waits for a decision. The planner
 * reorders, removes and adds items; this only proposes, with the figures that make each item worth
 * the group's time. Pure: the read side hands in the ratings then and now and the plan check.
 */

/** A goal's whole-scope rating now and at the last meeting (null: not rated then, or no meeting yet). */
export interface GoalRatingChange {
	goal: Pick<PlanGoal, 'id' | 'code' | 'title' | 'status'>;
	now: Rating;
	then: Rating | null;
}

/** A unit's class of a social index now and at the last meeting. */
export interface UnitClassChange {
	unit: { id: string; code: string; name: string };
	indexName: string;
	/** The label of the class of greatest need. */
	lowestClass: string;
	now: string | null;
	then: string | null;
}

export interface AgendaInput {
	/** ISO date of the last meeting of the body; null for its first meeting. */
	since: string | null;
	goals: readonly GoalRatingChange[];
	units: readonly UnitClassChange[];
	overdueMilestones: readonly OverdueMilestone[];
	budget: readonly BudgetStatus[];
	/** Goals whose status is "zur Entscheidung". */
	forDecision: readonly Pick<PlanGoal, 'id' | 'code' | 'title'>[];
}

export type AgendaProposal =
	| { kind: 'for_decision'; goal: Pick<PlanGoal, 'id' | 'code' | 'title'> }
	| { kind: 'goal_worse'; goal: GoalRatingChange['goal']; now: 'off_track' | 'at_risk'; then: Rating | null }
	| { kind: 'unit_lowest_class'; unit: UnitClassChange['unit']; indexName: string; then: string | null }
	| { kind: 'milestone_overdue'; milestone: OverdueMilestone }
	| { kind: 'budget_overrun'; budget: BudgetStatus };

/** How bad a rating is; "no data" says nothing about the way a goal goes and is left out. */
const severity: Record<Rating, number | null> = {
	reached: 0,
	on_track: 1,
	at_risk: 2,
	off_track: 3,
	no_data: null
};

/** Off track or at risk now, and worse than at the last meeting (or not rated then). */
function turnedWorse(
	change: GoalRatingChange
): change is GoalRatingChange & { now: 'off_track' | 'at_risk' } {
	if (change.now !== 'off_track' && change.now !== 'at_risk') return false;
	const before = change.then === null ? null : severity[change.then];
	return before === null || before < severity[change.now]!;
}

/** Euros spent above the approved amount (above the planned one where nothing was approved). */
export function overBy(budget: BudgetStatus): number {
	return budget.spent - (budget.approved > 0 ? budget.approved : budget.planned);
}

/**
 * The proposed items in the order a steering group takes them: decisions first (they are why it
 * meets), then goals off track before those at risk, units newly of greatest need, overdue milestones
 * (longest overdue first) and budget overruns (largest
 * overrun in euros first).
 */
export function proposeAgenda(input: AgendaInput): AgendaProposal[] {
	const decisions = [...input.forDecision]
		.sort((a, b) => a.code.localeCompare(b.code, 'de'))
		.map((goal): AgendaProposal => ({ kind: 'for_decision', goal }));
	const worse = input.goals
		.filter(turnedWorse)
		.sort((a, b) => severity[b.now]! - severity[a.now]! || a.goal.code.localeCompare(b.goal.code, 'de'))
		.map((c): AgendaProposal => ({ kind: 'goal_worse', goal: c.goal, now: c.now, then: c.then }));
	const units = input.units
		.filter((u) => u.now === u.lowestClass && u.then !== u.lowestClass)
		.sort((a, b) => a.unit.code.localeCompare(b.unit.code, 'de'))
		.map((u): AgendaProposal => ({
			kind: 'unit_lowest_class',
			unit: u.unit,
			indexName: u.indexName,
			then: u.then
		}));
	const milestones = [...input.overdueMilestones]
		.sort((a, b) => b.daysOverdue - a.daysOverdue)
		.map((milestone): AgendaProposal => ({ kind: 'milestone_overdue', milestone }));
	const budgets = input.budget
		.filter((b) => b.overrun)
		.sort((a, b) => overBy(b) - overBy(a))
		.map((budget): AgendaProposal => ({ kind: 'budget_overrun', budget }));
	return [...decisions, ...worse, ...units, ...milestones, ...budgets];
}
