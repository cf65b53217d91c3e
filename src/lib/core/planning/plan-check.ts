import type { GoalLevel, GoalStatus } from './goal';
import type { MeasureStatus } from './measure';

/**
 * The checks of the plan besides the goal ratings (issue 15, Check): what a planner must look at
 * before the steering group meets. Pure: the read side hands in the plan and the date of today.
 */

export interface PlanGoal {
	id: string;
	code: string;
	title: string;
	level: GoalLevel;
	status: GoalStatus;
	parentId: string | null;
}

export interface PlanMeasure {
	id: string;
	code: string;
	title: string;
	status: MeasureStatus;
}

export interface PlanMilestone {
	measureId: string;
	title: string;
	dueOn: string;
	doneOn: string | null;
}

export interface PlanBudgetLine {
	measureId: string;
	year: number;
	planned: number | null;
	approved: number | null;
	spent: number | null;
}

export interface NeedUnit {
	id: string;
	code: string;
	name: string;
	/** The index and the class that put the unit among those of greatest need. */
	indexName: string;
	classLabel: string;
	date: string;
}

export interface PlanCheckInput {
	/** ISO date of the check. */
	today: string;
	goals: readonly PlanGoal[];
	measures: readonly PlanMeasure[];
	measureGoals: readonly { measureId: string; goalId: string }[];
	milestones: readonly PlanMilestone[];
	budget: readonly PlanBudgetLine[];
	/** Units in the class of greatest need of a social index, at its latest computed date. */
	needUnits: readonly NeedUnit[];
	/** For each unit of greatest need: the measures serving it, its ancestors or its descendants. */
	measuresServing: ReadonlyMap<string, readonly string[]>;
}

export interface OverdueMilestone {
	measure: PlanMeasure;
	title: string;
	dueOn: string;
	daysOverdue: number;
}

export interface BudgetStatus {
	measure: PlanMeasure;
	year: number;
	planned: number;
	approved: number;
	spent: number;
	/** Spent as a share of planned (null without a planned amount). */
	spentShare: number | null;
	/** More spent than approved, or than planned where nothing was approved. */
	overrun: boolean;
}

export interface PlanCheck {
	overdueMilestones: OverdueMilestone[];
	budget: BudgetStatus[];
	measuresWithoutGoal: PlanMeasure[];
	goalsWithoutMeasure: PlanGoal[];
	unservedNeedUnits: NeedUnit[];
}

/** Measures that still act: the checks leave out finished and cancelled ones. */
const active = (m: PlanMeasure) => m.status === 'geplant' || m.status === 'laufend';
/** Goals still pursued: reached and abandoned goals need no measure. */
const pursued = (g: PlanGoal) => g.status !== 'erreicht' && g.status !== 'aufgegeben';

const dayMs = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

export function checkPlan(input: PlanCheckInput): PlanCheck {
	const measureById = new Map(input.measures.map((m) => [m.id, m]));

	const overdueMilestones = input.milestones
		.flatMap((ms) => {
			const measure = measureById.get(ms.measureId);
			if (!measure || !active(measure) || ms.doneOn !== null || ms.dueOn >= input.today) return [];
			return [{ measure, title: ms.title, dueOn: ms.dueOn, daysOverdue: daysBetween(ms.dueOn, input.today) }];
		})
		.sort((a, b) => b.daysOverdue - a.daysOverdue || a.measure.code.localeCompare(b.measure.code));

	// One line per measure and year: the sources of a year added up.
	const byYear = new Map<string, BudgetStatus>();
	for (const line of input.budget) {
		const measure = measureById.get(line.measureId);
		if (!measure) continue;
		const key = `${line.measureId}|${line.year}`;
		const status = byYear.get(key) ?? {
			measure,
			year: line.year,
			planned: 0,
			approved: 0,
			spent: 0,
			spentShare: null,
			overrun: false
		};
		status.planned += line.planned ?? 0;
		status.approved += line.approved ?? 0;
		status.spent += line.spent ?? 0;
		byYear.set(key, status);
	}
	const budget = [...byYear.values()]
		.map((s) => ({
			...s,
			spentShare: s.planned > 0 ? s.spent / s.planned : null,
			overrun: s.spent > (s.approved > 0 ? s.approved : s.planned)
		}))
		.sort((a, b) => a.measure.code.localeCompare(b.measure.code) || a.year - b.year);

	// A finished measure has served its goals; a cancelled one has not.
	const served = new Set(
		input.measureGoals
			.filter((l) => measureById.has(l.measureId) && measureById.get(l.measureId)!.status !== 'abgebrochen')
			.map((l) => l.goalId)
	);
	const measuresWithoutGoal = input.measures.filter(
		(m) => active(m) && !input.measureGoals.some((l) => l.measureId === m.id)
	);

	// A goal is served by a measure of its own or of a goal below it (a Leitziel through its Handlungsziele).
	const children = new Map<string, string[]>();
	for (const g of input.goals)
		if (g.parentId) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g.id]);
	const servedBelow = (id: string, seen = new Set<string>()): boolean => {
		if (served.has(id)) return true;
		seen.add(id);
		return (children.get(id) ?? []).some((c) => !seen.has(c) && servedBelow(c, seen));
	};
	const goalsWithoutMeasure = input.goals.filter((g) => pursued(g) && !servedBelow(g.id));

	const unservedNeedUnits = input.needUnits.filter(
		(u) =>
			!(input.measuresServing.get(u.id) ?? []).some((id) => {
				const m = measureById.get(id);
				return m !== undefined && active(m);
			})
	);

	return { overdueMilestones, budget, measuresWithoutGoal, goalsWithoutMeasure, unservedNeedUnits };
}
