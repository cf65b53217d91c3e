/**
 * The facilities per unit of a layer as a table (issue 12: `querschnitt facility export`): per unit
 * the number of facilities of each kind and the known places per capacity code, with the number of
 * facilities whose places are unknown beside them (their sum is a lower bound). Pure.
 */
import { capacityLabel } from './capacity-codes';
import type { Capacity } from './facility';
import { germanCsv, germanNumber, safeText } from '../exports/german-csv';

export interface ExportUnit {
	id: string;
	code: string;
	name: string;
}

export interface ExportFacility {
	unitId: string | null;
	kindCode: string;
	kindName: string;
	capacities: readonly Capacity[];
}

export interface FacilityUnitTable {
	header: string[];
	/** Per unit: code, name, then numbers (null = empty cell). The last row is "outside" when any. */
	rows: { code: string; name: string; numbers: (number | null)[] }[];
}

const byText = (a: string, b: string) => a.localeCompare(b, 'de', { numeric: true });

export function facilityUnitTable(
	units: readonly ExportUnit[],
	facilities: readonly ExportFacility[]
): FacilityUnitTable {
	const kinds = [...new Map(facilities.map((f) => [f.kindCode, f.kindName])).entries()].sort((a, b) =>
		byText(a[1], b[1])
	);
	const codes = [...new Set(facilities.flatMap((f) => f.capacities.map((c) => c.code)))].sort(byText);
	const header = [
		'Schlüssel',
		'Gebiet',
		'Einrichtungen',
		...kinds.map(([, name]) => name),
		...codes.flatMap((code) => [`${capacityLabel(code)} (bekannt)`, `${capacityLabel(code)}: ohne Angabe`])
	];
	const rowOf = (list: readonly ExportFacility[]) => [
		list.length,
		...kinds.map(([code]) => list.filter((f) => f.kindCode === code).length),
		...codes.flatMap((code) => {
			const cells = list.flatMap((f) => f.capacities.filter((c) => c.code === code));
			return [
				cells.reduce((sum, c) => sum + (c.places ?? 0), 0),
				cells.filter((c) => c.places === null).length
			];
		})
	];
	const byUnit = new Map<string | null, ExportFacility[]>();
	for (const f of facilities) byUnit.set(f.unitId, [...(byUnit.get(f.unitId) ?? []), f]);
	const rows = [...units]
		.sort((a, b) => byText(a.code, b.code))
		.map((u) => ({ code: u.code, name: u.name, numbers: rowOf(byUnit.get(u.id) ?? []) }));
	const outside = byUnit.get(null);
	if (outside) rows.push({ code: '', name: 'außerhalb aller Gebiete der Ebene', numbers: rowOf(outside) });
	return { header, rows };
}

/** The table as German Excel CSV (semicolons, BOM, CRLF), names guarded against formulas. */
export function facilityUnitCsv(table: FacilityUnitTable): string {
	return germanCsv(
		table.header.map(safeText),
		table.rows.map((r) => [r.code, safeText(r.name), ...r.numbers.map((n) => germanNumber(n))])
	);
}
