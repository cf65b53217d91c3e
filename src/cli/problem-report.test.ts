import { describe, expect, it } from 'vitest';
import { ImportFailed } from '../lib/core/imports/import-failed';
import { problem } from '../lib/core/imports/problems';
import { importProblemLine, problemCounts, problemLines } from './problem-report';
import { terminalProgress } from './progress';

describe('problem report', () => {
	it('names file, row (or object of geodata), column, severity, code and message', () => {
		const row = problem('import.invalid_number', { file: 'a.csv', row: 3, column: 'Wert' }, 'Bitte …');
		expect(importProblemLine(row)).toBe(
			'a.csv, Zeile 3, Spalte „Wert“ – Fehler [import.invalid_number]: Bitte …'
		);
		const feature = problem(
			'import.repaired_geometry',
			{ file: 'b.geojson', row: 2 },
			'Repariert.',
			'warning'
		);
		expect(importProblemLine(feature)).toBe(
			'b.geojson, Objekt 2 – Warnung [import.repaired_geometry]: Repariert.'
		);
		// Broken JSON is reported at its text line.
		const json = problem('import.unreadable', { file: 'c.geojson', row: 6 }, 'Kein JSON.');
		expect(importProblemLine(json)).toMatch(/^c\.geojson, Zeile 6 – /);
		const file = problem('import.empty_file', { file: 'leer.csv' }, 'Leer.');
		expect(importProblemLine(file)).toBe('leer.csv – Fehler [import.empty_file]: Leer.');
	});

	it('lists every problem of a refused import, and none for other errors', () => {
		const problems = [
			problem('import.unknown_unit', { file: 'a.csv', row: 3, column: 'Schlüssel' }, 'X'),
			problem('import.unknown_unit', { file: 'a.csv', row: 4, column: 'Schlüssel' }, 'Y'),
			problem('import.missing_code', { file: 'a.csv', row: 5 }, 'Z', 'warning')
		];
		expect(problemCounts(problems)).toBe('2 Fehler, 1 Warnung');
		const lines = problemLines(new ImportFailed(problems));
		expect(lines).toHaveLength(4);
		expect(lines[0]).toBe('Probleme (2 Fehler, 1 Warnung):');
		expect(lines[2]).toBe('  a.csv, Zeile 4, Spalte „Schlüssel“ – Fehler [import.unknown_unit]: Y');
		expect(problemLines(new Error('x'))).toEqual([]);
	});

	it('lists the problems of a batch of definitions by position and field', () => {
		const error = Object.assign(new Error('x'), {
			problems: [
				{ index: 2, indicator: 'a', field: 'numerator', error: 'indicator.invalid', message: 'fehlt' }
			]
		});
		expect(problemLines(error)).toEqual([
			'Probleme:',
			'  Definition 2 („a“), Feld „numerator“ – Fehler [indicator.invalid]: fehlt'
		]);
	});
});

describe('terminalProgress', () => {
	it('rewrites one line in a terminal and clears it at the end', () => {
		const written: string[] = [];
		const stream = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
		const progress = terminalProgress(stream);
		progress.onProgress?.('validate', 50, 200);
		progress.onProgress?.('validate', 51, 200); // same percentage: not written again
		progress.onProgress?.('write', 200, 200);
		progress.done();
		expect(written).toEqual(['\r\x1b[KPrüfen … 25 %', '\r\x1b[KSchreiben … 100 %', '\r\x1b[K']);
	});

	it('stays silent when stderr is a file or a pipe', () => {
		const stream = {
			isTTY: false,
			write: () => expect.fail('nothing may be written')
		} as unknown as NodeJS.WriteStream;
		const progress = terminalProgress(stream);
		expect(progress.onProgress).toBeUndefined();
		progress.done();
	});
});
