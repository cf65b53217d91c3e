import { germanCsv, germanNumber, safeText } from '../exports/german-csv';
import type { CapacitySum } from './capacity-sum';
import type { ChainCell, ChainOverlap, PreventionChain } from './prevention-chain';

/**
 * The prevention chain as one row per life phase × unit, for a CSV download and the table that
 * stands beside the matrix (every chart needs a table). Numbers with a decimal comma; an unknown
 * sum of places is an empty cell (as everywhere in Querschnitt's exports), and the column
 * "Angebote ohne Platzangabe" says why it is empty. One "Plätze …" column per capacity code that
 * occurs anywhere in the matrix, so all rows have the same columns.
 */

export interface PreventionChainTable {
	header: string[];
	rows: string[][];
	/** Columns holding free text (names), which a CSV must guard against formula injection. */
	textColumns: number[];
}

/** "Kita: Ämter Jugendamt, Schulamt; Träger A, B" — which kind, and by whom. */
export function overlapText(overlap: ChainOverlap): string {
	const names = (list: { id: string; name: string | null }[]) => list.map((p) => p.name ?? p.id).join(', ');
	const parts = [
		...(overlap.byDepartments ? [`Ämter ${names(overlap.departments)}`] : []),
		...(overlap.byProviders ? [`Träger ${names(overlap.providers)}`] : [])
	];
	return `${overlap.kindLabel}: ${parts.join('; ')}`;
}

function capacityColumns(chain: PreventionChain): { code: string; label: string }[] {
	const found = new Map<string, string>();
	for (const row of chain.cells)
		for (const cell of row)
			for (const c of cell.capacitiesInReach) if (!found.has(c.code)) found.set(c.code, c.label);
	return [...found]
		.map(([code, label]) => ({ code, label }))
		.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Places of one code: 0 when no offer lists it, empty when unknown. */
function places(sums: readonly CapacitySum[], code: string): string {
	const sum = sums.find((s) => s.code === code);
	return sum ? germanNumber(sum.places) : '0';
}

function partyNames(cell: ChainCell, of: 'departments' | 'providers'): string {
	return cell[of]
		.filter((p) => p.id !== null)
		.map((p) => p.name ?? p.id!)
		.join(', ');
}

export function preventionChainRows(chain: PreventionChain): PreventionChainTable {
	const neighbourhood = chain.reach === 'neighbourhood';
	const capacities = capacityColumns(chain);
	const header = [
		'Lebensphase',
		'Schlüssel',
		'Gebiet',
		'Angebote im Gebiet',
		...(neighbourhood ? ['Angebote in Nachbargebieten'] : []),
		'Angebote',
		...capacities.flatMap((c) =>
			neighbourhood ? [`Plätze ${c.label}`, `Plätze ${c.label} mit Nachbargebieten`] : [`Plätze ${c.label}`]
		),
		'Angebote ohne Platzangabe',
		'Ämter',
		'Träger',
		'Lücke',
		'Doppelstrukturen'
	];
	const textColumns = ['Lebensphase', 'Gebiet', 'Angebote', 'Ämter', 'Träger', 'Doppelstrukturen'].map((h) =>
		header.indexOf(h)
	);
	const rows = chain.phases.flatMap((phase, p) =>
		chain.units.map((unit, u) => {
			const cell = chain.cells[p]![u]!;
			const own = cell.offers.filter((o) => !o.neighbour);
			const unknown = own.filter((o) => o.offer.capacities.some((c) => c.places === null)).length;
			return [
				phase.label,
				unit.code,
				unit.name,
				String(own.length),
				...(neighbourhood ? [String(cell.offers.length - own.length)] : []),
				cell.offers.map((o) => (o.neighbour ? `${o.offer.name} (Nachbargebiet)` : o.offer.name)).join('; '),
				...capacities.flatMap((c) =>
					neighbourhood
						? [places(cell.capacities, c.code), places(cell.capacitiesInReach, c.code)]
						: [places(cell.capacities, c.code)]
				),
				String(unknown),
				partyNames(cell, 'departments'),
				partyNames(cell, 'providers'),
				cell.gap ? 'ja' : 'nein',
				cell.overlaps.map(overlapText).join(' | ')
			];
		})
	);
	return { header, rows, textColumns };
}

/** The table as a German Excel CSV, names guarded against formula injection. */
export function preventionChainCsv(chain: PreventionChain): string {
	const { header, rows, textColumns } = preventionChainRows(chain);
	const guarded = new Set(textColumns);
	return germanCsv(
		header,
		rows.map((row) => row.map((cell, i) => (guarded.has(i) ? safeText(cell) : cell)))
	);
}
