/**
 * How the columns of a facility table (Angebote/Einrichtungen, issue 6) map to a facility: which
 * column holds the id, the name, the kind, the coordinates, the places … Pure: no I/O.
 * Columns not named by the user are found by common German and English names, so that a typical
 * export (e.g. the Berlin Kita list) needs only the kind and the capacity columns.
 */
import { isCapacityCode } from './capacity-codes';
import { normalizeColumnName } from '../imports/column-names';
import { problem, type ImportProblem } from '../imports/problems';

/** What the user states; every column name is optional (defaults below), the rest too. */
export interface FacilityImportMapping {
	code?: string;
	name?: string;
	/** A column with kind codes or kind names … */
	kind?: string;
	/** … or one kind for every row of the file (wins over a kind column). */
	fixedKind?: string;
	/** WGS 84 latitude and longitude columns. */
	lat?: string;
	lon?: string;
	/** Projected coordinates in the stated CRS (`crs`). */
	x?: string;
	y?: string;
	/** EPSG code of x/y (or of a GeoJSON without `crs` member). */
	crs?: number;
	/** Capacity code → column, e.g. { u3: 'under', ue3: 'over' }. */
	capacities?: Record<string, string>;
	provider?: string;
	department?: string;
	street?: string;
	postcode?: string;
	place?: string;
	ageFrom?: string;
	ageTo?: string;
	validFrom?: string;
	validTo?: string;
}

export const facilityColumnRoles = [
	'code',
	'name',
	'kind',
	'lat',
	'lon',
	'x',
	'y',
	'provider',
	'department',
	'street',
	'postcode',
	'place',
	'ageFrom',
	'ageTo',
	'validFrom',
	'validTo'
] as const;
export type FacilityColumnRole = (typeof facilityColumnRoles)[number];

/** Default column names per role (normalized: lower case, umlauts written out, no punctuation). */
export const defaultFacilityColumns: Record<FacilityColumnRole, readonly string[]> = {
	code: ['id', 'kennung', 'nummer', 'nr', 'code', 'einrichtungsnummer', 'kitanummer', 'schulnummer'],
	name: ['name', 'bezeichnung', 'einrichtung', 'einrichtungsname', 'angebot'],
	kind: ['art', 'angebotsart', 'einrichtungsart', 'kind', 'kindcode'],
	lat: ['lat', 'latitude', 'breite', 'breitengrad', 'alat', 'ywgs84'],
	lon: ['lon', 'lng', 'long', 'longitude', 'laenge', 'laengengrad', 'alon', 'xwgs84'],
	x: ['x', 'rechtswert', 'easting', 'ostwert'],
	y: ['y', 'hochwert', 'northing', 'nordwert'],
	provider: ['traeger', 'traegername', 'provider'],
	department: ['amt', 'fachbereich', 'fachamt', 'department', 'zustaendigkeit'],
	street: ['adresse', 'address', 'strasse', 'anschrift', 'street'],
	postcode: ['plz', 'postleitzahl', 'postcode', 'zip'],
	place: ['ort', 'ortsteil', 'stadtteil', 'place', 'city', 'district', 'gemeinde'],
	ageFrom: ['altervon', 'alterab', 'agefrom'],
	ageTo: ['alterbis', 'ageto'],
	validFrom: ['gueltigab', 'gueltigvon', 'validfrom', 'eroeffnung'],
	validTo: ['gueltigbis', 'validto', 'schliessung']
};

/** German names of the roles for messages. */
export const facilityColumnLabels: Record<FacilityColumnRole, string> = {
	code: 'Kennung',
	name: 'Name',
	kind: 'Art',
	lat: 'Breite',
	lon: 'Länge',
	x: 'Rechtswert',
	y: 'Hochwert',
	provider: 'Träger',
	department: 'Amt',
	street: 'Straße',
	postcode: 'PLZ',
	place: 'Ort',
	ageFrom: 'Alter von',
	ageTo: 'Alter bis',
	validFrom: 'gültig ab',
	validTo: 'gültig bis'
};

/** Where the coordinates come from: lat/lon columns, x/y columns, or the GeoJSON point. */
export type CoordinateSource =
	| { kind: 'latlon'; lat: number; lon: number }
	| { kind: 'xy'; x: number; y: number; crs: number | null }
	| { kind: 'geometry'; crs: number | null };

/** The mapping with every column resolved to its index in the header (-1 = absent). */
export interface ResolvedFacilityColumns {
	header: readonly string[];
	columns: Record<FacilityColumnRole, number>;
	fixedKind: string | null;
	coordinates: CoordinateSource;
	/** Capacity code → column index. */
	capacities: { code: string; column: number }[];
}

/**
 * Reads `u3=under,ue3=over` (also with `:` and `;`) into capacity code → column; null with a
 * German reason when it cannot be read.
 */
