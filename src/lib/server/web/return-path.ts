/**
 * Where to send the user after a form (login, language switch): only a path of this site.
 * Absolute URLs, protocol-relative `//host` and backslash tricks (`/\host`) would open a redirect
 * to another site, so they fall back to the default.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
	if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
		return fallback;
	}
	try {
		const base = 'http://querschnitt.invalid';
		const url = new URL(value, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

/** The path of a same-site Referer header, for forms posted from any page. */
export function refererPath(referer: string | null, origin: string): string | null {
	if (!referer) return null;
	try {
		const url = new URL(referer);
		return url.origin === origin ? url.pathname + url.search : null;
	} catch {
		return null;
	}
}
