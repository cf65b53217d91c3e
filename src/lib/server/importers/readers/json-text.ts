import { problem, type ImportProblem } from '../../../core/imports/problems';
import type { InputFile } from '../types';
import { defaultMaxBytes, sniff, tooLarge } from './sniff';
import { decodeText } from './text-encoding';

/**
 * JSON files (GeoJSON, TopoJSON) as text: decoded, parsed, and on a syntax error located by line
 * and column, because Node's own message often names neither.
 */
export type ParsedJson =
	| { ok: true; value: unknown; encoding: string; warnings: ImportProblem[] }
	| { ok: false; problems: ImportProblem[] };

export function parseJsonFile(file: InputFile, format: string, maxBytes = defaultMaxBytes): ParsedJson {
	const where = { file: file.name };
	const large = tooLarge(file, maxBytes);
	if (large) return { ok: false, problems: [large] };
	const kind = sniff(file.bytes);
	if (file.bytes.includes(0) || kind !== 'text') {
		const message = `Die Datei ist keine ${format}-Datei, sondern binär (z. B. eine ZIP-, Excel- oder Shapefile-Datei mit falscher Endung). Bitte wählen Sie die richtige Datei.`;
		return { ok: false, problems: [problem('import.unreadable', where, message)] };
	}
	const decoded = decodeText(file.bytes, 'auto');
	if (!decoded.ok) throw new Error('auto-detected decoding cannot fail');
	const warnings: ImportProblem[] = [];
	if (decoded.encoding === 'windows-1252') {
		const message = `Die ${format}-Datei ist nicht in UTF-8 gespeichert, wie es der Standard verlangt; sie wurde als Windows-1252 gelesen. Bitte prüfen Sie die Umlaute in den Namen.`;
		warnings.push(problem('import.encoding', where, message, 'warning'));
	}
	const text = decoded.text;
	if (text.trim() === '') {
		const message =
			'Die Datei ist leer. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben und ob der Export vollständig war.';
		return { ok: false, problems: [problem('import.empty_file', where, message)] };
	}
	try {
		return { ok: true, value: JSON.parse(text), encoding: decoded.encoding, warnings };
	} catch {
		const { offset, reason } = locateJsonError(text);
		const { line, column } = lineAndColumn(text, offset);
		const message = `Die Datei ist kein gültiges ${format}: In Zeile ${line}, Zeichen ${column} ${reason}. Bitte exportieren Sie die Datei erneut aus Ihrem GIS oder korrigieren Sie die Stelle in einem Texteditor.`;
		return { ok: false, problems: [problem('import.unreadable', { file: file.name, row: line }, message)] };
	}
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: offset - start + 1 };
}

class JsonSyntax extends Error {
	constructor(
		readonly offset: number,
		readonly reason: string
	) {
		super(reason);
	}
}

/** Walks the text as JSON and returns where and why it first breaks the grammar. */
export function locateJsonError(text: string): { offset: number; reason: string } {
	let i = 0;
	const fail = (expected: string): never => {
		if (i >= text.length)
			throw new JsonSyntax(i, 'endet die Datei unerwartet (fehlt eine schließende Klammer?)');
		throw new JsonSyntax(i, `steht „${text[i]}“, erwartet wurde ${expected}`);
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const string = () => {
		if (text[i] !== '"') fail('ein Name in Anführungszeichen');
		i++;
		const start = i - 1;
		while (i < text.length && text[i] !== '"') {
			if (text.charCodeAt(i) < 0x20) fail('ein schließendes Anführungszeichen');
			i += text[i] === '\\' ? 2 : 1;
		}
		if (i >= text.length)
			throw new JsonSyntax(start, 'beginnt ein Text, dessen schließendes Anführungszeichen fehlt');
		i++;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				string();
				ws();
				if (text[i] !== ':') fail('„:“');
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail('„,“ oder „}“');
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail('„,“ oder „]“');
			}
		}
		if (c === '"') return string();
		const literal = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
		literal.lastIndex = i;
		const match = literal.exec(text);
		if (!match) fail('ein Wert (Zahl, Text, Liste oder Objekt)');
		i += match![0].length;
	};
	try {
		value();
		ws();
		if (i < text.length) fail('das Dateiende');
		return { offset: text.length, reason: 'ist die Datei fehlerhaft' };
	} catch (error) {
		if (error instanceof JsonSyntax) return { offset: error.offset, reason: error.reason };
		// Nesting too deep for the walk: say that the file is broken, without a place.
		return { offset: 0, reason: 'ist die Datei fehlerhaft' };
	}
}
