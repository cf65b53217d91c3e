import { schemeClasses, type ClassAssignment } from './classes';
import {
	computeIndexColumns,
	EligibilityState,
	flaggedInvalid,
	type IndexColumns,
	type IndexInput,
	type IndexStatistics,
	type PartColumns
} from './columns';
import type { IndexDefinition, NotClassifiedReason } from './definition';

export type { IndexInput, IndexStatistics, IndicatorStatistics } from './columns';

/** One unit's index at one date, as stored, listed and written to CSV. */
export interface UnitIndexResult {
	unit: string;
	/** z per status indicator (after polarity), null outside the status population. */
	statusZ: (number | null)[];
	dynamicsZ: (number | null)[];
	/** Unrounded. */
	statusIndex: number | null;
	statusClass: ClassAssignment | null;
	dynamicsIndex: number | null;
	dynamicsClass: ClassAssignment | null;
	/** Status code + separator + dynamics code; the status code alone when the index has no dynamics part. */
	combinedClass: string | null;
	/** Why the unit has no status class. */
	reason: NotClassifiedReason | null;
	/**
	 * German: the exclusion's reason, the population against the minimum, or which indicators lack
	 * a value (the status indicators when `reason` is 'values_missing', the dynamics indicators when
	 * `dynamicsReason` is).
	 */
	reasonDetail: string | null;
	/** Why the unit has no dynamics class although it has a status class. */
	dynamicsReason: NotClassifiedReason | null;
}

export interface IndexResult {
	/** In input order. */
	units: UnitIndexResult[];
	statistics: IndexStatistics;
	/** Units neither excluded nor below (or without) the minimum population. */
	eligibleCount: number;
}

/** Made once: an Intl formatter per unit would cost more than the whole index. */
const germanNumber = new Intl.NumberFormat('de-DE');

function zValues(part: PartColumns | null, i: number): (number | null)[] {
	if (!part) return [];
	const inside = part.member[i] === 1;
	const values: (number | null)[] = new Array(part.z.length);
	for (let k = 0; k < part.z.length; k++) values[k] = inside ? part.z[k]![i]! : null;
	return values;
}

function lacking(entries: readonly { indicator: string }[], columns: readonly Float64Array[], i: number) {
	return entries
		.filter((_, k) => !Number.isFinite(columns[k]![i]!))
		.map((e) => e.indicator)
		.join(', ');
}

/** Why the validity flag left unit i out, in German, naming the flag. */
function flagReason(definition: IndexDefinition, input: IndexInput, i: number): string | null {
	const flag = definition.eligibility.validityFlag;
	if (!flag || !flaggedInvalid(definition, input, i)) return null;
	const value = input.validity?.[i] ?? Number.NaN;
	const valid = germanNumber.format(flag.validValue);
	return Number.isFinite(value)
		? `Ungültig laut Merkmal „${flag.variable}“: Wert ${germanNumber.format(value)}, gültig ist ${valid}`
		: `Kein Wert im Gültigkeitsmerkmal „${flag.variable}“ (ohne Wert ausgeschlossen)`;
}

/** The statistics of the columns in the shape of the result. */
export function indexStatistics(columns: IndexColumns): IndexStatistics {
	return {
		status: columns.status.statistics,
		dynamics: columns.dynamics?.statistics ?? [],
		statusCombination: columns.status.combination,
		dynamicsCombination: columns.dynamics?.combination ?? null
	};
}

/** One object per unit from the columns, with the reason where a unit has no class. */
export function unitResults(
	definition: IndexDefinition,
	input: IndexInput,
	columns: IndexColumns
): UnitIndexResult[] {
	const { units } = input;
	const { status, dynamics } = columns;
	const statusClasses = schemeClasses(definition.statusClasses);
	const dynamicsClasses = dynamics ? schemeClasses(definition.dynamicsClasses!) : [];
	const excludedReason = new Map(definition.eligibility.excluded.map((e) => [e.unit, e.reason]));
	const { minimumPopulation, populationVariable } = definition.eligibility;
	// Made once per class pair, not once per unit.
	const combined = statusClasses.map((s) =>
		dynamicsClasses.map((d) => s.code + definition.combinedSeparator + d.code)
	);
	const results: UnitIndexResult[] = new Array(units.length);
	for (let i = 0; i < units.length; i++) {
		const sp = status.position[i]!;
		const dp = dynamics ? dynamics.position[i]! : -1;
		const statusClass = sp >= 0 ? statusClasses[sp]! : null;
		const dynamicsClass = dp >= 0 ? dynamicsClasses[dp]! : null;
		let reason: NotClassifiedReason | null = null;
		let reasonDetail: string | null = null;
		let dynamicsReason: NotClassifiedReason | null = null;
		const state = columns.eligibility[i];
		if (state === EligibilityState.excluded) {
			reason = 'excluded';
			reasonDetail = excludedReason.get(units[i]!) ?? flagReason(definition, input, i);
		} else if (state === EligibilityState.belowMinimum) {
			reason = 'population_below_minimum';
			reasonDetail = `${germanNumber.format(input.population![i]!)} Einwohner, Mindestzahl ${germanNumber.format(minimumPopulation!)}`;
		} else if (state === EligibilityState.populationMissing) {
			reason = 'population_missing';
			reasonDetail = `Keine Einwohnerzahl (${populationVariable ?? 'Einwohner'})`;
		} else if (!statusClass) {
			reason = 'values_missing';
			reasonDetail = `Kein Wert für ${lacking(definition.status, input.status, i)}`;
		} else if (dynamics && !dynamicsClass) {
			dynamicsReason = 'values_missing';
			reasonDetail = `Keine Veränderung für ${lacking(definition.dynamics, input.dynamics, i)}`;
		}
		const combinedClass = sp < 0 ? null : !dynamics ? statusClass!.code : dp < 0 ? null : combined[sp]![dp]!;
		results[i] = {
			unit: units[i]!,
			statusZ: zValues(status, i),
			dynamicsZ: zValues(dynamics, i),
			statusIndex: statusClass ? status.index[i]! : null,
			statusClass,
			dynamicsIndex: dynamicsClass ? dynamics!.index[i]! : null,
			dynamicsClass,
			combinedClass,
			reason,
			reasonDetail,
			dynamicsReason
		};
	}
	return results;
}

/**
 * One date of a composite index (DOMAIN.md §1), one result per unit in input order. Units left
 * out (excluded, below or without the minimum population) are part of no mean or sd and get no z
 * and no class; a unit lacking a status value is left out of the status statistics the same way.
 */
export function computeIndex(definition: IndexDefinition, input: IndexInput): IndexResult {
	const columns = computeIndexColumns(definition, input);
	return {
		units: unitResults(definition, input, columns),
		statistics: indexStatistics(columns),
		eligibleCount: columns.eligibleCount
	};
}
