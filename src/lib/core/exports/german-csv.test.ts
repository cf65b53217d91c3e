import { describe, expect, it } from 'vitest';
import { csvCell, germanCsv, germanDate, germanNumber, safeText, utf8Bom } from './german-csv';

describe('germanNumber', () => {
	it('writes a decimal comma without thousands separators, rounded half away from zero', () => {
		expect(germanNumber(1234567.891, 2)).toBe('1234567,89');
		expect(germanNumber(1.005, 2)).toBe('1,01');
		expect(germanNumber(-2.345, 2)).toBe('-2,35');
		expect(germanNumber(3, 1)).toBe('3,0');
		expect(germanNumber(-0.001, 2)).toBe('0,00');
	});

	it('writes unrounded numbers without binary artefacts or exponents, and nothing for no value', () => {
		expect(germanNumber(0.1 + 0.2)).toBe('0,3');
		expect(germanNumber(1e-7)).toBe('0,0000001');
		expect(germanNumber(371407)).toBe('371407');
		expect(germanNumber(null)).toBe('');
		expect(germanNumber(Number.NaN, 2)).toBe('');
	});
});

describe('cells and files', () => {
	it('quotes only what needs it and doubles quotes', () => {
		expect(csvCell('Mitte')).toBe('Mitte');
		expect(csvCell('Nord; Süd')).toBe('"Nord; Süd"');
		expect(csvCell('Der „Kiez“ "alt"')).toBe('"Der „Kiez“ ""alt"""');
		expect(csvCell('zwei\nZeilen')).toBe('"zwei\nZeilen"');
		expect(csvCell(' Rand')).toBe('" Rand"');
	});

	it('keeps Excel from running names as formulas', () => {
		expect(safeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
		expect(safeText('-Nord')).toBe("'-Nord");
		expect(safeText('Nord-Ost')).toBe('Nord-Ost');
	});

	it('writes dates as TT.MM.JJJJ and a file with BOM, semicolons and CRLF', () => {
		expect(germanDate('2016-12-31')).toBe('31.12.2016');
		expect(germanDate('')).toBe('');
		expect(germanCsv(['A', 'B'], [['1', 'x;y']])).toBe(`${utf8Bom}A;B\r\n1;"x;y"\r\n`);
	});
});