export function parseCapacityMapping(
	text: string
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
	const value: Record<string, string> = {};
	for (const part of text.split(/[,;]/)) {
		if (!part.trim()) continue;
		const match = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(part);
		if (!match) {
			return {
				ok: false,
				message: `„${part.trim()}“ ist keine Zuordnung. Bitte schreiben Sie Platzart=Spalte, z. B. u3=under,ue3=over.`
			};
		}
		const code = match[1]!.toLowerCase();
		if (!isCapacityCode(code)) {
			return {
				ok: false,
				message: `„${match[1]}“ ist keine gültige Platzart. Bitte verwenden Sie Kleinbuchstaben, Ziffern und _ (z. B. u3, ue3, plaetze).`
			};
		}
		if (code in value) {
			return {
				ok: false,
				message: `Die Platzart „${code}“ ist zweimal zugeordnet. Bitte nennen Sie sie nur einmal.`
			};
		}
		value[code] = match[2]!;
	}
	return { ok: true, value };
}

function findColumn(header: readonly string[], role: FacilityColumnRole, given: string | undefined): number {
	if (given) {
		const exact = header.indexOf(given);
		if (exact >= 0) return exact;
		const wanted = normalizeColumnName(given);
		return header.findIndex((h) => normalizeColumnName(h) === wanted);
	}
	const names = header.map(normalizeColumnName);
	for (const candidate of defaultFacilityColumns[role]) {
		const index = names.indexOf(candidate);
		if (index >= 0) return index;
	}
	return -1;
}

function listColumns(header: readonly string[]): string {
	return header.map((h) => `„${h}“`).join(', ');
}

/**
 * Finds the columns of the mapping in a header. `hasGeometry`: the records carry their own point
 * (GeoJSON), so no coordinate columns are needed. Returns the problems when a column named by the
 * user is missing or a required one cannot be found.
 */
export function resolveFacilityColumns(
	file: string,
	header: readonly string[],
	mapping: FacilityImportMapping,
	hasGeometry: boolean
): { ok: true; value: ResolvedFacilityColumns } | { ok: false; problems: ImportProblem[] } {
	const problems: ImportProblem[] = [];
	const where = { file, row: 1 };
	const columns = {} as Record<FacilityColumnRole, number>;
	for (const role of facilityColumnRoles) {
		const given = mapping[role];
		columns[role] = findColumn(header, role, given);
		if (given && columns[role] < 0) {
			const message = `Die Spalte „${given}“ (${facilityColumnLabels[role]}) gibt es nicht. Vorhanden sind: ${listColumns(header)}. Bitte prüfen Sie die Schreibweise.`;
			problems.push(problem('import.missing_column', { ...where, column: given }, message));
		}
	}
	for (const role of ['code', 'name'] as const) {
		if (columns[role] < 0 && !mapping[role]) {
			const message = `Es fehlt eine Spalte für „${facilityColumnLabels[role]}“ (erkannt werden z. B. ${defaultFacilityColumns[role].slice(0, 4).join(', ')}). Vorhanden sind: ${listColumns(header)}. Bitte benennen Sie die Spalte beim Import.`;
			problems.push(
				problem('import.missing_column', { ...where, column: facilityColumnLabels[role] }, message)
			);
		}
	}
	const fixedKind = mapping.fixedKind?.trim() || null;
	if (!fixedKind && columns.kind < 0 && !mapping.kind) {
		const message =
			'Es ist keine Art angegeben. Bitte wählen Sie eine Art für die ganze Datei (z. B. kita) oder nennen Sie die Spalte mit der Art.';
		problems.push(problem('import.missing_column', { ...where, column: facilityColumnLabels.kind }, message));
	}

	const capacities: { code: string; column: number }[] = [];
	for (const [code, column] of Object.entries(mapping.capacities ?? {})) {
		const index = findColumn(header, 'code', column);
		if (index < 0) {
			const message = `Die Spalte „${column}“ für die Platzart „${code}“ gibt es nicht. Vorhanden sind: ${listColumns(header)}.`;
			problems.push(problem('import.missing_column', { ...where, column }, message));
		} else capacities.push({ code, column: index });
	}

	let coordinates: CoordinateSource;
	const xyGiven = Boolean(mapping.x || mapping.y);
	const latLonFound = columns.lat >= 0 && columns.lon >= 0;
	if (hasGeometry) {
		coordinates = { kind: 'geometry', crs: mapping.crs ?? null };
	} else if (latLonFound && !xyGiven && (mapping.crs === undefined || mapping.crs === 4326)) {
		coordinates = { kind: 'latlon', lat: columns.lat, lon: columns.lon };
	} else if (columns.x >= 0 && columns.y >= 0) {
		coordinates = { kind: 'xy', x: columns.x, y: columns.y, crs: mapping.crs ?? null };
	} else {
		const message = `Es fehlen die Koordinaten: erwartet werden Spalten für Breite und Länge (z. B. lat/lon) in WGS 84 oder für Rechts- und Hochwert (x/y) mit Angabe des Koordinatensystems. Vorhanden sind: ${listColumns(header)}.`;
		problems.push(problem('import.missing_column', { ...where, column: 'Koordinaten' }, message));
		coordinates = { kind: 'xy', x: -1, y: -1, crs: null };
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, value: { header, columns, fixedKind, coordinates, capacities } };
}
