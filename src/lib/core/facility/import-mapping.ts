/**
 * How the columns of a facility table (Angebote/Einrichtungen, issue 6) map to a facility: which
 * column holds the id, the name, the kind, the coordinates, the places … Pure: no I/O.
 * Columns not named by the user are found by common German and English names, so that a typical
 * export (e.g. the Berlin Kita list) needs only the kind and the capacity columns.
 */
import { normalizeColumnName } from '../imports/column-names';
import { problem, type ImportProblem } from '../imports/problems';

export { parseAssignments, parseCapacityMapping, parseValueMapping } from './mapping-text';

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
	/** Kind of provider (öffentlich, frei, privat), for providers the import creates. */
	providerSector?: string;
	department?: string;
	/** Street column; `strasse+hausnr` combines columns into the address. */
	street?: string;
	/** House number (and its suffix) appended to the street: two columns make one address. */
	houseNumber?: string;
	houseNumberSuffix?: string;
	postcode?: string;
	place?: string;
	ageFrom?: string;
	ageTo?: string;
	validFrom?: string;
	validTo?: string;
	/** Value of the kind column → kind code, e.g. { Grundschule: 'grundschule' } (issue 12). */
	kindMap?: Record<string, string>;
	/**
	 * Capacity code of the file → code of the row's kind, for rows whose kind does not know the
	 * file's code (e.g. { plaetze: 'schueler' }). Without it such places are refused (issue 12).
	 */
	capacityCodeMap?: Record<string, string>;
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
	'providerSector',
	'department',
	'street',
	'houseNumber',
	'houseNumberSuffix',
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
	code: [
		'id',
		'kennung',
		'nummer',
		'nr',
		'code',
		'einrichtungsnummer',
		'einrichtungsnr',
		'kitanummer',
		'schulnummer',
		'schulnr',
		'bsn',
		'enr'
	],
	name: ['name', 'bezeichnung', 'einrichtung', 'einrichtungsname', 'angebot', 'schulname', 'ename'],
	kind: ['art', 'angebotsart', 'einrichtungsart', 'kind', 'kindcode', 'schulart', 'eart', 'einrichtungstyp'],
	lat: ['lat', 'latitude', 'breite', 'breitengrad', 'alat', 'ywgs84'],
	lon: ['lon', 'lng', 'long', 'longitude', 'laenge', 'laengengrad', 'alon', 'xwgs84'],
	x: ['x', 'rechtswert', 'easting', 'ostwert'],
	y: ['y', 'hochwert', 'northing', 'nordwert'],
	provider: ['traeger', 'traegername', 'provider', 'tname'],
	providerSector: ['traegerart', 'traegertyp', 'tart', 'sector'],
	department: ['amt', 'fachbereich', 'fachamt', 'department', 'zustaendigkeit'],
	street: ['adresse', 'address', 'strasse', 'anschrift', 'street', 'estrasse'],
	houseNumber: ['hausnummer', 'hausnr', 'hnr', 'ehnr', 'housenumber'],
	houseNumberSuffix: ['hausnummerzusatz', 'hausnrzusatz', 'hnrzusatz', 'ezus', 'zusatz'],
	postcode: ['plz', 'postleitzahl', 'postcode', 'zip', 'eplz'],
	place: ['ort', 'ortsteil', 'stadtteil', 'place', 'city', 'district', 'gemeinde', 'eort'],
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
	providerSector: 'Art des Trägers',
	department: 'Amt',
	street: 'Straße',
	houseNumber: 'Hausnummer',
	houseNumberSuffix: 'Hausnummernzusatz',
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
	/** The columns that make the address, in order: street (one or more), house number, suffix. */
	address: { column: number; joint: ' ' | '' }[];
	fixedKind: string | null;
	coordinates: CoordinateSource;
	/** Capacity code → column index; `recognised`: found by its name, not named by the user. */
	capacities: { code: string; column: number; recognised?: boolean }[];
	kindMap: Record<string, string>;
	capacityCodeMap: Record<string, string>;
}

/** Column names taken as places (capacity code `plaetze`) when the user names no capacity column. */
export const defaultPlacesColumns = ['plaetze', 'platz', 'eplatz', 'platzzahl', 'kapazitaet'] as const;

/** Roles whose columns may carry a one- or two-letter prefix (`e_nr`, `e_name`); `t_` is the Träger's. */
const prefixFree = new Set<FacilityColumnRole>(['provider', 'providerSector']);

