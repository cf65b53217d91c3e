import { describe, expect, it } from 'vitest';
import { applyNameCertainty, cutNameReason, cutNameWarnings, uncertainUnitName } from './unit-names';
import { draftUnits, type UnitRowsInput } from './unit-records';

describe('names that look cut', () => {
	it('recognises the cut names of the Berlin Bezirksregion DBF', () => {
		expect(cutNameReason('promenade')).toBe('lower_case');
		expect(cutNameReason('hausen Nord')).toBe('lower_case');
		expect(cutNameReason('Charlotten-')).toBe('trailing_hyphen');
		expect(cutNameReason('Vorstadt/')).toBe('trailing_slash');
		expect(cutNameReason('Nord')).toBe('compass_only');
		expect(cutNameReason(' Süd ')).toBe('compass_only');
		expect(cutNameReason('Nordwest')).toBe('compass_only');
		expect(cutNameReason('südost')).toBe('compass_only');
		expect(cutNameReason('älter')).toBe('lower_case');
	});

	it('leaves whole names alone, Mitte and names with a direction included', () => {
		for (const name of [
			'Schillerpromenade',
			'Neu-Hohenschönhausen Nord',
			'Mitte',
			'Köllnische Vorstadt / Spindlersfeld',
			'Karl-Marx-Allee Nord',
			'Nordend',
			'Westend',
			'01 Zentrum',
			''
		]) {
			expect(cutNameReason(name), name).toBeNull();
		}
	});

	it('warns (never errs) with file, row, column and the code', () => {
		const warnings = cutNameWarnings(
			{ file: 'bezirksregion.dbf', kind: 'geodata' },
			[
				{ row: 3, code: '080101', name: 'promenade' },
				{ row: 4, code: '080102', name: 'Neuköllner Mitte/Zentrum' },
				{ row: 5, code: '020405', name: 'Nord' },
				{ row: 6, code: '020406', name: null }
			],
			'BZR_NAME'
		);
		expect(warnings.map((w) => [w.code, w.severity, w.file, w.row, w.column])).toEqual([
			['import.name_looks_cut', 'warning', 'bezirksregion.dbf', 3, 'BZR_NAME'],
			['import.name_looks_cut', 'warning', 'bezirksregion.dbf', 5, 'BZR_NAME']
		]);
		expect(warnings[0]!.message).toContain('Objekt 3 („080101“)');
		expect(warnings[0]!.message).toContain('Kleinbuchstaben');
		expect(warnings[1]!.message).toContain('Himmelsrichtung');
		expect(warnings[0]!.message).toMatch(/Bitte/);
	});
});

describe('names completed from another file', () => {
	const input: UnitRowsInput = {
		file: 'namen.csv',
		kind: 'table',
		header: ['SCHLUESSEL', 'BZR_NAME_DBF', 'BZR_NAME', 'sicher'],
		rows: [
			{ line: 2, cells: ['080101', 'promenade', 'Schillerpromenade', 'ja'] },
			{ line: 3, cells: ['040304', 'Charlotten-', 'Schloss Charlottenburg', 'nein'] },
			{ line: 4, cells: ['020506', 'Nord', '', 'nein'] },
			{ line: 5, cells: ['030613', 'platz', 'Helmholtzplatz', 'JA'] }
		]
	};
	const { drafts } = draftUnits(input, { code: 'SCHLUESSEL', name: 'BZR_NAME' });

	it('takes certain names, marks uncertain ones and labels a guess as a guess', () => {
		const result = applyNameCertainty(input, drafts, {
			certainColumn: 'sicher',
			certainValues: ['ja'],
			fragmentColumn: 'BZR_NAME_DBF'
		});
		expect(result.drafts.map((d) => [d.code, d.name])).toEqual([
			['080101', 'Schillerpromenade'],
			[
				'040304',
				'„Charlotten-“ (040304, Name in der Quelle unvollständig; Vermutung: Schloss Charlottenburg)'
			],
			['020506', '„Nord“ (020506, Name in der Quelle unvollständig)'],
			['030613', 'Helmholtzplatz']
		]);
		expect(result.problems.map((p) => [p.code, p.severity, p.row, p.column])).toEqual([
			['import.uncertain_name', 'warning', 3, 'sicher'],
			['import.uncertain_name', 'warning', 4, 'sicher']
		]);
		// A marked name is not itself reported as cut.
		expect(cutNameWarnings(input, result.drafts, 'BZR_NAME')).toEqual([]);
	});

	it('names the missing column', () => {
		const result = applyNameCertainty(input, drafts, { certainColumn: 'gesichert', certainValues: ['ja'] });
		expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.missing_column', 1, 'gesichert']
		]);
		expect(result.problems[0]!.message).toContain('„sicher“');
	});

	it('writes the marked name with code, fragment and the plain statement', () => {
		expect(uncertainUnitName('122144', 'Allee', null)).toBe(
			'„Allee“ (122144, Name in der Quelle unvollständig)'
		);
	});
});
