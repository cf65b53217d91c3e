/**
 * Checks every row of a facility file at once and turns the good ones into facilities (issue 6,
 * "Bad input"): missing and duplicate ids, unknown kinds, bad numbers, swapped or implausible
 * coordinates, a missing CRS, bad dates. Pure: the kinds and departments come in as values.
 */
import { guessCrsOf, plausibleRange, crsLabel } from '../spatial/crs';
import { inGermany, looksSwapped } from '../spatial/germany';
import { parseDate } from '../data/dates';
import { detectNumberStyle, parseNumber, type NumberStyle } from '../data/numbers';
import { normalizeColumnName } from '../imports/column-names';
import { ProblemList } from '../imports/problem-list';
import { problem } from '../imports/problems';
import type { Capacity, ProviderSector } from './facility';
import { addressOf, type FacilityColumnRole, type ResolvedFacilityColumns } from './import-mapping';
import { lookUpKind, rowCapacities, rowProvider } from './import-row-parts';

/** One row of a table, or one feature of a GeoJSON file with its point already taken apart. */
export interface FacilitySourceRecord {
	/** Row as a person sees it (header = 1), or the feature number. */
	row: number;
	cells: readonly string[];
	/** GeoJSON only: the point, or why there is none. */
	point?: { x: number; y: number } | { problem: string };
}

export interface KnownKind {
	id: string;
	code: string;
	name: string;
	/** The capacity codes the kind counts; places under another code are refused (issue 12). */
	capacityCodes: readonly string[];
}

export interface KnownDepartment {
	id: string;
	name: string;
	shortName: string | null;
}

export interface FacilityCheckContext {
	file: string;
	kinds: readonly KnownKind[];
	departments: readonly KnownDepartment[];
	/** GeoJSON: where the CRS of the points came from; `default` = RFC 7946, not stated. */
	geometryCrs?: { epsg: number | null; source: 'file' | 'option' | 'default' | undefined };
	/** Number style for every number column; detected per column when not given. */
	numberStyle?: NumberStyle;
}

/** A checked row, ready to be written: coordinates still in `crs`. */
export interface CheckedFacility {
	row: number;
	code: string;
	name: string;
	kindId: string;
	x: number;
	y: number;
	crs: number;
	capacities: Capacity[];
	providerName: string | null;
	/** The sector the file states for the provider (null: not stated). */
	providerSector: ProviderSector | null;
	departmentId: string | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	ageFrom: number | null;
	ageTo: number | null;
	validFrom: string | null;
	validTo: string | null;
}

// Germany with a margin and the swapped-coordinates test are shared with the unit import.
export { germanyLatitude, germanyLongitude } from '../spatial/germany';

const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

function normalized(text: string): string {
	return normalizeColumnName(text);
}

function fmt(v: number): string {
	return String(v).replace('.', ',');
}

/**
 * Checks all records; returns the facilities (only meaningful when the list has no errors) and
 * every problem with row, column and what to do.
 */
