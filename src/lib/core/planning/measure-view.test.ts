import { describe, expect, it } from 'vitest';
import { isMeasureFiltered, measureListQuery, measureMatches } from './measure-view';

describe('measure list query', () => {
	it('reads status and department and ignores unknown statuses', () => {
		expect(measureListQuery(new URLSearchParams('status=laufend&fachbereich=d1'))).toEqual({
			status: 'laufend',
			department: 'd1'
		});
		expect(measureListQuery(new URLSearchParams('status=kaputt'))).toEqual({ status: '', department: '' });
	});

	it('matches measures by status and lead department', () => {
		const m = { status: 'laufend', leadDepartmentId: 'd1' };
		expect(measureMatches(m, { status: '', department: '' })).toBe(true);
		expect(measureMatches(m, { status: 'laufend', department: 'd1' })).toBe(true);
		expect(measureMatches(m, { status: 'geplant', department: '' })).toBe(false);
		expect(measureMatches(m, { status: '', department: 'd2' })).toBe(false);
		expect(isMeasureFiltered({ status: '', department: '' })).toBe(false);
		expect(isMeasureFiltered({ status: '', department: 'd2' })).toBe(true);
	});
});
