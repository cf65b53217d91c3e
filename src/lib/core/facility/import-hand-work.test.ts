import { describe, expect, it } from 'vitest';
import {
	addressOf,
	parseValueMapping,
	resolveFacilityColumns,
	type FacilityImportMapping
} from './import-mapping';
import { checkFacilityRecords, type FacilitySourceRecord } from './import-rows';

/**
 * Facility files that must import without hand work (issue 12): capacity codes the kind does not
 * count, street and house number in two columns, the column names of the Berlin registers.
 */
const kinds = [
	{ id: 'k-kita', code: 'kita', name: 'Kita (Kindertageseinrichtung)', capacityCodes: ['u3', 'ue3'] },
	{ id: 'k-gs', code: 'grundschule', name: 'Grundschule', capacityCodes: ['schueler'] },
	{ id: 'k-jfe', code: 'jugendfreizeit', name: 'Jugendfreizeiteinrichtung', capacityCodes: ['plaetze'] },
	{ id: 'k-fz', code: 'familienzentrum', name: 'Familienzentrum', capacityCodes: [] }
];

function check(header: string[], rows: string[][], mapping: FacilityImportMapping) {
	const resolved = resolveFacilityColumns('f.csv', header, mapping, false);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
	const records: FacilitySourceRecord[] = rows.map((cells, i) => ({ row: i + 2, cells }));
	const { facilities, problems } = checkFacilityRecords(records, resolved.value, {
		file: 'f.csv',
		kinds,
		departments: []
	});
	return {
		resolved: resolved.value,
		facilities,
		problems: problems.list().map((p) => ({ code: p.code, row: p.row, column: p.column, message: p.message }))
	};
}

describe('capacity codes the kind does not count', () => {
	const header = ['id', 'name', 'art', 'lat', 'lon', 'plaetze'];
	const rows = [
		['1', 'JFE Nord', 'jugendfreizeit', '52.5', '13.4', '40'],
		['2', 'Grundschule Süd', 'grundschule', '52.5', '13.4', '300'],
		['3', 'Familienzentrum', 'familienzentrum', '52.5', '13.4', '']
	];

	it('refuses a value under a code the kind does not know, naming row, column, the kind’s codes and the way out', () => {
		const { facilities, problems } = check(header, rows, {});
		expect(problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
			{ code: 'import.unknown_capacity_code', row: 3, column: 'plaetze' }
		]);
		const message = problems[0]!.message;
		expect(message).toContain('„Grundschule“ (grundschule)');
		expect(message).toContain('„schueler“');
		expect(message).toContain('Spalte „plaetze“');
		expect(message).toContain('--platzart-als plaetze=schueler');
		expect(message).toContain('--kapazitaet schueler=plaetze');
		// The row with an empty cell under a code its kind does not know is not refused: nothing to store.
		expect(facilities.map((f) => [f.code, f.capacities])).toEqual([
			['1', [{ code: 'plaetze', places: 40 }]],
			['3', []]
		]);
	});

	it('stores the places under the kind’s code when the code is mapped explicitly', () => {
		const { facilities, problems } = check(header, rows, { capacityCodeMap: { plaetze: 'schueler' } });
		expect(problems).toEqual([]);
		expect(facilities.map((f) => f.capacities)).toEqual([
			[{ code: 'plaetze', places: 40 }],
			[{ code: 'schueler', places: 300 }],
			[]
		]);
	});

	it('refuses a mapping to a code the kind does not know either', () => {
		const { problems } = check(header, rows, { capacityCodeMap: { plaetze: 'u3' } });
		expect(problems.map((p) => [p.code, p.row])).toEqual([['import.unknown_capacity_code', 3]]);
		expect(problems[0]!.message).toContain('plaetze=u3');
	});

	it('refuses an explicit capacity column of a code the kind does not count', () => {
		const { problems } = check(['id', 'name', 'lat', 'lon', 'betten'], [['1', 'Kita', '52.5', '13.4', '7']], {
			fixedKind: 'kita',
			capacities: { betten: 'betten' }
		});
		expect(problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
			{ code: 'import.unknown_capacity_code', row: 2, column: 'betten' }
		]);
		expect(problems[0]!.message).toContain('„u3“');
	});
});

