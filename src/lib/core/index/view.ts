import { classPosition, schemeClasses, type ClassAssignment } from './classes';
import type { IndexResult, IndexStatistics, UnitIndexResult } from './compute';
import type { ClassScheme, IndexDefinition, NotClassifiedReason } from './definition';
import { classColours } from '../monitoring/palette';

/**
 * What the Sozialindex page and the area profile need besides the core: stored results (which keep
 * class codes only) turned back into the core's result shape, so that the matrix and the class
 * changes come from the same functions as everywhere else; the class ranges in words; the map's
 * class positions; and the variant definition of the sensitivity view read from the URL.
 */

/** A stored unit result as the repository returns it (only the fields used here). */
export interface StoredRow {
	code: string;
	name: string;
	z: unknown;
	statusIndex: number | null;
	statusClass: string | null;
	dynamicsIndex: number | null;
	dynamicsClass: string | null;
	combinedClass: string | null;
	reason: string | null;
	reasonDetail: string | null;
	dynamicsReason: string | null;
}

/** The class with this code in a scheme, or null (no class, or a code the scheme does not know). */
export function classByCode(scheme: ClassScheme | null, code: string | null): ClassAssignment | null {
	if (!scheme || code === null) return null;
	return schemeClasses(scheme).find((c) => c.code === code) ?? null;
}

/** The z-values of a stored row in the order of the definition's indicators. */
export function storedZ(
	definition: IndexDefinition,
	z: unknown
): { status: (number | null)[]; dynamics: (number | null)[] } {
	const parts = (z ?? {}) as {
		status?: Record<string, number | null>;
		dynamics?: Record<string, number | null>;
	};
	return {
		status: definition.status.map((s) => parts.status?.[s.indicator] ?? null),
		dynamics: definition.dynamics.map((d) => parts.dynamics?.[d.indicator] ?? null)
	};
}

/** Stored rows (with the statistics stored with their run) in the shape of the core's result. */
export function storedAsResult(
	definition: IndexDefinition,
	rows: readonly StoredRow[],
	statistics: unknown
): IndexResult {
	const units: UnitIndexResult[] = rows.map((row) => {
		const z = storedZ(definition, row.z);
		return {
			unit: row.code,
			statusZ: z.status,
			dynamicsZ: z.dynamics,
			statusIndex: row.statusIndex,
			statusClass: classByCode(definition.statusClasses, row.statusClass),
			dynamicsIndex: row.dynamicsIndex,
			dynamicsClass: classByCode(definition.dynamicsClasses, row.dynamicsClass),
			combinedClass: row.combinedClass,
			reason: row.reason as NotClassifiedReason | null,
			reasonDetail: row.reasonDetail,
			dynamicsReason: row.dynamicsReason as NotClassifiedReason | null
		};
	});
	return {
		units,
		statistics: statistics as IndexStatistics,
		eligibleCount: rows.filter((r) => r.reason !== 'excluded' && !r.reason?.startsWith('population')).length
	};
}

/**
 * The range of a class as an inequality on the unrounded index ("−1 ≤ x ≤ 1"), with the bounds
 * included exactly as the scheme's threshold rule includes them (asked of the core, not repeated).
 */
export function classRange(scheme: ClassScheme, position: number, format: (value: number) => string): string {
	const { thresholds } = scheme;
	const lower = position > 0 ? thresholds[position - 1]! : null;
	const upper = position < thresholds.length ? thresholds[position]! : null;
	const lowerSign = lower !== null && classPosition(scheme, lower) === position ? '≤' : '<';
	const upperSign = upper !== null && classPosition(scheme, upper) === position ? '≤' : '<';
	if (lower === null && upper === null) return 'x';
	if (lower === null) return `x ${upperSign} ${format(upper!)}`;
	if (upper === null) return `x ${lowerSign === '≤' ? '≥' : '>'} ${format(lower)}`;
	return `${format(lower)} ${lowerSign} x ${upperSign} ${format(upper)}`;
}

/**
 * The thematic map colours by numeric limits: a unit's value on the map is its class position
 * (0 … k − 1), and these limits put position p into map class p (class i holds
 * breaks[i] < v ≤ breaks[i + 1], the first also breaks[0]).
 */
export function positionBreaks(classes: number): number[] {
	if (classes <= 1) return [0, 0];
	return [0, ...Array.from({ length: classes - 1 }, (_, i) => i + 0.5), classes - 1];
}

/**
 * One colour per class position: the diverging red–blue scheme of the workspace with the class
 * around 0 (the city's average) in the neutral middle colour, red towards more disadvantage (the
 * index is oriented "higher = more disadvantage" whichever way the codes are listed).
 */
