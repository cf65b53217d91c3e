import { describe, expect, it } from 'vitest';
import { classOf } from '../monitoring/classification';
import {
	activityMatches,
	areaQuery,
	countClasses,
	matrixGroups,
	nearestLinks,
	overlapsOf,
	unitActivities,
	type ActivityMeasure,
	type ActivityUnit
} from './area-activity';

const measure = (m: Partial<ActivityMeasure> & { id: string }): ActivityMeasure => ({
	code: m.id.toUpperCase(),
	title: `Maßnahme ${m.id}`,
	status: 'laufend',
	departmentId: null,
	departmentName: null,
	lifePhases: [],
	targetGroups: [],
	...m
});
const jugend = { departmentId: 'd-j', departmentName: 'Jugendamt' };
const schule = { departmentId: 'd-s', departmentName: 'Schulamt' };
const gesundheit = { departmentId: 'd-g', departmentName: 'Gesundheitsamt' };

/**
 * Bezirk B with Sozialräume S1 (class 4, greatest need), S2 (class 4) and S3 (class 1); the links
 * as the repository gives them for the layer of the Sozialräume: m1 named for the Bezirk (above),
 * m2 for S1 itself, m3 for a block below S2; m4 cancelled in S3.
 */
const units: ActivityUnit[] = [
	{
		id: 's1',
		code: 'S1',
		name: 'Nord',
		need: { code: '4', label: 'sehr niedrig', greatest: true },
		supplyGaps: []
	},
	{
		id: 's2',
		code: 'S2',
		name: 'Mitte',
		need: { code: '4', label: 'sehr niedrig', greatest: true },
		supplyGaps: []
	},
	{ id: 's3', code: 'S3', name: 'Süd', need: { code: '1', label: 'hoch', greatest: false }, supplyGaps: [] }
];
const measures = [
	measure({
		id: 'm1',
		...jugend,
		lifePhases: ['alter_0_3', 'alter_3_6'],
		targetGroups: ['Alleinerziehende']
	}),
	measure({ id: 'm2', ...schule, lifePhases: ['alter_6_10'], targetGroups: [' alleinerziehende '] }),
	measure({ id: 'm3', ...gesundheit, status: 'geplant', lifePhases: ['alter_0_3'] }),
	measure({ id: 'm4', ...schule, status: 'abgebrochen', lifePhases: ['alter_0_3'] })
];

describe('unitActivities', () => {
	it('finds the measures of each unit through itself, a unit above and a unit below, and flags need and overlap', () => {
		const rows = unitActivities({
			units,
			measures,
			links: [
				{ unitId: 's1', measureId: 'm1', via: 'above' },
				{ unitId: 's2', measureId: 'm1', via: 'above' },
				{ unitId: 's3', measureId: 'm1', via: 'above' },
				{ unitId: 's1', measureId: 'm2', via: 'unit' },
				{ unitId: 's2', measureId: 'm3', via: 'below' },
				{ unitId: 's3', measureId: 'm4', via: 'unit' }
			]
		});
		expect(rows.map((r) => [r.unit.code, r.measures.map((m) => `${m.measure.code}:${m.via}`)])).toEqual([
			['S1', ['M1:above', 'M2:unit']],
			['S2', ['M1:above', 'M3:below']],
			// The cancelled M4 does not count.
			['S3', ['M1:above']]
		]);
		expect(rows.map((r) => r.departments)).toEqual([
			['Jugendamt', 'Schulamt'],
			['Gesundheitsamt', 'Jugendamt'],
			['Jugendamt']
		]);
		// S1: Jugendamt and Schulamt on the same target group (written differently); no common phase.
		expect(rows[0]!.overlaps).toEqual([
			{
				kind: 'target_group',
				topic: 'Alleinerziehende',
				departments: ['Jugendamt', 'Schulamt'],
				measures: ['M1', 'M2']
			}
		]);
		// S2: Jugendamt and Gesundheitsamt on children under 3 (M3 reaches S2 from a block below it).
		expect(rows[1]!.overlaps).toEqual([
			{
				kind: 'life_phase',
				topic: 'alter_0_3',
				departments: ['Gesundheitsamt', 'Jugendamt'],
				measures: ['M1', 'M3']
			}
		]);
		// S3: the cancelled M4 of the Schulamt makes no overlap with M1.
		expect(rows[2]!.overlaps).toEqual([]);
		expect(rows.map((r) => r.needWithoutMeasure)).toEqual([false, false, false]);
	});

	it('names a unit of greatest need without an active measure, but not one of another class', () => {
		const rows = unitActivities({
			units,
			measures,
			links: [{ unitId: 's2', measureId: 'm4', via: 'unit' }]
		});
		expect(rows.map((r) => [r.unit.code, r.needWithoutMeasure])).toEqual([
			['S1', true],
			['S2', true],
			['S3', false]
		]);
		expect(rows.filter((r) => activityMatches(r, 'bedarf')).map((r) => r.unit.code)).toEqual(['S1', 'S2']);
		expect(rows.filter((r) => activityMatches(r, 'massnahmen'))).toEqual([]);
		expect(rows.filter((r) => activityMatches(r, 'alle'))).toHaveLength(3);
	});

	it('keeps the nearest of several links of one measure to one unit', () => {
		const nearest = nearestLinks([
			{ unitId: 'u', measureId: 'm', via: 'below' },
			{ unitId: 'u', measureId: 'm', via: 'unit' },
			{ unitId: 'u', measureId: 'm', via: 'above' },
			{ unitId: 'v', measureId: 'm', via: 'below' },
			{ unitId: 'v', measureId: 'm', via: 'above' }
		]);
		expect(nearest.get('u')!.get('m')).toBe('unit');
		expect(nearest.get('v')!.get('m')).toBe('above');
	});
});

