import { describe, expect, it } from 'vitest';
import { checkObservations, type KnownVariable } from './observation-checks';
import { resolveLayout } from './observation-layout';
import type { ObservationMapping } from './observation-mapping';
import { parseMissingCodes, missingReasons } from './observation-missing-codes';
import { parseObservations, type TableCells } from './observation-parse';
import { ProblemList } from './problem-list';

function table(header: string[], rows: string[][]): TableCells {
	return { file: 't.csv', header, rows: rows.map((cells, i) => ({ line: i + 2, cells })), kind: 'csv' };
}

function parse(
	t: TableCells,
	mapping: ObservationMapping,
	options: Parameters<typeof parseObservations>[2] = {}
) {
	const { layout, problems } = resolveLayout(t.file, t.header, mapping);
	expect(problems).toEqual([]);
	return parseObservations(t, layout!, options);
}

const long = ['Schlüssel', 'Stichtag', 'Merkmal', 'Wert'];
const cell = (unit: string, value: string) => [unit, '2016', 'v', value];

describe('codes for missing values (Destatis Zeichenerklärung)', () => {
	it('keeps . x ... / as missing with their reason, – as a real zero, (12) as the number 12', () => {
		const { parsed, problems } = parse(
			table(long, [
				cell('1', '.'),
				cell('2', 'x'),
				cell('3', '...'),
				cell('4', '/'),
				cell('5', '–'),
				cell('6', '(12)'),
				cell('7', ''),
				cell('8', '-'),
				cell('9', '7')
			]),
			{ format: 'long' }
		);
		expect(problems.list()).toEqual([]);
		// Stored values: the zero of "–", 12 of "(12)", 7; never a 0 for a missing value.
		expect(Array.from(parsed.value)).toEqual([0, 12, 7]);
		expect(Array.from(parsed.unit).map((u) => parsed.unitCodes[u])).toEqual(['5', '6', '9']);
		expect(parsed.missing).toBe(6);
		const reasons = parsed.coded.reason.map((r) => missingReasons[r]);
		const units = parsed.coded.unit.map((u) => parsed.unitCodes[u]);
		expect(Object.fromEntries(units.map((u, i) => [u, reasons[i]]))).toEqual({
			'1': 'secret',
			'2': 'locked',
			'3': 'later',
			'4': 'uncertain',
			'8': 'missing'
		});
		const counts = Object.fromEntries(parsed.codeCounts.map((c) => [`${c.code}|${c.meaning}`, c.count]));
		expect(counts).toEqual({
			'.|secret': 1,
			'x|locked': 1,
			'...|later': 1,
			'/|uncertain': 1,
			'–|zero': 1,
			'( )|limited': 1,
			'|empty': 1,
			'-|missing': 1
		});
	});

	it('reads declared codes first (-9999 missing, -8888 secret, - as zero) and can switch the defaults off', () => {
		const declared = parseMissingCodes('-9999; -8888=geheim, -=null');
		expect(declared).toEqual({
			codes: [
				{ code: '-9999', meaning: 'missing' },
				{ code: '-8888', meaning: 'secret' },
				{ code: '-', meaning: 'zero' }
			]
		});
		const rows = [cell('1', '-9999'), cell('2', '-8888'), cell('3', '-'), cell('4', '.')];
		const withDefaults = parse(table(long, rows), { format: 'long' }, { missingCodes: declared as never });
		expect(withDefaults.problems.list()).toEqual([]);
		expect(Array.from(withDefaults.parsed.value)).toEqual([0]);
		expect(withDefaults.parsed.coded.reason.map((r) => missingReasons[r])).toEqual([
			'missing',
			'secret',
			'secret'
		]);
		// Without the defaults "." is no code any more: the cell is not a number, and says so.
		const without = parse(
			table(long, rows),
			{ format: 'long' },
			{
				missingCodes: { ...(declared as { codes: never[] }), defaults: false }
			}
		);
		expect(without.problems.list().map((p) => [p.code, p.row, p.column])).toEqual([
			['import.invalid_number', 5, 'Wert']
		]);
		expect(without.problems.list()[0]!.message).toContain('--missing-codes');
	});

	it('refuses a meaning it does not know, naming the allowed ones', () => {
		const result = parseMissingCodes('-9999=vielleicht');
		expect('error' in result && result.error).toMatch(/geheim, gesperrt, später, unsicher, fehlt, null/);
	});
});

describe('flag variables', () => {
	const header = ['Schlüssel', 'gueltig', 'markiert', 'anzahl'];
	const mapping: ObservationMapping = {
		format: 'wide',
		date: '2016',
		wideColumns: { gueltig: 'gueltig', markiert: 'markiert', anzahl: 'anzahl' }
	};
	const flags = { variables: ['gueltig', 'markiert'] };

	it('reads gültig/ungültig, ja/nein, wahr/falsch, 1/0 as 1/0, and x/leer in an x-only column', () => {
		const { parsed, problems } = parse(
			table(header, [
				['1', 'gültig', 'x', '1'],
				['2', 'ungültig', '', '0'],
				['3', 'Ja', 'X', '5'],
				['4', 'nein', '', '6'],
				['5', 'wahr', '', ''],
				['6', '0', 'x', '']
			]),
			mapping,
			{ flags }
		);
		expect(problems.list()).toEqual([]);
		const by = (code: string) =>
			Array.from(parsed.value).filter((_, i) => parsed.variableCodes[parsed.variable[i]!] === code);
		expect(by('gueltig')).toEqual([1, 0, 1, 0, 1, 0]);
		expect(by('markiert')).toEqual([1, 0, 1, 0, 0, 1]);
		// An empty cell of a count stays missing; only the x-column reads empty as "no".
		expect(by('anzahl')).toEqual([1, 0, 5, 6]);
	});

	it('names row, column and the accepted words for a cell that is no flag', () => {
		const { problems } = parse(table(header, [['1', 'vielleicht', 'x', '1']]), mapping, { flags });
		const [p] = problems.list();
		expect([p!.code, p!.row, p!.column]).toEqual(['import.invalid_flag', 2, 'gueltig']);
		expect(p!.message).toContain('„gültig“');
		expect(p!.message).toContain('--flag');
	});
});

