import type { ParsedObservations } from './observation-parse';
import type { ProblemList } from './problem-list';
import { problem } from './problems';
import { similarHint } from './similar-codes';

export interface KnownVariable {
	id: string;
	code: string;
	kind: 'count' | 'amount' | 'rate';
	/** "%", "Personen" …: a rate in percent is plausible from 0 to 100 only. */
	unitLabel?: string;
}

/** A rate whose unit says percent: its values lie between 0 and 100. */
export function isPercentage(variable: KnownVariable): boolean {
	const label = (variable.unitLabel ?? '').trim();
	// Percentage points (a change, e.g. the MSS dynamics) may be negative: not a share.
	if (variable.kind !== 'rate' || /punkt|pp\b/i.test(label)) return false;
	return label.includes('%') || /^prozent$/i.test(label);
}

const germanNumber = (value: number) => String(value).replace('.', ',');

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
 * codes (one problem per unknown code, at its first row), no negative counts, and warnings for
 * implausible values (a count that is no whole number, a percentage below 0 or above 100). Returns the ids
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
			column === null
				? 'Option „Merkmal für alle Werte“ (--variable)'
				: at.row === 1
					? `Spalte „${column}“`
					: `Zeile ${at.row}`;
		const hint = similarHint(code, [...lookups.variables.keys()], 'Merkmale');
		const message = `${where}: Das Merkmal „${code}“ gibt es nicht.${hint} Bitte legen Sie es zuerst an, definieren Sie es beim Import (im Assistenten unter „Neue Merkmale“; auf der Kommandozeile in der Datei für --mapping, Feld „variables“) oder korrigieren Sie den Merkmalscode.`;
		problems.add(problem('import.unknown_variable', { file, row: at.row, column }, message));
		return null;
	});
	const percent = variables.map((v) => v !== null && isPercentage(v));
	for (let i = 0; i < parsed.count; i++) {
		const value = parsed.value[i]!;
		const v = parsed.variable[i]!;
		const variable = variables[v];
		if (!variable) continue;
		const plausible =
			variable.kind === 'count'
				? value >= 0 && Number.isInteger(value)
				: !percent[v] || (value >= 0 && value <= 100);
		if (plausible) continue;
		const line = parsed.line[i]!;
		const column = header[parsed.column[i]!]!;
		const where = { file, row: line, column };
		const shown = germanNumber(value);
		if (variable.kind === 'count' && value < 0) {
			const message = `Zeile ${line}, Spalte „${column}“: ${shown} ist negativ, „${variable.code}“ ist aber eine Anzahl. Bitte korrigieren Sie den Wert oder lassen Sie die Zelle leer, wenn er fehlt; ist ${shown} in Ihrer Datei ein Code für fehlende Werte, geben Sie ihn an (Option „Fehlwert-Codes“, --missing-codes).`;
			problems.add(problem('import.negative_count', where, message));
		} else if (variable.kind === 'count') {
			const message = `Zeile ${line}, Spalte „${column}“: ${shown} ist keine ganze Zahl, „${variable.code}“ ist aber eine Anzahl. Bitte prüfen Sie, ob die Spalte die richtige ist oder das Zahlenformat stimmt (Option „Zahlenformat“, --number-style); gespeichert wird der Wert wie gelesen.`;
			problems.add(problem('import.implausible_value', where, message, 'warning'));
		} else {
			const message = `Zeile ${line}, Spalte „${column}“: ${shown} liegt nicht zwischen 0 und 100, „${variable.code}“ ist aber ein Anteil in Prozent. Bitte prüfen Sie den Wert und die Zuordnung der Spalte; gespeichert wird der Wert wie gelesen.`;
			problems.add(problem('import.implausible_value', where, message, 'warning'));
		}
	}
	return { unitIds, variableIds: variables.map((v) => v?.id ?? '') };
}
