/**
 * The vocabulary of goals (DOMAIN.md §7): the levels of the goal hierarchy, where a goal comes from
 * (the Gegenstromprinzip: top-down from the strategy, from a department's plan, bottom-up from a
 * Sozialraumkonferenz), its status in the decision cycle and the area it is checked in.
 */

/** Leitziel: abstract and city-wide; Handlungsziel and Wirkungsziel: SMART, checked against data. */
export const goalLevels = ['leitziel', 'handlungsziel', 'wirkungsziel'] as const;
export type GoalLevel = (typeof goalLevels)[number];

export const goalOrigins = ['gesamtstrategie', 'fachplanung', 'sozialraumkonferenz'] as const;
export type GoalOrigin = (typeof goalOrigins)[number];

export const goalStatuses = ['entwurf', 'zur_entscheidung', 'beschlossen', 'erreicht', 'aufgegeben'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/**
 * Where a goal is checked: the whole tenant; chosen units of one layer; or the units of a layer that
 * fall into one class of a social index at a date, resolved anew at every check (units enter and
 * leave the scope as the index moves).
 */
export const goalScopeKinds = ['tenant', 'units', 'index_class'] as const;
export type GoalScopeKind = (typeof goalScopeKinds)[number];

/** Problems of a goal's target that the form and the import name (field → German message). */
export function targetProblems(goal: {
	direction: 'higher' | 'lower';
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
}): Record<string, string> {
	const problems: Record<string, string> = {};
	if (goal.targetDate <= goal.baselineDate) {
		problems.targetDate = 'Das Zieldatum muss nach dem Datum des Ausgangswerts liegen.';
	}
	const wrongSide =
		goal.direction === 'higher'
			? goal.targetValue < goal.baselineValue
			: goal.targetValue > goal.baselineValue;
	if (wrongSide) {
		problems.targetValue =
			goal.direction === 'higher'
				? 'Bei „höher ist besser“ darf der Zielwert nicht unter dem Ausgangswert liegen.'
				: 'Bei „niedriger ist besser“ darf der Zielwert nicht über dem Ausgangswert liegen.';
	}
	return problems;
}
