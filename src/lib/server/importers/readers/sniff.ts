import { problem, type ImportProblem } from '../../../core/imports/problems';
import type { InputFile } from '../types';

/**
 * What a file is, judged by its first bytes rather than its name: users rename files, and
 * systems export HTML or text under an .xls name.
 */
export type Sniffed = 'zip' | 'ods' | 'xls' | 'pdf' | 'html' | 'text';

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
	return prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
	return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

export function sniff(bytes: Uint8Array): Sniffed {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		// OpenDocument stores its media type uncompressed as the first entry, "mimetype".
		if (ascii(bytes, 30, 38) === 'mimetype' && ascii(bytes, 38, 120).includes('opendocument')) return 'ods';
		return 'zip';
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	const head = ascii(bytes, 0, 512)
		.replace(/^\uFEFF|^[\s\u00ef\u00bb\u00bf]+/, '')
		.toLowerCase();
	if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table'))
		return 'html';
	return 'text';
}

export function extensionOf(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? name;
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function baseNameOf(name: string): string {
	return name.split(/[\\/]/).pop() ?? name;
}

/** A German problem for a file that is not what the reader expects, or null when it may be. */
export function notATable(file: InputFile, kind: Sniffed): ImportProblem | null {
	const where = { file: file.name };
	const advice =
		'Bitte öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV (Trennzeichen-getrennt)“.';
	switch (kind) {
		case 'xls':
			return problem(
				'import.unreadable',
				where,
				`Die Datei ist im alten Excel-Format (.xls, Excel 97–2003), das nicht gelesen werden kann. ${advice}`
			);
		case 'ods':
			return problem(
				'import.unreadable',
				where,
				`Die Datei ist eine OpenDocument-Tabelle (.ods), die nicht gelesen werden kann. ${advice}`
			);
		case 'pdf':
			return problem(
				'import.unreadable',
				where,
				'Die Datei ist ein PDF-Dokument. Tabellen in PDFs können nicht importiert werden. Bitte fordern Sie die Daten als Excel- oder CSV-Datei an.'
			);
		case 'html':
			return problem(
				'import.unreadable',
				where,
				`Die Datei ist eine Webseite (HTML), auch wenn ihr Name anders lautet – manche Programme exportieren so nach „Excel“. ${advice}`
			);
		default:
			return null;
	}
}

const mebibyte = 1024 * 1024;
export const defaultMaxBytes = 100 * mebibyte;

const megabyteFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Bytes as German megabytes (MiB, as file managers count them): 104857600 → "100". */
export function megabytes(bytes: number): string {
	return megabyteFormat.format(bytes / mebibyte);
}

/** Checks the size before any parsing, so a huge upload costs nothing but this comparison. */
export function tooLarge(file: InputFile, maxBytes = defaultMaxBytes): ImportProblem | null {
	return sizeOverLimit(file.name, file.bytes.length, maxBytes);
}

export function sizeOverLimit(file: string, bytes: number, maxBytes = defaultMaxBytes): ImportProblem | null {
	if (bytes <= maxBytes) return null;
	return problem(
		'import.too_large',
		{ file },
		`Die Datei ist ${megabytes(bytes)} MB groß; erlaubt sind höchstens ${megabytes(maxBytes)} MB. Bitte teilen Sie die Daten auf (bei Tabellen z. B. nach Jahren oder Merkmalen) und importieren Sie die Teile nacheinander.`
	);
}
