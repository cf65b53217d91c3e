import { expect } from '@playwright/test';
import { adminApi, form, json, t, tenantMembers, unique, type Case, type Session, type Who } from './matrix';

/**
 * Authorization cases of the facility register: the pages under angebote/ (list, new, detail,
 * kinds, providers) and the API (facilities, facility-kinds, providers). A Träger (provider)
 * reads and writes the facilities of its own Träger; a department planner those of its own
 * department (the Jugendamt in testcity); the taxonomy and new Träger are for planners and admins.
 */
const v1 = '/api/v1/tenants/testcity';
/** Writers of a facility that belongs to the Jugendamt and to the testcity Träger. */
const ownersWriters: Who[] = ['admin', 'planner', 'department_planner', 'provider'];
/** Writers of shared data (no department, no Träger). */
const sharedWriters: Who[] = ['admin', 'planner'];

/** A point in Berlin (the Kita "casa dei bambini" in Biesdorf), inside testcity's Planungsräume. */
const point = { lat: 52.50581, lon: 13.55291 };

let owners: Promise<{ departmentId: string; providerId: string }> | null = null;
/** The Jugendamt (the department planner's) and the Träger of the provider account of testcity. */
function ownerIds() {
	owners ??= (async () => {
		const { api } = await adminApi();
		const departments: { id: string; name: string }[] = await (await api.get(`${v1}/departments`)).json();
		const providers: { id: string; name: string }[] = await (await api.get(`${v1}/providers`)).json();
		return {
			departmentId: departments.find((d) => d.name === 'Jugendamt')!.id,
			providerId: providers.find((p) => p.name === 'Kita-Träger Beispiel')!.id
		};
	})();
	return owners;
}

/** A facility of the Jugendamt and the testcity Träger, created by the admin. */
async function ownedFacility(): Promise<string> {
	const { api, csrf } = await adminApi();
	const response = await api.post(`${v1}/facilities`, {
		headers: { 'x-csrf-token': csrf },
		data: { code: unique('matrix'), name: 'Matrix-Kita', kind: 'kita', ...point, ...(await ownerIds()) }
	});
	expect(response.status()).toBe(201);
	return (await response.json()).id;
}
let shared: Promise<string> | null = null;
/** One owned facility for the cases that only read or edit it. */
const sharedFacility = () => (shared ??= ownedFacility());

const sharedInput = () => ({ code: unique('neu'), name: 'Neue Kita', kind: 'kita', ...point });
const ownedInput = async (code: string) => ({
	code,
	name: 'Matrix-Kita',
	kind: 'kita',
	...point,
	...(await ownerIds())
});

const page = (
	route: string,
	path: string | (() => Promise<string>),
	allowed: Who[] = tenantMembers
): Case => ({
	route: `(app)/app/[tenant]/angebote/${route} GET`,
	allowed,
	send: async (s: Session) => s.api.get(`${t}/angebote/${typeof path === 'string' ? path : await path()}`)
});

async function facilityCode(id: string): Promise<string> {
	const { api } = await adminApi();
	return (await (await api.get(`${v1}/facilities/${id}`)).json()).code;
}

export const facilityCases: Case[] = [
	// Pages
	page('einrichtungen/neu', 'einrichtungen/neu?art=kita'),
	page('einrichtungen/[facility]', async () => `einrichtungen/${await sharedFacility()}`),
	page('arten', 'arten'),
	page('traeger', 'traeger'),
	// Form actions
	{
		route: '(app)/app/[tenant]/angebote/einrichtungen/neu anlegen',
		allowed: sharedWriters,
		send: (s) =>
			s.api.post(
				`${t}/angebote/einrichtungen/neu?/anlegen`,
				form(s, { ...sharedInput(), lat: '52,50581', lon: '13,55291' })
			)
	},
	{
		route: '(app)/app/[tenant]/angebote/einrichtungen/[facility] speichern',
		allowed: ownersWriters,
		send: async (s) => {
			const id = await sharedFacility();
			const input = await ownedInput(await facilityCode(id));
			return s.api.post(
				`${t}/angebote/einrichtungen/${id}?/speichern`,
				form(s, { ...input, lat: String(input.lat), lon: String(input.lon), 'capacities.u3': '12' })
			);
		}
	},
	{
		route: '(app)/app/[tenant]/angebote/einrichtungen/[facility] loeschen',
		allowed: ownersWriters,
		send: async (s) => s.api.post(`${t}/angebote/einrichtungen/${await ownedFacility()}?/loeschen`, form(s))
	},
	{
		route: '(app)/app/[tenant]/angebote/arten speichern',
		allowed: sharedWriters,
		send: (s) =>
			s.api.post(
				`${t}/angebote/arten?/speichern`,
				form(s, { code: unique('art').replaceAll('-', '_'), name: 'Matrix-Art', capacityCodes: 'plaetze' })
			)
	},
	{
		route: '(app)/app/[tenant]/angebote/traeger anlegen',
		allowed: sharedWriters,
		send: (s) =>
			s.api.post(`${t}/angebote/traeger?/anlegen`, form(s, { name: unique('Träger'), sector: 'frei' }))
	},
	// API
	{
		route: 'api/v1/tenants/[tenant]/facilities GET',
		allowed: tenantMembers,
		send: (s) => s.api.get(`${v1}/facilities?kind=kita&limit=5`, { headers: { accept: 'application/json' } })
	},
	{
		route: 'api/v1/tenants/[tenant]/facilities POST',
		allowed: sharedWriters,
		send: (s) => s.api.post(`${v1}/facilities`, json(s, sharedInput()))
	},
	{
		route: 'api/v1/tenants/[tenant]/facilities/[facility] GET',
		allowed: tenantMembers,
		send: async (s) => s.api.get(`${v1}/facilities/${await sharedFacility()}`)
	},
	{
		route: 'api/v1/tenants/[tenant]/facilities/[facility] PUT',
		allowed: ownersWriters,
		send: async (s) => {
			const id = await sharedFacility();
			return s.api.put(`${v1}/facilities/${id}`, json(s, await ownedInput(await facilityCode(id))));
		}
	},
	{
		route: 'api/v1/tenants/[tenant]/facilities/[facility] DELETE',
		allowed: ownersWriters,
		send: async (s) =>
			s.api.delete(`${v1}/facilities/${await ownedFacility()}`, { headers: { 'x-csrf-token': s.csrf } })
	},
	{
		route: 'api/v1/tenants/[tenant]/facility-kinds GET',
		allowed: tenantMembers,
		send: (s) => s.api.get(`${v1}/facility-kinds`)
	},
	{
		route: 'api/v1/tenants/[tenant]/facility-kinds POST',
		allowed: sharedWriters,
		send: (s) =>
			s.api.post(
				`${v1}/facility-kinds`,
				json(s, { code: unique('art').replaceAll('-', '_'), name: 'Matrix-Art' })
			)
	},
	{
		route: 'api/v1/tenants/[tenant]/providers GET',
		allowed: tenantMembers,
		send: (s) => s.api.get(`${v1}/providers`)
	},
	{
		route: 'api/v1/tenants/[tenant]/providers POST',
		allowed: sharedWriters,
		send: (s) => s.api.post(`${v1}/providers`, json(s, { name: unique('Träger') }))
	}
];
