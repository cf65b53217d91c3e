import { schemeClasses, type ClassAssignment } from './classes';
import type { IndexResult, UnitIndexResult } from './compute';
import type { ClassScheme, IndexDefinition, NotClassifiedReason } from './definition';

/**
 * The matrix of the combined class (status × dynamics) with its counts, as the monitoring
 * workspace shows it, and the class changes between two computations for the sensitivity view.
 */

export interface CombinedCounts {
	/** Status classes in the order the definition lists their codes (rows). */
	statusClasses: ClassAssignment[];
	/** Dynamics classes in listed order (columns); empty when the index has no dynamics part. */
	dynamicsClasses: ClassAssignment[];
	/** counts[row][column]: units with both classes. */
	counts: number[][];
	/** Per row: every unit with this status class, whether or not it has a dynamics class. */
	statusTotals: number[];
	/** Per row: units with this status class but no dynamics class (dynamics values missing). */
	withoutDynamics: number[];
	/** Per column: units with this dynamics class and a status class. */
	dynamicsTotals: number[];
	/** Units with a status class. */
	classified: number;
	/** Units without a status class, by reason; reasons that do not occur are left out. */
	unclassified: { reason: NotClassifiedReason; count: number }[];
}

const reasons: NotClassifiedReason[] = [
	'excluded',
	'population_below_minimum',
	'population_missing',
	'values_missing'
];

/** Classes in the order their codes are listed (for 'high_first' the highest class first). */
function listed(scheme: ClassScheme | null): ClassAssignment[] {
	if (!scheme) return [];
	const classes = schemeClasses(scheme);
	return scheme.direction === 'low_first' ? classes : classes.reverse();
}

export function combinedCounts(definition: IndexDefinition, result: IndexResult): CombinedCounts {
	const statusClasses = listed(definition.statusClasses);
	const dynamicsClasses = definition.dynamics.length > 0 ? listed(definition.dynamicsClasses) : [];
	const row = new Map(statusClasses.map((c, i) => [c.position, i]));
	const column = new Map(dynamicsClasses.map((c, i) => [c.position, i]));
	const counts = statusClasses.map(() => dynamicsClasses.map(() => 0));
	const statusTotals = statusClasses.map(() => 0);
	const withoutDynamics = statusClasses.map(() => 0);
	const dynamicsTotals = dynamicsClasses.map(() => 0);
	const byReason = new Map<NotClassifiedReason, number>();
	let classified = 0;
	for (const unit of result.units) {
		if (!unit.statusClass) {
			const reason = unit.reason ?? 'values_missing';
			byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
			continue;
		}
		classified++;
		const r = row.get(unit.statusClass.position)!;
		statusTotals[r]!++;
		if (unit.dynamicsClass && column.size > 0) {
			const c = column.get(unit.dynamicsClass.position)!;
			counts[r]![c]!++;
			dynamicsTotals[c]!++;
		} else if (column.size > 0) withoutDynamics[r]!++;
	}
	return {
		statusClasses,
		dynamicsClasses,
		counts,
		statusTotals,
		withoutDynamics,
		dynamicsTotals,
		classified,
		unclassified: reasons
			.filter((reason) => byReason.has(reason))
			.map((reason) => ({ reason, count: byReason.get(reason)! }))
	};
}

export interface UnitClasses {
	status: ClassAssignment | null;
	dynamics: ClassAssignment | null;
	combined: string | null;
	statusIndex: number | null;
	dynamicsIndex: number | null;
}

export interface ClassChange {
	unit: string;
	saved: UnitClasses;
	variant: UnitClasses;
	statusChanged: boolean;
	dynamicsChanged: boolean;
	combinedChanged: boolean;
}

function classesOf(unit: UnitIndexResult | undefined): UnitClasses {
	return {
		status: unit?.statusClass ?? null,
		dynamics: unit?.dynamicsClass ?? null,
		combined: unit?.combinedClass ?? null,
		statusIndex: unit?.statusIndex ?? null,
		dynamicsIndex: unit?.dynamicsIndex ?? null
	};
}

/** Classes are compared by code: a variant may relabel them; no class is a value of its own. */
function sameClass(a: ClassAssignment | null, b: ClassAssignment | null): boolean {
	return (a?.code ?? null) === (b?.code ?? null);
}

/**
 * The units whose status, dynamics or combined class differs between a saved result and a
 * variant (sensitivity view). Units are matched by code, so both may list them in any order; a
 * unit in only one of the two counts as changed when it has a class there.
 */
export function classChanges(saved: IndexResult, variant: IndexResult): ClassChange[] {
	const variantByUnit = new Map(variant.units.map((u) => [u.unit, u]));
	const seen = new Set<string>();
	const changes: ClassChange[] = [];
	const compare = (code: string, a: UnitIndexResult | undefined, b: UnitIndexResult | undefined) => {
		const before = classesOf(a);
		const after = classesOf(b);
		const statusChanged = !sameClass(before.status, after.status);
		const dynamicsChanged = !sameClass(before.dynamics, after.dynamics);
		const combinedChanged = before.combined !== after.combined;
		if (statusChanged || dynamicsChanged || combinedChanged)
			changes.push({
				unit: code,
				saved: before,
				variant: after,
				statusChanged,
				dynamicsChanged,
				combinedChanged
			});
	};
	for (const unit of saved.units) {
		seen.add(unit.unit);
		compare(unit.unit, unit, variantByUnit.get(unit.unit));
	}
	for (const unit of variant.units) if (!seen.has(unit.unit)) compare(unit.unit, undefined, unit);
	return changes;
}
