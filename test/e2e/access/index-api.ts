import { json, members, type Case, type Who } from './matrix';

/** Authorization cases for the social index API: members read, planners and admins define and compute. */
const v1 = '/api/v1/tenants/testcity/indexes';
const writers: Who[] = ['admin', 'planner'];

/** A small index of its own per request, so that cases do not depend on each other. */
const definition = (code: string) => ({
	code,
	name: 'Matrix-Index',
	layer: 'bezirk',
	status: [{ indicator: 'mss_status3', weight: 1 }]
});

export const indexApiCases: Case[] = [
	{
		route: 'api/v1/tenants/[tenant]/indexes GET',
		allowed: members,
		send: (s) => s.api.get(v1, { headers: { accept: 'application/json' } })
	},
	{
		route: 'api/v1/tenants/[tenant]/indexes POST',
		allowed: writers,
		send: (s) => s.api.post(v1, json(s, definition('matrix_index')))
	},
	{
		route: 'api/v1/tenants/[tenant]/indexes/[index] GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/mss_2017`, { headers: { accept: 'application/json' } })
	},
	{
		route: 'api/v1/tenants/[tenant]/indexes/[index]/results GET',
		allowed: members,
		send: (s) =>
			s.api.get(`${v1}/mss_2017/results?unit=01011101`, { headers: { accept: 'application/json' } })
	},
	{
		route: 'api/v1/tenants/[tenant]/indexes/[index]/runs POST',
		allowed: writers,
		send: (s) => s.api.post(`${v1}/mss_2017/runs`, json(s, { dates: ['2016-12-31'] }))
	}
];
