import type { IndicatorCell } from './cell';

/**
 * What a reader must know beside a layer's values (DOMAIN.md §3): that shares published without
 * counts were aggregated through a weight, which weight, and whether it is only a stand-in for the
 * reference population; or, where a layer has no values at all, why. Pure: the service passes
 * the cells it computed and what it knows about the data's layers; the texts are German, as the
 * platform's messages are, and travel with the values to every page, file and API response.
 */

/** How a directly imported value is aggregated above the layer it was imported at. */
export interface WeightRule {
	/** The weight variable; null: the values do not aggregate. */
	weight: { code: string; name: string } | null;
	/** The weight is a stated stand-in for the reference population. */
	standIn: boolean;
	/** What the stand-in stands in for, or why no weight fits. */
	note: string | null;
}

export interface EstimateNote {
	weightCode: string;
	weightName: string;
	standIn: boolean;
	note: string | null;
	/** One line for a tooltip or a table cell: "Schätzung, gewichtet mit „Einwohner“". */
	short: string;
	/** The full statement for a legend, a caption, a file's note. */
	text: string;
}

export type UnavailableCode =
	'no_data' | 'no_weight' | 'weight_missing' | 'not_paired' | 'not_above_data' | 'no_comparison';

export interface Unavailable {
	code: UnavailableCode;
	/** A few words for a tooltip or a table cell. */
	short: string;
	text: string;
}

/** Both null: ordinary values (counts summed, or values at their own layer). */
export interface ValueNotice {
	estimate: EstimateNote | null;
	unavailable: Unavailable | null;
}

export const noNotice: ValueNotice = { estimate: null, unavailable: null };

const noDataText = 'Zu diesem Indikator sind noch keine Daten importiert.';

/** An indicator without any date with data. */
export const noDataNotice: ValueNotice = {
	estimate: null,
	unavailable: { code: 'no_data', short: 'noch keine Daten', text: noDataText }
};

export interface NoticeInput {
	/** The kind at the root of the indicator's chain (a change indicator's base, followed down). */
	rootKind: 'rate' | 'direct';
	rule: WeightRule;
	layerName: string;
	/** The indicator's cells at the layer and date (one per unit). */
	cells: readonly IndicatorCell[];
	/** The root's cells at the same layer and date (the same as `cells` unless a change). */
	rootCells: readonly IndicatorCell[];
	/** False when the indicator has no date with data at all. */
	hasData: boolean;
	/** Names of the layers where the root's values lie at the date (asked only when needed). */
	dataLayers?: readonly string[];
}

export function estimateNote(rule: WeightRule): EstimateNote | null {
	if (!rule.weight) return null;
	const name = `„${rule.weight.name}“`;
	const short = rule.standIn ? `Schätzung mit Ersatzgewicht ${name}` : `Schätzung, gewichtet mit ${name}`;
	const method = `Anteil × ${rule.weight.name} je Gebiet darunter, summiert, geteilt durch die Summe von ${rule.weight.name}`;
	const text = rule.standIn
		? `Geschätzt (${method}). ${name} ist ein Ersatz für die Bezugsbevölkerung${rule.note ? `: ${rule.note}` : '.'}`
		: `Geschätzt (${method}).${rule.note ? ` ${rule.note}` : ''}`;
	return {
		weightCode: rule.weight.code,
		weightName: rule.weight.name,
		standIn: rule.standIn,
		note: rule.note,
		short,
		text: text.endsWith('.') ? text : `${text}.`
	};
}

/** Whether the whole request needs to know the data's layers to explain itself (one more query). */
export function needsDataLayers(input: Omit<NoticeInput, 'dataLayers'>): boolean {
	return (
		input.hasData &&
		input.cells.length > 0 &&
		input.cells.every((c) => c.value === null) &&
		input.rootCells.every((c) => c.total === 0)
	);
}

function unavailableOf(input: NoticeInput): Unavailable | null {
	const { cells, rootCells, rule, layerName } = input;
	if (cells.length === 0 || cells.some((c) => c.value !== null)) return null;
	if (!input.hasData) return noDataNotice.unavailable;
	const found = rootCells.some((c) => c.total > 0);
	if (rootCells.some((c) => c.value !== null))
		return {
			code: 'no_comparison',
			short: 'früherer Wert fehlt',
			text: `Keine Veränderung auf der Ebene „${layerName}“: Zum früheren Stichtag fehlen die Werte.`
		};
	if (found && input.rootKind === 'direct' && !rule.weight)
		return {
			code: 'no_weight',
			short: 'nicht zusammenfassbar (kein Gewicht)',
			text:
				`Keine Werte auf der Ebene „${layerName}“: Die Werte sind direkt importierte Anteile ohne ` +
				`Bezugsgröße und lassen sich nicht über Gebiete zusammenfassen (ein Mittel von Anteilen wäre falsch). ` +
				(rule.note ? `${rule.note.replace(/\.?$/, '.')} ` : '') +
				'Werte gibt es auf der Ebene, auf der sie importiert wurden.'
		};
	if (found && input.rootKind === 'direct')
		return {
			code: 'weight_missing',
			short: 'Gewicht fehlt',
			text: `Keine Werte auf der Ebene „${layerName}“: Das Gewicht „${rule.weight!.name}“ fehlt zu diesem Stichtag dort, wo die Werte liegen.`
		};
	if (found)
		return {
			code: 'not_paired',
			short: 'Zähler und Nenner nie zusammen',
			text: `Keine Werte auf der Ebene „${layerName}“: Zähler und Nenner liegen zu diesem Stichtag in keinem Gebiet zusammen vor.`
		};
	const where = input.dataLayers?.length
		? ` Die Daten liegen auf der Ebene ${input.dataLayers.map((l) => `„${l}“`).join(', ')}.`
		: '';
	return {
		code: 'not_above_data',
		short: 'keine Daten auf dieser Ebene',
		text:
			`Keine Werte auf der Ebene „${layerName}“: In ihren Gebieten und darunter liegen keine Daten dieses Indikators.${where} ` +
			'Werte entstehen nur durch Summieren nach oben; eine feinere oder nicht eingeordnete Ebene bekommt keine ' +
			'(Zählwerte lassen sich über eine Umschlüsselung umrechnen).'
	};
}

/** The notice of one indicator at one layer and date. */
export function valueNotice(input: NoticeInput): ValueNotice {
	const unavailable = unavailableOf(input);
	if (unavailable) return { estimate: null, unavailable };
	// An estimate wherever at least one unit's value was summed through the weight (an own value
	// imported at the unit itself is not, though it carries its weight: `own`).
	const aggregated =
		input.rootKind === 'direct' &&
		input.rule.weight !== null &&
		input.rootCells.some((c) => c.value !== null && c.numerator !== null && !c.own);
	return { estimate: aggregated ? estimateNote(input.rule) : null, unavailable: null };
}
