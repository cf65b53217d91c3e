import type { deMeasureForm } from './de-measure-form';

/** English texts of the measure form (create, edit, budget and milestones). Merged into the dictionary in en.ts. */
export const enMeasureForm: Record<keyof typeof deMeasureForm, string> = {
	'measureForm.newTitle': 'New measure',
	'measureForm.editTitle': 'Edit measure {code}',
	'measureForm.intro':
		'A measure with its goals, areas, responsibilities, its budget per year and its milestones. Everything is saved together or not at all.',
	'measureForm.back': 'Back to the measures',
	'measureForm.backMeasure': 'Back to the measure',
	'measureForm.create': 'Create measure',
	'measureForm.save': 'Save changes',
	'measureForm.fieldErrors':
		'The measure was not saved, nor its budget and milestones. Please correct the marked fields:',
	'measureForm.rowAdded': 'An empty row was added. Nothing has been saved yet.',
	'measureForm.created': 'The measure was created.',
	'measureForm.saved': 'The changes were saved.',
	'measureForm.newLink': 'New measure',
	'measureForm.editLink': 'Edit',
	'measureForm.nav.myMeasures': 'My measures',
	'measureForm.section.measure': 'Measure',
	'measureForm.section.goals': 'Goals and areas',
	'measureForm.section.responsibility': 'Responsibility',
	'measureForm.section.chain': 'Prevention chain',
	'measureForm.field.codeHint': 'Unique in the tenant, e.g. "M 2.1.3"; it is the address of the measure.',
	'measureForm.field.description': 'Description',
	'measureForm.field.periodStart': 'Period from',
	'measureForm.field.periodEnd': 'Period to',
	'measureForm.field.goals': 'Goals the measure serves',
	'measureForm.field.goalsNone': 'No goals yet.',
	'measureForm.field.units': 'Areas the measure serves',
	'measureForm.field.unitsHint':
		'Per spatial layer the codes of the areas, separated by commas, e.g. "01011101, 01011102". Areas of any layer are possible.',
	'measureForm.field.leadNone': 'No department',
	'measureForm.field.providersHint': 'One provider per line, by the name it has among the offers.',
	'measureForm.field.facilitiesHint': 'Codes of facilities of the register, separated by commas.',
	'measureForm.field.targetGroupsHint': 'One target group per line, e.g. "single parents".',
	'measureForm.budget.hint':
		'One row per budget year and funding source, amounts in euros in German notation (e.g. 12500 or 12.500,50: the comma separates the cents). Empty rows are not saved.',
	'measureForm.budget.row': 'Budget, row {n}',
	'measureForm.budget.programme': 'Funding programme',
	'measureForm.budget.programmeHint': 'Only for the source funding programme: its name.',
	'measureForm.budget.amount': '{field} (€)',
	'measureForm.budget.noteHint': 'Required when more was spent than approved.',
	'measureForm.milestones.row': 'Milestone, row {n}',
	'measureForm.milestones.doneOn': 'Reached on',
	'measureForm.addRow': 'Add row'
};
