import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLifePhases } from './life-phases';
import {
	preventionChain,
	type ChainOffer,
	type ChainUnit,
	type PreventionChainInput
} from './prevention-chain';

/** Small pools, so that units, kinds, departments and providers meet often. */
const unitIds = ['a', 'b', 'c', 'd', 'e'];
const phaseCodes = [...defaultLifePhases.map((p) => p.code), 'aeltere'];
const party = (ids: string[]) => fc.option(fc.constantFrom(...ids), { nil: null });

const offerArb = (facilityId: string): fc.Arbitrary<ChainOffer> =>
	fc
		.record({
			name: fc.constantFrom('Kita', 'kita', 'Familienzentrum', 'Beratung 2', 'Beratung 10'),
			kindCode: fc.constantFrom('kita', 'fz', 'beratung'),
			lifePhases: fc.uniqueArray(fc.constantFrom(...phaseCodes), { maxLength: 3 }),
			departmentId: party(['ja', 'ga', 'sa']),
			providerId: party(['awo', 'dw', 'stadt']),
			// 'z' is a unit not shown as a column; null lies outside every unit.
			unitId: fc.option(fc.constantFrom(...unitIds, 'z'), { nil: null }),
			capacities: fc.uniqueArray(
				fc.record({
					code: fc.constantFrom('u3', 'ue3'),
					places: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null, freq: 4 })
				}),
				{ selector: (c) => c.code, maxLength: 2 }
			)
		})
		.map((o) => ({
			facilityId,
			...o,
			kindLabel: o.kindCode.toUpperCase(),
			departmentName: o.departmentId && `Amt ${o.departmentId}`,
			providerName: o.providerId && `Träger ${o.providerId}`,
			capacities: o.capacities.map((c) => ({ ...c, label: c.code.toUpperCase() }))
		}));

const world: fc.Arbitrary<PreventionChainInput> = fc
	.record({
		shown: fc.subarray(unitIds, { minLength: 1 }),
		codes: fc.array(fc.constantFrom('1', '2', '10', '02'), { minLength: 5, maxLength: 5 }),
		edges: fc.array(fc.tuple(fc.constantFrom(...unitIds, 'z'), fc.constantFrom(...unitIds, 'z')), {
			maxLength: 8
		}),
		count: fc.integer({ min: 0, max: 16 }),
		reach: fc.constantFrom('unit' as const, 'neighbourhood' as const),
		phases: fc.subarray([...defaultLifePhases])
	})
	.chain(({ shown, codes, edges, count, reach, phases }) =>
		fc
			.tuple(...Array.from({ length: count }, (_, i) => offerArb(`f${i}`)))
			.map((offers): PreventionChainInput => {
				const units: ChainUnit[] = shown.map((id) => ({
					id,
					code: codes[unitIds.indexOf(id)]!,
					name: `Gebiet ${id}`,
					neighbours: edges.filter(([from]) => from === id).map(([, to]) => to)
				}));
				return { phases, units, offers, reach };
			})
	);

/** The neighbours of a unit, written out from the input: either side may list the edge. */
function neighboursOf(input: PreventionChainInput, id: string): Set<string> {
	const found = new Set<string>();
	for (const unit of input.units)
		for (const other of unit.neighbours ?? [])
			if (other !== unit.id) {
				if (unit.id === id) found.add(other);
				if (other === id) found.add(unit.id);
			}
	return found;
}

