/**
 * The measure form (new and edit) and the input of `saveMeasurePlan` (measure, budget lines and
 * milestones in one): field names are the input's own, a budget line's as `budget.<row>.<field>`
 * and a milestone's as `milestones.<row>.<field>`, so that the service's field errors land at
 * their fields. The form's state is one string per field (lists joined by line breaks); rows are
 * counted by `budgetRows` / `milestoneRows`, and empty rows are dropped when a form is read, so
 * that "Zeile 2" of a message is the second row the form shows again.
 */

export const measureTextFields = [
	'code',
	'title',
	'description',
	'status',
	'periodStart',
	'periodEnd',
	'leadDepartmentId',
	'providers',
	'facilities',
	'targetGroups'
] as const;
/** Fields of several values (check boxes): kept as one string, values joined by line breaks. */
export const measureListFields = ['goals', 'partnerDepartmentIds', 'lifePhases'] as const;
export const budgetFields = ['year', 'source', 'programme', 'planned', 'approved', 'spent', 'note'] as const;
export const milestoneFields = ['title', 'dueOn', 'doneOn'] as const;
export type BudgetField = (typeof budgetFields)[number];
export type MilestoneField = (typeof milestoneFields)[number];

/** What the form offers to choose from. */
export interface MeasureFormOptions {
	goals: { code: string; title: string }[];
	/** All departments (partners). */
	departments: { id: string; name: string }[];
	/** The departments that may lead (a department planner: the own one only). */
	leadDepartments: { id: string; name: string }[];
	layers: { code: string; name: string }[];
	lifePhases: { code: string; label: string }[];
}

/** The form's values: one string per field. */
export type MeasureFormState = Record<string, string>;

/** The buttons that add an empty row instead of saving. */
export type AddRow = 'budget' | 'milestones';

const isListField = (name: string): name is (typeof measureListFields)[number] =>
	(measureListFields as readonly string[]).includes(name);

/** Lines of a text area (or values of check boxes), trimmed, without empty ones. */
export function lines(text: string | undefined): string[] {
	return (text ?? '')
		.split(/\r?\n/)
		.map((v) => v.trim())
		.filter(Boolean);
}

/** Codes as a person writes them: separated by commas, semicolons or line breaks. */
export function codes(text: string | undefined): string[] {
	return (text ?? '')
		.split(/[,;\n]+/)
		.map((c) => c.trim())
		.filter(Boolean);
}

const rowKey = /^(budget|milestones)\.(\d+)\.(\w+)$/;

/** More rows than any measure has: a guard against a forged row count. */
const maxRows = 200;

/**
 * A submitted form as plain strings: check boxes joined, filled rows renumbered in their order and
 * the empty ones moved to the end (a budget line's funding source alone does not make it filled),
 * and, for the "Weitere Zeile" button, one more empty row of that part.
 */
export function measureFormValues(form: FormData, add?: AddRow | null): MeasureFormState {
	const values: MeasureFormState = {};
	const rows: Record<AddRow, Map<number, Record<string, string>>> = {
		budget: new Map(),
		milestones: new Map()
	};
	for (const [name, value] of form) {
		if (typeof value !== 'string' || /csrf|^add$|Rows$/.test(name)) continue;
		const row = rowKey.exec(name);
		if (row) {
			const part = row[1] as AddRow;
			const index = Number(row[2]);
			const fields = rows[part].get(index) ?? {};
			fields[row[3]!] = value;
			rows[part].set(index, fields);
		} else if (isListField(name)) {
			values[name] = values[name] ? `${values[name]}\n${value}` : value;
		} else if (!(name in values)) values[name] = value;
	}
	const filled = (part: AddRow, fields: Record<string, string>) =>
		(part === 'budget' ? budgetFields.filter((f) => f !== 'source') : milestoneFields).some(
			(f) => (fields[f] ?? '').trim() !== ''
		);
	for (const part of ['budget', 'milestones'] as const) {
		const kept = [...rows[part].entries()]
			.sort(([a], [b]) => a - b)
			.map(([, fields]) => fields)
			.filter((fields) => filled(part, fields));
		kept.forEach((fields, i) => {
			for (const [field, value] of Object.entries(fields)) values[`${part}.${i}.${field}`] = value;
		});
		// Empty rows move to the end; as many rows as were shown stay, one more for "Weitere Zeile".
		const shown = Number(form.get(rowCountKey(part)));
		const rowsShown = Math.min(Number.isInteger(shown) && shown > 0 ? shown : 0, maxRows);
		values[rowCountKey(part)] = String(Math.max(1, kept.length, rowsShown) + (add === part ? 1 : 0));
	}
	return values;
}

