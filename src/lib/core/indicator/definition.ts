/**
 * What an indicator definition must say, per kind (DOMAIN.md §3). The shape of the input is checked
 * with zod at the service; the rules here are the ones between fields, so that the CLI, the API
 * and the forms refuse the same definitions with the same German messages.
 */
export const indicatorKinds = ['rate', 'change', 'direct'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const polarities = ['higher_better', 'higher_worse', 'neutral'] as const;
export type Polarity = (typeof polarities)[number];

export const changeModes = ['points', 'percent'] as const;
export type ChangeMode = (typeof changeModes)[number];

/**
 * The formula of a definition; variables and the base indicator are named by code. A rate's
 * numerator and denominator are each a sum of one or more variables.
 */
export interface FormulaInput {
	kind: IndicatorKind;
	numerator?: readonly string[] | null;
	denominator?: readonly string[] | null;
	factor?: number | null;
	base?: string | null;
	changeYears?: number | null;
	changeMode?: ChangeMode | null;
	value?: string | null;
	weight?: string | null;
	/** The weight stands in for the values' reference population (stated, DOMAIN.md §3). */
	weightStandIn?: boolean | null;
	/** What a stand-in stands in for, or why no weight fits; German, shown with the values. */
	weightNote?: string | null;
}

const fieldsOf: Record<IndicatorKind, readonly (keyof FormulaInput)[]> = {
	rate: ['numerator', 'denominator', 'factor'],
	change: ['base', 'changeYears', 'changeMode'],
	direct: ['value', 'weight', 'weightStandIn', 'weightNote']
};

const required: Record<IndicatorKind, readonly (keyof FormulaInput)[]> = {
	rate: ['numerator', 'denominator'],
	change: ['base', 'changeYears', 'changeMode'],
	direct: ['value']
};

const kindLabel: Record<IndicatorKind, string> = {
	rate: 'eine Quote (Zähler / Nenner)',
	change: 'eine Veränderung',
	direct: 'ein direkt importierter Wert'
};

function present(value: unknown): boolean {
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'boolean') return value;
	return value !== undefined && value !== null && value !== '';
}

/**
 * Problems between the fields of a formula, by field, in German; empty when it is complete.
 * A field of another kind is refused rather than ignored: a rate that names a base indicator
 * is a mistake its author should see.
 */
export function formulaProblems(formula: FormulaInput): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const field of required[formula.kind]) {
		if (!present(formula[field])) problems[field] = `fehlt: ${kindLabel[formula.kind]} braucht dieses Feld`;
	}
	for (const [kind, fields] of Object.entries(fieldsOf) as [IndicatorKind, (keyof FormulaInput)[]][]) {
		if (kind === formula.kind) continue;
		for (const field of fields) {
			// The factor has a default and is harmless elsewhere; only a stated other value is an error.
			if (field === 'factor' && (formula.factor === undefined || formula.factor === null)) continue;
			if (present(formula[field])) problems[field] = `gehört nicht zu ${kindLabel[formula.kind]}`;
		}
	}
	if (formula.kind === 'rate' && formula.factor !== undefined && formula.factor !== null) {
		if (!(formula.factor > 0)) problems.factor = 'muss größer als 0 sein (üblich: 100 oder 1.000)';
	}
	if (formula.kind === 'direct' && formula.weightStandIn) {
		if (!present(formula.weight)) problems.weightStandIn = 'ein Ersatzgewicht braucht ein Gewichtungsmerkmal';
		else if (!present(formula.weightNote))
			problems.weightNote =
				'ein Ersatzgewicht ist nur erlaubt, wenn gesagt wird, wofür es steht (z. B. „Einwohner insgesamt statt Einwohner unter 15 Jahren“)';
	}
	for (const field of ['numerator', 'denominator'] as const) {
		const codes = formula[field] ?? [];
		const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
		if (twice.length > 0) problems[field] = `„${twice[0]}“ steht zweimal in der Summe`;
	}
	return problems;
}

/**
 * The cycle a change indicator would close by taking `base` as its base (e.g. A → B → A), given
 * the base of every existing indicator; null when there is none. The path starts and ends with `code`.
 */
export function findBaseCycle(
	code: string,
	base: string,
	baseOf: ReadonlyMap<string, string | null>
): string[] | null {
	const path = [code];
	let current: string | null | undefined = base;
	const seen = new Set<string>();
	while (current) {
		path.push(current);
		if (current === code) return path;
		// A cycle among the existing indicators that does not pass through `code` is not ours to report.
		if (seen.has(current)) return null;
		seen.add(current);
		current = baseOf.get(current);
	}
	return null;
}

/**
 * The unit an indicator shows when its definition names none: per cent for a rate per 100, per
 * mille per 1,000, percentage points or per cent for a change, the value variable's own unit for a
 * directly imported value; otherwise none. Never "%" by default: a planner who left the field
 * empty for an index or a count would otherwise see a unit that is wrong.
 */
export function defaultUnitLabel(formula: {
	kind: IndicatorKind;
	factor?: number | null;
	changeMode?: ChangeMode | null;
	valueUnitLabel?: string | null;
}): string {
	switch (formula.kind) {
		case 'rate': {
			const factor = formula.factor ?? 100;
			return factor === 100 ? '%' : factor === 1000 ? '‰' : '';
		}
		case 'change':
			return formula.changeMode === 'percent' ? '%' : formula.changeMode === 'points' ? 'Prozentpunkte' : '';
		case 'direct':
			return formula.valueUnitLabel ?? '';
	}
}
