import { describe, expect, it } from 'vitest';
import { checkObservations } from './observation-checks';
import { resolveLayout } from './observation-layout';
import type { ObservationMapping } from './observation-mapping';
import { parseObservations, type TableCells } from './observation-parse';
import { maxProblemsPerCode } from './problem-list';

function table(header: string[], rows: string[][], kind: 'csv' | 'xlsx' = 'csv'): TableCells {
	return { file: 't.csv', header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), kind };
}

function parse(t: TableCells, mapping: ObservationMapping) {
	const { layout, problems } = resolveLayout(t.file, t.header, mapping);
	expect(problems).toEqual([]);
	return parseObservations(t, layout!);
}

describe('long format', () => {
	it('recognises German and English column names', () => {
		for (const header of [
			['Schlüssel', 'Stichtag', 'Merkmal', 'Wert'],
			['Gebiet', 'Jahr', 'Variable', 'Value'],
			['code', 'date', 'variable', 'value']
		]) {
			const { layout } = resolveLayout('t.csv', header, { format: 'long' });
			expect(layout).toEqual({
				format: 'long',
				unit: 0,
				date: 1,
				fixedDate: null,
				variable: 2,
				fixedVariable: null,
				value: 3
			});
		}
	});

	it('counts NA, empty, "." and "-" as missing, never as zero', () => {
		const { parsed, problems } = parse(
			table(
				['Schlüssel', 'Stichtag', 'Merkmal', 'Wert'],
				[
					['1', '2016', 'x', 'NA'],
					['2', '2016', 'x', ''],
					['3', '2016', 'x', '.'],
					['4', '2016', 'x', '-'],
					['5', '2016', 'x', '0']
				]
			),
			{ format: 'long' }
		);
		expect(problems.list()).toEqual([]);
		expect(parsed.missing).toBe(4);
		expect(Array.from(parsed.value)).toEqual([0]);
	});

	it('detects decimal commas per column; XLSX numbers are always English', () => {
		const rows = [
			['1', '2016', 'x', '1.234'],
			['2', '2016', 'x', '8,16']
		];
		expect(
			Array.from(
				parse(table(['a', 'Jahr', 'Merkmal', 'Wert'], rows), { format: 'long', columns: { unit: 'a' } })
					.parsed.value
			)
		).toEqual([1234, 8.16]);
		const english = table(['a', 'Jahr', 'Merkmal', 'Wert'], [['1', '2016', 'x', '4.98']], 'xlsx');
		expect(Array.from(parse(english, { format: 'long', columns: { unit: 'a' } }).parsed.value)).toEqual([
			4.98
		]);
	});

	it('reports duplicates naming both rows, invalid dates and numbers', () => {
		const { problems } = parse(
			table(
				['Schlüssel', 'Stichtag', 'Merkmal', 'Wert'],
				[
					['1', '31.12.2016', 'x', '1'],
					['1', '2016-12-31', 'x', '2'],
					['2', '31.02.2016', 'x', '3'],
					['3', '2016', 'x', 'zwölf']
				]
			),
			{ format: 'long' }
		);
		expect(problems.list().map((p) => [p.code, p.row, p.column])).toEqual([
			['import.duplicate_row', 3, null],
			['import.invalid_date', 4, 'Stichtag'],
			['import.invalid_number', 5, 'Wert']
		]);
		expect(problems.list()[0]!.message).toContain('wiederholt Zeile 2');
	});

	it('sums up problems beyond the limit in one', () => {
		const rows = Array.from({ length: maxProblemsPerCode + 5 }, (_, i) => [String(i), '2016', 'x', 'kaputt']);
		const { problems } = parse(table(['Schlüssel', 'Jahr', 'Merkmal', 'Wert'], rows), { format: 'long' });
		const list = problems.list();
		expect(list).toHaveLength(maxProblemsPerCode + 1);
		expect(list[0]!.message).toMatch(/5 weitere Probleme/);
	});
});

describe('wide format', () => {
	const header = ['PLR', '2015_E_E00_01', '2015_E_E', '2016_E_E00_01', '2016_E_E', 'Bemerkung'];
	const mapping: ObservationMapping = {
		format: 'wide',
		widePatterns: [
			{ match: '^(\\d{4})_E_E(\\d\\d)_(\\d\\d)$', variable: 'einwohner_$2_$3', date: '$1-12-31' },
			{ match: '^(\\d{4})_E_E$', variable: 'einwohner', date: '31.12.$1' }
		]
	};

	it('maps columns by pattern to variable and date, and names the columns left out', () => {
		const { layout, ignored } = resolveLayout('t.csv', header, mapping);
		expect(layout).toEqual({
			format: 'wide',
			unit: 0,
			date: null,
			targets: [
				{ column: 1, variable: 'einwohner_00_01', date: '2015-12-31' },
				{ column: 2, variable: 'einwohner', date: '2015-12-31' },
				{ column: 3, variable: 'einwohner_00_01', date: '2016-12-31' },
				{ column: 4, variable: 'einwohner', date: '2016-12-31' }
			]
		});
		expect(ignored).toEqual(['Bemerkung']);
	});

	it('refuses two columns for the same variable and date, and dates that are none', () => {
		const clash = resolveLayout('t.csv', ['PLR', 'A', 'B'], {
			format: 'wide',
			date: '2016',
			wideColumns: { A: 'x', B: 'x' }
		});
		expect(clash.problems.map((p) => [p.code, p.column])).toEqual([['import.mapping', 'B']]);
		const bad = resolveLayout('t.csv', ['PLR', 'A'], {
			format: 'wide',
			wideColumns: { A: { variable: 'x', date: '2016-13-01' } }
		});
		expect(bad.problems.map((p) => p.code)).toEqual(['import.invalid_date']);
	});

	it('checks units, variables and negative counts against what is known', () => {
		const t = table(
			['PLR', 'A', 'B'],
			[
				['1011101', '5', '-1'],
				['01011102', '-2', '3']
			]
		);
		const { parsed, problems } = parse(t, {
			format: 'wide',
			date: '2016',
			wideColumns: { A: 'anzahl', B: 'saldo' }
		});
		const variables = new Map([
			['anzahl', { id: 'v1', code: 'anzahl', kind: 'count' as const }],
			['saldo', { id: 'v2', code: 'saldo', kind: 'amount' as const }]
		]);
		const unitIds = new Map([
			['01011101', 'u1'],
			['01011102', 'u2']
		]);
		checkObservations(parsed, t.header, 0, { layerName: 'Planungsraum', unitIds, variables }, problems);
		expect(problems.list().map((p) => [p.code, p.row, p.column])).toEqual([
			['import.unknown_unit', 2, 'PLR'],
			['import.negative_count', 3, 'A']
		]);
		expect(problems.list()[0]!.message).toContain('„01011101“');
	});
});
