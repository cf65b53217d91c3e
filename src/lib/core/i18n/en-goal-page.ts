import type { deGoalPage } from './de-goal-page';

/** English texts of the goal page (map, changes, assessments) and the area profile section on goals and measures. Merged into the dictionary in en.ts. */
export const enGoalPage: Record<keyof typeof deGoalPage, string> = {
	'goalPage.map.heading': 'Map of the areas',
	'goalPage.map.intro':
		'The areas of the goal, coloured by their rating; areas without data hatched, areas outside the goal unfilled. The table below names every area with its rating in words.',
	'goalPage.map.label': 'Map: rating of the areas of {goal}',
	'goalPage.map.hint':
		'Hover over an area to see its rating; pan with the arrow keys, zoom with + and −. All values are also in the table “Areas of the goal”.',
	'goalPage.map.noGeometry': 'No outlines are stored for the areas of this layer; the table shows all areas.',
	'goalPage.map.outside': 'not in the goal’s area',
	'goalPage.legend.title': 'Legend',
	'goalPage.legend.count': '{count} {count|area|areas}',
	'goalPage.legend.outside': 'not in the goal’s area (unfilled)',
	'goalPage.changes.heading': 'Changes',
	'goalPage.changes.intro':
		'From the audit log: who created or changed the goal and its assessments and when, each changed field with its value before and after.',
	'goalPage.changes.empty': 'The audit log holds no changes of this goal.',
	'goalPage.changes.caption': 'Changes of the goal, newest first',
	'goalPage.changes.col.at': 'Time',
	'goalPage.changes.col.actor': 'Person',
	'goalPage.changes.col.what': 'Change',
	'goalPage.changes.col.fields': 'Fields (before → after)',
	'goalPage.changes.kind.created': 'Goal created',
	'goalPage.changes.kind.updated': 'Goal changed',
	'goalPage.changes.kind.deleted': 'Goal removed',
	'goalPage.changes.kind.assessed': 'Assessment entered',
	'goalPage.changes.noFields': 'Saved without changed fields',
	'goalPage.changes.before': 'before',
	'goalPage.changes.after': 'after',
	'goalPage.changes.gone': '(no longer exists)',
	'goalPage.changes.field.scopeKind': 'Kind of area',
	'goalPage.changes.field.units': 'Areas',
	'goalPage.assess.heading': 'Assessments',
	'goalPage.assess.intro':
		'A goal without an indicator is assessed by its owner department with a date and a rationale. An assessment is never changed; a later one supersedes it.',
	'goalPage.assess.current': 'Rating now',
	'goalPage.assess.currentText': 'as of {date}: {text}',
	'goalPage.assess.none': 'This goal has not been assessed yet.',
	'goalPage.assess.caption': 'Assessments of the goal, newest first',
	'goalPage.assess.author': 'Assessed by',
	'goalPage.assess.date': 'Date of the assessment',
	'goalPage.assess.dateHint': 'YYYY-MM-DD, e.g. 2026-06-30; not in the future',
	'goalPage.assess.rating': 'Rating',
	'goalPage.assess.ratingChoose': 'Choose a rating',
	'goalPage.assess.text': 'Rationale',
	'goalPage.assess.textHint': 'What has been achieved, what is missing? At least 10 characters.',
	'goalPage.assess.formHeading': 'Assess the goal',
	'goalPage.assess.submit': 'Save assessment',
	'goalPage.assess.saved': 'The assessment has been saved.',
	'goalPage.assess.fieldErrors': 'The assessment was not saved. Please check the marked fields.'
};
