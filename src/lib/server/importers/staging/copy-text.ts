import type { ObservationBatch } from './observation-batch';

/** Rows per part: parts stay small while a Blob joins them without copying. */
const rowsPerPart = 65_536;
/** Enough for four numbers and separators; values that are not small integers go through String(). */
const maxRowBytes = 96;

const TAB = 9;
const NEWLINE = 10;
const ZERO = 48;
const MINUS = 45;

/** Writes a non-negative or negative integer as ASCII digits; returns the new offset. */
function writeInteger(out: Uint8Array, at: number, value: number): number {
	let n = value;
	if (n < 0) {
		out[at++] = MINUS;
		n = -n;
	}
	if (n === 0) {
		out[at++] = ZERO;
		return at;
	}
	let end = at;
	for (let m = n; m > 0; m = Math.floor(m / 10)) end++;
	for (let i = end - 1; i >= at; i--) {
		out[i] = ZERO + (n % 10);
		n = Math.floor(n / 10);
	}
	return end;
}

function writeText(out: Uint8Array, at: number, text: string): number {
	for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
	return at;
}

/**
 * The batch in COPY text format (tab-separated, one row per line), as bytes in parts. Only
 * numbers, so nothing needs escaping; a value that is not a small integer is written as
 * String(value), the shortest text that reads back as the same double (ASCII only).
 */
export function copyText(batch: ObservationBatch): Uint8Array<ArrayBuffer>[] {
	const parts: Uint8Array<ArrayBuffer>[] = [];
	for (let start = 0; start < batch.count; start += rowsPerPart) {
		const end = Math.min(start + rowsPerPart, batch.count);
		const out = new Uint8Array((end - start) * maxRowBytes);
		let at = 0;
		for (let i = start; i < end; i++) {
			at = writeInteger(out, at, batch.unit[i]!);
			out[at++] = TAB;
			at = writeInteger(out, at, batch.variable[i]!);
			out[at++] = TAB;
			at = writeInteger(out, at, batch.date[i]!);
			out[at++] = TAB;
			const value = batch.value[i]!;
			at =
				Number.isSafeInteger(value) && Math.abs(value) < 1e15
					? writeInteger(out, at, value)
					: writeText(out, at, String(value));
			out[at++] = NEWLINE;
		}
		parts.push(out.subarray(0, at));
	}
	return parts;
}
