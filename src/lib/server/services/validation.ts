import { z } from 'zod';
import { AppError } from '../../core/errors';

// Messages of zod's own checks in German, for every schema of the server.
z.config(z.locales.de());

/** Parses input with its zod schema; problems become one `validation.invalid` error with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const fields: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const key = issue.path.join('.') || '_';
		fields[key] ??= issue.message;
	}
	invalidFields(fields);
}

/** Refuses input with a German message per field (`_` for the input as a whole), as `validation.invalid`. */
export function invalidFields(fields: Record<string, string>): never {
	const details = Object.entries(fields)
		.map(([field, message]) => (field === '_' ? message : `${field}: ${message}`))
		.join('; ');
	throw new AppError('validation.invalid', { details }, fields);
}
