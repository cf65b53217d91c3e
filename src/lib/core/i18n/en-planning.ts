import type { dePlanning } from './de-planning';

/** English texts of the planning cycle. Merged into the dictionary in en.ts. */
export const enPlanning: Record<keyof typeof dePlanning, string> = {
	'planning.reason.no_values': 'There are no values for this goal in the area.',
	'planning.reason.reached': 'The target has been reached since {date}.',
	'planning.reason.single_value':
		'There is only one value (as of {date}); a projection needs at least two reference dates.',
	'planning.reason.deadline_missed': 'The target date has passed; the target was missed by {gap}.',
	'planning.reason.projected_miss': 'If the trend continues, the target for {year} will be missed by {gap}.',
	'planning.reason.projected_reach': 'If the trend continues, the target for {year} will be reached.',
	'planning.unit.percentagePoints': '{count} {count|percentage point|percentage points}'
};
