import { parseDate } from '../data/dates';
import { columnLabel, findColumn, type ColumnRole } from './column-names';
import {
	germanDate,
	type ObservationLayout,
	type ObservationMapping,
	type WideColumnTarget
} from './observation-mapping';
import { problem, type ImportProblem } from './problems';

export interface LayoutResult {
	layout: ObservationLayout | null;
	/** Columns that are not imported (wide format), named in a warning. */
	ignored: string[];
	problems: ImportProblem[];
}

function present(header: readonly string[]): string {
	return header.map((h) => `„${h}“`).join(', ');
}

/** Resolves the mapping against the header; every problem of the mapping is reported at once. */
export function resolveLayout(
	file: string,
	header: readonly string[],
	mapping: ObservationMapping
): LayoutResult {
	const problems: ImportProblem[] = [];
	const column = (role: ColumnRole, required: boolean): number => {
		const given = mapping.columns?.[role as keyof NonNullable<ObservationMapping['columns']>];
		const index = findColumn(header, role, given);
		if (index < 0 && (required || given)) {
			const label = columnLabel(role, given);
			const message = `Die Spalte „${label}“ fehlt in der Datei (vorhanden: ${present(header)}). Bitte ergänzen Sie die Spalte oder ordnen Sie beim Import die Spalte zu, die ${roleWords[role]} enthält (${columnOption[role]}).`;
			problems.push(problem('import.missing_column', { file, row: 1, column: label }, message));
		}
		return index;
	};
	const unit = column('unit', true);
	if (mapping.format === 'long') {
		const fixedDate = mapping.date ? fixedDateOf(file, mapping.date, problems) : null;
		const date = column('date', !mapping.date);
		const variable = column('variable', !mapping.variable);
		const value = column('value', true);
		if (problems.length > 0) return { layout: null, ignored: [], problems };
		return {
			layout: {
				format: 'long',
				unit,
				date: date >= 0 ? date : null,
				fixedDate: date >= 0 ? null : fixedDate,
				variable: variable >= 0 ? variable : null,
				fixedVariable: variable >= 0 ? null : (mapping.variable ?? null),
				value
			},
			ignored: [],
			problems
		};
	}
	// A wide file's date column is used per row: when it is named, or found by its name and no
	// date for the whole file is given (then the given date wins and the column is reported unused).
	const explicitDate = mapping.columns?.date;
	let dateColumn = explicitDate || !mapping.date ? column('date', false) : -1;
	if (dateColumn === unit) dateColumn = -1;
	const wide = wideTargets(file, header, unit, dateColumn, mapping, problems);
	if (problems.length > 0) return { layout: null, ignored: wide.ignored, problems };
	const date = wide.targets.some((t) => t.date === null) ? dateColumn : null;
	return { layout: { format: 'wide', unit, date, targets: wide.targets }, ignored: wide.ignored, problems };
}

/** How the import options are called in the wizard and on the command line, for messages. */
export const optionNames = {
	date: 'Option „Stichtag für alle Werte“ (--date)',
	dateColumn: 'Option „Spalte mit dem Stichtag“ (--date-column)',
	variable: 'Option „Merkmal für alle Werte“ (--variable)',
	mapping: 'Zuordnung der Spalten (im Assistenten; auf der Kommandozeile --mapping)',
	numberStyle: 'Option „Zahlenformat“ (--number-style)',
	missingCodes: 'Option „Fehlwert-Codes“ (--missing-codes)',
	flags: 'Option „Kennzeichen-Merkmale“ (--flag)',
	layer: 'Option „Ebene“ (--layer)'
} as const;

const columnOption: Record<ColumnRole, string> = {
	unit: 'Option „Spalte mit dem Schlüssel“, --unit-column',
	date: 'Option „Spalte mit dem Stichtag“, --date-column',
	variable: 'Option „Spalte mit dem Merkmalscode“, --variable-column',
	value: 'Option „Spalte mit dem Wert“, --value-column',
	name: 'Spalte mit dem Namen',
	parent: 'Spalte mit dem übergeordneten Schlüssel'
};

const roleWords: Record<ColumnRole, string> = {
	unit: 'den Schlüssel der Gebietseinheit',
	date: 'den Stichtag',
	variable: 'den Merkmalscode',
	value: 'den Wert',
	name: 'den Namen',
	parent: 'den übergeordneten Schlüssel'
};

function fixedDateOf(file: string, raw: string, problems: ImportProblem[]): string | null {
	const parsed = parseDate(raw);
	if (parsed.kind === 'date') return parsed.iso;
	const message = `Der angegebene Stichtag „${raw}“ (${optionNames.date}) ist kein gültiges Datum. Bitte geben Sie ihn als TT.MM.JJJJ, JJJJ-MM-TT oder als Jahr an.`;
	problems.push(problem('import.invalid_date', { file }, message));
	return null;
}

function substitute(template: string, groups: RegExpExecArray): string {
	return template.replace(/\$(\d+)/g, (_, n: string) => groups[Number(n)] ?? '');
}

