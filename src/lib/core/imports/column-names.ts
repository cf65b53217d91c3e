/**
 * Finding columns by name in the files municipalities have: "Schlüssel", "SCHLUESSEL", "Gebiet",
 * "Stichtag", "Jahr", "Merkmal", "Wert" … Names are compared without case, umlauts written out.
 */
export function normalizeColumnName(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/[^a-z0-9]+/g, '');
}

/** Default names per role, most specific first. */
export const defaultColumnNames = {
	unit: [
		'schluessel',
		'raumschluessel',
		'gebietsschluessel',
		'code',
		'raumcode',
		'gebiet',
		'raum',
		'einheit',
		'unit',
		'plr',
		'key',
		'id'
	],
	date: ['stichtag', 'datum', 'jahr', 'date', 'year', 'zeitpunkt'],
	variable: ['merkmal', 'merkmalscode', 'variable', 'kennzahl', 'variablecode'],
	value: ['wert', 'value', 'anzahl', 'count'],
	name: ['name', 'bezeichnung', 'gebietsname', 'raumname', 'planname'],
	parent: ['eltern', 'elterncode', 'parent', 'parentcode', 'uebergeordnet']
} as const;

export type ColumnRole = keyof typeof defaultColumnNames;

/**
 * The index of a column: the given name (exactly, else without case and umlauts), or else the
 * first column whose name is one of the defaults of the role; -1 when there is none.
 */
export function findColumn(header: readonly string[], role: ColumnRole, given?: string | null): number {
	if (given) {
		const exact = header.indexOf(given);
		if (exact >= 0) return exact;
		const wanted = normalizeColumnName(given);
		return header.findIndex((h) => normalizeColumnName(h) === wanted);
	}
	const names = header.map(normalizeColumnName);
	for (const candidate of defaultColumnNames[role]) {
		const index = names.indexOf(candidate);
		if (index >= 0) return index;
	}
	// Geodata often names the name field after the layer: BZR_NAME, PRG_NAME, PLR_NAME.
	if (role === 'name') return names.findIndex((n) => n.endsWith('name'));
	return -1;
}

/** How a person would name the column for a role in a message: the given name or the German default. */
export function columnLabel(role: ColumnRole, given?: string | null): string {
	if (given) return given;
	const labels: Record<ColumnRole, string> = {
		unit: 'Schlüssel',
		date: 'Stichtag',
		variable: 'Merkmal',
		value: 'Wert',
		name: 'Name',
		parent: 'übergeordneter Schlüssel'
	};
	return labels[role];
}
