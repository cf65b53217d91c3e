import { describe, expect, it } from 'vitest';
import { utf8Bom } from './german-csv';
import { valuesCsv, valuesCsvHeader, valuesCsvRows } from './values-csv';
import { sample } from './test-values';

describe('valuesCsv', () => {
	it('has the columns our long-format import recognises (Schlüssel, Stichtag, Wert)', () => {
		expect(valuesCsvHeader).toEqual(expect.arrayContaining(['Schlüssel', 'Stichtag', 'Wert']));
		expect(valuesCsvHeader).not.toContain('Merkmal');
	});

	it('writes one row per unit: rounded value, German status, coverage in percent, sums', () => {
		expect(valuesCsvRows([sample])).toEqual([
			[
				'anteil_u1',
				'01',
				'Mitte',
				'31.12.2016',
				'1,05',
				'%',
				'vollständig',
				'100,0',
				'41',
				'41',
				'3899',
				'371407',
				''
			],
			[
				'anteil_u1',
				'02',
				'Nord; Süd',
				'31.12.2016',
				'2,50',
				'%',
				'unvollständig',
				'66,7',
				'2',
				'3',
				'5',
				'200',
				''
			],
			// A missing value is an empty cell, never 0; a name Excel would run as a formula is defused.
			['anteil_u1', '03', "'=Formel", '31.12.2016', '', '%', 'fehlt', '0,0', '0', '4', '', '', '']
		]);
	});

	it('writes values unrounded on request', () => {
		const [first] = valuesCsvRows([sample], { rounded: false });
		expect(first![4]).toBe('1,0497917379');
	});

	it('puts several dates one after the other into one file with BOM and CRLF', () => {
		const text = valuesCsv([sample, { ...sample, date: '2015-12-31' }]);
		expect(text.startsWith(`${utf8Bom}Indikator;Schlüssel;Name;Stichtag;Wert;`)).toBe(true);
		const lines = text.slice(1).split('\r\n');
		expect(lines).toHaveLength(1 + 6 + 1);
		expect(lines.at(-1)).toBe('');
		expect(lines[2]).toBe('anteil_u1;02;"Nord; Süd";31.12.2016;2,50;%;unvollständig;66,7;2;3;5;200;');
		expect(lines[4]).toMatch(/^anteil_u1;01;Mitte;31\.12\.2015;1,05;/);
	});
});
