import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors';

/**
 * All configuration comes from environment variables, read and validated once at start.
 * Every variable is documented in README.md and .env.example.
 */
const flag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nein'], {
		error: 'erwartet true oder false'
	})
	.transform((v) => ['true', '1', 'yes', 'ja'].includes(v));

const positiveInt = (label: string) =>
	z.coerce
		.number({ error: `${label} muss eine ganze Zahl sein` })
		.int(`${label} muss eine ganze Zahl sein`)
		.positive(`${label} muss größer als 0 sein`);

const databaseUrl = z
	.string()
	.trim()
	.refine((v) => {
		try {
			const url = new URL(v);
			return (
				(url.protocol === 'postgres:' || url.protocol === 'postgresql:') &&
				url.hostname !== '' &&
				url.pathname.length > 1
			);
		} catch {
			return false;
		}
	}, 'muss die Form postgres://benutzer:passwort@host:5432/datenbank haben');

const schema = z.object({
	PORT: positiveInt('PORT').max(65535, 'PORT muss höchstens 65535 sein').default(3000),
	DATABASE_URL: databaseUrl.optional(),
	DATA_DIR: z.string().trim().min(1).default('./data'),
	DEMO: flag.optional(),
	DEMO_PASSWORD: z
		.string()
		.min(12, 'DEMO_PASSWORD muss mindestens 12 Zeichen lang sein')
		.default('querschnitt-demo'),
	ORIGIN: z.url({ error: 'ORIGIN muss eine URL wie https://planung.example.de sein' }).optional(),
	COOKIE_SECURE: flag.optional(),
	SESSION_IDLE_MINUTES: positiveInt('SESSION_IDLE_MINUTES').default(120),
	SESSION_MAX_HOURS: positiveInt('SESSION_MAX_HOURS').default(12),
	LOGIN_MAX_FAILURES: positiveInt('LOGIN_MAX_FAILURES').default(5),
	LOGIN_WINDOW_MINUTES: positiveInt('LOGIN_WINDOW_MINUTES').default(15),
	BASEMAP_STYLE_URL: z.url({ error: 'BASEMAP_STYLE_URL muss die URL eines MapLibre-Stils sein' }).optional(),
	BASEMAP_ORIGINS: z
		.string()
		.trim()
		.refine(
			(v) => v.split(',').every((o) => /^https?:\/\/[^/\s]+$/.test(o.trim())),
			'BASEMAP_ORIGINS erwartet Adressen wie https://tiles.example.de, durch Kommas getrennt'
		)
		.optional(),
	ACCESSIBILITY_CONTACT: z.email({ error: 'ACCESSIBILITY_CONTACT muss eine E-Mail-Adresse sein' }).optional()
});

export interface Config {
	port: number;
	database: { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };
	demo: { enabled: boolean; password: string };
	origin: string | undefined;
	cookieSecure: boolean;
	session: { idleMinutes: number; maxHours: number };
	loginThrottle: { maxFailures: number; windowMinutes: number };
	/**
	 * An optional basemap under the thematic maps: a MapLibre style URL (none by default, so that no
	 * map tile is fetched from a third party), and the origins its tiles, glyphs and sprites come
	 * from. The Content Security Policy admits exactly these origins.
	 */
	basemap: { styleUrl: string; origins: string[] } | null;
	/** Where users report accessibility barriers (Feedback-Mechanismus of the accessibility statement). */
	accessibilityContact: string | undefined;
}

type Env = Record<string, string | undefined>;

/** Empty strings count as unset, as in a .env file with `DATABASE_URL=`. */
function withoutEmpty(env: Env): Env {
	return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
}

export function loadConfig(env: Env = process.env): Config {
	const parsed = schema.safeParse(withoutEmpty(env));
	if (!parsed.success) {
		const details = parsed.error.issues
			.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
			.join('; ');
		throw new AppError('config.invalid', { details });
	}
	const e = parsed.data;
	const database: Config['database'] = e.DATABASE_URL
		? { engine: 'postgres', url: e.DATABASE_URL }
		: { engine: 'pglite', dataDir: path.resolve(e.DATA_DIR) };
	return {
		port: e.PORT,
		database,
		// The demo tenant is on by default only for the embedded database (a first look, a test drive).
		demo: { enabled: e.DEMO ?? database.engine === 'pglite', password: e.DEMO_PASSWORD },
		origin: e.ORIGIN,
		cookieSecure: e.COOKIE_SECURE ?? e.ORIGIN?.startsWith('https://') ?? false,
		session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
		loginThrottle: { maxFailures: e.LOGIN_MAX_FAILURES, windowMinutes: e.LOGIN_WINDOW_MINUTES },
		accessibilityContact: e.ACCESSIBILITY_CONTACT,
		basemap: e.BASEMAP_STYLE_URL
			? {
					styleUrl: e.BASEMAP_STYLE_URL,
					origins: [
						...new Set([
							new URL(e.BASEMAP_STYLE_URL).origin,
							...(e.BASEMAP_ORIGINS ?? '')
								.split(',')
								.map((o) => o.trim())
								.filter(Boolean)
						])
					]
				}
			: null
	};
}

let cached: Config | undefined;

export function getConfig(): Config {
	cached ??= loadConfig();
	return cached;
}
