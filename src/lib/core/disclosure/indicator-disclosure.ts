import { hierarchyEquations, type Cell, type Equation } from './equations';
import type { DisclosureRules } from './rules';
import { suppressCells, type CellStatus } from './suppression';

/** A unit of any layer of one hierarchy; parentId is null on the top layer. */
export interface FamilyUnit {
	id: string;
	parentId: string | null;
}

/**
 * The counts that one family of published tables shows: several indicators' numerators (or
 * denominators) at every unit of a layer hierarchy, and which of them are sums of others at
 * every unit ("under 3" = 0–<1 + 1–<2 + 2–<3). Suppressed together, so that neither the layer
 * sums nor the sums between the members give a withheld count back, and a count has the same
 * status in every output of the family.
 */
export interface CountFamily {
	units: readonly FamilyUnit[];
	/** Member code → unit id → count (null: the unit has none). */
	members: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
	sums: readonly { total: string; parts: readonly string[] }[];
}

/** The city total: publishing every unit of the top layer publishes their sum as well. */
const totalId = '#gesamt';
const cellId = (member: string, unit: string) => `${member}|${unit}`;

/** Status of every member's count at every unit (the city total included under `#gesamt`). */
export function familySuppression(
	family: CountFamily,
	rules: Pick<DisclosureRules, 'minimumCount' | 'publishZeros'>
): Map<string, Map<string, CellStatus>> {
	const cells: Cell[] = [];
	const equations: Equation[] = [];
	const present = new Map<string, Set<string>>();
	for (const [member, counts] of family.members) {
		const has = new Set(family.units.filter((u) => (counts.get(u.id) ?? null) !== null).map((u) => u.id));
		// A unit whose parent has no count hangs under nothing: no sum links it to anything published.
		const nodes = family.units
			.filter((u) => has.has(u.id))
			.map((u) => ({
				id: cellId(member, u.id),
				parent:
					u.parentId === null
						? cellId(member, totalId)
						: has.has(u.parentId)
							? cellId(member, u.parentId)
							: null
			}));
		for (const u of family.units)
			if (has.has(u.id)) cells.push({ id: cellId(member, u.id), value: counts.get(u.id)! });
		const top = family.units.filter((u) => u.parentId === null && has.has(u.id));
		if (top.length > 0) {
			has.add(totalId);
			nodes.push({ id: cellId(member, totalId), parent: null });
			cells.push({ id: cellId(member, totalId), value: top.reduce((sum, u) => sum + counts.get(u.id)!, 0) });
		}
		present.set(member, has);
		equations.push(...hierarchyEquations(nodes));
	}
	for (const { total, parts } of family.sums)
		for (const unit of [...family.units.map((u) => u.id), totalId]) {
			const all = [total, ...parts].every((m) => present.get(m)?.has(unit));
			if (all) equations.push({ total: cellId(total, unit), parts: parts.map((p) => cellId(p, unit)) });
		}
	const { status } = suppressCells(cells, equations, rules);
	return new Map(
		[...family.members.keys()].map((member) => [
			member,
			new Map(
				[...family.units.map((u) => u.id), totalId].flatMap((unit) => {
					const s = status.get(cellId(member, unit));
					return s ? [[unit, s] as const] : [];
				})
			)
		])
	);
}
