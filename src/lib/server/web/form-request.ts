import { AppError } from '../../core/errors';

/**
 * What a browser can send cross-site without JavaScript's permission: these content types are the
 * ones a forged form uses, so requests carrying them must come from our own origin.
 */
const browserFormTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
/** What our form actions read (`request.formData()`); text/plain is a form type, but not one we accept. */
const acceptedFormTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * The origin check SvelteKit would do, done here so that a refusal is a German error page (or
 * error body) instead of a bare English line, and so that page actions refuse content types they
 * cannot read (415) instead of failing inside `formData()`. `origin` is the server's own origin:
 * ORIGIN when configured (behind a proxy), else the address the request came to.
 */
export function checkUnsafeRequest(request: Request, origin: string, isApi: boolean): void {
	const type = mediaType(request);
	if (browserFormTypes.includes(type) || !isApi) {
		const sent = request.headers.get('origin');
		if (sent !== origin) {
			throw new AppError('csrf.cross_origin', { origin: sent ?? 'keine Angabe', expected: origin });
		}
	}
	if (!isApi && !acceptedFormTypes.includes(type)) {
		throw new AppError('request.unsupported_media_type', { type: type || 'ohne Angabe' });
	}
}
