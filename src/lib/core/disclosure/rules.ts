/**
 * The rules of statistical disclosure control for one tenant (DOMAIN.md §2). They decide what may
 * leave the internal area: which counts are too small to publish (primary suppression), and whether
 * an open-data export suppresses cells or rounds every count to a base instead. One family of tables
 * uses one method: mixing them would let a reader combine a rounded and an exact margin.
 */
export interface DisclosureRules {
	/** k: a count below this is not published (DOMAIN.md: default 3; 5 is common too). */
	minimumCount: number;
	/** 'suppress' replaces cells by "." (with secondary suppression); 'round' rounds every count. */
	method: 'suppress' | 'round';
	/** The base counts are rounded to when `method` is 'round'. */
	roundingBase: 3 | 5 | 10;
	/**
	 * DOMAIN.md speaks of "a count below k", and 0 is below k: by default a zero is suppressed
	 * like 1 or 2 (a published 0 says "nobody here has the trait", which is itself a disclosure
	 * about everybody in the area). true publishes zeros as they are, as some statistics offices do.
	 */
	publishZeros: boolean;
}

export const defaultDisclosureRules: DisclosureRules = {
	minimumCount: 3,
	method: 'suppress',
	roundingBase: 5,
	publishZeros: false
};

export const roundingBases = [3, 5, 10] as const;

export interface RulesProblem {
	/** The field of the rules the message is about. */
	field: keyof DisclosureRules;
	message: string;
}

/** The rules between and within fields; an empty list means the rules can be applied. */
export function rulesProblems(rules: DisclosureRules): RulesProblem[] {
	const problems: RulesProblem[] = [];
	if (!Number.isInteger(rules.minimumCount) || rules.minimumCount < 1)
		problems.push({
			field: 'minimumCount',
			message: 'Die Mindestfallzahl muss eine ganze Zahl von mindestens 1 sein.'
		});
	else if (rules.minimumCount > 100)
		problems.push({
			field: 'minimumCount',
			message: 'Eine Mindestfallzahl über 100 ist nicht vorgesehen; üblich sind 3 oder 5.'
		});
	if (rules.method !== 'suppress' && rules.method !== 'round')
		problems.push({
			field: 'method',
			message: 'Als Verfahren sind nur „Sperren“ (suppress) oder „Runden“ (round) möglich.'
		});
	if (!(roundingBases as readonly number[]).includes(rules.roundingBase))
		problems.push({
			field: 'roundingBase',
			message: 'Gerundet werden kann nur auf Vielfache von 3, 5 oder 10.'
		});
	if (typeof rules.publishZeros !== 'boolean')
		problems.push({
			field: 'publishZeros',
			message: 'Ob Nullen veröffentlicht werden, muss ja oder nein sein.'
		});
	return problems;
}