function wideTargets(
	file: string,
	header: readonly string[],
	unit: number,
	dateColumn: number,
	mapping: ObservationMapping,
	problems: ImportProblem[]
): { targets: { column: number; variable: string; date: string | null }[]; ignored: string[] } {
	const explicit = mapping.wideColumns ?? {};
	for (const name of Object.keys(explicit)) {
		if (findColumn(header, 'value', name) < 0) {
			const message = `Die zugeordnete Spalte „${name}“ fehlt in der Datei (vorhanden: ${present(header)}). Bitte prüfen Sie die ${optionNames.mapping}.`;
			problems.push(problem('import.missing_column', { file, row: 1, column: name }, message));
		}
	}
	const patterns: { regex: RegExp; target: WideColumnTarget }[] = [];
	for (const pattern of mapping.widePatterns ?? []) {
		try {
			patterns.push({ regex: new RegExp(pattern.match), target: pattern });
		} catch {
			const message = `Das Muster „${pattern.match}“ ist kein gültiger regulärer Ausdruck. Bitte korrigieren Sie die ${optionNames.mapping}.`;
			problems.push(problem('import.mapping', { file }, message));
		}
	}
	const targets: { column: number; variable: string; date: string | null }[] = [];
	const unmapped = (name: string, where: { file: string; row: number; column: string }) => {
		const message = `Der Spalte „${name}“ ist kein Merkmal zugeordnet. Bitte geben Sie den Merkmalscode an (${optionNames.mapping}).`;
		problems.push(problem('import.mapping', where, message));
	};
	const ignored: string[] = [];
	const seen = new Map<string, string>();
	header.forEach((name, column) => {
		if (column === unit) return;
		let target: WideColumnTarget | null = null;
		const key = Object.keys(explicit).find((k) => findColumn([name], 'value', k) === 0);
		if (key !== undefined) {
			const mapped = explicit[key]!;
			target = typeof mapped === 'string' ? { variable: mapped } : mapped;
		} else {
			for (const { regex, target: t } of patterns) {
				const groups = regex.exec(name);
				if (!groups) continue;
				target = {
					variable: substitute(t.variable, groups),
					...(t.date ? { date: substitute(t.date, groups) } : {})
				};
				break;
			}
		}
		if (!target) {
			if (column !== dateColumn) ignored.push(name);
			return;
		}
		const where = { file, row: 1, column: name };
		const variable = target.variable.trim();
		const rawDate = target.date ?? (dateColumn >= 0 ? null : mapping.date);
		if (rawDate === null || rawDate === undefined) {
			if (dateColumn >= 0) {
				if (!variable) return unmapped(name, where);
				const other = seen.get(`${variable}\u0000`);
				if (other !== undefined) {
					const message = `Die Spalten „${other}“ und „${name}“ ergeben beide das Merkmal „${variable}“ zum Stichtag der Spalte „${header[dateColumn]}“. Bitte ordnen Sie jeder Spalte ein anderes Merkmal zu (${optionNames.mapping}).`;
					problems.push(problem('import.mapping', where, message));
					return;
				}
				seen.set(`${variable}\u0000`, name);
				targets.push({ column, variable, date: null });
				return;
			}
			const message = `Für die Spalte „${name}“ ist kein Stichtag angegeben. Bitte geben Sie einen Stichtag für die ganze Datei an (${optionNames.date}), ordnen Sie eine Spalte mit dem Stichtag je Zeile zu (${optionNames.dateColumn}) oder nennen Sie ihn in der ${optionNames.mapping}.`;
			problems.push(problem('import.mapping', where, message));
			return;
		}
		const date = parseDate(rawDate);
		if (date.kind !== 'date') {
			const message = `Der Stichtag „${rawDate}“ der Spalte „${name}“ ist kein gültiges Datum. Bitte korrigieren Sie die ${target.date ? optionNames.mapping : optionNames.date} (TT.MM.JJJJ, JJJJ-MM-TT oder Jahr).`;
			problems.push(problem('import.invalid_date', where, message));
			return;
		}
		if (!variable) return unmapped(name, where);
		const id = `${variable}\u0000${date.iso}`;
		const other = seen.get(id);
		if (other !== undefined) {
			const message = `Die Spalten „${other}“ und „${name}“ ergeben beide das Merkmal „${variable}“ zum Stichtag ${germanDate(date.iso)}. Bitte ordnen Sie jeder Spalte ein anderes Merkmal oder einen anderen Stichtag zu.`;
			problems.push(problem('import.mapping', where, message));
			return;
		}
		seen.set(id, name);
		targets.push({ column, variable, date: date.iso });
	});
	if (targets.length === 0 && problems.length === 0) {
		const message = `Keiner Spalte der Datei ist ein Merkmal zugeordnet (vorhanden: ${present(header)}). Bitte ordnen Sie die Wertespalten Merkmalen und Stichtagen zu (${optionNames.mapping}).`;
		problems.push(problem('import.mapping', { file, row: 1 }, message));
	}
	return { targets, ignored };
}
