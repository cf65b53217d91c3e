import { normalizeColumnName } from '../imports/column-names';
import { goalLevels, goalOrigins, goalStatuses } from './goal';
import { fundingSources, measureStatuses } from './measure';

/**
 * The workbook in which a planner keeps the plan (issue 15, import and export): one sheet per kind,
 * columns found by their German heading (without case, umlauts written out or not, spaces and
 * punctuation ignored), and the words for levels, directions, origins and statuses as they are
 * written in the sheet. Export writes exactly this layout, so an exported file imports again.
 */

export type PlanSheet = 'goals' | 'measures' | 'budget' | 'milestones';

export interface PlanColumn {
	/** The field of the row (named like the field of the service's input where there is one). */
	key: string;
	/** The heading the export writes and messages name. */
	header: string;
	/** Further headings recognised on import (normalised: lower case, umlauts written out). */
	aliases?: readonly string[];
	required?: boolean;
}

export const planSheetNames: Record<PlanSheet, string> = {
	goals: 'Ziele',
	measures: 'Maßnahmen',
	budget: 'Haushalt',
	milestones: 'Meilensteine'
};

/** Names of CSV files (and sheets) that say which kind of rows they hold, normalised. */
export const planSheetAliases: Record<PlanSheet, readonly string[]> = {
	goals: ['ziele', 'ziel', 'goals'],
	measures: ['massnahmen', 'massnahme', 'measures'],
	budget: ['haushalt', 'budget', 'finanzen'],
	milestones: ['meilensteine', 'meilenstein', 'milestones']
};

export const planColumns: Record<PlanSheet, readonly PlanColumn[]> = {
	goals: [
		{ key: 'code', header: 'Nummer', aliases: ['nr', 'zielnummer', 'code'], required: true },
		{ key: 'parent', header: 'Übergeordnetes Ziel', aliases: ['uebergeordnet', 'oberziel'] },
		{ key: 'level', header: 'Art', aliases: ['zielart', 'zielebene'], required: true },
		{ key: 'title', header: 'Titel', aliases: ['bezeichnung', 'ziel'], required: true },
		{ key: 'topic', header: 'Handlungsfeld', aliases: ['thema'] },
		{ key: 'indicator', header: 'Indikator', aliases: ['indikatorcode'] },
		{ key: 'scopeKind', header: 'Gebietsbezug', aliases: ['raumbezug'] },
		{ key: 'scopeLayer', header: 'Raumebene', aliases: ['ebene'] },
		{ key: 'scopeUnits', header: 'Gebiete', aliases: ['gebietsschluessel'] },
		{ key: 'scopeIndex', header: 'Sozialindex', aliases: ['index'] },
		{ key: 'scopeClass', header: 'Indexklasse', aliases: ['klasse'] },
		{ key: 'scopeClassKind', header: 'Klassenart' },
		{ key: 'scopeDate', header: 'Stichtag der Klasse', aliases: ['klassenstichtag', 'indexstichtag'] },
		{ key: 'direction', header: 'Richtung', aliases: ['zielrichtung'] },
		{ key: 'baselineValue', header: 'Basiswert', aliases: ['ausgangswert'] },
		{ key: 'baselineDate', header: 'Basisdatum', aliases: ['ausgangsdatum', 'basisjahr'] },
		{ key: 'baselineReason', header: 'Begründung Basiswert', aliases: ['begruendungausgangswert'] },
		{ key: 'targetValue', header: 'Zielwert' },
		{ key: 'targetDate', header: 'Zieldatum', aliases: ['zieljahr'] },
		{
			key: 'ownerDepartment',
			header: 'Federführendes Amt',
			aliases: ['federfuehrend', 'federfuehrenderfachbereich', 'fachbereich', 'amt']
		},
		{ key: 'ownerName', header: 'Verantwortliche', aliases: ['verantwortlich', 'verantwortlicher'] },
		{ key: 'origin', header: 'Herkunft' },
		{ key: 'status', header: 'Status' },
		{ key: 'rationale', header: 'Begründung', aliases: ['erlaeuterung'] }
	],
	measures: [
		{ key: 'code', header: 'Nummer', aliases: ['nr', 'massnahmennummer', 'code'], required: true },
		{ key: 'title', header: 'Titel', aliases: ['bezeichnung', 'massnahme'], required: true },
		{ key: 'description', header: 'Beschreibung' },
		{ key: 'goals', header: 'Ziele', aliases: ['ziel'] },
		{ key: 'units', header: 'Gebiete', aliases: ['gebiet'] },
		{
			key: 'leadDepartment',
			header: 'Federführend',
			aliases: ['federfuehrendesamt', 'federfuehrenderfachbereich', 'amt']
		},
		{
			key: 'partnerDepartments',
			header: 'Beteiligt',
			aliases: ['beteiligteaemter', 'beteiligtefachbereiche']
		},
		{ key: 'providers', header: 'Träger' },
		{ key: 'facilities', header: 'Einrichtungen', aliases: ['einrichtung'] },
		{ key: 'lifePhases', header: 'Lebensphasen', aliases: ['lebensphase'] },
		{ key: 'targetGroups', header: 'Zielgruppen', aliases: ['zielgruppe'] },
		{ key: 'periodStart', header: 'Beginn', aliases: ['start', 'von'] },
		{ key: 'periodEnd', header: 'Ende', aliases: ['bis'] },
		{ key: 'status', header: 'Status' }
	],
	budget: [
		{ key: 'measure', header: 'Maßnahme', aliases: ['massnahmennummer', 'nummer'], required: true },
		{ key: 'year', header: 'Jahr', aliases: ['haushaltsjahr'], required: true },
		{ key: 'planned', header: 'Geplant', aliases: ['plan', 'ansatz'] },
		{ key: 'approved', header: 'Bewilligt' },
		{ key: 'spent', header: 'Ausgegeben', aliases: ['ist', 'ausgaben'] },
		{ key: 'source', header: 'Quelle', aliases: ['finanzierungsquelle', 'finanzierung'] },
		{ key: 'programme', header: 'Programm', aliases: ['foerderprogramm'] },
		{ key: 'note', header: 'Anmerkung', aliases: ['bemerkung'] }
	],
	milestones: [
		{ key: 'measure', header: 'Maßnahme', aliases: ['massnahmennummer', 'nummer'], required: true },
		{ key: 'title', header: 'Titel', aliases: ['meilenstein', 'bezeichnung'], required: true },
		{ key: 'dueOn', header: 'Fällig', aliases: ['faelligam', 'faelligkeit'], required: true },
		{ key: 'doneOn', header: 'Erledigt', aliases: ['erledigtam', 'erreicht'] }
	]
};

