import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { adminApi, members, t, form, type Case, type Session, type Who } from './matrix';

/** Authorization cases for the import wizard and import history of the Daten area. */

const writers: Who[] = ['admin', 'planner'];
const api = '/api/v1/tenants/testcity/imports';

/** A small long-format file: one value of a variable the Berlin data have, at a date of its own. */
function valueFile(): { name: string; mimeType: string; buffer: Buffer } {
	const text = 'Schlüssel;Stichtag;Merkmal;Wert\n01011101;31.12.2031;einwohner;1\n';
	return { name: 'matrix-werte.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/** The id at the end of a redirect to `prefix/<id>…`, or a random one when the step was refused. */
function idFrom(location: string | undefined, prefix: string): string {
	const match = location ? new RegExp(`${prefix}/([0-9a-f-]{36})`).exec(location) : null;
	return match?.[1] ?? randomUUID();
}

/** Step 1 as this session; someone who may not import gets an id that exists nowhere. */
async function upload(s: Session): Promise<string> {
	const response = await s.api.post(`${t}/daten/importe/neu?/hochladen`, {
		multipart: { csrf: s.csrf, kind: 'observations', layer: 'planungsraum', files: valueFile() }
	});
	return idFrom(response.headers()['location'], 'neu');
}

/** Steps 1 and 2: an upload with a mapping and a passed check. */
async function checkedUpload(s: Session): Promise<string> {
	const id = await upload(s);
	await s.api.post(
		`${t}/daten/importe/neu/${id}?/pruefen`,
		form(s, { format: 'long', unit: 'Schlüssel', date: 'Stichtag', variable: 'Merkmal', value: 'Wert' })
	);
	return id;
}

/** A committed import of this session's own, or (for those who may not import) any import. */
async function freshImport(s: Session): Promise<string> {
	const id = await checkedUpload(s);
	const response = await s.api.post(`${t}/daten/importe/neu/${id}/pruefung?/uebernehmen`, form(s));
	const location = response.headers()['location'];
	return location?.includes('/daten/importe/') ? idFrom(location, 'importe') : anyImport();
}

/** An import of testcity (the Berlin data were imported there). */
async function anyImport(): Promise<string> {
	const { api: admin } = await adminApi();
	const body = await (await admin.get(`${api}?limit=1`)).json();
	expect(body.items.length).toBe(1);
	return body.items[0].id;
}

/** A background job of this session's own, started as the wizard's script does. */
async function ownJob(s: Session): Promise<string> {
	const id = await checkedUpload(s);
	const response = await s.api.post(`${t}/daten/importe/neu/${id}/pruefung?/uebernehmen`, {
		form: { csrf: s.csrf, hintergrund: '1' },
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	const text = await response.text();
	return (
		/"jobId"[^\]]*?"([0-9a-f-]{36})"/.exec(text)?.[1] ??
		/([0-9a-f]{8}-[0-9a-f-]{27})/.exec(text)?.[1] ??
		randomUUID()
	);
}

export const dataImportCases: Case[] = [
	{
		route: '(app)/app/[tenant]/daten/importe GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/daten/importe`)
	},
	{
		route: '(app)/app/[tenant]/daten/importe/[importId] GET',
		allowed: members,
		send: async (s) => s.api.get(`${t}/daten/importe/${await anyImport()}`)
	},
	{
		route: '(app)/app/[tenant]/daten/importe/[importId] rueckgaengig',
		allowed: writers,
		send: async (s) => s.api.post(`${t}/daten/importe/${await freshImport(s)}?/rueckgaengig`, form(s))
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu GET',
		allowed: writers,
		send: (s) => s.api.get(`${t}/daten/importe/neu`)
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu hochladen',
		allowed: writers,
		send: (s) =>
			s.api.post(`${t}/daten/importe/neu?/hochladen`, {
				multipart: { csrf: s.csrf, kind: 'observations', layer: 'planungsraum', files: valueFile() }
			})
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu/[uploadId] GET',
		allowed: writers,
		send: async (s) => s.api.get(`${t}/daten/importe/neu/${await upload(s)}`)
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu/[uploadId] pruefen',
		allowed: writers,
		send: async (s) =>
			s.api.post(`${t}/daten/importe/neu/${await upload(s)}?/pruefen`, form(s, { format: 'long' }))
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu/[uploadId]/pruefung GET',
		allowed: writers,
		send: async (s) => s.api.get(`${t}/daten/importe/neu/${await checkedUpload(s)}/pruefung`)
	},
	{
		route: '(app)/app/[tenant]/daten/importe/neu/[uploadId]/pruefung uebernehmen',
		allowed: writers,
		send: async (s) =>
			s.api.post(`${t}/daten/importe/neu/${await checkedUpload(s)}/pruefung?/uebernehmen`, form(s))
	},
	{ route: 'api/v1/tenants/[tenant]/imports GET', allowed: members, send: (s) => s.api.get(api) },
	{
		route: 'api/v1/tenants/[tenant]/imports/[importId] GET',
		allowed: members,
		send: async (s) => s.api.get(`${api}/${await anyImport()}`)
	},
	{
		route: 'api/v1/tenants/[tenant]/imports/[importId]/rollback POST',
		allowed: writers,
		send: async (s) =>
			s.api.post(`${api}/${await freshImport(s)}/rollback`, { headers: { 'x-csrf-token': s.csrf } })
	},
	{
		route: 'api/v1/tenants/[tenant]/imports/jobs/[jobId] GET',
		allowed: writers,
		send: async (s) => s.api.get(`${api}/jobs/${await ownJob(s)}`)
	}
];
