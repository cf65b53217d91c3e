import { describe, expect, it } from 'vitest';
import { editDistance, similarCodes } from './similar-codes';
import { codeFromChildCodes, parentCodeByPrefix } from './unit-codes';
import { checkUnitCodes, draftUnits } from './unit-records';

describe('similar codes', () => {
	const known = ['01011101', '01011102', '01011103', '02020202'];
	it('finds a code that lost its leading zero first', () => {
		expect(similarCodes('1011102', known)).toEqual(['01011102', '01011101', '01011103']);
	});
	it('finds mistyped digits, at most three, and nothing for codes far off', () => {
		expect(similarCodes('01011109', known)).toEqual(['01011101', '01011102', '01011103']);
		expect(similarCodes('99999999', known)).toEqual([]);
	});
	it('bounds the edit distance', () => {
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
	});
});

describe('nested codes', () => {
	it('takes the parent code by prefix (Berlin LOR)', () => {
		expect(parentCodeByPrefix('01011101', 6)).toBe('010111');
		expect(parentCodeByPrefix('0101', 4)).toBeNull();
	});
	it('derives a code from the children inside, or says why not', () => {
		expect(codeFromChildCodes(['0101', '0102'], 2)).toEqual({ kind: 'code', code: '01', children: 2 });
		expect(codeFromChildCodes([], 2)).toEqual({ kind: 'empty' });
		expect(codeFromChildCodes(['0101', '0201', '0202'], 2)).toEqual({
			kind: 'ambiguous',
			prefixes: [
				{ prefix: '02', children: 2 },
				{ prefix: '01', children: 1 }
			]
		});
	});
});

describe('unit records', () => {
	const input = {
		file: 'e.csv',
		kind: 'table' as const,
		header: ['SCHLUESSEL', 'PLR_NAME'],
		rows: [
			{ line: 2, cells: ['01011101', 'Stülerstraße'] },
			{ line: 3, cells: [' ', 'ohne'] },
			{ line: 4, cells: ['01011101', 'doppelt'] }
		]
	};
	it('recognises code and name columns by their usual names', () => {
		const { columns, drafts } = draftUnits(input, {});
		expect(columns).toEqual({ code: 'SCHLUESSEL', name: 'PLR_NAME', parent: null });
		expect(drafts[1]).toEqual({ row: 3, code: null, name: 'ohne', parentCode: null });
	});
	it('reports missing and duplicate codes, or skips records without code on request', () => {
		const { drafts } = draftUnits(input, {});
		const strict = checkUnitCodes(input, drafts, 'SCHLUESSEL', false);
		expect(strict.problems.map((p) => [p.code, p.row, p.severity])).toEqual([
			['import.missing_code', 3, 'error'],
			['import.duplicate_code', 4, 'error']
		]);
		const lenient = checkUnitCodes(input, drafts, 'SCHLUESSEL', true);
		expect(lenient.skipped).toBe(1);
		expect(lenient.problems[0]!.severity).toBe('warning');
	});
	it('names a missing code column and the columns there are', () => {
		const { problems } = draftUnits({ ...input, header: ['Name', 'Fläche'] }, { code: 'Schlüssel' });
		expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.missing_column', 1, 'Schlüssel']
		]);
		expect(problems[0]!.message).toContain('„Name“, „Fläche“');
	});
});