/** The column index of every known field and the headings no field claims. */
export function matchColumns(
	sheet: PlanSheet,
	header: readonly string[]
): { index: Map<string, number>; unknown: string[] } {
	const index = new Map<string, number>();
	const unknown: string[] = [];
	header.forEach((name, i) => {
		const wanted = normalizeColumnName(name);
		const column = planColumns[sheet].find(
			(c) => normalizeColumnName(c.header) === wanted || (c.aliases ?? []).includes(wanted)
		);
		if (column && !index.has(column.key)) index.set(column.key, i);
		else if (!column && name.trim() !== '') unknown.push(name);
	});
	return { index, unknown };
}

export function columnHeader(sheet: PlanSheet, key: string): string {
	return planColumns[sheet].find((c) => c.key === key)?.header ?? key;
}

/** Words in the sheet for the values of the enumerations (the first is what export writes). */
const words = {
	level: {
		leitziel: ['Leitziel'],
		handlungsziel: ['Handlungsziel'],
		wirkungsziel: ['Wirkungsziel']
	},
	direction: {
		higher: ['höher ist besser', 'höher', 'steigen', 'steigend', 'mehr'],
		lower: ['niedriger ist besser', 'niedriger', 'sinken', 'sinkend', 'weniger']
	},
	origin: {
		gesamtstrategie: ['Gesamtstrategie', 'top-down'],
		fachplanung: ['Fachplanung'],
		sozialraumkonferenz: ['Sozialraumkonferenz', 'bottom-up']
	},
	goalStatus: {
		entwurf: ['Entwurf'],
		zur_entscheidung: ['zur Entscheidung'],
		beschlossen: ['beschlossen'],
		erreicht: ['erreicht'],
		aufgegeben: ['aufgegeben']
	},
	measureStatus: {
		geplant: ['geplant'],
		laufend: ['laufend'],
		abgeschlossen: ['abgeschlossen'],
		abgebrochen: ['abgebrochen']
	},
	scopeKind: {
		tenant: ['ganzer Mandant', 'Gesamtstadt', 'gesamt', 'Kreis'],
		units: ['Gebiete', 'gewählte Gebiete'],
		index_class: ['Sozialindex-Klasse', 'Indexklasse', 'Klasse']
	},
	classKind: {
		status: ['Status'],
		dynamics: ['Dynamik'],
		combined: ['Status und Dynamik', 'kombiniert', 'Gesamtindex']
	},
	source: {
		haushalt: ['Haushalt', 'Eigenmittel'],
		foerderprogramm: ['Förderprogramm', 'Fördermittel', 'Drittmittel']
	}
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type WordList = keyof typeof words;

// The enumerations of the services and the words here must not drift apart.
const enumerations: Record<WordList, readonly string[]> = {
	level: goalLevels,
	direction: ['higher', 'lower'],
	origin: goalOrigins,
	goalStatus: goalStatuses,
	measureStatus: measureStatuses,
	scopeKind: ['tenant', 'units', 'index_class'],
	classKind: ['status', 'dynamics', 'combined'],
	source: fundingSources
};
for (const [list, values] of Object.entries(enumerations)) {
	const known = Object.keys(words[list as WordList]);
	if (values.some((v) => !known.includes(v))) throw new Error(`plan-layout: words for ${list} incomplete`);
}

/** The value a word of the sheet stands for (also the value itself), or null when the word is unknown. */
export function valueOfWord(list: WordList, word: string): string | null {
	const wanted = normalizeColumnName(word);
	for (const [value, spellings] of Object.entries(words[list])) {
		if (normalizeColumnName(value) === wanted) return value;
		if ((spellings as readonly string[]).some((s) => normalizeColumnName(s) === wanted)) return value;
	}
	return null;
}

/** The word export writes for a value. */
export function wordOf(list: WordList, value: string | null | undefined): string {
	if (!value) return '';
	const spellings = (words[list] as Record<string, readonly string[]>)[value];
	return spellings?.[0] ?? value;
}

/** The words allowed in a column, for a message. */
export function allowedWords(list: WordList): string {
	return Object.values(words[list])
		.map((spellings) => `„${spellings[0]}“`)
		.join(', ');
}

/**
 * A list in one cell. Codes (goals, units, facilities, life phases) are separated by commas or
 * semicolons; names (departments, Träger, target groups) may contain commas and are separated by
 * semicolons or line breaks only.
 */
export function splitList(cell: string, kind: 'codes' | 'names'): string[] {
	const separator = kind === 'codes' ? /[,;\n]/ : /[;\n]/;
	return cell
		.split(separator)
		.map((part) => part.trim())
		.filter((part) => part.length > 0);
}

export function joinList(items: readonly string[], kind: 'codes' | 'names'): string {
	return items.join(kind === 'codes' ? ', ' : '; ');
}
