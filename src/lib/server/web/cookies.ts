import type { Cookies } from '@sveltejs/kit';
import { getConfig } from '../config';

export const sessionCookie = 'qs_session';
export const csrfCookie = 'qs_csrf';
export const localeCookie = 'qs_lang';

function base() {
	return { path: '/', httpOnly: true, secure: getConfig().cookieSecure } as const;
}

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookie, token, { ...base(), sameSite: 'lax', expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookie, { ...base(), sameSite: 'lax' });
}

export function setCsrfCookie(cookies: Cookies, value: string): void {
	cookies.set(csrfCookie, value, { ...base(), sameSite: 'strict' });
}

export function setLocaleCookie(cookies: Cookies, locale: string): void {
	// Readable by nobody but the server too; a year, it is a preference.
	cookies.set(localeCookie, locale, { ...base(), sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}