function findColumn(header: readonly string[], role: FacilityColumnRole, given: string | undefined): number {
	if (given) return findNamedColumn(header, given);
	const names = header.map(normalizeColumnName);
	for (const candidate of defaultFacilityColumns[role]) {
		const index = names.indexOf(candidate);
		if (index >= 0) return index;
	}
	// `e_nr`, `s_name`: a short prefix before a known name (the Träger's `t_` columns excepted).
	if (prefixFree.has(role)) return -1;
	for (const candidate of defaultFacilityColumns[role]) {
		const index = header.findIndex((h) => {
			const match = /^([a-z]{1,2})[_.-](.+)$/i.exec(h.trim());
			return (
				match !== null && match[1]!.toLowerCase() !== 't' && normalizeColumnName(match[2]!) === candidate
			);
		});
		if (index >= 0) return index;
	}
	return -1;
}

function findNamedColumn(header: readonly string[], given: string): number {
	const exact = header.indexOf(given);
	if (exact >= 0) return exact;
	const wanted = normalizeColumnName(given);
	return header.findIndex((h) => normalizeColumnName(h) === wanted);
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
	// `strasse+hausnr`: several columns make the street part of the address.
	const streetParts = combinedColumns(header, mapping.street);
	for (const role of facilityColumnRoles) {
		const given = mapping[role];
		columns[role] = role === 'street' && streetParts ? streetParts[0]! : findColumn(header, role, given);
		if (role === 'street' && streetParts && streetParts.some((i) => i < 0)) {
			const missing = mapping.street!.split('+').filter((_, i) => streetParts[i]! < 0);
			const message = `Die Spalte ${missing.map((m) => `„${m.trim()}“`).join(', ')} (${facilityColumnLabels.street}) gibt es nicht. Vorhanden sind: ${listColumns(header)}. Bitte prüfen Sie die Schreibweise.`;
			problems.push(problem('import.missing_column', { ...where, column: mapping.street! }, message));
		} else if (given && columns[role] < 0) {
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

	const capacities: ResolvedFacilityColumns['capacities'] = [];
	for (const [code, column] of Object.entries(mapping.capacities ?? {})) {
		const index = findNamedColumn(header, column);
		if (index < 0) {
			const message = `Die Spalte „${column}“ für die Platzart „${code}“ gibt es nicht. Vorhanden sind: ${listColumns(header)}.`;
			problems.push(problem('import.missing_column', { ...where, column }, message));
		} else capacities.push({ code, column: index });
	}
	// No capacity named: a column called Plätze (`e_platz` …) holds places of code `plaetze`.
	if (Object.keys(mapping.capacities ?? {}).length === 0) {
		const names = header.map(normalizeColumnName);
		const index = names.findIndex((n) => (defaultPlacesColumns as readonly string[]).includes(n));
		if (index >= 0) capacities.push({ code: 'plaetze', column: index, recognised: true });
	}

	const address: ResolvedFacilityColumns['address'] = [];
	for (const index of streetParts ?? [columns.street])
		if (index >= 0) address.push({ column: index, joint: ' ' });
	if (columns.houseNumber >= 0) {
		address.push({ column: columns.houseNumber, joint: ' ' });
		if (columns.houseNumberSuffix >= 0) address.push({ column: columns.houseNumberSuffix, joint: '' });
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
	return {
		ok: true,
		value: {
			header,
			columns,
			address,
			fixedKind,
			coordinates,
			capacities,
			kindMap: mapping.kindMap ?? {},
			capacityCodeMap: mapping.capacityCodeMap ?? {}
		}
	};
}

/** The columns of `a+b` (index -1 where missing), or null when `street` names one column. */
function combinedColumns(header: readonly string[], street: string | undefined): number[] | null {
	if (!street || !street.includes('+') || findNamedColumn(header, street) >= 0) return null;
	return street.split('+').map((part) => findNamedColumn(header, part.trim()));
}

/** The address of a row: the address columns' cells joined (`Alt-Moabit` + `10` → `Alt-Moabit 10`). */
export function addressOf(
	cells: readonly string[],
	address: ResolvedFacilityColumns['address']
): string | null {
	let text = '';
	for (const { column, joint } of address) {
		const part = (cells[column] ?? '').trim();
		if (part) text = text ? `${text}${joint}${part}` : part;
	}
	return text || null;
}