export function checkFacilityRecords(
	records: readonly FacilitySourceRecord[],
	resolved: ResolvedFacilityColumns,
	context: FacilityCheckContext,
	problems: ProblemList = new ProblemList()
): { facilities: CheckedFacility[]; problems: ProblemList } {
	const { file } = context;
	const { header, columns } = resolved;
	const cell = (r: FacilitySourceRecord, role: FacilityColumnRole) =>
		columns[role] >= 0 ? (r.cells[columns[role]] ?? '').trim() : '';
	const name = (index: number) => header[index] ?? null;
	const styleOf = (index: number): NumberStyle =>
		context.numberStyle ?? detectNumberStyle(records.map((r) => r.cells[index] ?? ''));
	const numberColumns = new Map<number, NumberStyle>();
	const style = (index: number) => {
		if (!numberColumns.has(index)) numberColumns.set(index, styleOf(index));
		return numberColumns.get(index)!;
	};
	/** A number, null for an empty cell, undefined when invalid (a problem was added). */
	const number = (r: FacilitySourceRecord, index: number, what: string): number | null | undefined => {
		const raw = (r.cells[index] ?? '').trim();
		if (/^nan$/i.test(raw)) return null;
		const parsed = parseNumber(raw, style(index));
		if (parsed.kind === 'missing') return null;
		if (parsed.kind === 'value') return parsed.value;
		const message = `Zeile ${r.row}, Spalte „${name(index)}“: „${raw}“ ist keine Zahl (${what}). Bitte tragen Sie eine Zahl ein (Dezimalkomma oder -punkt) oder lassen Sie die Zelle leer, wenn der Wert unbekannt ist.`;
		problems.add(problem('import.invalid_number', { file, row: r.row, column: name(index) }, message));
		return undefined;
	};

	const kindsByKey = new Map<string, KnownKind>();
	for (const k of context.kinds) {
		kindsByKey.set(normalized(k.code), k);
		kindsByKey.set(normalized(k.name), k);
	}
	const knownKinds = context.kinds.map((k) => k.code).join(', ');
	let fixedKind: KnownKind | null = null;
	if (resolved.fixedKind) {
		fixedKind = kindsByKey.get(normalized(resolved.fixedKind)) ?? null;
		if (!fixedKind) {
			const message = `Die Art „${resolved.fixedKind}“ gibt es nicht. Bekannt sind: ${knownKinds}. Bitte wählen Sie eine davon oder legen Sie die Art zuerst an.`;
			problems.add(problem('import.unknown_kind', { file }, message));
		}
	}
	const departmentsByKey = new Map<string, KnownDepartment>();
	for (const d of context.departments) {
		departmentsByKey.set(normalized(d.name), d);
		if (d.shortName) departmentsByKey.set(normalized(d.shortName), d);
	}

	// GeoJSON without a stated CRS is WGS 84 by RFC 7946 – unless its points say otherwise.
	let crsOfPoints: number | null = null;
	const coordinates = resolved.coordinates;
	if (coordinates.kind === 'geometry') {
		const stated = context.geometryCrs;
		crsOfPoints = coordinates.crs ?? stated?.epsg ?? null;
		const first = records.map((r) => r.point).find((p) => p && 'x' in p) as
			{ x: number; y: number } | undefined;
		const notDegrees = first && (Math.abs(first.x) > 180 || Math.abs(first.y) > 90);
		if (coordinates.crs === null && stated?.source === 'default' && notDegrees) {
			const guess = guessCrsOf(first.x, first.y);
			const message = `Koordinatensystem fehlt: Die Datei nennt kein Koordinatensystem, also müssten die Punkte Längen-/Breitengrade (WGS 84) sein, aber sie sind es nicht (erster Punkt ${fmt(first.x)}/${fmt(first.y)}${guess ? `; das sieht nach ${guess} aus` : ''}). Bitte geben Sie beim Import den EPSG-Code an, z. B. 25833 für ETRS89 / UTM Zone 33N.`;
			problems.add(problem('import.missing_crs', { file }, message));
			crsOfPoints = null;
		}
	} else if (coordinates.kind === 'xy') {
		crsOfPoints = coordinates.crs;
		if (crsOfPoints === null) {
			const firstRow = records[0];
			const x = firstRow ? parseNumber(firstRow.cells[coordinates.x] ?? '', 'en') : null;
			const y = firstRow ? parseNumber(firstRow.cells[coordinates.y] ?? '', 'en') : null;
			const guess = x?.kind === 'value' && y?.kind === 'value' ? guessCrsOf(x.value, y.value) : null;
			const message = `Koordinatensystem fehlt: Die Spalten „${name(coordinates.x)}“ und „${name(coordinates.y)}“ enthalten Rechts- und Hochwerte, aber es ist nicht angegeben, in welchem Koordinatensystem${guess ? ` (das sieht nach ${guess} aus)` : ''}. Bitte geben Sie den EPSG-Code an, z. B. 25833 für ETRS89 / UTM Zone 33N.`;
			problems.add(problem('import.missing_crs', { file, column: name(coordinates.x) }, message));
		}
	} else {
		crsOfPoints = 4326;
	}

	const facilities: CheckedFacility[] = [];
	const firstRowOf = new Map<string, number>();
	const unknownSectors = new Set<string>();
	for (const r of records) {
		let ok = true;
		const where = (role: FacilityColumnRole) => ({ file, row: r.row, column: name(columns[role]) });
		const code = cell(r, 'code');
		if (!code) {
			const message = `Zeile ${r.row}: Die Kennung fehlt. Bitte tragen Sie in „${name(columns.code)}“ die Nummer der Einrichtung ein; sie wird gebraucht, um die Einrichtung bei einem späteren Import wiederzuerkennen.`;
			problems.add(problem('import.missing_code', where('code'), message));
			ok = false;
		} else if (firstRowOf.has(code)) {
			const message = `Die Kennung „${code}“ steht in Zeile ${firstRowOf.get(code)} und in Zeile ${r.row}. Jede Einrichtung darf nur einmal vorkommen; bitte entfernen Sie die doppelte Zeile oder vergeben Sie eine eigene Kennung.`;
			problems.add(problem('import.duplicate_code', where('code'), message));
			ok = false;
		} else firstRowOf.set(code, r.row);

		const facilityName = cell(r, 'name');
		if (!facilityName) {
			const message = `Zeile ${r.row}: Der Name fehlt. Bitte tragen Sie in „${name(columns.name)}“ den Namen der Einrichtung ein.`;
			problems.add(problem('import.missing_name', where('name'), message));
			ok = false;
		}

		let kind = fixedKind;
		if (!resolved.fixedKind) {
			const raw = cell(r, 'kind');
			kind = raw ? lookUpKind(raw, resolved.kindMap, kindsByKey) : null;
			if (!kind) {
				const message = raw
					? `Zeile ${r.row}: Die Art „${raw}“ gibt es nicht. Bekannt sind: ${knownKinds}. Bitte verwenden Sie eine davon (Kürzel oder Name), ordnen Sie die Werte der Spalte Arten zu (Befehlszeile: --art-zuordnung "${raw}=<kürzel>;…"; im Import-Assistenten unter „Arten zuordnen“) oder legen Sie die Art zuerst an.`
					: `Zeile ${r.row}: Die Art fehlt. Bekannt sind: ${knownKinds}.`;
				problems.add(problem('import.unknown_kind', where('kind'), message));
				ok = false;
			}
		}

		const point = pointOf(r);
		if (!point) ok = false;

		let capacities: Capacity[] = [];
		if (kind) {
			const parts = rowCapacities(file, r.row, kind, resolved, (column, code) =>
				number(r, column, `Plätze ${code}`)
			);
			problems.addAll(parts.problems);
			capacities = parts.capacities;
			if (!parts.ok) ok = false;
		}

		const provider = rowProvider(cell(r, 'provider'), cell(r, 'providerSector'), columns.providerSector >= 0);
		if (provider.unknownSector && !unknownSectors.has(cell(r, 'providerSector'))) {
			const raw = cell(r, 'providerSector');
			unknownSectors.add(raw);
			const message = `Zeile ${r.row}: Die Art des Trägers „${raw}“ ist weder öffentlich, frei noch privat; neu angelegte Träger mit diesem Eintrag werden als „unbekannt“ geführt. Sie können die Art später unter Angebote › Träger ändern.`;
			problems.add(problem('import.unknown_sector', where('providerSector'), message, 'warning'));
		}

		const ages: (number | null)[] = [];
		for (const role of ['ageFrom', 'ageTo'] as const) {
			if (columns[role] < 0) {
				ages.push(null);
				continue;
			}
			const age = number(r, columns[role], 'Alter in Jahren');
			if (age === undefined) ok = false;
			else if (age !== null && age < 0) {
				const message = `Zeile ${r.row}, Spalte „${name(columns[role])}“: Ein Alter von ${fmt(age)} Jahren ist nicht möglich. Bitte tragen Sie ein Alter ab 0 ein.`;
				problems.add(problem('import.invalid_number', where(role), message));
				ok = false;
			}
			ages.push(age ?? null);
		}

		const dates: (string | null)[] = [];
		for (const role of ['validFrom', 'validTo'] as const) {
			const raw = cell(r, role);
			if (!raw) {
				dates.push(null);
				continue;
			}
			const parsed = parseDate(raw);
			if (parsed.kind === 'invalid') {
				const message = `Zeile ${r.row}, Spalte „${name(columns[role])}“: „${raw}“ ist kein gültiges Datum. Bitte schreiben Sie es als TT.MM.JJJJ (z. B. 01.08.2017) oder JJJJ-MM-TT.`;
				problems.add(problem('import.invalid_date', where(role), message));
				ok = false;
				dates.push(null);
			} else dates.push(parsed.iso);
		}
		const [validFrom, validTo] = dates as [string | null, string | null];
		if (validFrom && validTo && validFrom > validTo) {
			const message = `Zeile ${r.row}: „gültig ab“ (${validFrom}) liegt nach „gültig bis“ (${validTo}). Bitte prüfen Sie, ob die beiden Daten vertauscht sind.`;
			problems.add(problem('import.date_order', where('validFrom'), message));
			ok = false;
		}

		let departmentId: string | null = null;
		const departmentName = cell(r, 'department');
		if (departmentName) {
			const department = departmentsByKey.get(normalized(departmentName));
			if (!department) {
				const known = context.departments.map((d) => d.name).join(', ') || 'keine';
				const message = `Zeile ${r.row}: Das Amt „${departmentName}“ gibt es nicht. Bekannt sind: ${known}. Bitte verwenden Sie den Namen oder das Kürzel eines vorhandenen Amtes.`;
				problems.add(problem('import.unknown_department', where('department'), message));
				ok = false;
			} else departmentId = department.id;
		}

		if (!ok || !kind || !point) continue;
		facilities.push({
			row: r.row,
			code,
			name: facilityName,
			kindId: kind.id,
			...point,
			capacities,
			providerName: provider.name,
			providerSector: provider.sector,
			departmentId,
			street: addressOf(r.cells, resolved.address),
			postcode: cell(r, 'postcode') || null,
			place: cell(r, 'place') || null,
			ageFrom: ages[0] ?? null,
			ageTo: ages[1] ?? null,
			validFrom,
			validTo
		});
	}
	return { facilities, problems };

	/** The point of a record in `crs`, or null after adding its problem. */
	function pointOf(r: FacilitySourceRecord): { x: number; y: number; crs: number } | null {
		let x: number | null | undefined;
		let y: number | null | undefined;
		let columnX: string | null = null;
		let columnY: string | null = null;
		if (coordinates.kind === 'geometry') {
			if (!r.point || 'problem' in r.point) {
				const message =
					r.point && 'problem' in r.point
						? `Objekt ${r.row}: ${r.point.problem}`
						: `Objekt ${r.row} hat keine Geometrie. Bitte geben Sie jeder Einrichtung einen Punkt.`;
				problems.add(problem('import.geometry_type', { file, row: r.row }, message));
				return null;
			}
			({ x, y } = r.point);
		} else {
			const [ix, iy] =
				coordinates.kind === 'latlon' ? [coordinates.lon, coordinates.lat] : [coordinates.x, coordinates.y];
			columnX = name(ix);
			columnY = name(iy);
			x = number(r, ix, coordinates.kind === 'latlon' ? 'Länge' : 'Rechtswert');
			y = number(r, iy, coordinates.kind === 'latlon' ? 'Breite' : 'Hochwert');
			if (x === undefined || y === undefined) return null;
			if (x === null || y === null) {
				const message = `Zeile ${r.row}: Die Koordinaten fehlen. Bitte tragen Sie ${coordinates.kind === 'latlon' ? 'Breite und Länge' : 'Rechts- und Hochwert'} ein; ohne Lage kann die Einrichtung keinem Gebiet zugeordnet werden.`;
				problems.add(problem('import.invalid_geometry', { file, row: r.row, column: columnX }, message));
				return null;
			}
		}
		if (crsOfPoints === null) return null;
		const degrees = crsOfPoints === 4326 || crsOfPoints === 4258;
		if (degrees) {
			const lon = x;
			const lat = y;
			const latColumn = coordinates.kind === 'geometry' ? null : columnY;
			if (inGermany(lon, lat)) return { x, y, crs: crsOfPoints };
			if (looksSwapped(lon, lat)) {
				const message = `Zeile ${r.row}: Breite und Länge vertauscht? Breite ${fmt(lat)} und Länge ${fmt(lon)} liegen nicht in Deutschland, umgekehrt schon. Bitte tauschen Sie die Werte${coordinates.kind === 'latlon' ? ` der Spalten „${columnY}“ und „${columnX}“` : ''} (Breite um 47 bis 55, Länge um 6 bis 15).`;
				problems.add(problem('import.swapped_coordinates', { file, row: r.row, column: latColumn }, message));
				return null;
			}
			if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
				const guess = guessCrsOf(x, y);
				const message = `Zeile ${r.row}: ${fmt(lat)}/${fmt(lon)} sind keine Breiten-/Längengrade${guess ? `; das sieht nach ${guess} aus` : ''}. Bitte geben Sie solche Werte als Rechts-/Hochwert mit ihrem Koordinatensystem an.`;
				problems.add(
					problem('import.implausible_coordinates', { file, row: r.row, column: latColumn }, message)
				);
				return null;
			}
			// Plausible degrees outside Germany: the area check reports them with the tenant's area.
			return { x, y, crs: crsOfPoints };
		}
		const range = plausibleRange(crsOfPoints);
		if (range && (!inRange(x, range.x) || !inRange(y, range.y))) {
			const guess = guessCrsOf(x, y);
			const message = `Zeile ${r.row}: Die Koordinaten ${fmt(x)}/${fmt(y)} passen nicht zu ${crsLabel(crsOfPoints)}${guess ? `; sie sehen nach ${guess} aus` : ''}. Bitte prüfen Sie das angegebene Koordinatensystem.`;
			problems.add(problem('import.implausible_coordinates', { file, row: r.row, column: columnX }, message));
			return null;
		}
		return { x, y, crs: crsOfPoints };
	}
}
