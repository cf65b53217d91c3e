import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { worldPassword } from '../support/login';

/**
 * What the authorization matrix (authorization.spec.ts) is made of: who asks, how a session is
 * opened, how an answer is classified. Each area keeps its cases in its own file beside this one.
 */
export type Who =
	| 'admin'
	| 'planner'
	| 'department_planner'
	| 'steering'
	| 'viewer'
	| 'provider'
	| 'foreign_admin'
	| 'anonymous';
export type Outcome = 'ok' | 'login' | 'forbidden';
export const everyone: Who[] = [
	'admin',
	'planner',
	'department_planner',
	'steering',
	'viewer',
	'provider',
	'foreign_admin',
	'anonymous'
];
/**
 * The members of the administration: they read the tenant's data (data.read). A Träger (provider)
 * is a member of the tenant too but reads none of its data, so it is not in this list: every case
 * allowed to `members` expects the provider to be refused.
 */
export const members: Who[] = ['admin', 'planner', 'department_planner', 'steering', 'viewer'];
/** Everyone who belongs to the tenant, the Träger included: for the tenant itself and the own account. */
export const tenantMembers: Who[] = [...members, 'provider'];

/** The server of the running test's project (playwright.config.ts gives each project its own). */
export const serverURL = (): string => test.info().project.use.baseURL!;

export interface Session {
	api: APIRequestContext;
	csrf: string;
}

export async function sessionFor(who: Who): Promise<Session> {
	// Like a browser: Origin on every form post (SvelteKit refuses cross-site posts without it) and
	// Accept: text/html (otherwise SvelteKit answers form actions as JSON with status 200).
	const baseURL = serverURL();
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
export function classify(status: number, location: string | undefined): Outcome | string {
	if (status === 401 || (status >= 300 && status < 400 && location?.startsWith('/anmelden'))) return 'login';
	if (status === 403) return 'forbidden';
	if (status < 400) return 'ok';
	return `HTTP ${status}`;
}

export const sessions = new Map<Who, Session>();
let victimCounter = 0;

/** A name no other case has used, for things a case creates. */
export function unique(prefix: string): string {
	return `${prefix}-${Date.now()}-${++victimCounter}`;
}

export async function adminApi(): Promise<Session> {
	return sessions.get('admin')!;
}

/** A fresh member of testcity for operations that use it up (removal; a password reset ends its sessions). */
export async function freshViewer(): Promise<string> {
	const { api, csrf } = await adminApi();
	const response = await api.post('/api/v1/tenants/testcity/users', {
		headers: { 'x-csrf-token': csrf },
		data: {
			username: unique('opfer'),
			displayName: 'Testperson',
			password: worldPassword,
			role: 'viewer'
		}
	});
	expect(response.status()).toBe(201);
	return (await response.json()).userId;
}

export async function viewerId(): Promise<string> {
	const { api } = await adminApi();
	const users: { userId: string; username: string }[] = await (
		await api.get('/api/v1/tenants/testcity/users')
	).json();
	return users.find((u) => u.username === 'testcity-viewer')!.userId;
}

export interface Case {
	/** Route file and method/action, as the coverage check finds them. */
	route: string;
	allowed: Who[];
	/** What the public gets where it is not allowed (default: sent to log in). */
	send: (s: Session) => Promise<{ status(): number; headers(): Record<string, string> }>;
}

export const t = '/app/testcity';
export const form = (s: Session, extra: Record<string, string> = {}) => ({
	form: { csrf: s.csrf, ...extra }
});
export const json = (s: Session, data: unknown) => ({ headers: { 'x-csrf-token': s.csrf }, data });
