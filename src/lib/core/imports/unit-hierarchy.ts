import { findColumn } from './column-names';
import { problem, type ImportProblem } from './problems';
import type { UnitColumns, UnitDraft, UnitRowsInput } from './unit-records';

/**
 * A flat area table, one row per smallest unit with a column pair (code, name) per level above it
 * (Bezirk, Prognoseraum, Bezirksregion, Planungsraum), split into the units of each level: upper
 * units merged over their rows, parents taken from the level above in the same row, upper codes
 * derived from the smallest code's first characters where the table has no column for them.
 */

export interface HierarchyLevelSpec {
	/** Name of the level for messages („Bezirk“). */
	label: string;
	/** Column with the level's code. */
	code?: string;
	/** Or: the first `prefix` characters of the smallest unit's code (upper levels only). */
	prefix?: number;
	/** Column with the level's name; none: the code is the name of new units. */
	name?: string;
}

export interface HierarchyLevel {
	/** The units of the level; `row` is the first row that names the unit. */
	units: (UnitDraft & { code: string })[];
	columns: UnitColumns;
}

const noun = 'Spalte';

function present(header: readonly string[]): string {
	return header.map((h) => `„${h}“`).join(', ');
}

/** Finds the columns of every level; problems for columns that are not there or rules that cannot work. */
function resolveColumns(input: UnitRowsInput, levels: readonly HierarchyLevelSpec[]) {
	const problems: ImportProblem[] = [];
	const at = (column: string | null) => ({ file: input.file, row: 1, column });
	const resolved = levels.map((level, i) => {
		const lowest = i === levels.length - 1;
		let code = -1;
		if (level.code) {
			code = findColumn(input.header, 'unit', level.code);
			if (code < 0) {
				const message = `Die ${noun} „${level.code}“ für den Schlüssel der Ebene „${level.label}“ gibt es in der Datei nicht (vorhanden: ${present(input.header)}). Bitte wählen Sie die ${noun} mit dem Schlüssel.`;
				problems.push(problem('import.missing_column', at(level.code), message));
			}
		} else if (lowest || level.prefix === undefined) {
			const message = lowest
				? `Für die unterste Ebene „${level.label}“ ist eine ${noun} mit dem Schlüssel nötig. Bitte wählen Sie sie aus.`
				: `Für die Ebene „${level.label}“ fehlt die ${noun} mit dem Schlüssel oder die Zahl der Stellen, die aus dem Schlüssel der untersten Ebene übernommen werden. Bitte geben Sie eines von beiden an.`;
			problems.push(problem('import.mapping', at(null), message));
		}
		let name = -1;
		if (level.name) {
			name = findColumn(input.header, 'name', level.name);
			if (name < 0) {
				const message = `Die ${noun} „${level.name}“ für den Namen der Ebene „${level.label}“ gibt es in der Datei nicht (vorhanden: ${present(input.header)}). Bitte wählen Sie die ${noun} mit dem Namen.`;
				problems.push(problem('import.missing_column', at(level.name), message));
			}
		}
		return { code, name, prefix: level.code ? undefined : level.prefix };
	});
	// Prefixes must grow downwards, else a Prognoseraum would not lie inside its Bezirk.
	let last = 0;
	for (const [i, level] of resolved.entries()) {
		if (level.prefix === undefined) continue;
		if (level.prefix <= last) {
			const message = `Die Stellenzahl ${level.prefix} der Ebene „${levels[i]!.label}“ ist nicht größer als die der Ebene darüber (${last}). Bitte geben Sie die Ebenen von oben nach unten mit wachsender Stellenzahl an (z. B. 2, 4, 6).`;
			problems.push(problem('import.mapping', at(null), message));
		}
		last = level.prefix;
	}
	return { resolved, problems };
}

/**
 * Splits the table into the units of each level, top level first. Errors: a missing code, a
 * smallest code twice, an upper code with two different names or two different parents (both
 * rows named), a prefix longer than the code.
 */
