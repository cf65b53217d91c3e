import { error, fail, isActionFailure, json, type ActionFailure } from '@sveltejs/kit';
import { httpStatus, toErrorBody, type ErrorBody } from '../errors';

/** API: the result as JSON, or `{ error: { code, message } }` with the code's HTTP status. */
export async function apiResult(run: () => Promise<unknown>, status = 200): Promise<Response> {
	try {
		return json(await run(), { status });
	} catch (caught) {
		return apiError(caught);
	}
}

export function apiError(caught: unknown): Response {
	const body = toErrorBody(caught);
	return json({ error: body }, { status: httpStatus(body.code) });
}

export interface FormFailure {
	error: ErrorBody;
	/** What the user entered (never passwords), to fill the form again. */
	values: Record<string, string>;
}

/** Errors about who may act are not a problem of the form: they show the error page. */
const escalated = new Set<string>([
	'auth.forbidden',
	'auth.foreign_tenant',
	'auth.unauthenticated',
	'auth.session_expired'
]);

/**
 * Form action: runs the service; an expected error becomes a form failure shown next to the
 * form with the user's input kept; an authorization error shows the error page instead.
 */
export async function formResult<T>(
	form: FormData,
	run: () => Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await run();
	} catch (caught) {
		const body = toErrorBody(caught);
		const status = httpStatus(body.code);
		if (escalated.has(body.code) || status >= 500) error(status, { message: body.message, code: body.code });
		const values: Record<string, string> = {};
		for (const [key, value] of form) {
			if (typeof value === 'string' && !/password|csrf/i.test(key)) values[key] = value;
		}
		return fail(status, { error: body, values });
	}
}

/** Tells the failure of `formResult` from the service's result, keeping both types. */
export function isFormFailure<T>(
	result: T | ActionFailure<FormFailure>
): result is ActionFailure<FormFailure> {
	return isActionFailure(result);
}

/** Page loads: an expected error becomes the error page with its German message. */
export async function loadResult<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (caught) {
		const body = toErrorBody(caught);
		error(httpStatus(body.code), { message: body.message, code: body.code });
	}
}
