/**
 * Parts of a facility row that need the row's kind or more than one column (issue 12): the places
 * by capacity code, checked against the codes the kind counts, and the provider with its sector.
 * Pure; used by import-rows.ts.
 */
import { capacityLabel } from './capacity-codes';
import { parseProviderSector, providerSectorLabels, type Capacity, type ProviderSector } from './facility';
import { normalizeColumnName } from '../imports/column-names';
import { problem, type ImportProblem } from '../imports/problems';
import type { ResolvedFacilityColumns } from './import-mapping';
import type { KnownKind } from './import-rows';

function fmt(v: number): string {
	return String(v).replace('.', ',');
}

/**
 * The places of one row by the codes its kind counts. A value under a code the kind does not know
 * would be stored where no analysis counts it, so it is refused, unless `capacityCodeMap` maps the
 * file's code to one of the kind's; an empty cell under such a code says nothing and is dropped.
 */
export function rowCapacities(
	file: string,
	row: number,
	kind: KnownKind,
	resolved: ResolvedFacilityColumns,
	places: (column: number, code: string) => number | null | undefined
): { capacities: Capacity[]; problems: ImportProblem[]; ok: boolean } {
	const capacities: Capacity[] = [];
	const problems: ImportProblem[] = [];
	let ok = true;
	const column = (index: number) => resolved.header[index] ?? null;
	for (const c of resolved.capacities) {
		const value = places(c.column, c.code);
		if (value === undefined) {
			ok = false;
			continue;
		}
		const mapped = resolved.capacityCodeMap[c.code];
		const code = kind.capacityCodes.includes(c.code) ? c.code : mapped;
		const where = { file, row, column: column(c.column) };
		if (code === undefined || !kind.capacityCodes.includes(code)) {
			if (value === null) continue;
			problems.push(
				problem('import.unknown_capacity_code', where, unknownCodeMessage(row, where.column, c, kind, mapped))
			);
			ok = false;
			continue;
		}
		if (value !== null && value < 0) {
			const message = `Zeile ${row}, Spalte „${where.column}“: ${fmt(value)} Plätze sind negativ. Bitte tragen Sie die Zahl der Plätze ein (0 oder mehr) oder lassen Sie die Zelle leer, wenn sie unbekannt ist.`;
			problems.push(problem('import.negative_count', where, message));
			ok = false;
		} else if (value !== null && !Number.isInteger(value)) {
			const message = `Zeile ${row}, Spalte „${where.column}“: ${fmt(value)} ist keine ganze Zahl von Plätzen. Bitte runden Sie oder prüfen Sie die Spalte.`;
			problems.push(problem('import.invalid_number', where, message));
			ok = false;
		} else if (capacities.some((x) => x.code === code)) {
			const message = `Zeile ${row}, Spalte „${where.column}“: Die Platzart „${code}“ ist für diese Zeile schon aus einer anderen Spalte belegt. Bitte ordnen Sie jeder Platzart nur eine Spalte zu.`;
			problems.push(problem('import.unknown_capacity_code', where, message));
			ok = false;
		} else capacities.push({ code, places: value });
	}
	return { capacities, problems, ok };
}

function unknownCodeMessage(
	row: number,
	column: string | null,
	c: ResolvedFacilityColumns['capacities'][number],
	kind: KnownKind,
	mapped: string | undefined
): string {
	const known =
		kind.capacityCodes.length > 0
			? `sie zählt nur ${kind.capacityCodes.map((k) => `„${k}“ (${capacityLabel(k)})`).join(', ')}`
			: 'sie zählt keine Plätze';
	const origin = c.recognised ? ' (an ihrem Namen als Plätze erkannt)' : '';
	const target = kind.capacityCodes[0] ?? 'plaetze';
	const mappedText = mapped
		? ` Die Umschlüsselung „${c.code}=${mapped}“ führt zu keiner Platzart dieser Art.`
		: '';
	return (
		`Zeile ${row}: Die Art „${kind.name}“ (${kind.code}) kennt die Platzart „${c.code}“ der Spalte „${column}“${origin} nicht; ${known}. ` +
		`So gespeichert, würde keine Auswertung diese Plätze zählen.${mappedText} Bitte ordnen Sie die Spalte einer Platzart der Art zu ` +
		`(Befehlszeile: --kapazitaet ${target}=${column} oder --platzart-als ${c.code}=${target}; im Import-Assistenten unter „Plätze“ oder „Platzarten umschlüsseln“) ` +
		'oder ergänzen Sie die Platzart bei der Art (Angebote › Arten).'
	);
}

/**
 * The provider a row names, with the sector from the sector column. A provider column that holds
 * only a sector (`öffentlich`, `privat`, as in the Berlin school list) gives a provider named after
 * the sector ("öffentlicher Träger"), so that the facilities still carry their sector.
 */
export function rowProvider(
	name: string,
	sectorText: string,
	hasSectorColumn: boolean
): { name: string | null; sector: ProviderSector | null; unknownSector: boolean } {
	const sector = sectorText ? parseProviderSector(sectorText) : null;
	if (!name) return { name: null, sector: null, unknownSector: false };
	if (!hasSectorColumn) {
		const fromName = parseProviderSector(name);
		if (fromName) return { name: providerSectorLabels[fromName].de, sector: fromName, unknownSector: false };
	}
	return { name, sector, unknownSector: sectorText !== '' && sector === null };
}

/** The kind a cell names: through the user's value mapping, then by code or name. */
export function lookUpKind(
	raw: string,
	kindMap: Record<string, string>,
	kindsByKey: ReadonlyMap<string, KnownKind>
): KnownKind | null {
	const key = normalizeColumnName(raw);
	const mapped =
		kindMap[raw] ?? Object.entries(kindMap).find(([value]) => normalizeColumnName(value) === key)?.[1];
	return kindsByKey.get(normalizeColumnName(mapped ?? raw)) ?? null;
}
