import { germanNumber } from '../exports/german-csv';
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
 * The result as one row per unit, the columns of `querschnitt index compute`: code, name, each
 * indicator's z-value, status index, status class, dynamics index, dynamics class, combined class
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
		...(definition.dynamics.length > 0 ? ['Dynamikindex', 'Dynamikklasse'] : []),
		'Gesamtklasse',
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
			...(definition.dynamics.length > 0 ? [germanNumber(r.dynamicsIndex), r.dynamicsClass?.code ?? ''] : []),
			r.combinedClass ?? '',
			reason ?? ''
		];
	});
	return { header, rows };
}
