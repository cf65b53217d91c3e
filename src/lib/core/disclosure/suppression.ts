/**
 * Cell suppression (DOMAIN.md §2): primary suppression of small counts, secondary suppression so
 * that no suppressed count can be recovered from the published ones by the sums a reader knows
 * (equations.ts), and an exact audit for systems where sums interlock (tables, several variables).
 *
 * Determinism: the same cells and equations give the same pattern whatever order they come in —
 * equations are processed in a canonical order (sorted by their cell ids) and every choice breaks
 * ties by value, then by id. A family of outputs computed from one call therefore shows every cell
 * with the same status.
 *
 * What this does not protect against (and says so in the docs): bounds. A suppressed cell is not
 * determined, but a reader still knows it is ≥ 0 and at most the row total minus the published
 * cells — when the partner suppressed with it is small, that interval can be narrow (2 and 3
 * suppressed in a total of 5 leave the interval 0…5). Protection intervals (as in τ-ARGUS) are not
 * implemented; nor are differences between publications with other totals (other area systems,
 * other dates), which only a common block basis and one call over the whole family can cover.
 */
import { cellsInCyclicComponents, determinedColumns, type SparseRow } from './audit';
import type { Cell, Equation } from './equations';
import type { DisclosureRules } from './rules';

export type CellStatus = 'published' | 'primary' | 'secondary';

export interface SuppressionResult {
	status: Map<string, CellStatus>;
	primary: number;
	secondary: number;
	/** Suppressed cells that went through the exact audit (those in interlocking sums). */
	audited: number;
	/**
	 * Suppressed cells that stay determined because no published partner is left to suppress (only
	 * for degenerate systems, e.g. two equations with the same total that differ by one part).
	 * Empty for hierarchies and tables.
	 */
	unprotected: string[];
}

/** A count that may not be published on its own: below k; zero only unless zeros are published. */
export function isPrimary(
	value: number,
	rules: Pick<DisclosureRules, 'minimumCount' | 'publishZeros'>
): boolean {
	if (value === 0) return !rules.publishZeros && rules.minimumCount > 0;
	return value < rules.minimumCount;
}

const PUBLISHED = 0;
const PRIMARY = 1;
const SECONDARY = 2;

interface System {
	ids: string[];
	values: Float64Array;
	/** Equation e: its cells, the total first. */
	equationCells: Int32Array[];
	/** The equations of cell c, ascending (= canonical order): memberList[memberStart[c] … memberStart[c + 1]). */
	memberStart: Int32Array;
	memberList: Int32Array;
}

function build(cells: readonly Cell[], equations: readonly Equation[]): System {
	const index = new Map<string, number>();
	const ids: string[] = new Array(cells.length);
	const values = new Float64Array(cells.length);
	cells.forEach((cell, c) => {
		if (index.has(cell.id)) throw new Error(`Zelle ${cell.id} ist doppelt angegeben.`);
		if (!Number.isFinite(cell.value) || cell.value < 0)
			throw new Error(`Zelle ${cell.id}: ${cell.value} ist keine nicht-negative Zahl.`);
		index.set(cell.id, c);
		ids[c] = cell.id;
		values[c] = cell.value;
	});
	const at = (id: string): number => {
		const i = index.get(id);
		if (i === undefined) throw new Error(`Die Gleichungen nennen die unbekannte Zelle ${id}.`);
		return i;
	};
	const given = equations.map((eq) => {
		const list = new Int32Array(eq.parts.length + 1);
		list[0] = at(eq.total);
		eq.parts.forEach((part, j) => (list[j + 1] = at(part)));
		return list;
	});
	// Canonical order: by total, then by the sorted parts — independent of the caller's order.
	// The parts are compared only where totals tie (a grand total with row and column sums).
	const partsKey = new Map<Int32Array, string>();
	const keyOf = (list: Int32Array): string => {
		let key = partsKey.get(list);
		if (key === undefined) {
			key = Array.from(list.subarray(1), (c) => ids[c]!)
				.sort()
				.join('\u0000');
			partsKey.set(list, key);
		}
		return key;
	};
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	const equationCells = given.sort(
		(a, b) => compare(ids[a[0]!]!, ids[b[0]!]!) || compare(keyOf(a), keyOf(b))
	);
	// Cells per equation, and equations per cell as one flat list (no array per cell).
	const stamp = new Int32Array(ids.length).fill(-1);
	const memberStart = new Int32Array(ids.length + 1);
	equationCells.forEach((list, e) => {
		for (const c of list) {
			if (stamp[c] === e) throw new Error(`Die Gleichung für ${ids[list[0]!]} nennt eine Zelle zweimal.`);
			stamp[c] = e;
			memberStart[c + 1]!++;
		}
	});
	for (let c = 0; c < ids.length; c++) memberStart[c + 1]! += memberStart[c]!;
	const fill = memberStart.slice(0, ids.length);
	const memberList = new Int32Array(memberStart[ids.length]!);
	equationCells.forEach((list, e) => {
		for (const c of list) memberList[fill[c]!++] = e;
	});
	return { ids, values, equationCells, memberStart, memberList };
}