describe('overlapsOf', () => {
	it('needs two departments: two measures of one department are no overlap, and one without department names none', () => {
		expect(
			overlapsOf([
				measure({ id: 'a', ...jugend, lifePhases: ['alter_0_3'] }),
				measure({ id: 'b', ...jugend, lifePhases: ['alter_0_3'] }),
				measure({ id: 'c', lifePhases: ['alter_0_3'] })
			])
		).toEqual([]);
		const three = overlapsOf([
			measure({ id: 'a', ...jugend, lifePhases: ['alter_0_3', 'alter_0_3'] }),
			measure({ id: 'b', ...jugend, lifePhases: ['alter_0_3'] }),
			measure({ id: 'c', ...schule, lifePhases: ['alter_0_3'] }),
			measure({ id: 'd', ...gesundheit, lifePhases: ['alter_0_3'] })
		]);
		expect(three).toEqual([
			{
				kind: 'life_phase',
				topic: 'alter_0_3',
				departments: ['Gesundheitsamt', 'Jugendamt', 'Schulamt'],
				measures: ['A', 'B', 'C', 'D']
			}
		]);
	});
});

describe('areaQuery', () => {
	it('reads the layer and what to show, ignoring unknown values', () => {
		expect(areaQuery(new URLSearchParams('ebene=bezirk&zeigen=bedarf&versorgung=1'))).toEqual({
			layer: 'bezirk',
			show: 'bedarf',
			supply: true
		});
		expect(areaQuery(new URLSearchParams('zeigen=alles'))).toEqual({
			layer: '',
			show: 'alle',
			supply: false
		});
	});
});

describe('matrixGroups', () => {
	it('groups active measures by lead department, by name, those without one last', () => {
		const groups = matrixGroups([
			measure({ id: 'm10', ...schule }),
			measure({ id: 'm2', ...schule }),
			measure({ id: 'x' }),
			measure({ id: 'm1', ...jugend }),
			measure({ id: 'm9', ...jugend, status: 'abgeschlossen' })
		]);
		expect(groups.map((g) => [g.department, g.measures.map((m) => m.code)])).toEqual([
			['Jugendamt', ['M1']],
			['Schulamt', ['M2', 'M10']],
			[null, ['X']]
		]);
	});
});

describe('countClasses', () => {
	it('puts every count in its own class up to the last, open one, as the map classifies them', () => {
		const counts = [0, 0, 1, 2, 2, 3, 7, 4];
		const c = countClasses(counts);
		expect(c.from).toEqual([0, 1, 2, 3, 4]);
		expect(c.open).toBe(true);
		expect(c.sizes).toEqual([2, 1, 2, 1, 2]);
		expect(counts.map((n) => classOf(c.breaks, n))).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
	});

	it('has as many classes as counts when few, and one class when no unit has a measure', () => {
		const c = countClasses([0, 1, 1]);
		expect(c.from).toEqual([0, 1]);
		expect(c.open).toBe(false);
		expect([0, 1].map((n) => classOf(c.breaks, n))).toEqual([0, 1]);
		expect(c.sizes).toEqual([1, 2]);
		const none = countClasses([0, 0]);
		expect(none).toEqual({ breaks: [0, 0], from: [0], open: false, sizes: [2] });
	});
});
