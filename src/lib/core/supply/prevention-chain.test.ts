import { describe, expect, it } from 'vitest';
import { defaultLifePhases } from './life-phases';
import {
	preventionChain,
	type ChainOffer,
	type ChainUnit,
	type PreventionChainInput
} from './prevention-chain';

/** A Kita of the Jugendamt run by the AWO in unit a, for 3–6; each test changes what it needs. */
function offer(facilityId: string, over: Partial<ChainOffer> = {}): ChainOffer {
	return {
		facilityId,
		name: `Angebot ${facilityId}`,
		kindCode: 'kita',
		kindLabel: 'Kita',
		lifePhases: ['alter_3_6'],
		departmentId: 'jugendamt',
		departmentName: 'Jugendamt',
		providerId: 'awo',
		providerName: 'AWO',
		unitId: 'a',
		capacities: [],
		...over
	};
}

// Codes sort numerically: 2, 3, 10. a and b are neighbours; c lies apart.
const units: ChainUnit[] = [
	{ id: 'a', code: '10', name: 'Altstadt', neighbours: ['b'] },
	{ id: 'b', code: '2', name: 'Bahnhof' },
	{ id: 'c', code: '3', name: 'Chausseeviertel' }
];

const chain = (offers: ChainOffer[], more: Partial<PreventionChainInput> = {}) =>
	preventionChain({ phases: defaultLifePhases, units, offers, ...more });

const cellOf = (result: ReturnType<typeof chain>, phase: string, unitId: string) => {
	const p = result.phases.findIndex((x) => x.code === phase);
	const u = result.units.findIndex((x) => x.id === unitId);
	return result.cells[p]![u]!;
};

