import type { dePlanExchange } from './de-plan-exchange';

/** English texts of the import and export of goals and measures. Merged into the dictionary in en.ts. */
export const enPlanExchange: Record<keyof typeof dePlanExchange, string> = {
	'planExchange.nav': 'Import and export',
	'planExchange.title': 'Import and export of the plan',
	'planExchange.intro':
		'Take goals, measures, budgets and milestones from an Excel workbook or from CSV files, and download the plan in the same workbook.',
	'planExchange.current': 'The plan now holds {goals} goals and {measures} measures.',
	'planExchange.downloadTitle': 'Download',
	'planExchange.export': 'Download the plan as an Excel workbook',
	'planExchange.template': 'Download the blank template',
	'planExchange.downloadHint':
		'Both files have the sheets „Ziele“ (goals), „Maßnahmen“ (measures), „Haushalt“ (budget) and „Meilensteine“ (milestones) and a sheet „Hinweise“ with the allowed entries. A downloaded workbook can be changed and imported again.',
	'planExchange.uploadTitle': 'Upload',
	'planExchange.uploadIntro':
		'Check first, then import: every row is checked as in the form. If the files contain a single error, nothing is stored, and every error is listed with file, sheet, row and column.',
	'planExchange.noWrite':
		'You may read and download the plan. Planners, the administration and department planners (for their department) may import.',
	'planExchange.files': 'Files',
	'planExchange.filesHint':
		'One workbook (.xlsx) or CSV files, one per kind: ziele.csv, massnahmen.csv, haushalt.csv, meilensteine.csv (semicolon, decimal comma, dates as DD.MM.YYYY).',
	'planExchange.check': 'Check only',
	'planExchange.submit': 'Import',
	'planExchange.problemsTitle': 'The files were not imported',
	'planExchange.problemsCaption': 'Problems found',
	'planExchange.col.file': 'File and sheet',
	'planExchange.col.row': 'Row',
	'planExchange.col.column': 'Column',
	'planExchange.col.code': 'Code',
	'planExchange.col.message': 'Message and what to do',
	'planExchange.checkedTitle': 'Check without errors – nothing stored',
	'planExchange.doneTitle': 'Plan imported',
	'planExchange.report':
		'{goalsCreated} goals new, {goalsUpdated} changed; {measuresCreated} measures new, {measuresUpdated} changed; {budgetLines} budget lines and {milestones} milestones.',
	'planExchange.checkedHint': 'To import, upload the same files with „Import“.'
};
