import { expect } from '@playwright/test';
import { adminApi, form, json, members, t, type Case, type Who } from './matrix';

/** Authorization cases for the crosswalk API: members read and convert, planners and admins compute and delete. */
const v1 = '/api/v1/tenants/testcity/crosswalks';
const writers: Who[] = ['admin', 'planner'];
let made = 0;

/**
 * A crosswalk of its own (areal Bezirksregion → Bezirk, small and quick), under a date no other
 * case uses: the same pair, method and date would replace an earlier one.
 */
async function freshCrosswalk(): Promise<string> {
	const { api, csrf } = await adminApi();
	const date = `${1900 + ++made}-12-31`;
	const response = await api.post(v1, {
		headers: { 'x-csrf-token': csrf },
		data: { from: 'bezirksregion', to: 'bezirk', method: 'areal', date }
	});
	expect(response.status()).toBe(201);
	return (await response.json()).id;
}

let shared: Promise<string> | null = null;
const sharedCrosswalk = () => (shared ??= freshCrosswalk());
const accept = { headers: { accept: 'application/json' } };

export const crosswalkApiCases: Case[] = [
	{
		route: 'api/v1/tenants/[tenant]/crosswalks GET',
		allowed: members,
		send: (s) => s.api.get(v1, accept)
	},
	{
		route: 'api/v1/tenants/[tenant]/crosswalks POST',
		allowed: writers,
		send: (s) =>
			s.api.post(v1, json(s, { from: 'bezirksregion', to: 'bezirk', method: 'areal', date: '1899-12-31' }))
	},
	{
		route: 'api/v1/tenants/[tenant]/crosswalks/[crosswalk] GET',
		allowed: members,
		send: async (s) => s.api.get(`${v1}/${await sharedCrosswalk()}`, accept)
	},
	{
		route: 'api/v1/tenants/[tenant]/crosswalks/[crosswalk] DELETE',
		allowed: writers,
		send: async (s) =>
			s.api.delete(`${v1}/${await freshCrosswalk()}`, { headers: { 'x-csrf-token': s.csrf } })
	},
	{
		route: 'api/v1/tenants/[tenant]/crosswalks/[crosswalk]/convert GET',
		allowed: members,
		send: async (s) =>
			s.api.get(`${v1}/${await sharedCrosswalk()}/convert?variable=einwohner&date=2016-12-31`, accept)
	},
	// The pages of Daten › Umschlüsselungen and their form actions.
	{
		route: '(app)/app/[tenant]/daten/umschluesselungen GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/daten/umschluesselungen`)
	},
	{
		route: '(app)/app/[tenant]/daten/umschluesselungen/[crosswalk] GET',
		allowed: members,
		send: async (s) =>
			s.api.get(
				`${t}/daten/umschluesselungen/${await sharedCrosswalk()}?merkmal=einwohner&stichtag=31.12.2016`
			)
	},
	{
		route: '(app)/app/[tenant]/daten/umschluesselungen berechnen',
		allowed: writers,
		send: (s) =>
			s.api.post(
				`${t}/daten/umschluesselungen?/berechnen`,
				form(s, { from: 'bezirksregion', to: 'bezirk', method: 'areal', date: '31.12.1898' })
			)
	},
	{
		route: '(app)/app/[tenant]/daten/umschluesselungen/[crosswalk] loeschen',
		allowed: writers,
		send: async (s) => s.api.post(`${t}/daten/umschluesselungen/${await freshCrosswalk()}?/loeschen`, form(s))
	}
];
