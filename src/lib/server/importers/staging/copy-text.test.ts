import { describe, expect, it } from 'vitest';
import { copyText } from './copy-text';

describe('COPY text of a batch', () => {
	it('writes integers, negatives, decimals and large values so that they read back exactly', () => {
		const values = [0, 7, -3, 4.98, 1e21, 0.1 + 0.2, -0.000001, 123_456_789_012, Number.MAX_SAFE_INTEGER];
		const n = values.length;
		const batch = {
			count: n,
			unit: Int32Array.from(values, (_, i) => i * 1000),
			variable: new Int32Array(n).fill(19),
			date: new Int32Array(n).fill(0),
			value: Float64Array.from(values)
		};
		const text = Buffer.concat(copyText(batch)).toString('ascii');
		const rows = text
			.trimEnd()
			.split('\n')
			.map((line) => line.split('\t'));
		expect(rows.map((r) => Number(r[0]))).toEqual(values.map((_, i) => i * 1000));
		expect(rows.map((r) => Number(r[3]))).toEqual(values);
		expect(rows[0]).toEqual(['0', '19', '0', '0']);
	});
});