describe('wide files with a date column', () => {
	it('take each row’s date from the column', () => {
		const { parsed, problems } = parse(
			table(
				['Schlüssel', 'Jahr', 'Einwohner', 'Kinder'],
				[
					['1', '2015', '100', '10'],
					['1', '2016', '110', '12'],
					['2', '31.12.2016', '200', '']
				]
			),
			{ format: 'wide', wideColumns: { Einwohner: 'einwohner', Kinder: 'kinder' } }
		);
		expect(problems.list()).toEqual([]);
		const rows = Array.from({ length: parsed.count }, (_, i) => [
			parsed.unitCodes[parsed.unit[i]!],
			parsed.variableCodes[parsed.variable[i]!],
			parsed.dates[parsed.date[i]!],
			parsed.value[i]
		]);
		expect(rows).toEqual([
			['1', 'einwohner', '2015-12-31', 100],
			['1', 'kinder', '2015-12-31', 10],
			['1', 'einwohner', '2016-12-31', 110],
			['1', 'kinder', '2016-12-31', 12],
			['2', 'einwohner', '2016-12-31', 200]
		]);
	});

	it('a file date given as an option wins over a column found by its name; a bad row date is named', () => {
		const t = table(['Schlüssel', 'Jahr', 'Einwohner'], [['1', '2015', '100']]);
		const fixed = resolveLayout(t.file, t.header, {
			format: 'wide',
			date: '2020',
			wideColumns: { Einwohner: 'e' }
		});
		expect(fixed.layout).toMatchObject({ date: null, targets: [{ column: 2, date: '2020-12-31' }] });
		expect(fixed.ignored).toEqual(['Jahr']);
		const bad = parse(table(['Schlüssel', 'Jahr', 'Einwohner'], [['1', 'früher', '1']]), {
			format: 'wide',
			wideColumns: { Einwohner: 'e' }
		});
		expect(bad.problems.list().map((p) => [p.code, p.row, p.column])).toEqual([
			['import.invalid_date', 2, 'Jahr']
		]);
	});

	it('names the CLI flag of every option a mapping problem is about', () => {
		const { problems } = resolveLayout('t.csv', ['Schlüssel', 'A'], {
			format: 'wide',
			wideColumns: { A: 'a' }
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('Option „Stichtag für alle Werte“ (--date)');
		expect(problems[0]!.message).toContain('--date-column');
		const missing = resolveLayout('t.csv', ['Gebiet', 'Wert'], { format: 'long', columns: { unit: 'PLR' } });
		expect(missing.problems[0]!.message).toContain('--unit-column');
	});
});

describe('implausible values', () => {
	const variables = new Map<string, KnownVariable>([
		['anteil', { id: 'a', code: 'anteil', kind: 'rate', unitLabel: '%' }],
		['promille', { id: 'p', code: 'promille', kind: 'rate', unitLabel: '‰' }],
		['dynamik', { id: 'd', code: 'dynamik', kind: 'rate', unitLabel: 'Prozentpunkte' }],
		['anzahl', { id: 'n', code: 'anzahl', kind: 'count', unitLabel: 'Personen' }]
	]);
	it('warn about a share outside 0–100 and a count that is no whole number; a negative count is an error', () => {
		const t = table(long, [
			['1', '2016', 'anteil', '120'],
			['1', '2017', 'anteil', '-0,5'],
			['1', '2018', 'anteil', '100'],
			['1', '2016', 'promille', '250'],
			['1', '2016', 'dynamik', '-0,42'],
			['1', '2016', 'anzahl', '2,5'],
			['1', '2017', 'anzahl', '-3']
		]);
		const { parsed, problems } = parse(t, { format: 'long' }, { numberStyle: 'de' });
		const list = new ProblemList();
		checkObservations(
			parsed,
			t.header,
			0,
			{ layerName: 'L', unitIds: new Map([['1', 'u1']]), variables },
			list
		);
		expect(problems.list()).toEqual([]);
		expect(list.list().map((p) => [p.code, p.severity, p.row, p.column])).toEqual([
			['import.implausible_value', 'warning', 2, 'Wert'],
			['import.implausible_value', 'warning', 3, 'Wert'],
			['import.implausible_value', 'warning', 7, 'Wert'],
			['import.negative_count', 'error', 8, 'Wert']
		]);
		expect(list.list()[0]!.message).toContain('120 liegt nicht zwischen 0 und 100');
	});
});