describe('preventionChain properties', () => {
	it('puts every offer exactly in the cells of its phases × its unit (and its neighbours, marked)', () => {
		fc.assert(
			fc.property(world, (input) => {
				const result = preventionChain(input);
				const near = input.reach === 'neighbourhood';
				for (const [p, phase] of result.phases.entries())
					for (const [u, unit] of result.units.entries()) {
						const cell = result.cells[p]![u]!;
						const expected = input.offers
							.filter((o) => o.lifePhases.includes(phase.code) && o.unitId !== null)
							.flatMap((o) =>
								o.unitId === unit.id
									? [`${o.facilityId}:own`]
									: near && neighboursOf(input, unit.id).has(o.unitId!)
										? [`${o.facilityId}:neighbour`]
										: []
							)
							.sort();
						const actual = cell.offers.map(
							(c) => `${c.offer.facilityId}:${c.neighbour ? 'neighbour' : 'own'}`
						);
						expect([...actual].sort()).toEqual(expected);
						expect(cell.gap).toBe(cell.offers.length === 0);
					}
			})
		);
	});

	it('sums places like a plain loop: unknown if any contributing place is unknown', () => {
		fc.assert(
			fc.property(world, (input) => {
				const result = preventionChain(input);
				for (const cell of result.cells.flat()) {
					const own = cell.offers.filter((c) => !c.neighbour).map((c) => c.offer);
					for (const code of ['u3', 'ue3']) {
						const listed = own.flatMap((o) => o.capacities.filter((c) => c.code === code));
						const sum = cell.capacities.find((c) => c.code === code);
						if (listed.length === 0) {
							expect(sum).toBeUndefined();
							continue;
						}
						const known = listed.reduce((s, c) => s + (c.places ?? 0), 0);
						const unknown = listed.filter((c) => c.places === null).length;
						expect(sum).toEqual({
							code,
							label: code.toUpperCase(),
							places: unknown > 0 ? null : known,
							knownPlaces: known,
							offersWithUnknownPlaces: unknown
						});
					}
				}
			})
		);
	});

	it('flags an overlap exactly for kinds with two known departments or two known providers in the unit', () => {
		fc.assert(
			fc.property(world, (input) => {
				const result = preventionChain(input);
				for (const cell of result.cells.flat()) {
					const own = cell.offers.filter((c) => !c.neighbour).map((c) => c.offer);
					const expected = ['kita', 'fz', 'beratung'].filter((kind) => {
						const ofKind = own.filter((o) => o.kindCode === kind);
						const count = (ids: (string | null)[]) => new Set(ids.filter((id) => id !== null)).size;
						return count(ofKind.map((o) => o.departmentId)) > 1 || count(ofKind.map((o) => o.providerId)) > 1;
					});
					expect(cell.overlaps.map((o) => o.kindCode).sort()).toEqual(expected.sort());
				}
				for (const [u, summary] of result.unitSummary.entries()) {
					const kinds = new Set(result.cells.flatMap((row) => row[u]!.overlaps.map((o) => o.kindCode)));
					expect(summary.overlaps).toBe(kinds.size);
					expect(summary.phasesWithGap).toBe(result.cells.filter((row) => row[u]!.gap).length);
				}
				for (const [p, summary] of result.phaseSummary.entries())
					expect(summary.unitsWithGap).toBe(result.cells[p]!.filter((c) => c.gap).length);
			})
		);
	});

	it('reports each offer outside every unit or of no shown phase, and gives the same result for any input order', () => {
		fc.assert(
			fc.property(world, fc.infiniteStream(fc.nat()), (input, noise) => {
				const result = preventionChain(input);
				const shownPhases = new Set(input.phases.map((p) => p.code));
				const shownUnits = new Set(input.units.map((u) => u.id));
				expect(result.outside.map((o) => o.facilityId).sort()).toEqual(
					input.offers
						.filter((o) => o.unitId === null)
						.map((o) => o.facilityId)
						.sort()
				);
				expect(result.withoutPhase.map((o) => o.facilityId).sort()).toEqual(
					input.offers
						.filter((o) => shownUnits.has(o.unitId!) && !o.lifePhases.some((p) => shownPhases.has(p)))
						.map((o) => o.facilityId)
						.sort()
				);
				const shuffle = <T>(items: readonly T[]) =>
					items
						.map((item) => ({ item, key: noise.next().value as number }))
						.sort((a, b) => a.key - b.key)
						.map((x) => x.item);
				const again = preventionChain({
					...input,
					units: shuffle(input.units),
					offers: shuffle(input.offers)
				});
				expect(again).toEqual(result);
			})
		);
	});
});
