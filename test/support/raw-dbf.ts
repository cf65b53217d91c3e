/**
 * A small dBASE III reader of the tests' own (fixed-width records, Latin-1 text), independent of
 * the platform's Shapefile reader, so that names checked against a DBF are not read by the code
 * under test. Deleted records and memo fields are not needed for the demo files.
 */
export function readRawDbf(bytes: Uint8Array): Record<string, string>[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const count = view.getUint32(4, true);
	const headerLength = view.getUint16(8, true);
	const recordLength = view.getUint16(10, true);
	const fields: { name: string; length: number }[] = [];
	for (let at = 32; bytes[at] !== 0x0d; at += 32) {
		const name = new TextDecoder('latin1').decode(bytes.subarray(at, at + 11)).replace(/\0.*$/s, '');
		fields.push({ name, length: bytes[at + 16]! });
	}
	const latin1 = new TextDecoder('latin1');
	const records: Record<string, string>[] = [];
	for (let r = 0; r < count; r++) {
		let at = headerLength + r * recordLength + 1; // the first byte flags deletion
		const record: Record<string, string> = {};
		for (const { name, length } of fields) {
			record[name] = latin1.decode(bytes.subarray(at, at + length)).trim();
			at += length;
		}
		records.push(record);
	}
	return records;
}
