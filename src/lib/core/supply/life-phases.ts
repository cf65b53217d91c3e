/**
 * Lebensphasen der Präventionskette (DOMAIN.md §4): the rows of the prevention chain matrix.
 *
 * Ages are whole or fractional years since birth, as half-open intervals [ageFrom, ageTo): a
 * phase 3–6 holds children of 3 up to (not including) 6 years. `null` is an open side. A phase
 * that ends at or before birth (`ageTo ≤ 0`, i.e. Schwangerschaft und Geburt with
 * ageFrom = null, ageTo = 0) lies before every age a facility can name, so no age range reaches
 * it: only a facility kind that names it explicitly does (Frühe Hilfen: pregnancy and 0–3).
 * The same holds for a phase without any age bound (a tenant's own phase such as "Familie"): it
 * is not defined by age, so an age range cannot decide whether it belongs there.
 */

export interface LifePhase {
	code: string;
	/** German label, as planners read it. */
	label: string;
	/** English label for the second UI language; a tenant's own phase may have none. */
	labelEn?: string;
	/** Years, inclusive; null: open (from the start of life, or before birth when ageTo ≤ 0). */
	ageFrom: number | null;
	/** Years, exclusive; null: open upwards. */
	ageTo: number | null;
}

/**
 * The default chain from DOMAIN.md §4: from pregnancy to the transition into work. Adults and
 * older people are deliberately not part of it: the background articles (Kommune 360°, ISA on
 * Präventionsketten, the Transferagenturen) speak of "gelingendes Aufwachsen" of children and
 * young people; facilities for older people (Senioren-, Pflegeeinrichtungen) belong to no phase
 * here and are reported as such, and a tenant that wants a whole-life chain adds its own phases.
 */
export const defaultLifePhases: readonly LifePhase[] = [
	{
		code: 'schwangerschaft',
		label: 'Schwangerschaft und Geburt',
		labelEn: 'Pregnancy and birth',
		ageFrom: null,
		ageTo: 0
	},
	{
		code: 'alter_0_3',
		label: 'Frühe Kindheit (0 bis unter 3 Jahre)',
		labelEn: 'Early childhood (0 to under 3)',
		ageFrom: 0,
		ageTo: 3
	},
	{
		code: 'alter_3_6',
		label: 'Kindergartenalter (3 bis unter 6 Jahre)',
		labelEn: 'Pre-school age (3 to under 6)',
		ageFrom: 3,
		ageTo: 6
	},
	{
		code: 'alter_6_10',
		label: 'Grundschulalter (6 bis unter 10 Jahre)',
		labelEn: 'Primary school age (6 to under 10)',
		ageFrom: 6,
		ageTo: 10
	},
	{
		code: 'alter_10_16',
		label: 'Jugendalter (10 bis unter 16 Jahre)',
		labelEn: 'Adolescence (10 to under 16)',
		ageFrom: 10,
		ageTo: 16
	},
	{
		code: 'alter_16_25',
		label: 'Übergang Schule–Beruf (16 bis unter 25 Jahre)',
		labelEn: 'Transition from school to work (16 to under 25)',
		ageFrom: 16,
		ageTo: 25
	}
];

/** Whether an age range can reach the phase at all (see the file comment). */
export function reachableByAge(phase: LifePhase): boolean {
	if (phase.ageFrom === null && phase.ageTo === null) return false;
	return phase.ageTo === null || phase.ageTo > 0;
}

function checkAge(value: number | null, what: string): void {
	if (value !== null && !(Number.isFinite(value) && value >= 0))
		throw new RangeError(`${what} muss eine Zahl ab 0 sein, nicht ${value}`);
}

/**
 * The codes of the phases (in the order given) that a facility's target age range [ageFrom, ageTo)
 * overlaps. An open side overlaps every phase on that side; ageFrom = null means "from birth".
 * An empty range (ageFrom = ageTo) overlaps nothing. A range that ends before it starts, or a
 * negative age, is a caller's error (the import rejects it first) and throws.
 */
export function lifePhasesForAgeRange(
	ageFrom: number | null,
	ageTo: number | null,
	phases: readonly LifePhase[] = defaultLifePhases
): string[] {
	checkAge(ageFrom, 'Alter von');
	checkAge(ageTo, 'Alter bis');
	if (ageFrom !== null && ageTo !== null && ageTo < ageFrom)
		throw new RangeError(`Altersbereich ${ageFrom} bis ${ageTo}: das Ende liegt vor dem Anfang`);
	const from = ageFrom ?? 0;
	const to = ageTo ?? Infinity;
	if (from >= to) return [];
	return phases
		.filter((phase) => {
			if (!reachableByAge(phase)) return false;
			const phaseFrom = Math.max(phase.ageFrom ?? 0, 0);
			const phaseTo = phase.ageTo ?? Infinity;
			// Two half-open intervals overlap when each starts before the other ends.
			return from < phaseTo && phaseFrom < to;
		})
		.map((phase) => phase.code);
}

/**
 * The phases an offer serves: those its kind names explicitly (kept if they are among `phases`,
 * in the order of `phases`), else — only when the kind names none — those of its target age range.
 */
export function offerLifePhases(
	kindLifePhases: readonly string[] | null | undefined,
	ageFrom: number | null,
	ageTo: number | null,
	phases: readonly LifePhase[] = defaultLifePhases
): string[] {
	if (kindLifePhases && kindLifePhases.length > 0) {
		const named = new Set(kindLifePhases);
		return phases.filter((phase) => named.has(phase.code)).map((phase) => phase.code);
	}
	return lifePhasesForAgeRange(ageFrom, ageTo, phases);
}
