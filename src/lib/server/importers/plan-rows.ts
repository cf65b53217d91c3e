import { parseDate } from '../../core/data/dates';
import { isMissing, parseNumber } from '../../core/data/numbers';
import { normalizeColumnName } from '../../core/imports/column-names';
import { problem, type ImportProblem, type ImportProblemCode } from '../../core/imports/problems';
import {
	allowedWords,
	columnHeader,
	splitList,
	valueOfWord,
	type PlanSheet,
	type WordList
} from '../../core/planning/plan-layout';
import { defaultLifePhases } from '../../core/supply/life-phases';
import type { PlanFiles, PlanTable } from './plan-read';

/**
 * The rows of a plan import as the inputs of the services (saveGoal, saveMeasure, saveBudget,
 * saveMilestones), with the cell problems found on the way: numbers, dates and words that cannot
 * be read, and departments the tenant does not have. Everything else (indicators, units, goals,
 * targets, periods, budgets) is checked by the services themselves, at the import.
 */

/** Where a row is: the file (and sheet) and the row as Excel counts it. */
export interface RowPlace {
	table: PlanTable;
	line: number;
}

export interface GoalDraft extends RowPlace {
	code: string;
	parent: string | null;
	input: Record<string, unknown>;
}
export interface MeasureDraft extends RowPlace {
	code: string;
	input: Record<string, unknown>;
}
export interface BudgetDraft extends RowPlace {
	measure: string;
	budget: Record<string, unknown>;
}
export interface MilestoneDraft extends RowPlace {
	measure: string;
	milestone: Record<string, unknown>;
}

export interface PlanDrafts {
	goals: GoalDraft[];
	measures: MeasureDraft[];
	budget: BudgetDraft[];
	milestones: MilestoneDraft[];
	problems: ImportProblem[];
}

/** What names in the file are resolved against: the tenant's departments, topics and indicators. */
export interface PlanNames {
	departments: readonly { id: string; name: string; shortName: string | null }[];
	topics: readonly { code: string; name: string }[];
	indicators: readonly { code: string; name: string }[];
}

const advice = 'Bitte korrigieren Sie den Wert in der Datei und laden Sie sie erneut hoch.';

/** The column a field is in, as the file names it (or the template's heading). */
export function columnName(table: PlanTable, key: string): string {
	const index = table.columns.get(key);
	return index === undefined ? columnHeader(table.sheet, key) : table.table.header[index]!;
}

export function rowProblem(
	place: RowPlace,
	key: string | null,
	code: ImportProblemCode,
	message: string
): ImportProblem {
	const column = key === null ? null : columnName(place.table, key);
	const where = column ? `Zeile ${place.line}, Spalte „${column}“` : `Zeile ${place.line}`;
	const text = /Bitte/.test(message) ? message : `${message} ${advice}`;
	return problem(code, { file: place.table.label, row: place.line, column }, `${where}: ${text}`);
}

