import { problem, type ImportProblem, type ImportProblemCode } from './problems';

/** More than this many problems of one code means the whole file is off: the rest are summed up. */
export const maxProblemsPerCode = 1000;

/**
 * Collects the problems of an import. A file of a million rows in the wrong layer must not make a
 * million messages: each code is listed up to a limit, then one problem says how many more there are.
 */
export class ProblemList {
	readonly #items: ImportProblem[] = [];
	readonly #count = new Map<ImportProblemCode, number>();
	readonly #more = new Map<
		string,
		{ code: ImportProblemCode; file: string; n: number; severity: ImportProblem['severity'] }
	>();

	constructor(private readonly limit = maxProblemsPerCode) {}

	add(item: ImportProblem): void {
		const n = this.#count.get(item.code) ?? 0;
		this.#count.set(item.code, n + 1);
		if (n < this.limit) {
			this.#items.push(item);
			return;
		}
		const key = `${item.code}\u0000${item.file}`;
		const more = this.#more.get(key) ?? { code: item.code, file: item.file, n: 0, severity: item.severity };
		more.n++;
		this.#more.set(key, more);
	}

	addAll(items: readonly ImportProblem[]): void {
		for (const item of items) this.add(item);
	}

	get hasErrors(): boolean {
		return this.#items.some((p) => p.severity === 'error');
	}

	/** All problems, sorted by file and row, with one summary per code that went over the limit. */
	list(): ImportProblem[] {
		const summaries = [...this.#more.values()].map(({ code, file, n, severity }) =>
			problem(
				code,
				{ file },
				`Es gibt ${n} weitere Probleme dieser Art (${code}), die nicht einzeln aufgeführt werden. Bitte beheben Sie zuerst die genannten; oft haben alle dieselbe Ursache.`,
				severity
			)
		);
		return [...this.#items, ...summaries].sort(
			(a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0)
		);
	}
}
