import { expect } from '@playwright/test';
import { adminApi, form, json, members, t, tenantMembers, unique, type Case, type Who } from './matrix';

/**
 * Authorization cases of the measure pages: the list and the page of a measure that the test
 * world's Träger runs are for everyone of the tenant, the Träger included (it sees its own measures
 * only); reporting an output figure or a milestone is for the Träger, the planners of the lead
 * department (the Jugendamt, the department planner's), planners and admins.
 */
const v1 = '/api/v1/tenants/testcity';
const reporters: Who[] = ['admin', 'planner', 'department_planner', 'provider'];
/** Who changes a measure of the Jugendamt: its department planner, planners and admins. */
const writers: Who[] = ['admin', 'planner', 'department_planner'];
/** Shared data of the tenant (fields of action): planners and admins. */
const sharedWriters: Who[] = ['admin', 'planner'];

let jugendamt: Promise<string> | null = null;
function jugendamtId(): Promise<string> {
	jugendamt ??= (async () => {
		const { api } = await adminApi();
		const departments: { id: string; name: string }[] = await (await api.get(`${v1}/departments`)).json();
		return departments.find((d) => d.name === 'Jugendamt')!.id;
	})();
	return jugendamt;
}
const measureApi = async () => `${v1}/measures/${encodeURIComponent((await sharedMeasure()).code)}`;
const measureBody = async (code: string) => ({
	code,
	title: 'Matrix-Maßnahme',
	leadDepartmentId: await jugendamtId(),
	providers: ['Kita-Träger Beispiel']
});

let shared: Promise<{ code: string; milestoneId: string }> | null = null;
/** One measure of the Jugendamt run by „Kita-Träger Beispiel“, with one milestone, created by the admin. */
function sharedMeasure() {
	shared ??= (async () => {
		const s = await adminApi();
		const departments: { id: string; name: string }[] = await (await s.api.get(`${v1}/departments`)).json();
		const code = unique('MM');
		const created = await s.api.post(
			`${v1}/measures`,
			json(s, {
				code,
				title: 'Matrix-Maßnahme',
				leadDepartmentId: departments.find((d) => d.name === 'Jugendamt')!.id,
				providers: ['Kita-Träger Beispiel']
			})
		);
		expect(created.status(), 'the admin creates the matrix measure').toBe(201);
		const stones = await s.api.put(
			`${v1}/measures/${encodeURIComponent(code)}/milestones`,
			json(s, [{ title: 'Matrix-Meilenstein', dueOn: '2030-01-01' }])
		);
		expect(stones.status()).toBe(200);
		const [stone]: { id: string }[] = await stones.json();
		return { code, milestoneId: stone!.id };
	})();
	return shared;
}
const measurePath = async () =>
	`${t}/steuerung/massnahmen/${encodeURIComponent((await sharedMeasure()).code)}`;

