import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { demo, worldPassword } from './support/login';

/**
 * Every endpoint and form action, tried over HTTP by every role of "testcity", by the admin of
 * the foreign tenant "fremd" and by the public. The expectations are written out by hand from
 * issue 2; the last test checks that no endpoint or action of src/routes is missing here.
 */
type Who = 'admin' | 'planner' | 'department_planner' | 'steering' | 'viewer' | 'foreign_admin' | 'anonymous';
type Outcome = 'ok' | 'login' | 'forbidden';
const everyone: Who[] = [
	'admin',
	'planner',
	'department_planner',
	'steering',
	'viewer',
	'foreign_admin',
	'anonymous'
];
const members: Who[] = ['admin', 'planner', 'department_planner', 'steering', 'viewer'];

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

interface Session {
	api: APIRequestContext;
	csrf: string;
}

async function sessionFor(who: Who): Promise<Session> {
	// Like a browser: Origin on every form post (SvelteKit refuses cross-site posts without it) and
	// Accept: text/html (otherwise SvelteKit answers form actions as JSON with status 200).
	const api = await playwrightRequest.newContext({
		baseURL,
		maxRedirects: 0,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	const page = await api.get('/anmelden');
	const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
	if (who === 'anonymous') return { api, csrf };
	const username = who === 'foreign_admin' ? 'fremd-admin' : `testcity-${who.replace('_', '-')}`;
	const login = await api.post('/anmelden', { form: { login: username, password: worldPassword, csrf } });
	expect(login.status(), `login of ${username}`).toBe(303);
	const session = await (await api.get('/api/v1/session')).json();
	return { api, csrf: session.csrfToken };
}

/** 2xx, or a redirect elsewhere than the login page, is "ok". */
function classify(status: number, location: string | undefined): Outcome | string {
	if (status === 401 || (status >= 300 && status < 400 && location?.startsWith('/anmelden'))) return 'login';
	if (status === 403) return 'forbidden';
	if (status < 400) return 'ok';
	return `HTTP ${status}`;
}

const sessions = new Map<Who, Session>();
let victimCounter = 0;

async function adminApi(): Promise<Session> {
	return sessions.get('admin')!;
}

/** A fresh member of testcity for operations that use it up (removal; a password reset ends its sessions). */
async function freshViewer(): Promise<string> {
	const { api, csrf } = await adminApi();
	const response = await api.post('/api/v1/tenants/testcity/users', {
		headers: { 'x-csrf-token': csrf },
		data: {
			username: `opfer-${Date.now()}-${++victimCounter}`,
			displayName: 'Testperson',
			password: worldPassword,
			role: 'viewer'
		}
	});
	expect(response.status()).toBe(201);
	return (await response.json()).userId;
}

async function viewerId(): Promise<string> {
	const { api } = await adminApi();
	const users: { userId: string; username: string }[] = await (
		await api.get('/api/v1/tenants/testcity/users')
	).json();
	return users.find((u) => u.username === 'testcity-viewer')!.userId;
}

interface Case {
	/** Route file and method/action, as the coverage check finds them. */
	route: string;
	allowed: Who[];
	/** What the public gets where it is not allowed (default: sent to log in). */
	send: (s: Session) => Promise<{ status(): number; headers(): Record<string, string> }>;
}

const t = '/app/testcity';
const form = (s: Session, extra: Record<string, string> = {}) => ({ form: { csrf: s.csrf, ...extra } });
const json = (s: Session, data: unknown) => ({ headers: { 'x-csrf-token': s.csrf }, data });

const cases: Case[] = [
	// Pages
	{ route: '(app)/app/[tenant] GET', allowed: members, send: (s) => s.api.get(t) },
	...['daten', 'monitoring', 'angebote', 'steuerung', 'beteiligung', 'berichte'].map((area) => ({
		route: `(app)/app/[tenant]/${area} GET`,
		allowed: members,
		send: (s: Session) => s.api.get(`${t}/${area}`)
	})),
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer GET',
		allowed: ['admin', 'planner', 'department_planner', 'steering'],
		send: (s) => s.api.get(`${t}/verwaltung/benutzer`)
	},
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer/[userId] GET',
		allowed: ['admin'],
		send: async (s) => s.api.get(`${t}/verwaltung/benutzer/${await viewerId()}`)
	},
	{
		route: '(app)/app/[tenant]/verwaltung/protokoll GET',
		allowed: ['admin'],
		send: (s) => s.api.get(`${t}/verwaltung/protokoll`)
	},
	{ route: '(app)/konto GET', allowed: members.concat('foreign_admin'), send: (s) => s.api.get('/konto') },
	// Form actions
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer anlegen',
		allowed: ['admin'],
		send: (s) =>
			s.api.post(
				`${t}/verwaltung/benutzer?/anlegen`,
				form(s, {
					username: `neu-${Date.now()}-${++victimCounter}`,
					displayName: 'Neu',
					email: '',
					password: worldPassword,
					role: 'viewer',
					departmentId: ''
				})
			)
	},
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer/[userId] rolle',
		allowed: ['admin'],
		send: async (s) =>
			s.api.post(
				`${t}/verwaltung/benutzer/${await viewerId()}?/rolle`,
				form(s, { role: 'viewer', departmentId: '' })
			)
	},
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer/[userId] passwort',
		allowed: ['admin'],
		send: async (s) =>
			s.api.post(
				`${t}/verwaltung/benutzer/${await freshViewer()}?/passwort`,
				form(s, { password: worldPassword })
			)
	},
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer/[userId] entfernen',
		allowed: ['admin'],
		send: async (s) => s.api.post(`${t}/verwaltung/benutzer/${await freshViewer()}?/entfernen`, form(s))
	},
	{
		route: '(app)/konto schluessel',
		allowed: members.concat('foreign_admin'),
		send: (s) => s.api.post('/konto?/schluessel', form(s, { name: 'Matrix', expiresInDays: '1' }))
	},
	// API
	{
		route: 'api/v1/session GET',
		allowed: members.concat('foreign_admin'),
		send: (s) => s.api.get('/api/v1/session')
	},
	{
		route: 'api/v1/tenants/[tenant] GET',
		allowed: members,
		send: (s) => s.api.get('/api/v1/tenants/testcity')
	},
	{
		route: 'api/v1/tenants/[tenant]/departments GET',
		allowed: members,
		send: (s) => s.api.get('/api/v1/tenants/testcity/departments')
	},
	{
		route: 'api/v1/tenants/[tenant]/departments POST',
		allowed: ['admin'],
		send: (s) =>
			s.api.post(
				'/api/v1/tenants/testcity/departments',
				json(s, { name: `Amt ${Date.now()}-${++victimCounter}` })
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/users GET',
		allowed: ['admin', 'planner', 'department_planner', 'steering'],
		send: (s) => s.api.get('/api/v1/tenants/testcity/users')
	},
	{
		route: 'api/v1/tenants/[tenant]/users POST',
		allowed: ['admin'],
		send: (s) =>
			s.api.post(
				'/api/v1/tenants/testcity/users',
				json(s, {
					username: `api-${Date.now()}-${++victimCounter}`,
					displayName: 'API',
					password: worldPassword,
					role: 'viewer'
				})
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/users/[userId] PATCH',
		allowed: ['admin'],
		send: async (s) =>
			s.api.patch(`/api/v1/tenants/testcity/users/${await viewerId()}`, json(s, { role: 'viewer' }))
	},
	{
		route: 'api/v1/tenants/[tenant]/users/[userId] DELETE',
		allowed: ['admin'],
		send: async (s) =>
			s.api.delete(`/api/v1/tenants/testcity/users/${await freshViewer()}`, {
				headers: { 'x-csrf-token': s.csrf }
			})
	},
	{
		route: 'api/v1/tenants/[tenant]/audit GET',
		allowed: ['admin'],
		send: (s) => s.api.get('/api/v1/tenants/testcity/audit')
	}
];

/**
 * Routes open to everyone by design, with the exact answer each gets. Logout comes last: it ends
 * the sessions the other checks use.
 */
interface PublicCase {
	route: string;
	send: (
		s: Session
	) => Promise<{ status(): number; headers(): Record<string, string>; text(): Promise<string> }>;
	expect: (who: Who) => { status: number; text?: string; location?: string };
}
const publicRoutes: PublicCase[] = [
	{ route: 'api/v1/health GET', send: (s) => s.api.get('/api/v1/health'), expect: () => ({ status: 200 }) },
	{
		route: 'anmelden default',
		send: (s) => s.api.post('/anmelden', form(s, { login: demo.username, password: 'falsch-falsch-falsch' })),
		// Someone already logged in is sent on from the login page.
		expect: (who) =>
			who === 'anonymous' ? { status: 401, text: 'Benutzername oder Passwort ist falsch.' } : { status: 303 }
	},
	{
		route: 'sprache default',
		send: (s) => s.api.post('/sprache', form(s, { locale: 'de' })),
		expect: () => ({ status: 303 })
	},
	{
		// Any member may change their own password; a wrong current one is a form error, not a refusal.
		route: '(app)/konto passwort',
		send: (s) =>
			s.api.post(
				'/konto?/passwort',
				form(s, {
					currentPassword: 'falsch-falsch-falsch',
					newPassword: 'egal-egal-egal-egal',
					newPasswordRepeat: 'egal-egal-egal-egal'
				})
			),
		expect: (who) =>
			who === 'anonymous'
				? { status: 303, location: '/anmelden' }
				: { status: 400, text: 'Das aktuelle Passwort ist falsch.' }
	},
	{
		// Revoking works on the own tokens only; an id that is not one of them is "not found".
		route: '(app)/konto widerrufen',
		send: (s) => s.api.post('/konto?/widerrufen', form(s, { id: '00000000-0000-4000-8000-000000000000' })),
		expect: (who) =>
			who === 'anonymous'
				? { status: 303, location: '/anmelden' }
				: { status: 404, text: 'Der API-Schlüssel existiert nicht (mehr).' }
	},
	{
		route: 'abmelden default',
		send: (s) => s.api.post('/abmelden', form(s)),
		expect: () => ({ status: 303, location: '/anmelden' })
	}
];

function expected(testCase: Case, who: Who): Outcome {
	if (testCase.allowed.includes(who)) return 'ok';
	return who === 'anonymous' ? 'login' : 'forbidden';
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	for (const who of everyone) sessions.set(who, await sessionFor(who));
});
test.afterAll(async () => {
	for (const session of sessions.values()) await session.api.dispose();
});