export const rowCountKey = (part: AddRow) => (part === 'budget' ? 'budgetRows' : 'milestoneRows');

/** How many rows of a part the form shows (at least one). */
export function rowCount(values: MeasureFormState, part: AddRow): number {
	const n = Number(values[rowCountKey(part)]);
	return Number.isInteger(n) && n > 0 ? n : 1;
}

/** What the service gets from a submitted form (its string values); units from the fields `units.<layer>`. */
export function measureFormInput(values: MeasureFormState): Record<string, unknown> {
	const layers = Object.keys(values)
		.filter((name) => name.startsWith('units.'))
		.map((name) => name.slice('units.'.length));
	const get = (name: string) => (values[name] ?? '').trim();
	const budget = Array.from({ length: rowCount(values, 'budget') }, (_, i) => i)
		.filter((i) => budgetFields.some((f) => f !== 'source' && get(`budget.${i}.${f}`) !== ''))
		.map((i) => {
			const field = (f: BudgetField) => get(`budget.${i}.${f}`);
			return {
				year: field('year'),
				source: field('source') || 'haushalt',
				programme: field('programme') || null,
				planned: field('planned') || null,
				approved: field('approved') || null,
				spent: field('spent') || null,
				note: field('note') || null
			};
		});
	const milestones = Array.from({ length: rowCount(values, 'milestones') }, (_, i) => i)
		.filter((i) => milestoneFields.some((f) => get(`milestones.${i}.${f}`) !== ''))
		.map((i) => ({
			title: get(`milestones.${i}.title`),
			dueOn: get(`milestones.${i}.dueOn`),
			doneOn: get(`milestones.${i}.doneOn`) || null
		}));
	return {
		code: get('code'),
		title: get('title'),
		description: get('description') || null,
		status: get('status') || undefined,
		periodStart: get('periodStart') || null,
		periodEnd: get('periodEnd') || null,
		leadDepartmentId: get('leadDepartmentId') || null,
		partnerDepartmentIds: lines(values.partnerDepartmentIds),
		goals: lines(values.goals),
		lifePhases: lines(values.lifePhases),
		targetGroups: lines(values.targetGroups),
		providers: lines(values.providers),
		facilities: codes(values.facilities),
		units: layers.flatMap((layer) => codes(values[`units.${layer}`]).map((code) => ({ layer, code }))),
		budget,
		milestones
	};
}

/**
 * An amount as the form shows it, in German notation in both languages: the service reads a dot
 * as a thousands separator ("12.500,00"), so "12.5" would come back as 125.
 */
