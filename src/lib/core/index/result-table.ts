import { germanNumber } from '../exports/german-csv';
import type { ClassAssignment } from './classes';
import type { IndexResult } from './compute';
import type { IndexDefinition, NotClassifiedReason } from './definition';

/** Why a unit has no class, in words for planners (CSV, tables, profile). */
export const notClassifiedText: Record<NotClassifiedReason, string> = {
	excluded: 'ausgeschlossen',
	population_below_minimum: 'zu wenige Einwohner',
	population_missing: 'Einwohnerzahl fehlt',
	values_missing: 'Werte fehlen'
};

/** "Werte fehlen: STATUS3" — the reason with its detail, or null for a classified unit. */
export function reasonText(reason: NotClassifiedReason | null, detail: string | null): string | null {
	if (!reason) return null;
	return detail ? `${notClassifiedText[reason]}: ${detail}` : notClassifiedText[reason];
}

/**
 * The combined class in words: "mittel, stabil" beside "2±" (a code alone means nothing to a reader
 * of the file); the status label alone when the index has no dynamics part.
 */
export function combinedLabel(
	status: ClassAssignment | null,
	dynamics: ClassAssignment | null,
	hasDynamics: boolean,
	combined: string | null
): string {
	if (!combined || !status) return '';
	if (!hasDynamics) return status.label;
	return dynamics ? `${status.label}, ${dynamics.label}` : '';
}

/**
 * The result as one row per unit, the columns of `querschnitt index compute`: code, name, each
 * indicator's z-value, status index, status class (code and label), dynamics index, dynamics class
 * (code and label), combined class (code and labels)
 * and the reason where a unit is not classified. Numbers unrounded, with a decimal comma.
 */
export function indexResultTable(
	definition: IndexDefinition,
	units: readonly { code: string; name: string }[],
	result: IndexResult
): { header: string[]; rows: string[][] } {
	const header = [
		'Schlüssel',
		'Name',
		...definition.status.map((s) => `z ${s.indicator}`),
		...definition.dynamics.map((d) => `z ${d.indicator}`),
		'Statusindex',
		'Statusklasse',
		'Statusklasse (Bezeichnung)',
		...(definition.dynamics.length > 0
			? ['Dynamikindex', 'Dynamikklasse', 'Dynamikklasse (Bezeichnung)']
			: []),
		'Gesamtklasse',
		'Gesamtklasse (Bezeichnung)',
		'Nicht klassifiziert, weil'
	];
	const rows = result.units.map((r, i) => {
		const unit = units[i]!;
		const dynamics = reasonText(r.dynamicsReason, r.reasonDetail);
		const reason = reasonText(r.reason, r.reasonDetail) ?? (dynamics && `Dynamik: ${dynamics}`);
		return [
			unit.code,
			unit.name,
			...r.statusZ.map((z) => germanNumber(z)),
			...r.dynamicsZ.map((z) => germanNumber(z)),
			germanNumber(r.statusIndex),
			r.statusClass?.code ?? '',
			r.statusClass?.label ?? '',
			...(definition.dynamics.length > 0
				? [germanNumber(r.dynamicsIndex), r.dynamicsClass?.code ?? '', r.dynamicsClass?.label ?? '']
				: []),
			r.combinedClass ?? '',
			combinedLabel(r.statusClass, r.dynamicsClass, definition.dynamics.length > 0, r.combinedClass),
			reason ?? ''
		];
	});
	return { header, rows };
}