for (const testCase of cases) {
	test(`${testCase.route}: ${everyone.map((w) => `${w}→${expected(testCase, w)}`).join(', ')}`, async () => {
		for (const who of everyone) {
			const response = await testCase.send(sessions.get(who)!);
			const outcome = classify(response.status(), response.headers()['location']);
			expect(outcome, `${testCase.route} by ${who}`).toBe(expected(testCase, who));
		}
	});
}

test('public routes give everyone the same answer', async () => {
	for (const testCase of publicRoutes) {
		for (const who of everyone) {
			const response = await testCase.send(sessions.get(who)!);
			const wanted = testCase.expect(who);
			expect(response.status(), `${testCase.route} by ${who}`).toBe(wanted.status);
			if (wanted.text) expect(await response.text()).toContain(wanted.text);
			if (wanted.location) expect(response.headers()['location']).toContain(wanted.location);
		}
	}
});

test('an API call that changes data with the session cookie needs the CSRF header', async () => {
	// A session of its own: the public-route check above has logged the shared ones out.
	const { api } = await sessionFor('admin');
	const response = await api.post('/api/v1/tenants/testcity/departments', { data: { name: 'Ohne Token' } });
	expect(response.status()).toBe(403);
	expect((await response.json()).error).toMatchObject({
		code: 'csrf.invalid',
		message: expect.stringContaining('CSRF')
	});
});

test('every endpoint and form action of src/routes is in this matrix', () => {
	const root = path.resolve('src/routes');
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			const route = path.relative(root, dir).split(path.sep).join('/');
			if (entry.name === '+server.ts') {
				for (const m of readFileSync(full, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g))
					found.push(`${route} ${m[1]}`);
			}
			if (entry.name === '+page.server.ts') {
				const source = readFileSync(full, 'utf8');
				const actions = /export const actions = \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
				for (const m of actions.matchAll(/^\t(\w+): async/gm)) found.push(`${route} ${m[1]}`);
			}
		}
	};
	walk(root);
	const covered = new Set([...cases, ...publicRoutes].map((c) => c.route));
	// The catch-all answers not_found for unknown API paths; nothing to authorize.
	const exempt = (route: string) => route.startsWith('api/[...path] ');
	expect(found.filter((r) => !covered.has(r) && !exempt(r))).toEqual([]);
	expect(found.length).toBeGreaterThan(15);
});