export function schemeColours(scheme: ClassScheme): string[] {
	return classColours(positionBreaks(scheme.thresholds.length + 1), {
		kind: 'diverging',
		polarity: 'higher_worse',
		centre: classPosition(scheme, 0)
	});
}

/** URL parameter names of the sensitivity form (German, one per field). */
export const variantParams = {
	marker: 'variante',
	statusWeight: (indicator: string) => `gewicht_status_${indicator}`,
	dynamicsWeight: (indicator: string) => `gewicht_dynamik_${indicator}`,
	statusThreshold: (n: number) => `grenze_status_${n + 1}`,
	dynamicsThreshold: (n: number) => `grenze_dynamik_${n + 1}`
} as const;

/** A number typed the German way ("1,5") or the English way ("1.5"); NaN when it is none. */
export function parseDecimal(text: string | null): number {
	if (text === null) return Number.NaN;
	const cleaned = text.trim().replace(/\s/g, '').replace('−', '-').replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
	return Number(cleaned);
}

export interface VariantRequest {
	/** What the form shows: the typed text, or the saved value when a field was not sent. */
	values: Record<string, string>;
	/** Field name → German problem; empty when the variant can be computed. */
	problems: Record<string, string>;
	definition: IndexDefinition;
}

/**
 * The variant definition the sensitivity form asks for: the saved definition with the weights and
 * class thresholds from the URL. Fields that were not sent keep the saved value; a field that is
 * not a number is a problem (the definition's own rules — positive weights, ascending thresholds —
 * are checked by the service like those of a saved definition).
 */
export function variantFromParams(
	saved: IndexDefinition,
	params: URLSearchParams,
	savedText: (value: number) => string
): VariantRequest {
	const values: Record<string, string> = {};
	const problems: Record<string, string> = {};
	const read = (name: string, fallback: number, problem: string): number => {
		const sent = params.get(name);
		values[name] = sent ?? savedText(fallback);
		if (sent === null) return fallback;
		const value = parseDecimal(sent);
		if (!Number.isFinite(value)) problems[name] = problem;
		return value;
	};
	const weightProblem = 'Bitte ein Gewicht als Zahl angeben (z. B. 1 oder 0,5).';
	const thresholdProblem = 'Bitte eine Klassengrenze als Zahl angeben (z. B. -1 oder 1,5).';
	const status = saved.status.map((s) => ({
		...s,
		weight: read(variantParams.statusWeight(s.indicator), s.weight, weightProblem)
	}));
	const dynamics = saved.dynamics.map((d) => ({
		...d,
		weight: read(variantParams.dynamicsWeight(d.indicator), d.weight, weightProblem)
	}));
	const statusClasses = {
		...saved.statusClasses,
		thresholds: saved.statusClasses.thresholds.map((t, n) =>
			read(variantParams.statusThreshold(n), t, thresholdProblem)
		)
	};
	const dynamicsClasses = saved.dynamicsClasses && {
		...saved.dynamicsClasses,
		thresholds: saved.dynamicsClasses.thresholds.map((t, n) =>
			read(variantParams.dynamicsThreshold(n), t, thresholdProblem)
		)
	};
	return { values, problems, definition: { ...saved, status, dynamics, statusClasses, dynamicsClasses } };
}

/** The form field a problem of the service (a path into the definition) belongs to, if any. */
export function fieldOfProblem(definition: IndexDefinition, path: string): string | null {
	const weight = /^(status|dynamics)\[(\d+)\]\.weight$/.exec(path);
	if (weight) {
		const list = weight[1] === 'status' ? definition.status : definition.dynamics;
		const entry = list[Number(weight[2])];
		if (!entry) return null;
		return weight[1] === 'status'
			? variantParams.statusWeight(entry.indicator)
			: variantParams.dynamicsWeight(entry.indicator);
	}
	if (path === 'statusClasses.thresholds') return variantParams.statusThreshold(0);
	if (path === 'dynamicsClasses.thresholds') return variantParams.dynamicsThreshold(0);
	return null;
}

/** One unit of a stored result as the page's table, map and legend use it. */
export interface IndexRow {
	code: string;
	name: string;
	z: { status: (number | null)[]; dynamics: (number | null)[] };
	statusIndex: number | null;
	statusClass: ClassAssignment | null;
	dynamicsIndex: number | null;
	dynamicsClass: ClassAssignment | null;
	combinedClass: string | null;
	reason: string | null;
	reasonDetail: string | null;
	dynamicsReason: string | null;
}
