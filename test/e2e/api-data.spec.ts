import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { serverURL, form, sessionFor, type Session } from './access/matrix';

/**
 * The REST API of the data basis on "testcity" (the Berlin demo data), called as a script would:
 * with a session cookie and with an API token. Numbers are checked against the raw CSV files,
 * not against the platform's own computation.
 */
const v1 = '/api/v1/tenants/testcity';
const demoDir = path.resolve('demo/berlin-lor-2006');

function csv(name: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(path.join(demoDir, name), 'utf8').trim().split('\n');
	const columns = header!.split(',').map((c) => c.replaceAll('"', ''));
	return lines.map((line) =>
		Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell.replaceAll('"', '')]))
	);
}

let viewer: Session;
let script: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	viewer = await sessionFor('viewer');
	// A token created the way a user does it, in "Mein Konto".
	const page = await viewer.api.post(
		'/konto?/schluessel',
		form(viewer, { name: 'API-Test', expiresInDays: '1' })
	);
	const token = /data-testid="new-token"[^>]*>([^<]+)</.exec(await page.text())?.[1]?.trim() ?? '';
	expect(token).toMatch(/^qs_/);
	script = await request.newContext({
		baseURL: serverURL(),
		extraHTTPHeaders: { authorization: `Bearer ${token}` }
	});
});
test.afterAll(async () => {
	await viewer?.api.dispose();
	await script?.dispose();
});

