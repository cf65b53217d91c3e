import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute';
import { berlinDynamicsClasses, berlinStatusClasses, type IndexDefinition } from './definition';
import { indexResultTable } from './result-table';

/** Five areas, one status and one dynamics indicator: the classes follow from z by hand. */
const definition: IndexDefinition = {
	code: 'klein',
	name: 'Klein',
	description: null,
	layer: 'sr',
	status: [{ indicator: 's', weight: 1, polarity: 'higher_worse' }],
	dynamics: [{ indicator: 'd', weight: 1, polarity: 'higher_worse', windowYears: null }],
	combination: 'sum',
	restandardise: false,
	sdConvention: 'population',
	eligibility: {
		minimumPopulation: null,
		populationVariable: null,
		excluded: [{ unit: 'E', reason: 'Heim' }]
	},
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses,
	combinedSeparator: ''
};

describe('indexResultTable', () => {
	it('writes each class code with its label, and the combined class in words', () => {
		// s over A–D: mean 5, sd √12.5 ≈ 3.54 → z(A) = −1.41 (high status), z(D) = 1.41 (low)
		const result = computeIndex(definition, {
			units: ['A', 'B', 'C', 'D', 'E'],
			status: [Float64Array.from([0, 5, 5, 10, 99])],
			dynamics: [Float64Array.from([0, 0, 0, 0, 99])],
			population: null
		});
		const units = ['A', 'B', 'C', 'D', 'E'].map((code) => ({ code, name: `Gebiet ${code}` }));
		const { header, rows } = indexResultTable(definition, units, result);
		const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);
		expect(column('Statusklasse')).toEqual(['1', '2', '2', '3', '']);
		expect(column('Statusklasse (Bezeichnung)')).toEqual(['hoch', 'mittel', 'mittel', 'niedrig', '']);
		expect(column('Dynamikklasse (Bezeichnung)')).toEqual(['stabil', 'stabil', 'stabil', 'stabil', '']);
		expect(column('Gesamtklasse')).toEqual(['1±', '2±', '2±', '3±', '']);
		expect(column('Gesamtklasse (Bezeichnung)')).toEqual([
			'hoch, stabil',
			'mittel, stabil',
			'mittel, stabil',
			'niedrig, stabil',
			''
		]);
		expect(column('Nicht klassifiziert, weil')[4]).toBe('ausgeschlossen: Heim');
	});
});
