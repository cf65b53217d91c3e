import { AppError, isAppError } from '../../core/errors';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import { dataChanged } from './data-change';
import { writeIndicator } from './indicator.service';
import type { TenantContext } from './tenant-context';

/** One problem of one definition in a batch: which definition (1-based, with its code), which field. */
export interface DefinitionProblem {
	/** Position of the definition in the file or list, counted from 1. */
	index: number;
	/** The indicator's code as given; null when the definition has none. */
	indicator: string | null;
	/** Field of the definition (`numerator`, `metadata.licence` …); null for the definition as a whole. */
	field: string | null;
	/** The stable code of the error behind the problem (`indicator.invalid`, `validation.invalid` …). */
	error: string;
	message: string;
}

/** A batch that was refused: no definition of it was stored, and every problem is carried along. */
export class IndicatorDefinitionsFailed extends AppError {
	readonly problems: readonly DefinitionProblem[];

	constructor(total: number, problems: readonly DefinitionProblem[]) {
		const invalid = new Set(problems.map((p) => p.index)).size;
		const fields = Object.fromEntries(
			problems.map((p) => [`${p.index - 1}${p.field ? `.${p.field}` : ''}`, p.message])
		);
		super('indicator.definitions_invalid', { total, invalid }, fields);
		this.name = 'IndicatorDefinitionsFailed';
		this.problems = problems;
	}
}

export function isIndicatorDefinitionsFailed(error: unknown): error is IndicatorDefinitionsFailed {
	return error instanceof IndicatorDefinitionsFailed;
}

function codeOf(input: unknown): string | null {
	const code = (input as { code?: unknown } | null)?.code;
	return typeof code === 'string' && code.trim() !== '' ? code.trim() : null;
}

/** An error of `defineIndicator` as problems of the definition at `index`. */
function problemsOf(index: number, input: unknown, error: AppError): DefinitionProblem[] {
	const indicator = codeOf(input);
	const fields = Object.entries(error.fields);
	if (fields.length === 0)
		return [{ index, indicator, field: null, error: error.code, message: error.message }];
	return fields.map(([field, message]) => ({
		index,
		indicator,
		field: field === '_' ? null : field,
		error: error.code,
		message
	}));
}

/**
 * Defines several indicators (a file of definitions) all or none: each definition runs through
 * `defineIndicator` in one common transaction, each in its own savepoint, so that every invalid
 * definition is reported, not only the first. Definitions may refer to ones earlier in the list
 * (a change indicator to its base). If any is invalid, the transaction is rolled back, nothing is
 * stored and IndicatorDefinitionsFailed lists every problem; otherwise all are stored and audited.
 */
export async function defineIndicators(
	tc: TenantContext,
	inputs: readonly unknown[]
): Promise<IndicatorListItem[]> {
	if (inputs.length === 0) {
		throw new AppError('validation.invalid', { details: 'Die Liste enthält keine Definition.' });
	}
	const changed = await tc.db.transaction(async (tx) => {
		const defined: IndicatorListItem[] = [];
		const problems: DefinitionProblem[] = [];
		for (const [i, input] of inputs.entries()) {
			try {
				// A savepoint of its own: a failed definition leaves the others' work intact until the end.
				defined.push(await tx.transaction((sp) => writeIndicator({ ...tc, db: sp }, input)));
			} catch (error) {
				if (!isAppError(error)) throw error;
				problems.push(...problemsOf(i + 1, input, error));
			}
		}
		if (problems.length > 0) throw new IndicatorDefinitionsFailed(inputs.length, problems);
		return defined;
	});
	dataChanged(tc);
	return changed;
}
