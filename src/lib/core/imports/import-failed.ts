import { AppError } from '../errors';
import type { ImportProblem } from './problems';

/**
 * An import that was refused: nothing was written, and every problem found is carried along with
 * file, row, column, code and German message, so that the UI, the API and the CLI can list them all.
 */
export class ImportFailed extends AppError {
	readonly problems: readonly ImportProblem[];

	constructor(problems: readonly ImportProblem[]) {
		const errors = problems.filter((p) => p.severity === 'error').length;
		super('import.failed', { errors });
		this.name = 'ImportFailed';
		this.problems = problems;
	}
}

export function isImportFailed(error: unknown): error is ImportFailed {
	return error instanceof ImportFailed;
}
