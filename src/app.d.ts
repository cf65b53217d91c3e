import type { Actor } from '$lib/core/auth/policy';
import type { Locale } from '$lib/core/i18n/locale';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			user: { id: string; username: string; displayName: string } | null;
			locale: Locale;
			/** The token forms must echo (CSRF). */
			csrfToken: string;
			/** How the request authenticated: session cookie (forms, pages), API token, or not at all. */
			authMethod: 'session' | 'token' | null;
			/** Set when the request came with a session that had just expired. */
			sessionExpired: boolean;
		}
		interface Error {
			code?: string;
		}
	}
}

export {};