describe('street and house number', () => {
	it('joins a recognised pair, with the suffix written on', () => {
		const { facilities, resolved } = check(
			['e_nr', 'e_name', 'lat', 'lon', 'e_strasse', 'e_hnr', 'e_zus'],
			[
				['1', 'A', '52.5', '13.4', 'Schwedter Str.', '234', ''],
				['2', 'B', '52.5', '13.4', 'Hauptstr.', '16', '-17'],
				['3', 'C', '52.5', '13.4', 'Ringstr.', '', '']
			],
			{ fixedKind: 'jugendfreizeit' }
		);
		expect(resolved.address.map((a) => resolved.header[a.column])).toEqual(['e_strasse', 'e_hnr', 'e_zus']);
		expect(facilities.map((f) => f.street)).toEqual(['Schwedter Str. 234', 'Hauptstr. 16-17', 'Ringstr.']);
	});

	it('combines the columns the option names with +', () => {
		const { facilities } = check(
			['id', 'name', 'lat', 'lon', 'Str', 'Nr'],
			[['1', 'A', '52.5', '13.4', 'Alt-Moabit', '10']],
			{ fixedKind: 'kita', street: 'Str + Nr' }
		);
		expect(facilities[0]!.street).toBe('Alt-Moabit 10');
		expect(addressOf(['', ''], [{ column: 0, joint: ' ' }])).toBeNull();
	});

	it('names a missing column of the combination', () => {
		const resolved = resolveFacilityColumns(
			'f.csv',
			['id', 'name', 'lat', 'lon', 'Str'],
			{
				fixedKind: 'kita',
				street: 'Str+Nummer'
			},
			false
		);
		expect(resolved.ok).toBe(false);
		if (!resolved.ok) expect(resolved.problems[0]!.message).toContain('„Nummer“');
	});
});

describe('column names of the Berlin registers', () => {
	it('finds code, name, kind, provider, sector, address and places of the youth centre list', () => {
		const header = [
			'e_nr',
			'e_name',
			'e_bez_nr',
			'e_plz',
			'e_strasse',
			'e_hnr',
			'e_zus',
			'e_platz',
			'e_art',
			't_name',
			't_art'
		];
		const resolved = resolveFacilityColumns('f.geojson', header, {}, true);
		expect(resolved.ok).toBe(true);
		if (!resolved.ok) return;
		const { columns, capacities } = resolved.value;
		const named = (i: number) => header[i];
		expect({
			code: named(columns.code),
			name: named(columns.name),
			kind: named(columns.kind),
			provider: named(columns.provider),
			providerSector: named(columns.providerSector),
			postcode: named(columns.postcode)
		}).toEqual({
			code: 'e_nr',
			name: 'e_name',
			kind: 'e_art',
			provider: 't_name',
			providerSector: 't_art',
			postcode: 'e_plz'
		});
		expect(capacities).toEqual([{ code: 'plaetze', column: header.indexOf('e_platz'), recognised: true }]);
	});

	it('finds the school list’s bsn, schulart and a Träger column that holds only the sector', () => {
		const header = ['name', 'bsn', 'schulart', 'traeger', 'strasse', 'hausnr', 'lat', 'lon'];
		const { facilities, resolved } = check(
			header,
			[
				['Schule am Park', '01G01', 'Grundschule', 'öffentlich', 'Parkweg', '3', '52.5', '13.4'],
				['Freie Schule', '01P02', 'GS', 'privat', 'Ring', '1a', '52.5', '13.4']
			],
			{ kindMap: { GS: 'grundschule' } }
		);
		expect([resolved.columns.code, resolved.columns.kind].map((i) => header[i])).toEqual(['bsn', 'schulart']);
		expect(facilities.map((f) => [f.code, f.kindId, f.providerName, f.providerSector, f.street])).toEqual([
			['01G01', 'k-gs', 'öffentlicher Träger', 'oeffentlich', 'Parkweg 3'],
			['01P02', 'k-gs', 'privater Träger', 'privat', 'Ring 1a']
		]);
	});

	it('takes the sector from its own column and warns about one it cannot read', () => {
		const { facilities, problems } = check(
			['id', 'name', 'lat', 'lon', 't_name', 't_art'],
			[
				['1', 'A', '52.5', '13.4', 'BA Mitte', 'öffentlicher Träger'],
				['2', 'B', '52.5', '13.4', 'Verein e. V.', 'freier Träger'],
				['3', 'C', '52.5', '13.4', 'Stiftung', 'kirchlich']
			],
			{ fixedKind: 'jugendfreizeit' }
		);
		expect(facilities.map((f) => [f.providerName, f.providerSector])).toEqual([
			['BA Mitte', 'oeffentlich'],
			['Verein e. V.', 'frei'],
			['Stiftung', null]
		]);
		expect(problems.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
			{ code: 'import.unknown_sector', row: 4, column: 't_art' }
		]);
	});

	it('reads a value mapping for kinds and names an unreadable one', () => {
		expect(parseValueMapping('Grundschule=grundschule;Gymnasium=weiterfuehrende_schule', 'x=y')).toEqual({
			ok: true,
			value: { Grundschule: 'grundschule', Gymnasium: 'weiterfuehrende_schule' }
		});
		expect(parseValueMapping('Grundschule', 'x=y').ok).toBe(false);
	});
});
