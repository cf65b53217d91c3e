import { describe, expect, it } from 'vitest';
import { defaultLifePhases } from './life-phases';
import { preventionChain, type ChainOffer } from './prevention-chain';
import { preventionChainCsv, preventionChainRows } from './prevention-chain-table';

const base: Omit<ChainOffer, 'facilityId' | 'name'> = {
	kindCode: 'kita',
	kindLabel: 'Kita',
	lifePhases: ['alter_0_3', 'alter_3_6'],
	departmentId: 'ja',
	departmentName: 'Jugendamt',
	providerId: 'awo',
	providerName: 'AWO',
	unitId: 'a',
	capacities: []
};

const offers: ChainOffer[] = [
	{
		...base,
		facilityId: 'k1',
		name: 'Kita Sonnenschein',
		capacities: [
			{ code: 'u3', label: 'U3', places: 12.5 },
			{ code: 'ue3', label: 'Ü3', places: 40 }
		]
	},
	{
		...base,
		facilityId: 'k2',
		name: '=Kita Mond',
		departmentId: 'sa',
		departmentName: 'Schulamt',
		capacities: [{ code: 'ue3', label: 'Ü3', places: null }]
	},
	{
		...base,
		facilityId: 'k3',
		name: 'Kita Stern',
		unitId: 'b',
		capacities: [{ code: 'u3', label: 'U3', places: 8 }]
	}
];

const units = [
	{ id: 'a', code: '01', name: 'Altstadt', neighbours: ['b'] },
	{ id: 'b', code: '02', name: 'Bahnhof' }
];
const phases = defaultLifePhases.slice(1, 3);

describe('preventionChainRows', () => {
	it('gives one row per phase × unit with German headers, places per capacity code and the flags', () => {
		const table = preventionChainRows(preventionChain({ phases, units, offers }));
		expect(table.header).toEqual([
			'Lebensphase',
			'Schlüssel',
			'Gebiet',
			'Angebote im Gebiet',
			'Angebote',
			'Plätze U3',
			'Plätze Ü3',
			'Angebote ohne Platzangabe',
			'Ämter',
			'Träger',
			'Lücke',
			'Doppelstrukturen'
		]);
		expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
			[phases[0]!.label, '01'],
			[phases[0]!.label, '02'],
			[phases[1]!.label, '01'],
			[phases[1]!.label, '02']
		]);
		expect(table.rows[0]).toEqual([
			'Frühe Kindheit (0 bis unter 3 Jahre)',
			'01',
			'Altstadt',
			'2',
			'=Kita Mond; Kita Sonnenschein',
			'12,5',
			'', // 40 known, one unknown: the sum is unknown
			'1',
			'Jugendamt, Schulamt',
			'AWO',
			'nein',
			'Kita: Ämter Jugendamt, Schulamt'
		]);
		// Unit b has no Ü3 places at all: 0, not unknown.
		expect(table.rows[1]!.slice(3, 12)).toEqual([
			'1',
			'Kita Stern',
			'8',
			'0',
			'0',
			'Jugendamt',
			'AWO',
			'nein',
			''
		]);
		expect(table.textColumns.map((i) => table.header[i])).toEqual([
			'Lebensphase',
			'Gebiet',
			'Angebote',
			'Ämter',
			'Träger',
			'Doppelstrukturen'
		]);
	});

	it('adds the neighbours’ offers and places in neighbourhood mode and says "ja" for a gap', () => {
		const chain = preventionChain({ phases, units, offers, reach: 'neighbourhood' });
		const table = preventionChainRows(chain);
		expect(table.header.slice(3, 9)).toEqual([
			'Angebote im Gebiet',
			'Angebote in Nachbargebieten',
			'Angebote',
			'Plätze U3',
			'Plätze U3 mit Nachbargebieten',
			'Plätze Ü3'
		]);
		const b = table.rows[1]!;
		expect(b.slice(3, 9)).toEqual([
			'1',
			'2',
			'=Kita Mond (Nachbargebiet); Kita Sonnenschein (Nachbargebiet); Kita Stern',
			'8',
			'20,5',
			'0'
		]);
		const gapless = preventionChainRows(preventionChain({ phases, units, offers: [] }));
		expect(gapless.rows.every((r) => r[gapless.header.indexOf('Lücke')] === 'ja')).toBe(true);
	});

	it('writes a German Excel CSV and guards names against formula injection', () => {
		const csv = preventionChainCsv(preventionChain({ phases, units, offers }));
		expect(csv.startsWith('\uFEFFLebensphase;Schlüssel;Gebiet;')).toBe(true);
		expect(csv).toContain(';"\'=Kita Mond; Kita Sonnenschein";'); // quoted because of the ;
		expect(csv.split('\r\n')).toHaveLength(6); // header, 4 rows, empty after the last CRLF
	});
});
