import { error, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { AppError } from '$lib/core/errors';
import { defaultLocale, isLocale } from '$lib/core/i18n/locale';
import { getConfig } from '$lib/server/config';
import { httpStatus, toErrorBody } from '$lib/server/errors';
import { database, runtimeStatus, startRuntime } from '$lib/server/runtime';
import { checkApiToken } from '$lib/server/services/api-token.service';
import { checkSession } from '$lib/server/services/auth.service';
import {
	clearSessionCookie,
	csrfCookie,
	localeCookie,
	sessionCookie,
	setCsrfCookie
} from '$lib/server/web/cookies';
import { csrfField, csrfHeader, csrfTokenFor, csrfValid, newCsrfCookieValue } from '$lib/server/web/csrf';
import { checkUnsafeRequest } from '$lib/server/web/form-request';
import { apiError } from '$lib/server/web/respond';

/** Opens the database before the server takes requests. */
export const init: ServerInit = async () => {
	await startRuntime();
};

const securityHeaders: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'cross-origin-opener-policy': 'same-origin'
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const handle: Handle = async ({ event, resolve }) => {
	const isApi = event.url.pathname.startsWith('/api/');
	const lang = event.cookies.get(localeCookie);
	event.locals.locale = isLocale(lang) ? lang : defaultLocale;
	event.locals.actor = { kind: 'anonymous' };
	event.locals.user = null;
	event.locals.sessionExpired = false;
	event.locals.authMethod = null;
	event.locals.csrfToken = '';

	if (runtimeStatus() === 'ready') {
		try {
			await authenticate(event, isApi);
			await protectAgainstCsrf(event, isApi);
		} catch (caught) {
			if (isApi) return apiError(caught);
			const body = toErrorBody(caught);
			error(httpStatus(body.code), { message: body.message, code: body.code });
		}
	} else if (event.url.pathname !== '/api/v1/health') {
		// Starting, or the database is not reachable: say so instead of failing on every page.
		try {
			database();
		} catch (caught) {
			if (isApi) return apiError(caught);
			const body = toErrorBody(caught);
			error(httpStatus(body.code), { message: body.message, code: body.code });
		}
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
	admitBasemap(response.headers);
	if (event.locals.user || isApi) response.headers.set('cache-control', 'no-store');
	return response;
};

/**
 * The CSP of svelte.config.js is fixed at build time; a basemap configured at run time needs its
 * origins in connect-src (style, tiles, glyphs) and img-src (sprites).
 */
function admitBasemap(headers: Headers): void {
	const basemap = getConfig().basemap;
	const policy = headers.get('content-security-policy');
	if (!basemap || !policy) return;
	const origins = basemap.origins.join(' ');
	headers.set(
		'content-security-policy',
		policy.replace(
			/(connect-src|img-src) ([^;]*)/g,
			(_, directive, sources) => `${directive} ${sources} ${origins}`
		)
	);
}

async function authenticate(event: Parameters<Handle>[0]['event'], isApi: boolean): Promise<void> {
	const authorization = event.request.headers.get('authorization');
	if (isApi && authorization?.toLowerCase().startsWith('bearer ')) {
		const check = await checkApiToken(database(), authorization.slice(7).trim(), new Date());
		if (check.status === 'invalid') throw new AppError('auth.invalid_token');
		event.locals.actor = check.actor;
		event.locals.user = check.actor.kind === 'user' ? check.user : null;
		event.locals.authMethod = 'token';
		return;
	}
	const token = event.cookies.get(sessionCookie);
	if (!token) return;
	const check = await checkSession(database(), token, new Date(), getConfig());
	if (check.status === 'valid') {
		event.locals.actor = check.actor;
		event.locals.authMethod = 'session';
		event.locals.user = {
			id: check.user.id,
			username: check.user.username,
			displayName: check.user.displayName
		};
		return;
	}
	clearSessionCookie(event.cookies);
	event.locals.sessionExpired = check.status === 'expired';
}

async function protectAgainstCsrf(event: Parameters<Handle>[0]['event'], isApi: boolean): Promise<void> {
	const db = database();
	let cookieValue = event.cookies.get(csrfCookie);
	if (!cookieValue) {
		cookieValue = newCsrfCookieValue();
		setCsrfCookie(event.cookies, cookieValue);
	}
	event.locals.csrfToken = await csrfTokenFor(db, cookieValue);
	if (!unsafeMethods.has(event.request.method)) return;
	// A bearer token is not sent by browsers on their own, so a scripted upload needs no Origin.
	if (event.locals.authMethod !== 'token') checkUnsafeRequest(event.request, event.url.origin, isApi);
	if (isApi) {
		// Calls authenticated by the session cookie must prove they come from our pages.
		if (
			event.locals.authMethod === 'session' &&
			!(await csrfValid(db, event.cookies.get(csrfCookie), event.request.headers.get(csrfHeader)))
		) {
			throw new AppError('csrf.invalid');
		}
		return;
	}
	// Past checkUnsafeRequest, a page request is a form post we can read.
	const form = await event.request.clone().formData();
	const sent = form.get(csrfField);
	if (!(await csrfValid(db, event.cookies.get(csrfCookie), typeof sent === 'string' ? sent : null))) {
		throw new AppError('csrf.invalid');
	}
}

export const handleError: HandleServerError = ({ error: caught, status }) => {
	if (status === 404) return { message: new AppError('not_found').message, code: 'not_found' };
	const body = toErrorBody(caught);
	return { message: body.message, code: body.code };
};
