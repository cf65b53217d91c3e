/**
 * Windows-1252 decoding that does not depend on the Node version. Node 20.18.3+, 22.13+ and
 * 24.0–24.6 decode "windows-1252" as Latin-1, so the bytes 0x80–0x9F come out as control
 * characters instead of "€", "„", "“", "–" (nodejs/node#56542, #60888). Windows-1252 is exactly
 * Latin-1 plus these 32 characters (WHATWG Encoding Standard), so we map them ourselves.
 */
const high = [
	0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
	0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
	0x0153, 0x9d, 0x017e, 0x0178
];

/** Replaces the C1 control characters a Latin-1 decoding left with their Windows-1252 meaning. */
export function repairWindows1252(text: string): string {
	return text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(high[c.charCodeAt(0) - 0x80]!));
}

export function decodeWindows1252(bytes: Uint8Array): string {
	return repairWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

/** Labels that mean Windows-1252 (WHATWG maps Latin-1 there too: real ISO-8859-1 has no 0x80–0x9F). */
export function isWindows1252(encoding: string): boolean {
	return /^(windows-1252|cp1252|iso-8859-1|latin1|l1|ascii|us-ascii)$/i.test(encoding);
}