export function suppressCells(
	cells: readonly Cell[],
	equations: readonly Equation[],
	rules: Pick<DisclosureRules, 'minimumCount' | 'publishZeros'>
): SuppressionResult {
	const system = build(cells, equations);
	const { ids, values, equationCells, memberStart, memberList } = system;
	const state = new Uint8Array(ids.length);
	const suppressedIn = new Int32Array(equationCells.length);
	const unprotected = new Set<number>();

	/** Order of preference for a partner: a part before the total, then the smallest value, then the id. */
	const better = (a: number, aIsTotal: boolean, b: number, bIsTotal: boolean): boolean => {
		if (aIsTotal !== bIsTotal) return !aIsTotal;
		if (values[a] !== values[b]) return values[a]! < values[b]!;
		return ids[a]! < ids[b]!;
	};

	const queue: number[] = [];
	const queued = new Uint8Array(equationCells.length);
	const suppress = (cell: number, as: number) => {
		state[cell] = as;
		for (let m = memberStart[cell]!; m < memberStart[cell + 1]!; m++) {
			const e = memberList[m]!;
			suppressedIn[e]!++;
			if (!queued[e]) {
				queued[e] = 1;
				queue.push(e);
			}
		}
	};

	/** The one-equation rule until nothing changes: no sum may hold exactly one suppressed cell. */
	const secondaryPass = () => {
		for (let head = 0; head < queue.length; head++) {
			const e = queue[head]!;
			queued[e] = 0;
			if (suppressedIn[e] !== 1) continue;
			const list = equationCells[e]!;
			let pick = -1;
			for (let j = 1; j < list.length; j++) {
				const c = list[j]!;
				if (state[c] === PUBLISHED && (pick < 0 || better(c, false, pick, false))) pick = c;
			}
			if (pick < 0 && state[list[0]!] === PUBLISHED) pick = list[0]!;
			if (pick < 0) {
				for (const c of list) if (state[c] !== PUBLISHED) unprotected.add(c);
				continue;
			}
			suppress(pick, SECONDARY);
		}
		queue.length = 0;
	};

	// Primary cells first, then every equation in canonical order — not in the order the cells
	// came in, which would make the choice of partners depend on the caller's order.
	for (let c = 0; c < ids.length; c++)
		if (isPrimary(values[c]!, rules)) {
			state[c] = PRIMARY;
			for (let m = memberStart[c]!; m < memberStart[c + 1]!; m++) suppressedIn[memberList[m]!]!++;
		}
	for (let e = 0; e < equationCells.length; e++) {
		queued[e] = 1;
		queue.push(e);
	}
	secondaryPass();

	const cyclic = cellsInCyclicComponents(ids.length, equationCells);
	const audited = new Set<number>();
	for (;;) {
		const recoverable = findRecoverable(system, state, cyclic, audited);
		const fixes = recoverable.filter((group) => group.some((c) => !unprotected.has(c)));
		if (fixes.length === 0) break;
		let changed = false;
		for (const group of fixes) {
			const cell = group.find((c) => !unprotected.has(c))!;
			const partner = bestPartner(cell, system, state, better);
			if (partner < 0) {
				unprotected.add(cell);
				continue;
			}
			suppress(partner, SECONDARY);
			changed = true;
		}
		if (changed) secondaryPass();
	}

	const status = new Map<string, CellStatus>();
	let primary = 0;
	let secondary = 0;
	ids.forEach((id, c) => {
		const s = state[c]!;
		if (s === PRIMARY) primary++;
		if (s === SECONDARY) secondary++;
		status.set(id, s === PRIMARY ? 'primary' : s === SECONDARY ? 'secondary' : 'published');
	});
	const stillOpen = [...unprotected].filter((c) => state[c] !== PUBLISHED).map((c) => ids[c]!);
	return { status, primary, secondary, audited: audited.size, unprotected: stillOpen.sort() };
}