export const measureCases: Case[] = [
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen GET',
		allowed: tenantMembers,
		send: (s) => s.api.get(`${t}/steuerung/massnahmen`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure] GET',
		allowed: tenantMembers,
		send: async (s) => s.api.get(await measurePath())
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure] kennzahl',
		allowed: reporters,
		send: async (s) =>
			s.api.post(
				`${await measurePath()}?/kennzahl`,
				form(s, { figure: 'Teilnehmende', periodStart: '2026-01-01', periodEnd: '2026-06-30', value: '12' })
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure] meilenstein',
		allowed: reporters,
		send: async (s) =>
			s.api.post(
				`${await measurePath()}?/meilenstein`,
				form(s, { milestone: (await sharedMeasure()).milestoneId })
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/pruefung GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/steuerung/pruefung?stichtag=2026-12-31`)
	},
	// The measure form: whoever may write measures (a department planner: those of the Jugendamt).
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/neu GET',
		allowed: writers,
		send: (s) => s.api.get(`${t}/steuerung/massnahmen/neu`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/neu anlegen',
		allowed: writers,
		send: async (s) =>
			s.api.post(
				`${t}/steuerung/massnahmen/neu?/anlegen`,
				form(s, {
					code: unique('MF'),
					title: 'Matrix-Maßnahme',
					leadDepartmentId: await jugendamtId(),
					'budget.0.year': '2027',
					'budget.0.source': 'haushalt',
					'budget.0.planned': '1000'
				})
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/neu zeile',
		allowed: writers,
		send: (s) => s.api.post(`${t}/steuerung/massnahmen/neu?/zeile`, form(s, { add: 'budget' }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure]/bearbeiten GET',
		allowed: writers,
		send: async (s) => s.api.get(`${await measurePath()}/bearbeiten`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure]/bearbeiten speichern',
		allowed: writers,
		// Saving replaces the milestones, and the other cases report on the shared one's: a second measure.
		send: async (s) => {
			const admin = await adminApi();
			const code = unique('ME');
			await admin.api.post(`${v1}/measures`, json(admin, await measureBody(code)));
			return s.api.post(
				`${t}/steuerung/massnahmen/${encodeURIComponent(code)}/bearbeiten?/speichern`,
				form(s, {
					title: 'Matrix-Maßnahme, geändert',
					leadDepartmentId: await jugendamtId(),
					providers: 'Kita-Träger Beispiel',
					'milestones.0.title': 'Matrix-Meilenstein',
					'milestones.0.dueOn': '2030-01-01'
				})
			);
		}
	},
	{
		route: '(app)/app/[tenant]/steuerung/massnahmen/[measure]/bearbeiten zeile',
		allowed: writers,
		send: async (s) => s.api.post(`${await measurePath()}/bearbeiten?/zeile`, form(s, { add: 'milestones' }))
	},
	// API
	{
		route: 'api/v1/tenants/[tenant]/measures GET',
		allowed: tenantMembers,
		send: (s) => s.api.get(`${v1}/measures`)
	},
	{
		route: 'api/v1/tenants/[tenant]/measures POST',
		allowed: writers,
		send: async (s) => s.api.post(`${v1}/measures`, json(s, await measureBody(unique('MN'))))
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure] GET',
		allowed: tenantMembers,
		send: async (s) => s.api.get(await measureApi())
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure] PUT',
		allowed: writers,
		send: async (s) => s.api.put(await measureApi(), json(s, await measureBody((await sharedMeasure()).code)))
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure]/budget PUT',
		allowed: writers,
		send: async (s) =>
			s.api.put(
				`${await measureApi()}/budget`,
				json(s, [{ year: 2027, source: 'haushalt', planned: 1000, approved: 1000 }])
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure]/milestones PUT',
		allowed: writers,
		// Replacing the milestones would end the shared one the other cases report on: a second measure.
		send: async (s) => {
			const admin = await adminApi();
			const code = unique('MS');
			await admin.api.post(`${v1}/measures`, json(admin, await measureBody(code)));
			return s.api.put(
				`${v1}/measures/${encodeURIComponent(code)}/milestones`,
				json(s, [{ title: 'Matrix', dueOn: '2030-06-30' }])
			);
		}
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure]/milestones/[milestoneId] PATCH',
		allowed: reporters,
		send: async (s) =>
			s.api.patch(
				`${await measureApi()}/milestones/${(await sharedMeasure()).milestoneId}`,
				json(s, { doneOn: '2026-01-15' })
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/measures/[measure]/outputs POST',
		allowed: reporters,
		send: async (s) =>
			s.api.post(
				`${await measureApi()}/outputs`,
				json(s, { figure: 'Matrix-Kennzahl', periodStart: '2026-01-01', periodEnd: '2026-12-31', value: 3 })
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/plan-check GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/plan-check`)
	},
	{
		route: 'api/v1/tenants/[tenant]/fields-of-action GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/fields-of-action`)
	},
	{
		route: 'api/v1/tenants/[tenant]/fields-of-action POST',
		allowed: sharedWriters,
		send: (s) =>
			s.api.post(
				`${v1}/fields-of-action`,
				json(s, { code: unique('feld').replaceAll('-', '_').toLowerCase(), name: 'Matrix-Feld' })
			)
	}
];
