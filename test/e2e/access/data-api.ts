import { everyone, members, type Case } from './matrix';

/** Authorization cases for the REST API of the data basis (layers, units, variables, indicators, values). */
const v1 = '/api/v1/tenants/testcity';

/** Reading the data basis is for every member of the tenant (role `data.read`), never for others. */
const read = (route: string, url: string): Case => ({
	route: `api/v1/tenants/[tenant]/${route} GET`,
	allowed: members,
	send: (s) => s.api.get(`${v1}/${url}`, { headers: { accept: 'application/json' } })
});

export const dataApiCases: Case[] = [
	read('layers', 'layers'),
	read('layers/[layer]', 'layers/bezirk'),
	read('layers/[layer]/units', 'layers/bezirk/units'),
	read('layers/[layer]/units.geojson', 'layers/bezirk/units.geojson?simplify=100'),
	read('layers/[layer]/units/[unit]', 'layers/bezirk/units/01'),
	read('variables', 'variables?limit=5'),
	read('variables/[variable]', 'variables/einwohner'),
	read('indicators', 'indicators?limit=5'),
	read('indicators/[indicator]', 'indicators/anteil_kinder_00_01'),
	read('indicators/[indicator]/values', 'indicators/anteil_kinder_00_01/values?layer=bezirk'),
	read('indicators/[indicator]/values/[unit]', 'indicators/anteil_kinder_00_01/values/01?layer=bezirk'),
	{
		// It only describes the API: open to everyone, logged in or not.
		route: 'api/v1/openapi.json GET',
		allowed: everyone,
		send: (s) => s.api.get('/api/v1/openapi.json')
	}
];