/** The published partner of `cell` to suppress next: over all its equations, by `better`. */
function bestPartner(
	cell: number,
	{ equationCells, memberStart, memberList }: System,
	state: Uint8Array,
	better: (a: number, aIsTotal: boolean, b: number, bIsTotal: boolean) => boolean
): number {
	let pick = -1;
	let pickIsTotal = false;
	for (let m = memberStart[cell]!; m < memberStart[cell + 1]!; m++) {
		const list = equationCells[memberList[m]!]!;
		list.forEach((c, j) => {
			if (state[c] !== PUBLISHED) return;
			if (pick < 0 || better(c, j === 0, pick, pickIsTotal)) {
				pick = c;
				pickIsTotal = j === 0;
			}
		});
	}
	return pick;
}

/**
 * The recoverable suppressed cells of the interlocking parts of the system, grouped by connected
 * set of suppressed cells (cells that share a sum); each group sorted by id, groups by their first
 * id, so that the fixes are applied in an order that does not depend on the input.
 */
function findRecoverable(
	{ ids, equationCells }: System,
	state: Uint8Array,
	cyclic: Uint8Array,
	audited: Set<number>
): number[][] {
	const rowsByCell = new Map<number, SparseRow[]>();
	const parent = new Map<number, number>();
	const find = (x: number): number => {
		let root = x;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(x, root);
		return root;
	};
	for (const list of equationCells) {
		if (!cyclic[list[0]!]) continue;
		const row: SparseRow = new Map();
		list.forEach((c, j) => {
			if (state[c] !== PUBLISHED) row.set(c, j === 0 ? 1n : -1n);
		});
		if (row.size === 0) continue;
		const members = [...row.keys()];
		for (const c of members) {
			audited.add(c);
			if (!parent.has(c)) parent.set(c, c);
		}
		for (const c of members.slice(1)) {
			const a = find(members[0]!);
			const b = find(c);
			if (a !== b) parent.set(a, b);
		}
		const first = members[0]!;
		const rowsOfFirst = rowsByCell.get(first);
		if (rowsOfFirst) rowsOfFirst.push(row);
		else rowsByCell.set(first, [row]);
	}
	const rowsByGroup = new Map<number, SparseRow[]>();
	for (const [first, rows] of rowsByCell) {
		const root = find(first);
		const list = rowsByGroup.get(root);
		if (list) list.push(...rows);
		else rowsByGroup.set(root, [...rows]);
	}
	const groups: number[][] = [];
	for (const rows of rowsByGroup.values()) {
		const determined = determinedColumns(rows);
		if (determined.length) groups.push(determined.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)));
	}
	return groups.sort((a, b) => (ids[a[0]!]! < ids[b[0]!]! ? -1 : 1));
}
