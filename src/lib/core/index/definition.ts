/**
 * A composite social index (DOMAIN.md §1): which indicators it combines and how, who is left out,
 * and how index values become classes. Every choice the Berlin and Hamburg methods differ in is a
 * field here, and the definition is stored with every result so that a class can be traced back
 * to the rule that made it. The shape is checked with zod at the service; `definitionProblems`
 * checks the rules between fields, so that the CLI, the API and the forms refuse the same
 * definitions with the same German messages.
 */

/** Orientation before combining: every indicator enters so that higher = more disadvantage. */
export type IndexPolarity = 'higher_worse' | 'higher_better';

export interface StatusIndicator {
	/** Indicator code; its values at the index date are the status values (x = 100 · a / b). */
	indicator: string;
	weight: number;
	polarity: IndexPolarity;
}

export interface DynamicsIndicator {
	indicator: string;
	weight: number;
	polarity: IndexPolarity;
	/**
	 * Years of the window: the dynamics value is x(date) − x(date − n years), in percentage points.
	 * null: the indicator's values are changes already (a change indicator, or imported changes
	 * such as the DYNAMO columns of Berlin's MSS).
	 */
	windowYears: number | null;
}

/**
 * Classes on the unrounded index by ascending thresholds (k thresholds → k + 1 classes). `codes`
 * and `labels` are listed from the class of the lowest index values up when `direction` is
 * 'low_first', from the highest down when 'high_first' (in some indices 1 is best, in others 1 is
 * worst). A value that lies exactly on a threshold goes to the class nearer the middle when
 * `onThreshold` is 'centre' (Berlin: "mehr als eine Standardabweichung": −1 is still medium, +1.5
 * still low), else to the class above or below.
 */
export interface ClassScheme {
	thresholds: number[];
	codes: string[];
	labels: string[];
	direction: 'low_first' | 'high_first';
	onThreshold: 'centre' | 'above' | 'below';
}

export interface Eligibility {
	/** Units with fewer inhabitants than this get no class (Berlin: 300); null: no minimum. */
	minimumPopulation: number | null;
	/** Variable code of the population the minimum refers to. */
	populationVariable: string | null;
	/** Units left out by decision (outliers, institutions), each with its reason. */
	excluded: { unit: string; reason: string }[];
	/**
	 * Units left out by a variable: a flag imported per unit ("gültig" 1 / "ungültig" 0). A unit
	 * whose flag at the index date (its latest value up to it) is not `validValue` is excluded, the
	 * reason naming the flag; `whenMissing` says what a unit without a flag value gets. Absent in
	 * definitions stored before issue 12: none.
	 */
	validityFlag?: ValidityFlag | null;
}

export interface ValidityFlag {
	/** Variable code of the flag. */
	variable: string;
	/** The value that marks a unit as valid (default 1). */
	validValue: number;
	whenMissing: 'include' | 'exclude';
}

export interface IndexDefinition {
	code: string;
	name: string;
	description: string | null;
	/** Layer code of the units the index classifies. */
	layer: string;
	status: StatusIndicator[];
	/** Empty: the index has no dynamics part, and the combined class is the status class. */
	dynamics: DynamicsIndicator[];
	combination: 'sum' | 'mean';
	/** Standardise the combined value again (Berlin does). */
	restandardise: boolean;
	/** sd over n ('population', Berlin) or n − 1 ('sample'). */
	sdConvention: 'population' | 'sample';
	eligibility: Eligibility;
	statusClasses: ClassScheme;
	dynamicsClasses: ClassScheme | null;
	/** Combined class code: status code + separator + dynamics code ("1+" with separator ''). */
	combinedSeparator: string;
}

/** Why a unit has no class. */
export type NotClassifiedReason =
	'excluded' | 'population_below_minimum' | 'population_missing' | 'values_missing';

/** Berlin's Monitoring Soziale Stadtentwicklung 2017 class schemes (DOMAIN.md §1). */
export const berlinStatusClasses: ClassScheme = {
	thresholds: [-1, 1, 1.5],
	codes: ['1', '2', '3', '4'],
	labels: ['hoch', 'mittel', 'niedrig', 'sehr niedrig'],
	direction: 'low_first',
	onThreshold: 'centre'
};

export const berlinDynamicsClasses: ClassScheme = {
	thresholds: [-1, 1],
	codes: ['+', '±', '−'],
	labels: ['positiv', 'stabil', 'negativ'],
	direction: 'low_first',
	onThreshold: 'centre'
};

export interface DefinitionProblem {
	/** Where in the definition, as a path a person can follow: "statusClasses.labels". */
	field: string;
	message: string;
}

