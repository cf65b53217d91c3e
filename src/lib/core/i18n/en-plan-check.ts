import type { dePlanCheck } from './de-plan-check';

/** English texts of the plan check page. Merged into the dictionary in en.ts. */
export const enPlanCheck: Record<keyof typeof dePlanCheck, string> = {
	'planCheck.nav': 'Check',
	'planCheck.title': 'Check of the plan',
	'planCheck.intro':
		'What to look at before the steering group meets: goals that may miss their target, overdue milestones, the budget, gaps between goals and measures, and areas of greatest need where nobody acts.',
	'planCheck.checkedAt': 'Checked at the reference date {date}.',
	'planCheck.form.label': 'Reference date of the check',
	'planCheck.form.date': 'Reference date',
	'planCheck.form.hint': 'YYYY-MM-DD; without a date the check is made for today.',
	'planCheck.form.submit': 'Check',
	'planCheck.form.today': 'Check for today',
	'planCheck.form.invalid':
		'The reference date “{value}” is not a valid date. Please enter it as YYYY-MM-DD, e.g. 2026-12-31.',
	'planCheck.form.notChecked': 'The check was not made because the reference date is not valid.',
	'planCheck.contents': 'Contents',
	'planCheck.count': '{title} ({count})',
	'planCheck.goals.title': 'Goals at risk or off track',
	'planCheck.goals.intro':
		'Rated by the values of their indicator up to the reference date (later values are left out); goals without an indicator are not included.',
	'planCheck.goals.empty': 'No goal is at risk or off track.',
	'planCheck.milestones.title': 'Overdue milestones',
	'planCheck.milestones.intro':
		'Milestones of running and planned measures that are due at the reference date and not reached, the longest overdue first.',
	'planCheck.milestones.empty': 'No measure has overdue milestones.',
	'planCheck.col.measure': 'Measure',
	'planCheck.col.milestone': 'Milestone',
	'planCheck.col.due': 'Due on',
	'planCheck.col.daysOverdue': 'Days overdue',
	'planCheck.budget.title': 'Budget per year',
	'planCheck.budget.intro':
		'Per measure and year, all funding sources added up. A budget is overrun when more was spent than approved (without an approval: than planned).',
	'planCheck.budget.overruns': 'Overrun: {count} of {total}.',
	'planCheck.budget.empty': 'No measure has a budget.',
	'planCheck.col.year': 'Year',
	'planCheck.col.planned': 'Planned',
	'planCheck.col.approved': 'Approved',
	'planCheck.col.spent': 'Spent',
	'planCheck.col.spentShare': 'Spent in % of the planned amount',
	'planCheck.col.overrun': 'Overrun',
	'planCheck.budget.yearTotal': 'Total {year}',
	'planCheck.budget.overApproved': 'overrun: {amount} more spent than approved',
	'planCheck.budget.overPlanned': 'overrun: {amount} more spent than planned (nothing approved)',
	'planCheck.budget.noOverrun': 'no',
	'planCheck.budget.yearOverruns': '{count} {count|overrun|overruns}',
	'planCheck.measuresWithoutGoal.title': 'Measures without a goal',
	'planCheck.measuresWithoutGoal.intro': 'Running and planned measures that serve no goal.',
	'planCheck.measuresWithoutGoal.empty': 'Every running and planned measure serves a goal.',
	'planCheck.goalsWithoutMeasure.title': 'Goals without a measure',
	'planCheck.goalsWithoutMeasure.intro':
		'Goals still pursued (not reached or abandoned) that no measure serves, neither directly nor through a goal below them; a cancelled measure does not count.',
	'planCheck.goalsWithoutMeasure.empty': 'A measure serves every goal still pursued.',
	'planCheck.need.title': 'Areas of greatest need without a measure',
	'planCheck.need.intro':
		'Areas in the status class of greatest disadvantage of a social index (at its latest computed date) that no running or planned measure serves, neither in the area itself nor in an area above or below it.',
	'planCheck.need.empty': 'A running or planned measure serves every area of greatest need.',
	'planCheck.need.noIndex': 'No social index has been computed, so the areas of greatest need are not known.',
	'planCheck.col.unitCode': 'Key',
	'planCheck.col.unit': 'Area',
	'planCheck.col.index': 'Social index',
	'planCheck.col.class': 'Status class',
	'planCheck.col.indexDate': 'Date of the index'
};