export function splitHierarchy(
	input: UnitRowsInput,
	levels: readonly HierarchyLevelSpec[]
): { levels: HierarchyLevel[]; problems: ImportProblem[] } {
	const { resolved, problems } = resolveColumns(input, levels);
	if (problems.length > 0) return { levels: [], problems };
	const lowest = resolved[resolved.length - 1]!;
	const header = input.header;
	const columnOf = (index: number) => (index >= 0 ? header[index]! : null);
	const out: HierarchyLevel[] = resolved.map((level, i) => ({
		units: [],
		columns: {
			code: columnOf(level.code >= 0 ? level.code : lowest.code),
			name: columnOf(level.name),
			parent: i === 0 ? null : columnOf(resolved[i - 1]!.code >= 0 ? resolved[i - 1]!.code : lowest.code)
		}
	}));
	const seen = resolved.map(
		() => new Map<string, { row: number; name: string | null; parent: string | null }>()
	);
	// One message per unit and kind of conflict, not one per row that repeats it.
	const reported = new Set<string>();
	const once = (key: string) => !reported.has(key) && reported.add(key) !== undefined;
	const cell = (cells: readonly (string | null)[], index: number) => {
		const value = index >= 0 ? cells[index]?.trim() : undefined;
		return value ? value : null;
	};
	for (const { line, cells } of input.rows) {
		const smallest = cell(cells, lowest.code);
		const codes = resolved.map((level) => {
			if (level.prefix === undefined) return cell(cells, level.code);
			return smallest !== null && smallest.length > level.prefix ? smallest.slice(0, level.prefix) : null;
		});
		for (const [i, level] of resolved.entries()) {
			const spec = levels[i]!;
			const code = codes[i]!;
			const where = { file: input.file, row: line, column: out[i]!.columns.code };
			if (code === null) {
				const message =
					level.prefix !== undefined && smallest !== null
						? `Zeile ${line}: Der Schlüssel „${smallest}“ hat nicht mehr als ${level.prefix} Stellen, daher lässt sich der Schlüssel der Ebene „${spec.label}“ nicht ableiten. Bitte prüfen Sie den Schlüssel oder die Stellenzahl.`
						: `Zeile ${line} hat keinen Schlüssel der Ebene „${spec.label}“. Bitte tragen Sie ihn nach oder entfernen Sie die Zeile.`;
				problems.push(problem('import.missing_code', where, message));
				continue;
			}
			const name = cell(cells, level.name);
			const parent = i === 0 ? null : codes[i - 1]!;
			const first = seen[i]!.get(code);
			if (!first) {
				seen[i]!.set(code, { row: line, name, parent });
				out[i]!.units.push({ row: line, code, name, parentCode: parent });
				continue;
			}
			if (i === resolved.length - 1) {
				const message = `Der Schlüssel „${code}“ der Ebene „${spec.label}“ kommt doppelt vor: in Zeile ${first.row} und in Zeile ${line}. Jede Zeile steht für eine Einheit der untersten Ebene. Bitte entfernen Sie die doppelte Zeile oder korrigieren Sie den Schlüssel.`;
				problems.push(problem('import.duplicate_code', where, message));
				continue;
			}
			if (name !== null && first.name !== null && name !== first.name && once(`n${i}:${code}`)) {
				const message = `Die Einheit „${code}“ der Ebene „${spec.label}“ heißt in Zeile ${first.row} „${first.name}“, in Zeile ${line} aber „${name}“. Eine Einheit kann nur einen Namen haben. Bitte vereinheitlichen Sie den Namen in allen Zeilen.`;
				problems.push(
					problem('import.conflicting_name', { ...where, column: out[i]!.columns.name }, message)
				);
			} else if (first.name === null && name !== null) {
				first.name = name;
				out[i]!.units.find((u) => u.code === code)!.name = name;
			}
			if (parent !== null && first.parent !== null && parent !== first.parent && once(`p${i}:${code}`)) {
				const message = `Die Einheit „${code}“ der Ebene „${spec.label}“ gehört in Zeile ${first.row} zu „${first.parent}“, in Zeile ${line} aber zu „${parent}“ (Ebene „${levels[i - 1]!.label}“). Eine Einheit kann nur eine übergeordnete Einheit haben. Bitte korrigieren Sie eine der beiden Zeilen.`;
				problems.push(
					problem('import.conflicting_parent', { ...where, column: out[i]!.columns.parent }, message)
				);
			}
		}
	}
	return { levels: out, problems };
}