/** Reads the cells of one row, noting every cell that cannot be read. */
function cellReader(place: RowPlace, cells: readonly string[], problems: ImportProblem[]) {
	const { table } = place;
	const decimals = table.table.format.kind === 'xlsx' ? (['en', 'de'] as const) : (['de'] as const);
	const text = (key: string): string => {
		const index = table.columns.get(key);
		return index === undefined ? '' : (cells[index] ?? '').trim();
	};
	const fail = (key: string, code: ImportProblemCode, message: string) => {
		problems.push(rowProblem(place, key, code, message));
		return undefined;
	};
	return {
		text,
		optional: (key: string) => text(key) || null,
		number(key: string): number | undefined {
			const raw = text(key);
			if (raw === '' || isMissing(raw)) return undefined;
			for (const style of decimals) {
				const parsed = parseNumber(raw.replace(/\s*(€|EUR|%)$/i, ''), style);
				if (parsed.kind === 'value') return parsed.value;
			}
			return fail(
				key,
				'import.invalid_number',
				`„${raw}“ ist keine Zahl. Bitte eine Zahl mit Dezimalkomma eintragen, z. B. 12,5.`
			);
		},
		date(key: string): string | undefined {
			const raw = text(key);
			if (raw === '') return undefined;
			const parsed = parseDate(raw);
			if (parsed.kind === 'date') return parsed.iso;
			return fail(
				key,
				'import.invalid_date',
				`„${raw}“ ist kein Datum. Bitte als TT.MM.JJJJ eintragen, z. B. 31.12.2030.`
			);
		},
		word(key: string, list: WordList): string | undefined {
			const raw = text(key);
			if (raw === '') return undefined;
			const value = valueOfWord(list, raw);
			if (value !== null) return value;
			return fail(
				key,
				'import.invalid_value',
				`„${raw}“ ist hier nicht vorgesehen. Bitte eines davon eintragen: ${allowedWords(list)}.`
			);
		},
		department(key: string, names: PlanNames, raw = text(key)): string | undefined {
			if (raw === '') return undefined;
			const wanted = normalizeColumnName(raw);
			const found = names.departments.find(
				(d) =>
					normalizeColumnName(d.name) === wanted ||
					(d.shortName && normalizeColumnName(d.shortName) === wanted)
			);
			if (found) return found.id;
			const known = names.departments.map((d) => `„${d.name}“`).join(', ');
			return fail(
				key,
				'import.unknown_department',
				`Den Fachbereich „${raw}“ gibt es in diesem Mandanten nicht. Bitte einen davon eintragen: ${known}.`
			);
		}
	};
}

/** A code or a name of the list as its code; what matches neither is left for the service to refuse. */
function codeOf(raw: string | null, list: readonly { code: string; name: string }[]): string | null {
	if (!raw) return null;
	const wanted = normalizeColumnName(raw);
	return (
		list.find((x) => x.code === raw)?.code ??
		list.find((x) => normalizeColumnName(x.name) === wanted)?.code ??
		raw
	);
}

const lifePhaseCodes = new Map(
	defaultLifePhases.flatMap((p) => [
		[normalizeColumnName(p.code), p.code],
		[normalizeColumnName(p.label), p.code]
	])
);

function goalScope(read: ReturnType<typeof cellReader>) {
	const units = splitList(read.text('scopeUnits'), 'codes');
	const index = read.optional('scopeIndex');
	const kind =
		read.word('scopeKind', 'scopeKind') ?? (units.length > 0 ? 'units' : index ? 'index_class' : 'tenant');
	if (kind === 'units') return { kind, layer: read.text('scopeLayer'), units };
	if (kind === 'index_class') {
		return {
			kind,
			index: index ?? '',
			classKind: read.word('scopeClassKind', 'classKind') ?? 'status',
			class: read.text('scopeClass'),
			date: read.date('scopeDate') ?? ''
		};
	}
	return { kind };
}

function goalDraft(
	place: RowPlace,
	cells: readonly string[],
	names: PlanNames,
	problems: ImportProblem[]
): GoalDraft {
	const read = cellReader(place, cells, problems);
	const code = read.text('code');
	const parent = read.optional('parent');
	const level = read.word('level', 'level');
	if (!level && read.text('level') === '')
		problems.push(
			rowProblem(
				place,
				'level',
				'import.invalid_value',
				`Bitte die Art des Ziels angeben: ${allowedWords('level')}.`
			)
		);
	const input = {
		code,
		title: read.text('title'),
		level: level ?? 'handlungsziel',
		parent,
		topic: codeOf(read.optional('topic'), names.topics),
		indicator: codeOf(read.optional('indicator'), names.indicators),
		scope: goalScope(read),
		direction: read.word('direction', 'direction') ?? null,
		baselineValue: read.number('baselineValue') ?? null,
		baselineDate: read.date('baselineDate') ?? null,
		baselineReason: read.optional('baselineReason'),
		targetValue: read.number('targetValue') ?? null,
		targetDate: read.date('targetDate') ?? null,
		ownerDepartmentId: read.department('ownerDepartment', names) ?? null,
		ownerName: read.optional('ownerName'),
		origin: read.word('origin', 'origin'),
		status: read.word('status', 'goalStatus'),
		rationale: read.optional('rationale')
	};
	return { ...place, code, parent, input };
}