/** An answer's JSON; its shape is exactly what the tests below assert, field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<Json> {
	expect(response.status(), await response.text()).toBe(200);
	return response.json();
}

test('values of mss_status3 for all 447 Planungsräume equal STATUS3 of the MSS file, by token and by session', async () => {
	const url = `${v1}/indicators/mss_status3/values?layer=planungsraum&date=2016-12-31`;
	const body = await ok(await script.get(url));
	expect(body).toMatchObject({
		indicator: { code: 'mss_status3', unitLabel: '%' },
		layer: { code: 'planungsraum' },
		date: '2016-12-31',
		total: 447,
		offset: 0,
		limit: 1000,
		next: null
	});
	expect(body.items).toHaveLength(447);
	const expected = new Map(csv('mss-2017.csv').map((r) => [r.SCHLUESSEL!, r.STATUS3!]));
	let compared = 0;
	for (const item of body.items) {
		const raw = expected.get(item.code);
		expect(raw, item.code).toBeDefined();
		if (raw === 'NA') expect(item).toMatchObject({ value: null, status: 'missing' });
		else {
			expect(item.value, item.code).toBeCloseTo(Number(raw), 10);
			compared++;
		}
		expect(item).not.toHaveProperty('unitId');
	}
	expect(compared).toBeGreaterThan(400);
	// The same answer with the session cookie.
	expect(await ok(await viewer.api.get(url))).toEqual(body);
});

test('the share of infants per Bezirk at the latest date is computed from summed counts, as the raw file gives it', async () => {
	const sums = new Map<string, { infants: number; all: number }>();
	for (const row of csv('einwohner-kinder-2001-2016.csv')) {
		const s = sums.get(row.PLR!.slice(0, 2)) ?? { infants: 0, all: 0 };
		s.infants += Number(row['2016_E_E00_01']);
		s.all += Number(row['2016_E_E']);
		sums.set(row.PLR!.slice(0, 2), s);
	}
	// No date: the latest with data.
	const body = await ok(await script.get(`${v1}/indicators/anteil_kinder_00_01/values?layer=bezirk`));
	expect(body.date).toBe('2016-12-31');
	expect(body.items.map((i: { code: string }) => i.code)).toEqual([...sums.keys()].sort());
	for (const item of body.items) {
		const s = sums.get(item.code)!;
		expect(item).toMatchObject({ numerator: s.infants, denominator: s.all, status: 'ok' });
		expect(item.value).toBeCloseTo((100 * s.infants) / s.all, 10);
	}
});

test('the time series of one Planungsraum has every year 2001–2016 with the values of the raw file', async () => {
	const row = csv('einwohner-kinder-2001-2016.csv').find((r) => r.PLR === '01011101')!;
	const body = await ok(
		await script.get(`${v1}/indicators/anteil_kinder_00_01/values/01011101?layer=planungsraum`)
	);
	expect(body.unit).toEqual({ code: '01011101', name: 'Stülerstraße' });
	expect(body.indicator.code).toBe('anteil_kinder_00_01');
	expect(body.items.map((p: { date: string }) => p.date)).toEqual(
		Array.from({ length: 16 }, (_, i) => `${2001 + i}-12-31`)
	);
	for (const point of body.items) {
		const year = point.date.slice(0, 4);
		expect(point.value).toBeCloseTo((100 * Number(row[`${year}_E_E00_01`])) / Number(row[`${year}_E_E`]), 10);
	}
});

test('all pages of the Planungsräume together are the full list, in order', async () => {
	const full = await ok(await script.get(`${v1}/layers/planungsraum/units`));
	expect(full.total).toBe(447);
	expect(full.items).toHaveLength(447);
	const collected: unknown[] = [];
	let next: string | null = `${v1}/layers/planungsraum/units?limit=100`;
	let pages = 0;
	while (next) {
		const page = await ok(await viewer.api.get(next));
		expect(page).toMatchObject({ total: 447, limit: 100, offset: pages * 100 });
		collected.push(...page.items);
		next = page.next;
		pages++;
	}
	expect(pages).toBe(5);
	expect(collected).toEqual(full.items);
	expect(full.items[0]).toEqual({
		code: '01011101',
		name: 'Stülerstraße',
		parentCode: '010111',
		hasGeometry: true,
		validFrom: null,
		validTo: null
	});
});

test('layers, variables and indicators are listed with metadata, and one of each can be fetched', async () => {
	const layers = await ok(await script.get(`${v1}/layers`));
	expect(layers.items.map((l: { code: string; unitCount: number }) => [l.code, l.unitCount])).toEqual([
		['bezirk', 12],
		// The demo's hexagons: a top layer of its own (not nested), so it sorts among the top layers.
		['sechseck', 193],
		['prognoseraum', 60],
		['bezirksregion', 138],
		['planungsraum', 447]
	]);
	expect(await ok(await script.get(`${v1}/layers/planungsraum`))).toMatchObject({
		code: 'planungsraum',
		parentCode: 'bezirksregion',
		depth: 3,
		metricSrid: 25833
	});
	expect(await ok(await script.get(`${v1}/layers/bezirk/units/01`))).toMatchObject({
		code: '01',
		name: 'Mitte'
	});
	const variables = await ok(await script.get(`${v1}/variables?limit=2&offset=1`));
	expect(variables.items).toHaveLength(2);
	expect(variables.next).toBe(`${v1}/variables?limit=2&offset=3`);
	expect(await ok(await script.get(`${v1}/variables/einwohner`))).toMatchObject({
		code: 'einwohner',
		kind: 'count'
	});
	const indicators = await ok(await script.get(`${v1}/indicators?limit=1000`));
	expect(indicators.items.length).toBe(indicators.total);
	const rate = indicators.items.find((i: { code: string }) => i.code === 'anteil_kinder_00_01');
	expect(rate).toMatchObject({
		kind: 'rate',
		numerator: ['einwohner_00_01'],
		denominator: ['einwohner'],
		factor: 100,
		metadata: { source: expect.stringContaining('Statistik') }
	});
	const detail = await ok(await script.get(`${v1}/indicators/anteil_kinder_00_01`));
	expect(detail).toMatchObject({ code: 'anteil_kinder_00_01', numerator: ['einwohner_00_01'] });
	expect(detail.dates).toHaveLength(16);
	expect(detail.variables.map((v: { role: string; code: string }) => `${v.role}:${v.code}`)).toEqual([
		'numerator:einwohner_00_01',
		'denominator:einwohner'
	]);
});

type Positions = number[][];
const ringsOf = (geometry: { type: string; coordinates: unknown }): Positions[] =>
	geometry.type === 'MultiPolygon'
		? (geometry.coordinates as Positions[][]).flat()
		: (geometry.coordinates as Positions[]);

test('the Planungsräume as GeoJSON: 447 closed polygons; simplified ones have fewer vertices', async () => {
	const response = await script.get(`${v1}/layers/planungsraum/units.geojson`);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/geo+json');
	const full: Json = await response.json();
	const simplified = await ok(await script.get(`${v1}/layers/planungsraum/units.geojson?simplify=50`));
	for (const collection of [full, simplified]) {
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features).toHaveLength(447);
		for (const feature of collection.features) {
			expect(feature.type).toBe('Feature');
			expect(feature.properties.code).toBe(feature.id);
			for (const ring of ringsOf(feature.geometry)) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring.at(-1));
			}
		}
	}
	const count = (c: { features: { geometry: { type: string; coordinates: unknown } }[] }) =>
		c.features.reduce((n, f) => n + ringsOf(f.geometry).reduce((m, r) => m + r.length, 0), 0);
	expect(count(simplified)).toBeLessThan(count(full) / 2);
});

test('unknown things are 404 and bad parameters 400, with German messages and stable codes', async () => {
	const cases: [string, number, string, RegExp][] = [
		[`${v1}/layers/gibtsnicht/units`, 404, 'layer.not_found', /Raumebene „gibtsnicht“ existiert/],
		[`${v1}/indicators/gibtsnicht`, 404, 'indicator.not_found', /Indikator „gibtsnicht“ existiert/],
		[`${v1}/indicators/gibtsnicht/values?layer=bezirk`, 404, 'indicator.not_found', /Indikator/],
		[`${v1}/indicators/mss_status3/values?layer=gibtsnicht`, 404, 'layer.not_found', /Raumebene/],
		[`${v1}/layers/bezirk/units/99`, 404, 'unit.not_found', /Raumeinheit „99“/],
		[`${v1}/variables/gibtsnicht`, 404, 'variable.not_found', /Variable/],
		['/api/v1/tenants/gibtsnicht/layers', 404, 'tenant.not_found', /Mandant/],
		[
			`${v1}/layers?limit=5000`,
			400,
			'validation.invalid',
			/limit: „5000“ ist keine ganze Zahl von 1 bis 1000/
		],
		[`${v1}/layers/bezirk/units?offset=-1`, 400, 'validation.invalid', /offset/],
		[`${v1}/indicators/mss_status3/values`, 400, 'validation.invalid', /layer/],
		[
			`${v1}/indicators/mss_status3/values?layer=bezirk&date=31.12.2016`,
			400,
			'validation.invalid',
			/JJJJ-MM-TT/
		],
		[`${v1}/layers/bezirk/units.geojson?simplify=viel`, 400, 'validation.invalid', /Meter/]
	];
	for (const [url, status, code, message] of cases) {
		const response = await script.get(url);
		expect(response.status(), url).toBe(status);
		const body: Json = await response.json();
		expect(body.error.code, url).toBe(code);
		expect(body.error.message, url).toMatch(message);
	}
});

test('another tenant’s admin gets 403, the public 401, and a stranger’s token sees nothing', async () => {
	const foreign = await sessionFor('foreign_admin');
	const anonymous = await sessionFor('anonymous');
	for (const url of [
		`${v1}/indicators/mss_status3/values?layer=planungsraum`,
		`${v1}/layers/bezirk/units.geojson`
	]) {
		const refused = await foreign.api.get(url);
		expect(refused.status()).toBe(403);
		expect((await refused.json()).error.code).toBe('auth.foreign_tenant');
		const anon = await anonymous.api.get(url);
		expect(anon.status()).toBe(401);
		expect((await anon.json()).error.code).toBe('auth.unauthenticated');
	}
	await foreign.api.dispose();
	await anonymous.api.dispose();
});

test('the OpenAPI document is public and describes the data endpoints', async () => {
	const anonymous = await request.newContext({ baseURL: serverURL() });
	const doc = await ok(await anonymous.get('/api/v1/openapi.json'));
	expect(doc.openapi).toMatch(/^3\.1\./);
	expect(Object.keys(doc.paths)).toEqual(
		expect.arrayContaining([
			'/tenants/{tenant}/layers/{layer}/units.geojson',
			'/tenants/{tenant}/indicators/{indicator}/values',
			'/tenants/{tenant}/indicators/{indicator}/values/{unit}'
		])
	);
	await anonymous.dispose();
});
