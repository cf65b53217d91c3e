import type { ParsedObservations } from './observation-parse';
import type { ProblemList } from './problem-list';
import { problem } from './problems';
import { similarHint } from './similar-codes';

export interface KnownVariable {
	id: string;
	code: string;
	kind: 'count' | 'amount' | 'rate';
}

export interface Lookups {
	/** Name of the layer, for messages. */
	layerName: string;
	/** Unit code → id, for the units of the layer. */
	unitIds: ReadonlyMap<string, string>;
	variables: ReadonlyMap<string, KnownVariable>;
}

function rows(n: number): string {
	return n === 1 ? 'einer Zeile' : `${n} Zeilen`;
}

/**
 * Checks the parsed values against what the database knows: unit codes of the layer and variable
 * codes (one problem per unknown code, at its first row), and no negative counts. Returns the ids
 * by index for writing.
 */
export function checkObservations(
	parsed: ParsedObservations,
	header: readonly string[],
	unitColumn: number,
	lookups: Lookups,
	problems: ProblemList
): { unitIds: string[]; variableIds: string[] } {
	const { file } = parsed;
	const known = [...lookups.unitIds.keys()];
	const unitIds = parsed.unitCodes.map((code, i) => {
		const id = lookups.unitIds.get(code);
		if (id) return id;
		const { first, rows: n } = parsed.unitRows[i]!;
		const also = n > 1 ? ` (in ${rows(n)}, erstmals in Zeile ${first})` : '';
		const message = `Zeile ${first}: Die Gebietseinheit „${code}“ gibt es in der Ebene „${lookups.layerName}“ nicht${also}.${similarHint(code, known)} Bitte prüfen Sie den Schlüssel und die gewählte Ebene, oder importieren Sie die Gebietseinheit zuerst.`;
		problems.add(problem('import.unknown_unit', { file, row: first, column: header[unitColumn] }, message));
		return '';
	});
	const variables = parsed.variableCodes.map((code, i) => {
		const variable = lookups.variables.get(code);
		if (variable) return variable;
		const at = parsed.variableAt[i]!;
		const column = at.column >= 0 ? header[at.column]! : null;
		const where =
			column === null ? 'Import-Optionen' : at.row === 1 ? `Spalte „${column}“` : `Zeile ${at.row}`;
		const hint = similarHint(code, [...lookups.variables.keys()], 'Merkmale');
		const message = `${where}: Das Merkmal „${code}“ gibt es nicht.${hint} Bitte legen Sie es zuerst an, definieren Sie es in den Import-Optionen oder korrigieren Sie den Merkmalscode.`;
		problems.add(problem('import.unknown_variable', { file, row: at.row, column }, message));
		return null;
	});
	for (let i = 0; i < parsed.count; i++) {
		const value = parsed.value[i]!;
		if (value >= 0) continue;
		const variable = variables[parsed.variable[i]!];
		if (variable?.kind !== 'count') continue;
		const line = parsed.line[i]!;
		const column = header[parsed.column[i]!]!;
		const message = `Zeile ${line}, Spalte „${column}“: ${String(value).replace('.', ',')} ist negativ, „${variable.code}“ ist aber eine Anzahl. Bitte korrigieren Sie den Wert oder lassen Sie die Zelle leer, wenn er fehlt.`;
		problems.add(problem('import.negative_count', { file, row: line, column }, message));
	}
	return { unitIds, variableIds: variables.map((v) => v?.id ?? '') };
}
