import { expect } from '@playwright/test';
import { adminApi, form, json, t, tenantMembers, unique, type Case, type Who } from './matrix';

/**
 * Authorization cases of the measure pages: the list and the page of a measure that the test
 * world's Träger runs are for everyone of the tenant, the Träger included (it sees its own measures
 * only); reporting an output figure or a milestone is for the Träger, the planners of the lead
 * department (the Jugendamt, the department planner's), planners and admins.
 */
const v1 = '/api/v1/tenants/testcity';
const reporters: Who[] = ['admin', 'planner', 'department_planner', 'provider'];

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
	}
];
