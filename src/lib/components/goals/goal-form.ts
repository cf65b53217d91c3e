/**
 * The goal form (new and edit) and the service's input (`goalInput` of goal.service.ts): field
 * names are the input's own, the scope's as `scope.<field>`, so that the service's field errors
 * ("targetValue", "scope.units") land at their fields. Empty fields are "not given" (null).
 */

export const goalTextFields = [
	'code',
	'title',
	'level',
	'parent',
	'topic',
	'rationale',
	'origin',
	'status',
	'ownerDepartmentId',
	'ownerName',
	'indicator',
	'direction',
	'baselineDate',
	'baselineValue',
	'baselineReason',
	'targetValue',
	'targetDate',
	'scope.kind',
	'scope.layer',
	'scope.units',
	'scope.index',
	'scope.classKind',
	'scope.class',
	'scope.date'
] as const;
export type GoalFormField = (typeof goalTextFields)[number];

/** What the form offers to choose from. */
export interface GoalFormOptions {
	goals: { code: string; title: string }[];
	topics: { code: string; name: string }[];
	departments: { id: string; name: string }[];
	indicators: { code: string; name: string; unitLabel: string }[];
	layers: { code: string; name: string }[];
	indexes: { code: string; name: string; dates: string[] }[];
}

/** The form's values: one string per field. */
export type GoalFormState = Record<string, string>;

/** Unit codes as a person writes them: separated by commas, semicolons or line breaks. */
export function unitCodes(text: string): string[] {
	return text
		.split(/[,;\n]+/)
		.map((c) => c.trim())
		.filter(Boolean);
}

/** What the service gets from a submitted form (its string values). */
export function goalFormInput(values: GoalFormState): Record<string, unknown> {
	const get = (name: GoalFormField) => (values[name] ?? '').trim();
	const orNull = (name: GoalFormField) => get(name) || null;
	const kind = get('scope.kind') || 'tenant';
	const scope =
		kind === 'units'
			? { kind, layer: get('scope.layer'), units: unitCodes(values['scope.units'] ?? '') }
			: kind === 'index_class'
				? {
						kind,
						index: get('scope.index'),
						classKind: get('scope.classKind') || 'status',
						class: get('scope.class'),
						date: get('scope.date')
					}
				: { kind };
	return {
		code: get('code'),
		title: get('title'),
		level: get('level'),
		parent: orNull('parent'),
		topic: orNull('topic'),
		rationale: orNull('rationale'),
		origin: orNull('origin') ?? undefined,
		status: orNull('status') ?? undefined,
		ownerDepartmentId: orNull('ownerDepartmentId'),
		ownerName: orNull('ownerName'),
		indicator: orNull('indicator'),
		direction: orNull('direction'),
		scope,
		baselineDate: orNull('baselineDate'),
		baselineValue: orNull('baselineValue'),
		baselineReason: orNull('baselineReason'),
		targetValue: orNull('targetValue'),
		targetDate: orNull('targetDate')
	};
}

/** A submitted form as plain strings (what formResult keeps for a failure, and what the input is built from). */
export function formValues(form: FormData): GoalFormState {
	const values: GoalFormState = {};
	for (const name of goalTextFields) {
		const value = form.get(name);
		if (typeof value === 'string') values[name] = value;
	}
	return values;
}

/** A decimal as the form shows it: German comma in German (the service reads both). */
const decimal = (value: number | null, locale: 'de' | 'en') =>
	value === null ? '' : locale === 'de' ? String(value).replace('.', ',') : String(value);

/** A stored goal as the form shows it. A baseline taken from the data is left empty: it is taken again. */
export function goalFormState(
	goal: {
		code: string;
		title: string;
		level: string;
		parentCode: string | null;
		topicCode: string | null;
		rationale: string | null;
		origin: string;
		status: string;
		ownerDepartmentId: string | null;
		ownerName: string | null;
		indicatorCode: string | null;
		direction: string | null;
		scopeKind: string;
		scopeLayerCode: string | null;
		scopeIndexCode: string | null;
		scopeClassKind: string | null;
		scopeClass: string | null;
		scopeDate: string | null;
		unitCodes: string[];
		baselineDate: string | null;
		baselineValue: number | null;
		baselineReason: string | null;
		targetValue: number | null;
		targetDate: string | null;
	},
	locale: 'de' | 'en'
): GoalFormState {
	return {
		code: goal.code,
		title: goal.title,
		level: goal.level,
		parent: goal.parentCode ?? '',
		topic: goal.topicCode ?? '',
		rationale: goal.rationale ?? '',
		origin: goal.origin,
		status: goal.status,
		ownerDepartmentId: goal.ownerDepartmentId ?? '',
		ownerName: goal.ownerName ?? '',
		indicator: goal.indicatorCode ?? '',
		direction: goal.direction ?? '',
		'scope.kind': goal.scopeKind,
		'scope.layer': goal.scopeKind === 'units' ? (goal.scopeLayerCode ?? '') : '',
		'scope.units': goal.unitCodes.join(', '),
		'scope.index': goal.scopeIndexCode ?? '',
		'scope.classKind': goal.scopeClassKind ?? 'status',
		'scope.class': goal.scopeClass ?? '',
		'scope.date': goal.scopeDate ?? '',
		baselineDate: goal.baselineDate ?? '',
		baselineValue: goal.baselineReason ? decimal(goal.baselineValue, locale) : '',
		baselineReason: goal.baselineReason ?? '',
		targetValue: decimal(goal.targetValue, locale),
		targetDate: goal.targetDate ?? ''
	};
}

/** The id of each field's input, for the error summary's links. */
export const goalFieldIds: Record<string, string> = Object.fromEntries(
	goalTextFields.map((name) => [name, `g-${name.replace('.', '-')}`])
);

/**
 * The service's field errors by form field: an error of one chosen unit ("scope.units.2") is the
 * units field's; a problem of the scope as a whole goes to the scope's choice.
 */
export function goalFieldErrors(fields: Record<string, string> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, message] of Object.entries(fields ?? {})) {
		const name = key.replace(/\.\d+$/, '');
		const field = name === 'scope' ? 'scope.kind' : name;
		out[field] ??= message;
	}
	return out;
}
