import { expect } from '@playwright/test';
import { adminApi, form, json, members, t, unique, type Case, type Session, type Who } from './matrix';

/**
 * Authorization cases of the Steuerung area's goal pages: the overview is in the base cases; the
 * goal page is for every member of the administration; creating and editing a goal of the
 * Jugendamt (the department planner's) is for its department planner, planners and admins.
 */
const v1 = '/api/v1/tenants/testcity';
const goalWriters: Who[] = ['admin', 'planner', 'department_planner'];

let jugendamt: Promise<string> | null = null;
function jugendamtId(): Promise<string> {
	jugendamt ??= (async () => {
		const { api } = await adminApi();
		const departments: { id: string; name: string }[] = await (await api.get(`${v1}/departments`)).json();
		return departments.find((d) => d.name === 'Jugendamt')!.id;
	})();
	return jugendamt;
}

/** A Leitziel of the Jugendamt as the form posts it. */
const leitziel = async (code: string) => ({
	code,
	title: 'Matrix-Leitziel',
	level: 'leitziel',
	origin: 'fachplanung',
	status: 'entwurf',
	ownerDepartmentId: await jugendamtId(),
	'scope.kind': 'tenant'
});

let shared: Promise<string> | null = null;
/** One goal created by the admin through the form, for the cases that read or edit it. */
function sharedGoal(): Promise<string> {
	shared ??= (async () => {
		const s = await adminApi();
		const code = unique('M');
		const response = await s.api.post(`${t}/steuerung/ziele/neu?/anlegen`, form(s, await leitziel(code)));
		expect(response.status(), 'the admin creates the matrix goal').toBe(303);
		return code;
	})();
	return shared;
}
const goalPath = async () => `${t}/steuerung/ziele/${encodeURIComponent(await sharedGoal())}`;

export const goalCases: Case[] = [
	{
		route: '(app)/app/[tenant]/steuerung/ziele/neu GET',
		allowed: goalWriters,
		send: (s: Session) => s.api.get(`${t}/steuerung/ziele/neu`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/ziele/neu anlegen',
		allowed: goalWriters,
		send: async (s) => s.api.post(`${t}/steuerung/ziele/neu?/anlegen`, form(s, await leitziel(unique('N'))))
	},
	{
		route: '(app)/app/[tenant]/steuerung/ziele/[goal] GET',
		allowed: members,
		send: async (s) => s.api.get(await goalPath())
	},
	{
		route: '(app)/app/[tenant]/steuerung/ziele/[goal]/bearbeiten GET',
		allowed: goalWriters,
		send: async (s) => s.api.get(`${await goalPath()}/bearbeiten`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/ziele/[goal]/bearbeiten speichern',
		allowed: goalWriters,
		send: async (s) =>
			s.api.post(
				`${await goalPath()}/bearbeiten?/speichern`,
				form(s, { ...(await leitziel(await sharedGoal())), title: 'Matrix-Leitziel, geändert' })
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/ziele/[goal] bewerten',
		allowed: goalWriters,
		send: async (s) =>
			s.api.post(
				`${await goalPath()}?/bewerten`,
				form(s, { assessedOn: '2026-06-30', rating: 'on_track', text: 'Matrix-Bewertung über das Formular.' })
			)
	},
	// API
	{
		route: 'api/v1/tenants/[tenant]/goals GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/goals`)
	},
	{
		route: 'api/v1/tenants/[tenant]/goals POST',
		allowed: goalWriters,
		send: async (s) => {
			const { 'scope.kind': _scope, ...body } = await leitziel(unique('A'));
			return s.api.post(`${v1}/goals`, json(s, body));
		}
	},
	{
		route: 'api/v1/tenants/[tenant]/goals/[goal] GET',
		allowed: members,
		send: async (s) => s.api.get(`${v1}/goals/${encodeURIComponent(await sharedGoal())}`)
	},
	{
		route: 'api/v1/tenants/[tenant]/goals/[goal] PUT',
		allowed: goalWriters,
		send: async (s) => {
			const { 'scope.kind': _scope, ...body } = await leitziel(await sharedGoal());
			return s.api.put(`${v1}/goals/${encodeURIComponent(await sharedGoal())}`, json(s, body));
		}
	},
	{
		route: 'api/v1/tenants/[tenant]/goals/[goal]/assessments GET',
		allowed: members,
		send: async (s) => s.api.get(`${v1}/goals/${encodeURIComponent(await sharedGoal())}/assessments`)
	},
	{
		route: 'api/v1/tenants/[tenant]/goals/[goal]/assessments POST',
		allowed: goalWriters,
		send: async (s) =>
			s.api.post(
				`${v1}/goals/${encodeURIComponent(await sharedGoal())}/assessments`,
				json(s, { assessedOn: '2026-06-30', rating: 'on_track', text: 'Matrix-Bewertung mit Begründung.' })
			)
	}
];
