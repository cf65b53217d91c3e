import { AppError } from '../../core/errors';

/** The JSON body of an API request; anything else is a validation error, not a crash. */
export async function jsonBody(request: Request): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.startsWith('application/json')) {
		throw new AppError('validation.invalid', {
			details: 'Der Inhalt muss JSON sein (Content-Type: application/json).'
		});
	}
	try {
		return await request.json();
	} catch {
		throw new AppError('validation.invalid', { details: 'Der Inhalt ist kein gültiges JSON.' });
	}
}
