import type { ImportProblem } from './problems';

/**
 * Many problems (a file in the wrong layer has thousands) are shown grouped and paged: how many
 * there are of each code, and one page of them, all or of one code.
 */
export interface ProblemGroup {
	code: string;
	severity: ImportProblem['severity'];
	count: number;
}

export interface ProblemPage {
	groups: ProblemGroup[];
	problems: ImportProblem[];
	/** The code shown, or null for all. */
	code: string | null;
	page: number;
	pages: number;
	total: number;
}

export function problemPage(
	all: readonly ImportProblem[],
	query: { code?: string | null; page?: number },
	pageSize = 50
): ProblemPage {
	const counts = new Map<string, ProblemGroup>();
	for (const p of all) {
		const group = counts.get(p.code) ?? { code: p.code, severity: p.severity, count: 0 };
		group.count++;
		if (p.severity === 'error') group.severity = 'error';
		counts.set(p.code, group);
	}
	const groups = [...counts.values()].sort((a, b) =>
		a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1
	);
	const code = query.code && counts.has(query.code) ? query.code : null;
	const shown = code ? all.filter((p) => p.code === code) : [...all];
	// Errors first: they are what keeps the import from going through.
	shown.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
	const pages = Math.max(1, Math.ceil(shown.length / pageSize));
	const page = Math.min(Math.max(1, query.page ?? 1), pages);
	return {
		groups,
		problems: shown.slice((page - 1) * pageSize, page * pageSize),
		code,
		page,
		pages,
		total: shown.length
	};
}