describe('preventionChain', () => {
	it('orders phases as given, units by code (numeric-aware), offers by name then id', () => {
		const result = chain([
			offer('1', { name: 'Kita Zebra' }),
			offer('5', { name: 'kita apfel' }),
			offer('4', { name: 'Kita Apfel' }),
			offer('3', { name: 'Kita 10' }),
			offer('2', { name: 'Kita 9' }),
			offer('7', { name: 'Kita Zebra' })
		]);
		expect(result.phases.map((p) => p.code)).toEqual(defaultLifePhases.map((p) => p.code));
		expect(result.units.map((u) => u.code)).toEqual(['2', '3', '10']);
		// Numbers in names sort as numbers; names differing only in case by a fixed tie-break on
		// the exact text; equal names by id.
		expect(
			cellOf(result, 'alter_3_6', 'a').offers.map((o) => o.offer.name + '#' + o.offer.facilityId)
		).toEqual(['Kita 9#2', 'Kita 10#3', 'Kita Apfel#4', 'kita apfel#5', 'Kita Zebra#1', 'Kita Zebra#7']);
	});

	it('marks a gap where a phase has no offer in the unit', () => {
		const result = chain([offer('k1')]);
		expect(cellOf(result, 'alter_3_6', 'a').gap).toBe(false);
		expect(cellOf(result, 'alter_3_6', 'b').gap).toBe(true);
		expect(cellOf(result, 'alter_0_3', 'a').gap).toBe(true);
		expect(cellOf(result, 'alter_0_3', 'a').offers).toEqual([]);
		const row = result.phaseSummary.find((s) => s.phase === 'alter_3_6')!;
		expect(row).toEqual({ phase: 'alter_3_6', unitsWithGap: 2, unitsWithOverlap: 0, offers: 1 });
		expect(result.unitSummary.find((s) => s.unitId === 'a')!.phasesWithGap).toBe(5);
		expect(result.unitSummary.find((s) => s.unitId === 'c')!.phasesWithGap).toBe(6);
	});

	it('closes a gap from a neighbouring unit in neighbourhood mode, and only there', () => {
		const offers = [offer('k1', { unitId: 'a' })];
		expect(cellOf(chain(offers), 'alter_3_6', 'b').gap).toBe(true);
		const near = chain(offers, { reach: 'neighbourhood' });
		// b does not list a as neighbour: the relation is symmetric all the same.
		const b = cellOf(near, 'alter_3_6', 'b');
		expect(b.gap).toBe(false);
		expect(b.offers).toEqual([{ offer: offers[0], neighbour: true }]);
		expect(b.departments).toEqual([{ id: 'jugendamt', name: 'Jugendamt', offers: 0, neighbourOffers: 1 }]);
		expect(cellOf(near, 'alter_3_6', 'a').offers).toEqual([{ offer: offers[0], neighbour: false }]);
		expect(cellOf(near, 'alter_3_6', 'c').gap).toBe(true);
		expect(near.phaseSummary[2]).toMatchObject({ unitsWithGap: 1, offers: 1 });
	});

	it('flags an overlap when two departments run the same kind for the same phase in one unit', () => {
		const result = chain([
			offer('f1', {
				kindCode: 'familienzentrum',
				kindLabel: 'Familienzentrum',
				lifePhases: ['alter_0_3', 'alter_3_6']
			}),
			offer('f2', {
				kindCode: 'familienzentrum',
				kindLabel: 'Familienzentrum',
				lifePhases: ['alter_3_6'],
				departmentId: 'gesundheitsamt',
				departmentName: 'Gesundheitsamt'
			}),
			offer('k1') // a Kita: another kind, no part of the overlap
		]);
		const cell = cellOf(result, 'alter_3_6', 'a');
		expect(cell.overlaps).toEqual([
			{
				kindCode: 'familienzentrum',
				kindLabel: 'Familienzentrum',
				departments: [
					{ id: 'gesundheitsamt', name: 'Gesundheitsamt' },
					{ id: 'jugendamt', name: 'Jugendamt' }
				],
				providers: [{ id: 'awo', name: 'AWO' }],
				byDepartments: true,
				byProviders: false,
				facilityIds: ['f1', 'f2']
			}
		]);
		// In 0–3 only one of them serves: no overlap there.
		expect(cellOf(result, 'alter_0_3', 'a').overlaps).toEqual([]);
		expect(result.unitSummary.find((s) => s.unitId === 'a')).toMatchObject({
			overlaps: 1,
			overlapKinds: ['familienzentrum']
		});
		expect(cell.departments.map((d) => [d.id, d.offers])).toEqual([
			['gesundheitsamt', 1],
			['jugendamt', 2]
		]);
	});

	it('flags an overlap by two providers of one department, unless the kind is meant to be plural', () => {
		const offers = [
			offer('b1', { kindCode: 'beratung', kindLabel: 'Beratungsstelle' }),
			offer('b2', {
				kindCode: 'beratung',
				kindLabel: 'Beratungsstelle',
				providerId: 'caritas',
				providerName: 'Caritas'
			})
		];
		const [overlap] = cellOf(chain(offers), 'alter_3_6', 'a').overlaps;
		expect(overlap).toMatchObject({ byDepartments: false, byProviders: true, facilityIds: ['b1', 'b2'] });
		expect(overlap!.providers.map((p) => p.name)).toEqual(['AWO', 'Caritas']);
		expect(cellOf(chain(offers, { pluralProviderKinds: ['beratung'] }), 'alter_3_6', 'a').overlaps).toEqual(
			[]
		);
	});

	it('sees no overlap in the same kind by the same provider twice, nor across units', () => {
		expect(cellOf(chain([offer('k1'), offer('k2')]), 'alter_3_6', 'a').overlaps).toEqual([]);
		const apart = chain([offer('k1'), offer('k2', { unitId: 'b', departmentId: 'schulamt' })], {
			reach: 'neighbourhood'
		});
		expect(cellOf(apart, 'alter_3_6', 'a').overlaps).toEqual([]);
		expect(cellOf(apart, 'alter_3_6', 'a').offers).toHaveLength(2);
	});

	it('does not count an unrecorded department or provider as a second one', () => {
		const result = chain([
			offer('k1'),
			offer('k2', { departmentId: null, departmentName: null, providerId: null, providerName: null })
		]);
		const cell = cellOf(result, 'alter_3_6', 'a');
		expect(cell.overlaps).toEqual([]);
		expect(cell.departments.map((d) => d.id)).toEqual(['jugendamt', null]);
	});

	it('sums places per capacity code, keeping an unknown sum unknown but the known part visible', () => {
		const result = chain(
			[
				offer('k1', {
					capacities: [
						{ code: 'u3', label: 'U3', places: 12 },
						{ code: 'ue3', label: 'Ü3', places: 40 }
					]
				}),
				offer('k2', { capacities: [{ code: 'ue3', label: 'Ü3', places: null }] }),
				offer('k3', { unitId: 'b', capacities: [{ code: 'u3', label: 'U3', places: 8 }] })
			],
			{ reach: 'neighbourhood' }
		);
		const a = cellOf(result, 'alter_3_6', 'a');
		expect(a.capacities).toEqual([
			{ code: 'u3', label: 'U3', places: 12, knownPlaces: 12, offersWithUnknownPlaces: 0 },
			{ code: 'ue3', label: 'Ü3', places: null, knownPlaces: 40, offersWithUnknownPlaces: 1 }
		]);
		expect(a.capacitiesInReach[0]).toEqual({
			code: 'u3',
			label: 'U3',
			places: 20, // 12 in a + 8 in the neighbour b
			knownPlaces: 20,
			offersWithUnknownPlaces: 0
		});
		const b = cellOf(result, 'alter_3_6', 'b');
		expect(b.capacities).toEqual([
			{ code: 'u3', label: 'U3', places: 8, knownPlaces: 8, offersWithUnknownPlaces: 0 }
		]);
		expect(b.capacitiesInReach.find((c) => c.code === 'ue3')!.places).toBeNull();
	});

	it('reports offers outside every unit and offers of no shown phase instead of dropping them', () => {
		const outside = offer('x', { unitId: null });
		const senior = offer('s', { kindCode: 'senioren', lifePhases: ['aeltere'] });
		const result = chain([outside, senior, offer('k1')]);
		expect(result.outside).toEqual([outside]);
		expect(result.withoutPhase).toEqual([senior]);
		expect(result.cells.flat().flatMap((c) => c.offers.map((o) => o.offer.facilityId))).toEqual(['k1']);
	});

	it('rejects duplicate ids and impossible places', () => {
		expect(() => chain([offer('k1'), offer('k1')])).toThrow(/Angebot doppelt/);
		expect(() => chain([offer('k1', { capacities: [{ code: 'u3', label: 'U3', places: -1 }] })])).toThrow(
			RangeError
		);
		expect(() =>
			preventionChain({ phases: defaultLifePhases, units: [...units, units[0]!], offers: [] })
		).toThrow(/Gebiet doppelt/);
	});
});
