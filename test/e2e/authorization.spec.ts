import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demo, worldPassword } from './support/login';
import {
	classify,
	everyone,
	form,
	freshViewer,
	json,
	members,
	sessionFor,
	sessions,
	t,
	tenantMembers,
	unique,
	viewerId,
	type Case,
	type Outcome,
	type Session,
	type Who
} from './access/matrix';
import { dataApiCases } from './access/data-api';
import { dataPageCases } from './access/data-pages';
import { dataImportCases } from './access/data-import';
import { monitoringDownloadCases } from './access/monitoring-download';
import { monitoringPageCases } from './access/monitoring-pages';
import { socialIndexPageCases } from './access/social-index-pages';
import { indexApiCases } from './access/index-api';
import { crosswalkApiCases } from './access/crosswalks';
import { disclosurePageCases } from './access/disclosure-pages';
import { facilityCases } from './access/facilities';
import { facilityImportCases } from './access/facility-import';
import { supplyCases } from './access/supply';
import { indicatorWeightCases } from './access/indicator-weights';
import { goalCases } from './access/goals';
import { measureCases } from './access/measures';
import { planExchangeCases } from './access/plan-exchange';
import { planAreaCases } from './access/plan-areas';
import { steeringCases } from './access/steering';

/**
 * Every endpoint and form action, tried over HTTP by every role of "testcity", by the admin of
 * the foreign tenant "fremd" and by the public. The expectations are written out by hand from
 * the issues; the last test checks that no endpoint or action of src/routes is missing here.
 * Areas keep their cases in access/*.ts.
 */

const baseCases: Case[] = [
	// Pages
	// The Träger (provider) reaches the tenant's home and the offers, no other area.
	{ route: '(app)/app/[tenant] GET', allowed: tenantMembers, send: (s) => s.api.get(t) },
	...['daten', 'monitoring', 'angebote', 'steuerung', 'beteiligung', 'berichte'].map((area) => ({
		route: `(app)/app/[tenant]/${area} GET`,
		allowed: area === 'angebote' ? tenantMembers : members,
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
	{
		route: '(app)/konto GET',
		allowed: tenantMembers.concat('foreign_admin'),
		send: (s) => s.api.get('/konto')
	},
	// Form actions
	{
		route: '(app)/app/[tenant]/verwaltung/benutzer anlegen',
		allowed: ['admin'],
		send: (s) =>
			s.api.post(
				`${t}/verwaltung/benutzer?/anlegen`,
				form(s, {
					username: unique('neu'),
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
		allowed: tenantMembers.concat('foreign_admin'),
		send: (s) => s.api.post('/konto?/schluessel', form(s, { name: 'Matrix', expiresInDays: '1' }))
	},
	// API
	{
		route: 'api/v1/session GET',
		allowed: tenantMembers.concat('foreign_admin'),
		send: (s) => s.api.get('/api/v1/session')
	},
	{
		route: 'api/v1/tenants/[tenant] GET',
		allowed: tenantMembers,
		send: (s) => s.api.get('/api/v1/tenants/testcity')
	},
	{
		route: 'api/v1/tenants/[tenant]/departments GET',
		allowed: tenantMembers,
		send: (s) => s.api.get('/api/v1/tenants/testcity/departments')
	},
	{
		route: 'api/v1/tenants/[tenant]/departments POST',
		allowed: ['admin'],
		send: (s) => s.api.post('/api/v1/tenants/testcity/departments', json(s, { name: unique('Amt') }))
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
					username: unique('api'),
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
const cases: Case[] = [...baseCases, ...dataApiCases, ...dataPageCases, ...dataImportCases].concat(
	monitoringDownloadCases,
	monitoringPageCases,
	indexApiCases,
	crosswalkApiCases,
	socialIndexPageCases,
	disclosurePageCases,
	supplyCases,
	facilityCases,
	facilityImportCases,
	indicatorWeightCases,
	goalCases,
	measureCases,
	planExchangeCases,
	planAreaCases,
	steeringCases
);

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
