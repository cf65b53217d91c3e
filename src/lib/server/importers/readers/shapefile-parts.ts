import type { InputFile } from '../types';
import { baseNameOf, extensionOf } from './sniff';
import { firstInvalidUtf8, hasHighBytes, type TextEncodingOption } from './text-encoding';

/** The files that make up an ESRI Shapefile, and what their headers say. */

export const shapefileExtensions = ['shp', 'shx', 'dbf', 'prj', 'cpg'] as const;
export type ShapefilePart = (typeof shapefileExtensions)[number];

/** Files GIS programs put beside a Shapefile (spatial indexes, metadata); harmless, not needed. */
export const sidecarExtensions = new Set([
	'sbn',
	'sbx',
	'qix',
	'fix',
	'aih',
	'ain',
	'atx',
	'ixs',
	'mxs',
	'qmd',
	'qpj',
	'cst',
	'xml'
]);

export function partOf(name: string): ShapefilePart | null {
	const extension = extensionOf(name);
	return (shapefileExtensions as readonly string[]).includes(extension) ? (extension as ShapefilePart) : null;
}

/** "Bezirke.SHP" → "Bezirke"; the dataset a part belongs to (case-insensitive on purpose). */
export function datasetOf(name: string): string {
	const base = baseNameOf(name);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(0, dot) : base;
}

export function groupParts(parts: readonly InputFile[]): Map<ShapefilePart, InputFile[]> {
	const groups = new Map<ShapefilePart, InputFile[]>();
	for (const file of parts) {
		const part = partOf(file.name);
		if (part) groups.set(part, [...(groups.get(part) ?? []), file]);
	}
	return groups;
}

export const shapeTypeNames: Record<number, string> = {
	0: 'leer',
	1: 'Punkte',
	3: 'Linien',
	5: 'Flächen',
	8: 'Mehrfachpunkte',
	11: 'Punkte (Z)',
	13: 'Linien (Z)',
	15: 'Flächen (Z)',
	18: 'Mehrfachpunkte (Z)',
	21: 'Punkte (M)',
	23: 'Linien (M)',
	25: 'Flächen (M)',
	28: 'Mehrfachpunkte (M)',
	31: 'MultiPatch (3D)'
};

/** The .shp main header: file code 9994 (big-endian) and the shape type (little-endian). */
export function shpHeader(bytes: Uint8Array): { shapeType: number } | null {
	if (bytes.length < 100) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.getInt32(0, false) !== 9994) return null;
	return { shapeType: view.getInt32(32, true) };
}

/** The dBASE header: record count, header length (where records start) and record length. */
export function dbfHeader(
	bytes: Uint8Array
): { records: number; headerLength: number; recordLength: number } | null {
	if (bytes.length < 33) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const records = view.getUint32(4, true);
	const headerLength = view.getUint16(8, true);
	const recordLength = view.getUint16(10, true);
	const version = bytes[0]! & 0x07;
	// dBASE III–5 and Visual FoxPro carry 3, 4, 5 or 0x30 in the low bits; anything else is not a DBF.
	if (
		![3, 4, 5, 0].includes(version) ||
		headerLength < 33 ||
		headerLength > bytes.length ||
		recordLength === 0
	)
		return null;
	return { records, headerLength, recordLength };
}

/** Code page names found in .cpg files, mapped to what TextDecoder understands. */
export function encodingFromCpg(text: string): string | null {
	const name = text
		.trim()
		.toLowerCase()
		.replace(/^ansi\s*/, '');
	if (name === '') return null;
	if (/^(utf-?8|65001)$/.test(name)) return 'utf-8';
	if (/^(cp|windows-?)?1252$/.test(name)) return 'windows-1252';
	if (/^(iso-?8859-?1|88591|28591|latin-?1)$/.test(name)) return 'iso-8859-1';
	if (/^(iso-?8859-?15|885915|28605|latin-?9)$/.test(name)) return 'iso-8859-15';
	try {
		return new TextDecoder(name).encoding;
	} catch {
		return null;
	}
}

/**
 * The DBF's text encoding: a choice wins, then the .cpg; otherwise records that are valid UTF-8
 * and contain multi-byte characters are UTF-8, and anything else is Windows-1252, the usual
 * encoding of German Shapefiles (Latin-1 is its subset).
 */
export function chooseEncoding(
	option: TextEncodingOption,
	cpg: string | null,
	dbf: Uint8Array,
	headerLength: number
): { encoding: string; from: 'option' | 'cpg' | 'detected'; unknownCpg: string | null } {
	if (option !== 'auto') return { encoding: option, from: 'option', unknownCpg: null };
	const fromCpg = cpg === null ? null : encodingFromCpg(cpg);
	if (fromCpg) return { encoding: fromCpg, from: 'cpg', unknownCpg: null };
	const unknownCpg = cpg !== null && cpg.trim() !== '' ? cpg.trim() : null;
	const records = dbf.subarray(headerLength);
	const utf8 = hasHighBytes(records) && firstInvalidUtf8(records) === -1;
	return { encoding: utf8 ? 'utf-8' : 'windows-1252', from: 'detected', unknownCpg };
}
