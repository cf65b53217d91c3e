import type { Database } from '../db/client';
import { getOrCreateSetting } from '../repositories/instance-setting.repository';
import { hmac, randomToken, safeEqual } from '../auth/tokens';

/**
 * CSRF protection by a signed double submit: a random, httpOnly, SameSite=Strict cookie, and in
 * every form (field `csrf`) or API call (header `x-csrf-token`) its HMAC under a secret shared
 * by all app servers through the database. A forged request has neither.
 */
export const csrfField = 'csrf';
export const csrfHeader = 'x-csrf-token';

let secret: Promise<string> | undefined;

function instanceSecret(db: Database): Promise<string> {
	secret ??= getOrCreateSetting(db, 'csrf_secret', randomToken()).catch((error) => {
		secret = undefined;
		throw error;
	});
	return secret;
}

export async function csrfTokenFor(db: Database, cookieValue: string): Promise<string> {
	return hmac(await instanceSecret(db), cookieValue);
}

export async function csrfValid(
	db: Database,
	cookieValue: string | undefined,
	sent: string | null | undefined
): Promise<boolean> {
	if (!cookieValue || !sent) return false;
	return safeEqual(await csrfTokenFor(db, cookieValue), sent);
}

export const newCsrfCookieValue = randomToken;
