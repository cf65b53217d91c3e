import { isUtf8 } from 'node:buffer';
import { decodeWindows1252, isWindows1252 } from './windows-1252';

/**
 * Text encodings of German municipal files: UTF-8 with or without BOM (Excel writes the BOM),
 * Windows-1252/Latin-1 (older exports, Shapefile DBFs), UTF-16 from Excel's "Unicode-Text".
 */

export type TextEncodingOption = 'auto' | 'utf-8' | 'windows-1252' | 'iso-8859-1';

export type Decoded =
	| { ok: true; text: string; encoding: string; bom: boolean }
	| { ok: false; encoding: string; offset: number };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** The encoding announced by a byte order mark, with the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	// The native check (simdutf) is fast; only when it refuses do we look for where.
	if (isUtf8(bytes)) return -1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const length =
			b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		i += length;
	}
	return bytes.length;
}

export function hasHighBytes(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
	return false;
}

/**
 * Auto detection: a BOM decides; valid UTF-8 is UTF-8 (pure ASCII is valid UTF-8 too); anything
 * else is Windows-1252, the superset of Latin-1 that Windows programs actually write.
 */
export function detectEncoding(bytes: Uint8Array): string {
	const bom = bomOf(bytes);
	if (bom) return bom.encoding;
	return firstInvalidUtf8(bytes) === -1 ? 'utf-8' : 'windows-1252';
}

export function decodeText(bytes: Uint8Array, option: TextEncodingOption = 'auto'): Decoded {
	const bom = bomOf(bytes);
	if (bom) {
		// A byte order mark is unambiguous and outranks any choice of encoding.
		const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
		return { ok: true, text, encoding: bom.encoding, bom: true };
	}
	const encoding = option === 'auto' ? detectEncoding(bytes) : option;
	if (encoding === 'utf-8') {
		const offset = firstInvalidUtf8(bytes);
		if (offset !== -1) return { ok: false, encoding, offset };
	}
	const text = isWindows1252(encoding)
		? decodeWindows1252(bytes)
		: encoding === 'utf-8'
			? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
			: new TextDecoder(encoding).decode(bytes);
	return { ok: true, text, encoding, bom: false };
}

/**
 * Characters that Windows-1252 shows for the bytes 0x80–0xBF: the second byte of every UTF-8
 * umlaut. "Ã" or "Â" followed by one of them is UTF-8 that was once read as Latin-1 and saved
 * again ("Ã¼" for "ü", "ÃŸ" for "ß").
 */
const continuationChars = decodeWindows1252(Uint8Array.from({ length: 64 }, (_, i) => 0x80 + i));
const escaped = continuationChars.replace(/[\\\]^-]/g, '\\$&');
const mojibakePattern = new RegExp(`[ÃÂ][${escaped}]|ï¿½|\uFFFD`);

export interface Mojibake {
	/** The garbled characters as found, e.g. "Ã¼" or "�". */
	sample: string;
	/** "Ã¼" → "ü" where the repair is certain; null for a lost character (U+FFFD). */
	meant: string | null;
}

export function findMojibake(text: string): Mojibake | null {
	const match = mojibakePattern.exec(text);
	if (!match) return null;
	const sample = match[0];
	if (sample === '\uFFFD' || sample === 'ï¿½') return { sample: '\uFFFD', meant: null };
	const bytes = Uint8Array.from([...sample].map((ch) => windows1252Byte(ch)));
	return { sample, meant: firstInvalidUtf8(bytes) === -1 ? new TextDecoder('utf-8').decode(bytes) : null };
}

function windows1252Byte(ch: string): number {
	const code = ch.charCodeAt(0);
	if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
	const index = continuationChars.indexOf(ch);
	return index === -1 ? 0x3f : 0x80 + index;
}

/** German advice for a garbled cell, shared by every reader. */
export function mojibakeAdvice(found: Mojibake, affected: number): string {
	const what =
		found.meant === null
			? 'das Ersatzzeichen „\uFFFD“: Dort sind Umlaute bei einer früheren Umwandlung verloren gegangen'
			: `verfälschte Umlaute („${found.sample}“ statt „${found.meant}“): Die Datei wurde vermutlich einmal mit der falschen Zeichenkodierung geöffnet und wieder gespeichert`;
	const count = affected > 1 ? ` Betroffen sind ${affected} Zellen.` : '';
	return (
		`Der Text enthält ${what}.${count} Bitte exportieren Sie die Datei erneut aus dem Ursprungssystem ` +
		`(am besten als UTF-8) oder korrigieren Sie die Umlaute, bevor Sie sie importieren.`
	);
}
