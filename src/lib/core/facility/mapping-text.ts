/**
 * The mappings a person types in the CLI or the upload wizard of the facility import: capacity
 * code → column (`u3=under,ue3=over`) and value → value (`Grundschule=grundschule;…`). Pure.
 */
import { isCapacityCode } from './capacity-codes';

/**
 * Reads `a=b,c=d` (also with `:` and `;`) into pairs; a German reason when it cannot be read.
 * `;` separates too, so values with commas need the other separator (`;` when a value has a comma).
 */
export function parseAssignments(
	text: string,
	example: string
): { ok: true; value: [string, string][] } | { ok: false; message: string } {
	const separator = text.includes(';') ? ';' : ',';
	const pairs: [string, string][] = [];
	for (const part of text.split(separator)) {
		if (!part.trim()) continue;
		const match = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(part) ?? /^\s*([^:]+?)\s*:\s*(.+?)\s*$/.exec(part);
		if (!match) {
			return {
				ok: false,
				message: `„${part.trim()}“ ist keine Zuordnung. Bitte schreiben Sie Wert=Ziel, z. B. ${example}.`
			};
		}
		if (pairs.some(([key]) => key === match[1])) {
			return { ok: false, message: `„${match[1]}“ ist zweimal zugeordnet. Bitte nennen Sie es nur einmal.` };
		}
		pairs.push([match[1]!, match[2]!]);
	}
	return { ok: true, value: pairs };
}

/**
 * Reads `u3=under,ue3=over` (also with `:` and `;`) into capacity code → column; null with a
 * German reason when it cannot be read.
 */
export function parseCapacityMapping(
	text: string
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
	const parsed = parseAssignments(text, 'u3=under,ue3=over');
	if (!parsed.ok) return parsed;
	const value: Record<string, string> = {};
	for (const [raw, column] of parsed.value) {
		const code = raw.toLowerCase();
		if (!isCapacityCode(code)) {
			return {
				ok: false,
				message: `„${raw}“ ist keine gültige Platzart. Bitte verwenden Sie Kleinbuchstaben, Ziffern und _ (z. B. u3, ue3, plaetze).`
			};
		}
		if (code in value) {
			return {
				ok: false,
				message: `Die Platzart „${code}“ ist zweimal zugeordnet. Bitte nennen Sie sie nur einmal.`
			};
		}
		value[code] = column;
	}
	return { ok: true, value };
}

/**
 * Reads a value mapping such as `Grundschule=grundschule;Gymnasium=weiterfuehrende_schule` (kinds)
 * or `plaetze=schueler` (capacity codes) into an object.
 */
export function parseValueMapping(
	text: string,
	example: string
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
	const parsed = parseAssignments(text, example);
	return parsed.ok ? { ok: true, value: Object.fromEntries(parsed.value) } : parsed;
}
