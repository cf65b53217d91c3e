import { describe, expect, it } from 'vitest';
import { problemPage } from './problem-page';
import { problem } from './problems';

const unknown = (row: number) =>
	problem('import.unknown_unit', { file: 'a.csv', row, column: 'Schlüssel' }, 'Bitte …');
const repaired = problem('import.repaired_geometry', { file: 'a.csv', row: 2 }, 'Bitte …', 'warning');

describe('problem pages', () => {
	it('counts per code, errors first, and pages the list with errors first', () => {
		const all = [repaired, ...Array.from({ length: 120 }, (_, i) => unknown(i + 2))];
		const first = problemPage(all, {}, 50);
		expect(first.groups).toEqual([
			{ code: 'import.unknown_unit', severity: 'error', count: 120 },
			{ code: 'import.repaired_geometry', severity: 'warning', count: 1 }
		]);
		expect(first).toMatchObject({ page: 1, pages: 3, total: 121, code: null });
		expect(first.problems[0]!.row).toBe(2);
		expect(first.problems[0]!.severity).toBe('error');
		const last = problemPage(all, { page: 99 }, 50);
		expect(last.page).toBe(3);
		expect(last.problems.at(-1)).toBe(repaired);
	});

	it('shows one code on request, and all for a code that is not there', () => {
		const all = [repaired, unknown(3)];
		expect(problemPage(all, { code: 'import.repaired_geometry' }).problems).toEqual([repaired]);
		expect(problemPage(all, { code: 'import.nonsense' })).toMatchObject({ code: null, total: 2 });
	});
});