function schemeProblems(scheme: ClassScheme, field: string): DefinitionProblem[] {
	const problems: DefinitionProblem[] = [];
	const { thresholds, codes, labels } = scheme;
	if (thresholds.length === 0)
		problems.push({ field: `${field}.thresholds`, message: 'Mindestens eine Klassengrenze angeben.' });
	if (thresholds.some((t) => !Number.isFinite(t)))
		problems.push({ field: `${field}.thresholds`, message: 'Klassengrenzen müssen Zahlen sein.' });
	for (let i = 1; i < thresholds.length; i++)
		if (!(thresholds[i]! > thresholds[i - 1]!)) {
			problems.push({
				field: `${field}.thresholds`,
				message: 'Die Klassengrenzen müssen aufsteigen und dürfen sich nicht wiederholen.'
			});
			break;
		}
	const classes = thresholds.length + 1;
	if (codes.length !== classes)
		problems.push({
			field: `${field}.codes`,
			message: `${thresholds.length} Grenzen ergeben ${classes} Klassen; bitte ${classes} Kürzel angeben.`
		});
	if (labels.length !== classes)
		problems.push({
			field: `${field}.labels`,
			message: `${thresholds.length} Grenzen ergeben ${classes} Klassen; bitte ${classes} Bezeichnungen angeben.`
		});
	if (new Set(codes).size !== codes.length)
		problems.push({ field: `${field}.codes`, message: 'Jedes Klassenkürzel darf nur einmal vorkommen.' });
	return problems;
}

/** The rules between fields; an empty list means the definition can be computed. */
export function definitionProblems(definition: IndexDefinition): DefinitionProblem[] {
	const problems: DefinitionProblem[] = [];
	if (definition.status.length === 0)
		problems.push({ field: 'status', message: 'Mindestens einen Statusindikator angeben.' });
	const seen = new Set<string>();
	for (const [part, list] of [
		['status', definition.status],
		['dynamics', definition.dynamics]
	] as const) {
		list.forEach((entry, i) => {
			if (!(entry.weight > 0) || !Number.isFinite(entry.weight))
				problems.push({ field: `${part}[${i}].weight`, message: 'Gewichte müssen größer als 0 sein.' });
			const key = `${part}:${entry.indicator}`;
			if (seen.has(key))
				problems.push({
					field: `${part}[${i}].indicator`,
					message: `Der Indikator ${entry.indicator} steht zweimal in diesem Teil des Index.`
				});
			seen.add(key);
		});
	}
	definition.dynamics.forEach((entry, i) => {
		if (entry.windowYears !== null && !(Number.isInteger(entry.windowYears) && entry.windowYears >= 1))
			problems.push({
				field: `dynamics[${i}].windowYears`,
				message: 'Das Zeitfenster ist eine ganze Zahl von Jahren (mindestens 1).'
			});
	});
	const { minimumPopulation, populationVariable } = definition.eligibility;
	if (minimumPopulation !== null && !(minimumPopulation >= 0))
		problems.push({
			field: 'eligibility.minimumPopulation',
			message: 'Die Mindestzahl darf nicht negativ sein.'
		});
	if (minimumPopulation !== null && !populationVariable)
		problems.push({
			field: 'eligibility.populationVariable',
			message: 'Zur Mindesteinwohnerzahl gehört das Merkmal, in dem die Einwohner stehen.'
		});
	const flag = definition.eligibility.validityFlag;
	if (flag && !flag.variable.trim())
		problems.push({
			field: 'eligibility.validityFlag.variable',
			message: 'Bitte das Merkmal nennen, das gültige Gebiete kennzeichnet.'
		});
	if (flag && !Number.isFinite(flag.validValue))
		problems.push({
			field: 'eligibility.validityFlag.validValue',
			message: 'Der Wert für „gültig“ muss eine Zahl sein (üblich: 1).'
		});
	const excluded = new Set<string>();
	definition.eligibility.excluded.forEach((entry, i) => {
		if (!entry.reason.trim())
			problems.push({
				field: `eligibility.excluded[${i}].reason`,
				message: `Bitte für ${entry.unit} einen Grund für den Ausschluss angeben.`
			});
		if (excluded.has(entry.unit))
			problems.push({
				field: `eligibility.excluded[${i}].unit`,
				message: `Das Gebiet ${entry.unit} ist zweimal ausgeschlossen.`
			});
		excluded.add(entry.unit);
	});
	problems.push(...schemeProblems(definition.statusClasses, 'statusClasses'));
	if (definition.dynamics.length > 0 && !definition.dynamicsClasses)
		problems.push({ field: 'dynamicsClasses', message: 'Zu Dynamikindikatoren gehören Dynamikklassen.' });
	if (definition.dynamicsClasses)
		problems.push(...schemeProblems(definition.dynamicsClasses, 'dynamicsClasses'));
	return problems;
}
