import { describe, expect, it } from 'vitest';
import { applyRestriction } from './import-permissions';
import { parseCapacityMapping, resolveFacilityColumns, type FacilityImportMapping } from './import-mapping';
import { pointOfGeometry, recordsOfFeatures } from './import-points';
import { checkFacilityRecords, type FacilitySourceRecord } from './import-rows';

const kinds = [
	{ id: 'k-kita', code: 'kita', name: 'Kita (Kindertageseinrichtung)', capacityCodes: ['u3', 'ue3'] },
	{ id: 'k-fz', code: 'familienzentrum', name: 'Familienzentrum', capacityCodes: [] }
];
const departments = [{ id: 'd-ja', name: 'Jugendamt', shortName: 'JA' }];

function check(header: string[], rows: string[][], mapping: FacilityImportMapping = { fixedKind: 'kita' }) {
	const resolved = resolveFacilityColumns('f.csv', header, mapping, false);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
	const records: FacilitySourceRecord[] = rows.map((cells, i) => ({ row: i + 2, cells }));
	const { facilities, problems } = checkFacilityRecords(records, resolved.value, {
		file: 'f.csv',
		kinds,
		departments
	});
	const list = problems.list().map((p) => ({ code: p.code, row: p.row, column: p.column }));
	return { facilities, problems: list };
}

describe('capacity mapping', () => {
	it('reads code=column pairs and refuses what is not one', () => {
		expect(parseCapacityMapping('u3=under, ue3 = over')).toEqual({
			ok: true,
			value: { u3: 'under', ue3: 'over' }
		});
		expect(parseCapacityMapping('u3:Plätze U3;ue3:Plätze Ü3')).toEqual({
			ok: true,
			value: { u3: 'Plätze U3', ue3: 'Plätze Ü3' }
		});
		expect(parseCapacityMapping('u3').ok).toBe(false);
		expect(parseCapacityMapping('U 3=x').ok).toBe(false);
		expect(parseCapacityMapping('u3=a,u3=b').ok).toBe(false);
	});
});

describe('column defaults', () => {
	it('recognise the Berlin Kita list (alat/alon, address, plz, district)', () => {
		const header =
			'id,alat,alon,address,district,plz,educational,topics,languages,name,type,all,over,under'.split(',');
		const resolved = resolveFacilityColumns('k.csv', header, { fixedKind: 'kita' }, false);
		expect(resolved.ok).toBe(true);
		if (!resolved.ok) return;
		const named = Object.fromEntries(
			Object.entries(resolved.value.columns).map(([role, i]) => [role, i >= 0 ? header[i] : null])
		);
		expect(named).toMatchObject({
			code: 'id',
			name: 'name',
			lat: 'alat',
			lon: 'alon',
			street: 'address',
			postcode: 'plz',
			place: 'district',
			kind: null
		});
		expect(resolved.value.coordinates).toEqual({ kind: 'latlon', lat: 1, lon: 2 });
	});

	it('recognise German names and x/y, and name a missing column with what there is', () => {
		const header = ['Kennung', 'Bezeichnung', 'Rechtswert', 'Hochwert', 'Träger', 'Straße'];
		const resolved = resolveFacilityColumns('s.csv', header, { fixedKind: 'kita', crs: 25833 }, false);
		expect(resolved.ok && resolved.value.coordinates).toEqual({ kind: 'xy', x: 2, y: 3, crs: 25833 });
		const missing = resolveFacilityColumns('s.csv', ['Bezeichnung', 'lat', 'lon'], {}, false);
		expect(missing.ok).toBe(false);
		if (!missing.ok) expect(missing.problems.map((p) => p.column)).toEqual(['Kennung', 'Art']);
	});
});

