/**
 * The vocabulary of measures (Maßnahmen, DOMAIN.md §7): their status and where their money comes from.
 */

export const measureStatuses = ['geplant', 'laufend', 'abgeschlossen', 'abgebrochen'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/** Haushalt: the tenant's own budget; Förderprogramm: third-party funding, named in the budget line. */
export const fundingSources = ['haushalt', 'foerderprogramm'] as const;
export type FundingSource = (typeof fundingSources)[number];

/** One year's money of a measure from one source, in euros. */
export interface BudgetLine {
	year: number;
	planned: number | null;
	approved: number | null;
	spent: number | null;
	source: FundingSource;
	programme: string | null;
	note: string | null;
}

/** Problems of a budget line that the form and the import name (field → German message). */
export function budgetProblems(line: BudgetLine): Record<string, string> {
	const problems: Record<string, string> = {};
	for (const field of ['planned', 'approved', 'spent'] as const) {
		const value = line[field];
		if (value !== null && value < 0) problems[field] = 'Beträge dürfen nicht negativ sein.';
	}
	if (line.source === 'foerderprogramm' && !line.programme?.trim()) {
		problems.programme = 'Bitte den Namen des Förderprogramms angeben.';
	}
	const over = line.spent !== null && line.approved !== null && line.spent > line.approved;
	if (over && !line.note?.trim()) {
		problems.note = 'Die Ausgaben liegen über dem bewilligten Betrag: bitte in einer Anmerkung begründen.';
	}
	return problems;
}

/** Problems of a measure's period (field → German message). */
export function periodProblems(start: string | null, end: string | null): Record<string, string> {
	if (start && end && end < start) return { periodEnd: 'Das Ende der Laufzeit liegt vor ihrem Beginn.' };
	return {};
}