function measureDraft(
	place: RowPlace,
	cells: readonly string[],
	names: PlanNames,
	problems: ImportProblem[]
): MeasureDraft {
	const read = cellReader(place, cells, problems);
	const code = read.text('code');
	const units: { layer: string; code: string }[] = [];
	for (const entry of splitList(read.text('units'), 'codes')) {
		const slash = entry.indexOf('/');
		if (slash > 0) units.push({ layer: entry.slice(0, slash).trim(), code: entry.slice(slash + 1).trim() });
		else
			problems.push(
				rowProblem(
					place,
					'units',
					'import.unknown_unit',
					`„${entry}“: Bitte Gebiete als Raumebene/Schlüssel angeben, z. B. „planungsraum/01011101“.`
				)
			);
	}
	const partners = splitList(read.text('partnerDepartments'), 'names')
		.map((name) => read.department('partnerDepartments', names, name))
		.filter((id): id is string => id !== undefined);
	const input = {
		code,
		title: read.text('title'),
		description: read.optional('description'),
		status: read.word('status', 'measureStatus'),
		periodStart: read.date('periodStart') ?? null,
		periodEnd: read.date('periodEnd') ?? null,
		leadDepartmentId: read.department('leadDepartment', names) ?? null,
		partnerDepartmentIds: partners,
		providers: splitList(read.text('providers'), 'names'),
		facilities: splitList(read.text('facilities'), 'codes'),
		goals: splitList(read.text('goals'), 'codes'),
		units,
		lifePhases: splitList(read.text('lifePhases'), 'codes').map(
			(p) => lifePhaseCodes.get(normalizeColumnName(p)) ?? p
		),
		targetGroups: splitList(read.text('targetGroups'), 'names')
	};
	return { ...place, code, input };
}

function budgetDraft(place: RowPlace, cells: readonly string[], problems: ImportProblem[]): BudgetDraft {
	const read = cellReader(place, cells, problems);
	const budget = {
		year: read.number('year') ?? read.text('year'),
		source: read.word('source', 'source') ?? 'haushalt',
		programme: read.optional('programme'),
		planned: read.number('planned') ?? null,
		approved: read.number('approved') ?? null,
		spent: read.number('spent') ?? null,
		note: read.optional('note')
	};
	return { ...place, measure: read.text('measure'), budget };
}

function milestoneDraft(
	place: RowPlace,
	cells: readonly string[],
	problems: ImportProblem[]
): MilestoneDraft {
	const read = cellReader(place, cells, problems);
	const milestone = {
		title: read.text('title'),
		dueOn: read.date('dueOn') ?? read.text('dueOn'),
		doneOn: read.date('doneOn') ?? null
	};
	return { ...place, measure: read.text('measure'), milestone };
}

/** Every row of every table as a draft input; cell problems are collected, nothing is looked up yet. */
export function planDrafts(files: PlanFiles, names: PlanNames): PlanDrafts {
	const drafts: PlanDrafts = { goals: [], measures: [], budget: [], milestones: [], problems: [] };
	const { problems } = drafts;
	for (const table of files.tables) {
		for (const row of table.table.rows) {
			const place: RowPlace = { table, line: row.line };
			const sheet: PlanSheet = table.sheet;
			if (sheet === 'goals') drafts.goals.push(goalDraft(place, row.cells, names, problems));
			else if (sheet === 'measures') drafts.measures.push(measureDraft(place, row.cells, names, problems));
			else if (sheet === 'budget') drafts.budget.push(budgetDraft(place, row.cells, problems));
			else drafts.milestones.push(milestoneDraft(place, row.cells, problems));
		}
	}
	return drafts;
}