const amount = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/** A stored measure with its budget and milestones as the form shows it, with one empty row of each to fill. */
export function measureFormState(detail: {
	measure: {
		code: string;
		title: string;
		description: string | null;
		status: string;
		periodStart: string | null;
		periodEnd: string | null;
		leadDepartmentId: string | null;
		lifePhases: string[];
		targetGroups: string[];
	};
	links: {
		goals: { code: string }[];
		units: { code: string; layerCode: string }[];
		partners: { id: string }[];
		providers: { name: string }[];
		facilities: { code: string }[];
	};
	budget: {
		year: number;
		source: string;
		programme: string;
		planned: number | null;
		approved: number | null;
		spent: number | null;
		note: string | null;
	}[];
	milestones: { title: string; dueOn: string; doneOn: string | null }[];
}): MeasureFormState {
	const { measure: m, links } = detail;
	const values: MeasureFormState = {
		code: m.code,
		title: m.title,
		description: m.description ?? '',
		status: m.status,
		periodStart: m.periodStart ?? '',
		periodEnd: m.periodEnd ?? '',
		leadDepartmentId: m.leadDepartmentId ?? '',
		partnerDepartmentIds: links.partners.map((p) => p.id).join('\n'),
		goals: links.goals.map((g) => g.code).join('\n'),
		lifePhases: m.lifePhases.join('\n'),
		targetGroups: m.targetGroups.join('\n'),
		providers: links.providers.map((p) => p.name).join('\n'),
		facilities: links.facilities.map((f) => f.code).join(', '),
		budgetRows: String(detail.budget.length + 1),
		milestoneRows: String(detail.milestones.length + 1)
	};
	const layers = new Map<string, string[]>();
	for (const unit of links.units)
		layers.set(unit.layerCode, [...(layers.get(unit.layerCode) ?? []), unit.code]);
	for (const [layer, list] of layers) values[`units.${layer}`] = list.join(', ');
	detail.budget.forEach((line, i) => {
		values[`budget.${i}.year`] = String(line.year);
		values[`budget.${i}.source`] = line.source;
		values[`budget.${i}.programme`] = line.programme;
		values[`budget.${i}.planned`] = amount(line.planned);
		values[`budget.${i}.approved`] = amount(line.approved);
		values[`budget.${i}.spent`] = amount(line.spent);
		values[`budget.${i}.note`] = line.note ?? '';
	});
	detail.milestones.forEach((stone, i) => {
		values[`milestones.${i}.title`] = stone.title;
		values[`milestones.${i}.dueOn`] = stone.dueOn;
		values[`milestones.${i}.doneOn`] = stone.doneOn ?? '';
	});
	return values;
}

/** The id of a field's input (for labels and the error summary's links). */
export const measureFieldId = (name: string) => `m-${name.replace(/\./g, '-')}`;

/**
 * The service's field errors by form field: a problem of one listed unit, goal or Träger
 * ("units.2") is its list's; the units' problems go to the first layer's field.
 */
export function measureFieldErrors(
	fields: Record<string, string> | undefined,
	firstLayer: string | undefined
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, message] of Object.entries(fields ?? {})) {
		if (rowKey.test(key) || key === 'budget' || key === 'milestones') {
			out[key] ??= message;
			continue;
		}
		const name = key.replace(/\.\d+(\.\w+)?$/, '');
		out[name === 'units' && firstLayer ? `units.${firstLayer}` : name] ??= message;
	}
	return out;
}

/**
 * Field name → id for the error summary, in the form's order: the measure's fields, the units per
 * layer, then every row's fields.
 */
export function measureFieldIds(
	layers: readonly string[],
	budgetRows: number,
	milestoneRows: number
): Record<string, string> {
	const names = [
		'code',
		'title',
		'description',
		'status',
		'periodStart',
		'periodEnd',
		'goals',
		...layers.map((l) => `units.${l}`),
		'leadDepartmentId',
		'partnerDepartmentIds',
		'providers',
		'facilities',
		'lifePhases',
		'targetGroups',
		'budget',
		...Array.from({ length: budgetRows }, (_, i) => budgetFields.map((f) => `budget.${i}.${f}`)).flat(),
		'milestones',
		...Array.from({ length: milestoneRows }, (_, i) =>
			milestoneFields.map((f) => `milestones.${i}.${f}`)
		).flat()
	];
	return Object.fromEntries(names.map((name) => [name, measureFieldId(name)]));
}
