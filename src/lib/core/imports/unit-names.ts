import { findColumn } from './column-names';
import { problem, type ImportProblem } from './problems';
import { rowLabel, type UnitDraft, type UnitRowsInput } from './unit-records';

/**
 * Names of spatial units that look cut off, and names completed from another file.
 *
 * Real files cut names: the Berlin Bezirksregion DBF holds „promenade“ for Schillerpromenade,
 * „hausen Nord“, „Charlotten-“, „Vorstadt/“ and bare „Nord“ (a fixed field width, or a name split
 * at a line break). The import keeps what the file says, but warns before anything is committed.
 */

/** Why a name looks cut; null when it looks whole. */
export type CutNameReason = 'lower_case' | 'trailing_hyphen' | 'trailing_slash' | 'compass_only';

// A bare direction is no place name ("Nord" of what?). "Mitte" is left out: it is a real name (Berlin-Mitte).
const compassWords = new Set(
	[
		'nord',
		'süd',
		'sued',
		'ost',
		'west',
		'nordost',
		'nordwest',
		'südost',
		'südwest',
		'suedost',
		'suedwest',
		'nord-ost',
		'nord-west',
		'süd-ost',
		'süd-west'
	].map((w) => w.normalize('NFC'))
);

export function cutNameReason(name: string): CutNameReason | null {
	const text = name.normalize('NFC').trim();
	if (text === '') return null;
	if (compassWords.has(text.toLowerCase())) return 'compass_only';
	if (/[-‐–]$/.test(text)) return 'trailing_hyphen';
	if (/\/$/.test(text)) return 'trailing_slash';
	// Lower case first: place names start with a capital; a lower-case start is the end of a longer word.
	if (/^\p{Ll}/u.test(text)) return 'lower_case';
	return null;
}

const reasonText: Record<CutNameReason, string> = {
	lower_case: 'beginnt mit einem Kleinbuchstaben',
	trailing_hyphen: 'endet mit einem Bindestrich',
	trailing_slash: 'endet mit einem Schrägstrich',
	compass_only: 'ist nur eine Himmelsrichtung'
};

/** One warning per name that looks cut, with file, row and column, before anything is committed. */
export function cutNameWarnings(
	input: Pick<UnitRowsInput, 'file' | 'kind'>,
	units: readonly Pick<UnitDraft, 'row' | 'code' | 'name'>[],
	nameColumn: string | null
): ImportProblem[] {
	const warnings: ImportProblem[] = [];
	for (const unit of units) {
		if (unit.name === null) continue;
		const reason = cutNameReason(unit.name);
		if (!reason) continue;
		const code = unit.code ? ` („${unit.code}“)` : '';
		const message = `${rowLabel(input.kind, unit.row)}${code}: Der Name „${unit.name}“ sieht abgeschnitten aus (er ${reasonText[reason]}). Bitte prüfen Sie den Namen in der Quelle; vollständige Namen lassen sich mit einem Namensimport aus einer anderen Datei übernehmen.`;
		warnings.push(
			problem(
				'import.name_looks_cut',
				{ file: input.file, row: unit.row, column: nameColumn },
				message,
				'warning'
			)
		);
	}
	return warnings;
}

/** What a names import learns from a column that says whether a completed name is certain. */
export interface NameCertaintyOptions {
	/** Column saying whether the name is certain (e.g. „sicher“ with ja/nein). */
	certainColumn: string;
	/** Values of that column that mean "certain"; compared without case. */
	certainValues: readonly string[];
	/** Column with the name as the source had it (the fragment); kept, marked, for uncertain rows. */
	fragmentColumn?: string;
}

export const defaultCertainValues = ['ja', 'j', 'sicher', 'yes', 'y', 'true', '1', 'x'] as const;

/**
 * The name shown for a unit whose name the source cut and nobody could complete for certain: the
 * fragment in quotes, the code, the plain statement, and a guess only as a guess.
 */
export function uncertainUnitName(code: string, fragment: string, guess: string | null): string {
	const base = `„${fragment}“ (${code}, Name in der Quelle unvollständig`;
	return guess ? `${base}; Vermutung: ${guess})` : `${base})`;
}

/**
 * Applies a certainty column to the drafts of a names import: certain rows take the completed
 * name; uncertain rows keep the source's fragment, marked as incomplete (with any guess labelled
 * as one), and each is reported as a warning. Missing columns are errors.
 */
export function applyNameCertainty(
	input: UnitRowsInput,
	drafts: readonly UnitDraft[],
	options: NameCertaintyOptions
): { drafts: UnitDraft[]; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const noun = input.kind === 'table' ? 'Spalte' : 'Eigenschaft';
	const present = input.header.map((h) => `„${h}“`).join(', ');
	const index = (name: string) => {
		const i = findColumn(input.header, 'name', name);
		if (i < 0) {
			const message = `Die ${noun} „${name}“ gibt es in der Datei nicht (vorhanden: ${present}). Bitte wählen Sie die ${noun}, die angibt, ob ein Name gesichert ist, und die ${noun} mit dem Namen der Quelle.`;
			problems.push(
				problem(
					'import.missing_column',
					{ file: input.file, row: input.kind === 'table' ? 1 : null, column: name },
					message
				)
			);
		}
		return i;
	};
	const certainIndex = index(options.certainColumn);
	const fragmentIndex = options.fragmentColumn ? index(options.fragmentColumn) : -1;
	if (problems.length > 0) return { drafts: [...drafts], problems };
	const certain = new Set(options.certainValues.map((v) => v.trim().toLowerCase()));
	const cells = new Map(input.rows.map((r) => [r.line, r.cells]));
	const out = drafts.map((draft) => {
		const row = cells.get(draft.row) ?? [];
		const flag = (row[certainIndex] ?? '').trim().toLowerCase();
		if (certain.has(flag)) return draft;
		const fragment = fragmentIndex >= 0 ? (row[fragmentIndex] ?? '').trim() : '';
		const label = rowLabel(input.kind, draft.row);
		const where = { file: input.file, row: draft.row, column: options.certainColumn };
		if (!fragment || draft.code === null) {
			const message = `${label}${draft.code ? ` („${draft.code}“)` : ''}: Der Name ist nicht gesichert und die Datei nennt keinen Namen der Quelle; der bisherige Name bleibt. Bitte prüfen Sie den Namen.`;
			problems.push(problem('import.uncertain_name', where, message, 'warning'));
			return { ...draft, name: null };
		}
		const name = uncertainUnitName(draft.code, fragment, draft.name);
		const guess = draft.name ? ` Die Vermutung „${draft.name}“ steht nur als Vermutung im Namen.` : '';
		const message = `${label} („${draft.code}“): Der Name ist nicht gesichert („${flag || 'leer'}“ in ${noun} „${options.certainColumn}“). Gespeichert wird „${name}“.${guess} Bitte tragen Sie den vollständigen Namen nach, sobald er feststeht.`;
		problems.push(problem('import.uncertain_name', where, message, 'warning'));
		return { ...draft, name };
	});
	return { drafts: out, problems };
}
