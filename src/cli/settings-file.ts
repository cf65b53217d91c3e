import { readFileSync } from 'node:fs';
import { parse, YAMLParseError } from 'yaml';
import { CliError } from './command';

/**
 * Reads a settings file (import mapping, indicator definitions) written in YAML or JSON; JSON is
 * YAML too, so one parser reads both and its errors name the line. Values keep their types: a
 * code with leading zeros must be quoted in YAML ("01011101"), or it becomes a number.
 */
export function readSettingsFile(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new CliError(`Die Datei „${file}“ gibt es nicht (oder sie ist nicht lesbar).`);
	}
	try {
		return parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const line = error.linePos?.[0];
		const where = line ? `, Zeile ${line.line}, Spalte ${line.col}` : '';
		throw new CliError(
			`Die Datei „${file}“ ist kein gültiges YAML oder JSON${where}: ${error.message.split('\n')[0]}`
		);
	}
}

/** A settings file that must hold an object (key: value …), e.g. the options of an import. */
export function readSettingsObject(file: string): Record<string, unknown> {
	const value = readSettingsFile(file);
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new CliError(`Die Datei „${file}“ muss Einstellungen der Form „name: wert“ enthalten.`);
	}
	return value as Record<string, unknown>;
}
