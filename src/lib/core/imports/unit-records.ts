import { columnLabel, findColumn } from './column-names';
import { problem, type ImportProblem } from './problems';

/**
 * The units a file describes, before they meet the database: code, name and parent code per row
 * of a table or feature of geodata (whose properties are given as header and cells).
 */
export interface UnitRowsInput {
	file: string;
	kind: 'table' | 'geodata';
	header: readonly string[];
	rows: readonly { line: number; cells: readonly (string | null)[] }[];
}

export interface UnitFieldOptions {
	/** Column or property with the code; default: recognised by name (Schlüssel, Code, ID …). */
	code?: string;
	/** Column or property with the name; default: recognised, else none. */
	name?: string;
	/** Column or property with the parent's code, when parents are assigned from one. */
	parentColumn?: string;
	/** Codes are derived from child units later: no code column is needed. */
	derivedCodes?: boolean;
}

export interface UnitDraft {
	/** Row (table, header = 1) or feature number (geodata). */
	row: number;
	code: string | null;
	name: string | null;
	parentCode: string | null;
}

export interface UnitColumns {
	code: string | null;
	name: string | null;
	parent: string | null;
}

function where(input: UnitRowsInput, row: number | null, column: string | null) {
	return { file: input.file, row, column };
}

export function rowLabel(kind: UnitRowsInput['kind'], row: number): string {
	return kind === 'table' ? `Zeile ${row}` : `Objekt ${row}`;
}

function missingColumn(
	input: UnitRowsInput,
	role: 'unit' | 'name' | 'parent',
	given?: string
): ImportProblem {
	const what = { unit: 'den Schlüssel', name: 'den Namen', parent: 'den übergeordneten Schlüssel' }[role];
	const noun = input.kind === 'table' ? 'Spalte' : 'Eigenschaft';
	const present = input.header.length > 0 ? input.header.map((h) => `„${h}“`).join(', ') : 'keine';
	const message = given
		? `Die ${noun} „${given}“ für ${what} gibt es in der Datei nicht (vorhanden: ${present}). Bitte wählen Sie die ${noun}, die ${what} der Gebietseinheiten enthält.`
		: `Es wurde keine ${noun} für ${what} gefunden (vorhanden: ${present}). Bitte wählen Sie beim Import die ${noun}, die ${what} der Gebietseinheiten enthält.`;
	const row = input.kind === 'table' ? 1 : null;
	return problem(
		'import.missing_column',
		where(input, row, given ?? columnLabel(role === 'unit' ? 'unit' : role)),
		message
	);
}

/** Reads code, name and parent code of every row; problems only for columns that are missing. */
export function draftUnits(
	input: UnitRowsInput,
	options: UnitFieldOptions
): { drafts: UnitDraft[]; columns: UnitColumns; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const codeIndex = findColumn(input.header, 'unit', options.code);
	if (codeIndex < 0 && (options.code || !options.derivedCodes))
		problems.push(missingColumn(input, 'unit', options.code));
	const nameIndex = findColumn(input.header, 'name', options.name);
	if (nameIndex < 0 && options.name) problems.push(missingColumn(input, 'name', options.name));
	const parentIndex = options.parentColumn ? findColumn(input.header, 'parent', options.parentColumn) : -1;
	if (parentIndex < 0 && options.parentColumn)
		problems.push(missingColumn(input, 'parent', options.parentColumn));
	const cell = (cells: readonly (string | null)[], index: number) => {
		const value = index >= 0 ? cells[index]?.trim() : undefined;
		return value ? value : null;
	};
	const drafts = input.rows.map(({ line, cells }) => ({
		row: line,
		code: cell(cells, codeIndex),
		name: cell(cells, nameIndex),
		parentCode: cell(cells, parentIndex)
	}));
	const columns = {
		code: codeIndex >= 0 ? input.header[codeIndex]! : null,
		name: nameIndex >= 0 ? input.header[nameIndex]! : null,
		parent: parentIndex >= 0 ? input.header[parentIndex]! : null
	};
	return { drafts, columns, problems };
}

/**
 * Codes must be there and unique. Rows without a code are errors, or skipped with a warning on
 * request (real Shapefiles carry blank records with leftover polygons).
 */
export function checkUnitCodes(
	input: Pick<UnitRowsInput, 'file' | 'kind'>,
	drafts: readonly UnitDraft[],
	codeColumn: string | null,
	skipWithoutCode: boolean
): { units: (UnitDraft & { code: string })[]; skipped: number; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const units: (UnitDraft & { code: string })[] = [];
	const firstRow = new Map<string, number>();
	let skipped = 0;
	const field = codeColumn ? ` (${input.kind === 'table' ? 'Spalte' : 'Eigenschaft'} „${codeColumn}“)` : '';
	for (const draft of drafts) {
		const at = { file: input.file, row: draft.row, column: codeColumn };
		const label = rowLabel(input.kind, draft.row);
		if (draft.code === null) {
			if (skipWithoutCode) {
				skipped++;
				const message = `${label} hat keinen Schlüssel${field} und wurde übersprungen. Bitte prüfen Sie, ob der Datensatz wirklich entbehrlich ist.`;
				problems.push(problem('import.missing_code', at, message, 'warning'));
			} else {
				const message = `${label} hat keinen Schlüssel${field}. Bitte tragen Sie den Schlüssel nach, entfernen Sie den Datensatz oder wählen Sie „Datensätze ohne Schlüssel überspringen“.`;
				problems.push(problem('import.missing_code', at, message));
			}
			continue;
		}
		const first = firstRow.get(draft.code);
		if (first !== undefined) {
			const message = `Der Schlüssel „${draft.code}“ kommt doppelt vor: in ${rowLabel(input.kind, first)} und in ${label}. Jeder Schlüssel darf in einer Ebene nur einmal vorkommen. Bitte entfernen Sie die doppelte Zeile oder korrigieren Sie den Schlüssel.`;
			problems.push(problem('import.duplicate_code', at, message));
			continue;
		}
		firstRow.set(draft.code, draft.row);
		units.push({ ...draft, code: draft.code });
	}
	return { units, skipped, problems };
}