describe('row checks', () => {
	const header = ['id', 'name', 'lat', 'lon', 'u3'];
	const mapping = { fixedKind: 'kita', capacities: { u3: 'u3' } };

	it('read German and English decimals; empty and NaN places are unknown, not 0', () => {
		const semicolonFile = check(header, [['1', 'A', '52,5', '13,4', '']], mapping);
		expect(semicolonFile.problems).toEqual([]);
		expect(semicolonFile.facilities[0]).toMatchObject({ x: 13.4, y: 52.5, crs: 4326 });
		expect(semicolonFile.facilities[0]!.capacities).toEqual([{ code: 'u3', places: null }]);
		const english = check(
			header,
			[
				['1', 'A', '52.5', '13.4', 'NaN'],
				['2', 'B', '52.6', '13.5', '0']
			],
			mapping
		);
		expect(english.facilities.map((f) => f.capacities[0]!.places)).toEqual([null, 0]);
	});

	it('tell swapped coordinates from implausible ones and from plain text', () => {
		const { problems } = check(
			header,
			[
				['1', 'A', '13.4', '52.5', '1'],
				['2', 'B', '5820000', '391000', '1'],
				['3', 'C', 'Mitte', '13.4', '1'],
				['4', 'D', '52.5', '13.4', '-2'],
				['5', 'E', '52.5', '13.4', '2.5']
			],
			mapping
		);
		expect(problems).toEqual([
			{ code: 'import.swapped_coordinates', row: 2, column: 'lat' },
			{ code: 'import.implausible_coordinates', row: 3, column: 'lat' },
			{ code: 'import.invalid_number', row: 4, column: 'lat' },
			{ code: 'import.negative_count', row: 5, column: 'u3' },
			{ code: 'import.invalid_number', row: 6, column: 'u3' }
		]);
	});

	it('check x/y against the stated CRS', () => {
		const xy = ['id', 'name', 'x', 'y'];
		const { problems, facilities } = check(
			xy,
			[
				['1', 'A', '391000', '5820000'],
				['2', 'B', '13.4', '52.5']
			],
			{ fixedKind: 'kita', crs: 25833 }
		);
		expect(facilities.map((f) => f.code)).toEqual(['1']);
		expect(problems).toEqual([{ code: 'import.implausible_coordinates', row: 3, column: 'x' }]);
	});

	it('find kinds by code or name, departments by name or short name, and name both duplicate rows', () => {
		const h = ['id', 'name', 'art', 'amt', 'lat', 'lon'];
		const { problems, facilities } = check(
			h,
			[
				['1', 'A', 'Familienzentrum', 'JA', '52.5', '13.4'],
				['2', 'B', 'hort', 'Jugendamt', '52.5', '13.4'],
				['1', 'C', 'kita', 'Sozialamt', '52.5', '13.4'],
				['4', '', 'kita', '', '52.5', '13.4']
			],
			{}
		);
		expect(facilities).toHaveLength(1);
		expect(facilities[0]).toMatchObject({ kindId: 'k-fz', departmentId: 'd-ja' });
		expect(problems).toEqual([
			{ code: 'import.unknown_kind', row: 3, column: 'art' },
			{ code: 'import.duplicate_code', row: 4, column: 'id' },
			{ code: 'import.unknown_department', row: 4, column: 'amt' },
			{ code: 'import.missing_name', row: 5, column: 'name' }
		]);
	});
});

describe('GeoJSON points', () => {
	it('take a Point or a MultiPoint of one; anything else says why', () => {
		expect(pointOfGeometry({ type: 'Point', coordinates: [1, 2] })).toEqual({ x: 1, y: 2 });
		expect(pointOfGeometry({ type: 'MultiPoint', coordinates: [[1, 2]] })).toEqual({ x: 1, y: 2 });
		expect(
			pointOfGeometry({
				type: 'MultiPoint',
				coordinates: [
					[1, 2],
					[3, 4]
				]
			})
		).toHaveProperty('problem');
		expect(pointOfGeometry({ type: 'Polygon', coordinates: [] })).toHaveProperty('problem');
		expect(pointOfGeometry(null)).toHaveProperty('problem');
	});

	it('offer the feature id as column id', () => {
		const { header, records } = recordsOfFeatures([
			{
				index: 1,
				id: 'k1',
				properties: { name: 'A', u3: 3 },
				geometry: { type: 'Point', coordinates: [13, 52] }
			}
		]);
		expect(header).toEqual(['id', 'name', 'u3']);
		expect(records[0]!.cells).toEqual(['k1', 'A', '3']);
	});
});

describe('restrictions', () => {
	const facility = { row: 2, code: '1', name: 'A', kindId: 'k', x: 0, y: 0, crs: 4326, capacities: [] };
	const base = {
		...facility,
		providerSector: null,
		street: null,
		postcode: null,
		place: null,
		ageFrom: null,
		ageTo: null,
		validFrom: null,
		validTo: null
	};
	it('give rows without a department the planner’s own and refuse other departments by row', () => {
		const result = applyRestriction(
			'f.csv',
			[
				{ ...base, providerName: null, departmentId: null },
				{ ...base, row: 3, providerName: null, departmentId: 'other' }
			],
			{ kind: 'department', departmentId: 'own', departmentName: 'Jugendamt' },
			{ department: 'amt', provider: null }
		);
		expect(result.facilities.map((f) => f.departmentId)).toEqual(['own', 'own']);
		expect(result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.forbidden_row', 3, 'amt']
		]);
	});
});
