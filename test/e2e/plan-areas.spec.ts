import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * "Wer macht was wo" on the demo's example plan (seed/berlin-plan.ts): M 1.1 (Jugendamt) in the 16
 * Planungsräume of Nord-Neukölln, M 1.2 (Jugendamt) for Bezirk 01 Mitte, M 2.1 (Schul- und Sportamt)
 * in 08010404 and 08010211, M 2.2 (Jobcenter, planned) for Bezirk 08 Neukölln. What the page must
 * show is computed here from the API (units with their parents, the MSS results, the measures' units),
 * not from the page's own code: counts, the map's legend, the matrix, "Bedarf ohne Maßnahme" (MSS
 * status class 4 "sehr niedrig" without a measure), the filters without JavaScript, another layer,
 * the area profile's section; axe in German and English.
 */
const base = '/app/berlin/steuerung/gebiete';
const v1 = '/api/v1/tenants/berlin';

interface Unit {
	code: string;
	name: string;
	parentCode: string | null;
}

/** Every Planungsraum with its Bezirk (through the chain of parents), and the MSS class of each. */
async function demoFacts(api: APIRequestContext) {
	const layers: { code: string; parentCode: string | null }[] = (await (await api.get(`${v1}/layers`)).json())
		.items;
	const unitsOf = async (layer: string): Promise<Unit[]> =>
		(await (await api.get(`${v1}/layers/${layer}/units?limit=1000`)).json()).items;
	const parentOf = new Map<string, Map<string, string | null>>();
	for (const l of layers)
		parentOf.set(l.code, new Map((await unitsOf(l.code)).map((u) => [u.code, u.parentCode])));
	const layerParent = new Map(layers.map((l) => [l.code, l.parentCode]));
	const bezirkOf = (code: string) => {
		let layer = 'planungsraum',
			at: string | null = code;
		while (at && layer !== 'bezirk') {
			at = parentOf.get(layer)!.get(at) ?? null;
			layer = layerParent.get(layer)!;
		}
		return at;
	};
	const prs = await unitsOf('planungsraum');
	const mss: { results: { code: string; statusClass: string | null }[] } = await (
		await api.get(`${v1}/indexes/mss_2017/results`)
	).json();
	const classOf = new Map(mss.results.map((r) => [r.code, r.statusClass]));
	const unitsOfMeasure = async (code: string): Promise<string[]> =>
		(await (await api.get(`${v1}/measures/${encodeURIComponent(code)}`)).json()).links.units.map(
			(u: { code: string }) => u.code
		);
	const m11 = await unitsOfMeasure('M 1.1');
	const m21 = await unitsOfMeasure('M 2.1');
	expect(m11).toHaveLength(16);
	const count = new Map<string, number>();
	for (const pr of prs) {
		const bezirk = bezirkOf(pr.code);
		let n = 0;
		if (bezirk === '01') n++; // M 1.2
		if (bezirk === '08') n++; // M 2.2
		if (m11.includes(pr.code)) n++;
		if (m21.includes(pr.code)) n++;
		count.set(pr.code, n);
	}
	const need = prs.filter((p) => classOf.get(p.code) === '4' && count.get(p.code) === 0).map((p) => p.code);
	return { prs, count, need, classOf, bezirkOf };
}

const summaryOf = (page: Page) => page.getByTestId('plan-areas-summary');
const rowsOf = (page: Page) => page.getByTestId('area-activity-table').locator('tbody tr');

test.describe('measures by area on the demo plan', () => {
	test.beforeEach(async ({ page }) => login(page, demo.username, demo.password));

	test('matrix, need against activity and the map legend agree with the plan and the data', async ({
		page
	}) => {
		const facts = await demoFacts(page.request);
		const counts = [...facts.count.values()];
		const served = counts.filter((n) => n > 0).length;
		expect(served, 'the example plan serves Planungsräume').toBeGreaterThan(16);

		await page.goto('/app/berlin/steuerung');
		await page.getByTestId('steering-nav').getByRole('link', { name: 'Wer macht was wo' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wer macht was wo');
		await expect(page.getByLabel('Raumebene')).toHaveValue('planungsraum');
		await expect(summaryOf(page)).toContainText(
			`${facts.prs.length} Gebiete, davon ${served} mit Maßnahmen, ${facts.need.length} mit Bedarf ohne Maßnahme und 0 mit Überschneidungen`
		);
		await expect(page.getByTestId('plan-areas-index')).toContainText(
			'Klasse des größten Bedarfs: „sehr niedrig“'
		);
		await expect(rowsOf(page)).toHaveCount(facts.prs.length);

		// 08010404: all three measures of Neukölln, three departments, named with how they reach it.
		const row = page.locator('[data-testid="area-activity-table"] tr[data-unit="08010404"]');
		await expect(row.getByTestId('measures')).toContainText('M 1.1');
		await expect(row.getByTestId('measures')).toContainText('M 2.1');
		await expect(row.getByTestId('measures')).toContainText(
			'Jobcenter-Sprechstunden im Quartier (über übergeordnetes Gebiet)'
		);
		await expect(row).toContainText('Jobcenter, Jugendamt, Schul- und Sportamt');
		// Every unit of greatest need without a measure is flagged in words.
		for (const code of facts.need.slice(0, 5))
			await expect(
				page.locator(`[data-testid="area-activity-table"] tr[data-unit="${code}"]`).getByTestId('flag-need')
			).toHaveText(/Bedarf ohne Maßnahme/);
		await expect(page.getByTestId('flag-need')).toHaveCount(facts.need.length);
		await expect(page.getByTestId('flag-overlap')).toHaveCount(0);

		// The map's legend: units per number of measures, counted here from the plan.
		const sizes = [0, 1, 2, 3].map((k) => counts.filter((n) => n === k).length);
		const legend = page.getByTestId('measure-legend');
		await expect(legend).toContainText(`keine Maßnahme: ${sizes[0]} Gebiete`);
		await expect(legend).toContainText(`1 Maßnahme: ${sizes[1]} Gebiete`);
		await expect(legend).toContainText(`2 Maßnahmen: ${sizes[2]} Gebiete`);
		await expect(legend).toContainText(`3 Maßnahmen: ${sizes[3]} Gebiete`);
		expect(sizes[3]).toBe(2);
		await expect(page.getByTestId('choropleth-map')).toHaveAttribute('data-painted', /[1-9]/, {
			timeout: 30_000
		});

		// The matrix: the units with a measure, the measures grouped by lead department.
		const matrix = page.getByTestId('measure-matrix');
		await expect(matrix.locator('tbody tr')).toHaveCount(served);
		await expect(matrix.locator('th[scope="colgroup"]')).toHaveText([
			'Jobcenter',
			'Jugendamt',
			'Schul- und Sportamt'
		]);
		await expect(matrix.locator('thead th[data-measure]')).toHaveText([
			/M 2\.2/,
			/M 1\.1/,
			/M 1\.2/,
			/M 2\.1/
		]);
		await expect(matrix.locator('tr[data-unit="08010211"] td')).toHaveText([
			/über übergeordnetes Gebiet/,
			/im Gebiet/,
			/nein/,
			/im Gebiet/
		]);
		await expect(page.getByTestId('matrix-left')).toContainText(`${facts.prs.length - served} Gebiete`);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who does what where');
		await expectNoAxeViolations(page);
	});

	test('the area profile lists the goals and measures of the area', async ({ page }) => {
		const facts = await demoFacts(page.request);
		await page.goto('/app/berlin/monitoring/gebiete/planungsraum/08010404');
		const section = page.getByTestId('area-planning');
		await expect(section.getByRole('heading', { level: 2 })).toHaveText(
			'Ziele und Maßnahmen in diesem Gebiet'
		);
		await expect(section.getByTestId('area-measures').locator('tbody tr')).toHaveCount(3);
		await expect(section.locator('tr[data-measure="M 2.2"]')).toContainText('geplant');
		await expect(section.locator('tr[data-measure="M 2.2"]')).toContainText('Jobcenter');
		await expect(section.locator('tr[data-measure="M 1.1"]')).toContainText('im Gebiet');
		// Z 1.1 is scoped to the Planungsräume of MSS class 4; Z 1.2 to Mitte only.
		const inClass4 = facts.classOf.get('08010404') === '4';
		await expect(section.locator('tr[data-goal="Z 1.1"]')).toHaveCount(inClass4 ? 1 : 0);
		if (inClass4) await expect(section.locator('tr[data-goal="Z 1.1"]')).toContainText('keine Daten');
		await expect(section.locator('tr[data-goal="Z 1.2"]')).toHaveCount(0);
		await expect(section.locator('tr[data-goal="L 1"]')).toContainText('ganzer Mandant');
		await section.locator('tr[data-measure="M 2.1"]').getByRole('link', { name: 'M 2.1' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Lernförderung');

		// A Bezirk of Mitte: Z 1.2 rates it itself, M 1.2 serves it directly.
		await page.goto('/app/berlin/monitoring/gebiete/bezirk/01');
		await expect(page.locator('tr[data-goal="Z 1.2"]')).toContainText('Gebiet gehört zum Zielgebiet');
		await expect(page.locator('[data-testid="area-planning"] tr[data-measure="M 1.2"]')).toContainText(
			'im Gebiet'
		);
		await expectNoAxeViolations(page);
	});
});

test.describe('measures by area without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.beforeEach(async ({ page }) => login(page, demo.username, demo.password));

	test('the filters and the layer work as a GET form; the tables are the content', async ({ page }) => {
		// Five page loads of 447 units, one with a supply analysis: slow on a loaded test machine.
		test.setTimeout(300_000);
		const facts = await demoFacts(page.request);
		await page.goto(base);
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		await page.getByLabel('nur Gebiete mit Bedarf ohne Maßnahme').check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/zeigen=bedarf/);
		await expect(rowsOf(page)).toHaveCount(facts.need.length);
		expect(await rowsOf(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).toEqual(
			facts.need.toSorted()
		);
		await expect(page.getByTestId('matrix-none')).toBeVisible();

		await page.getByLabel('nur Überschneidungen (mehrere Ämter am selben Thema)').check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page.getByTestId('plan-areas-none')).toHaveText('Kein Gebiet erfüllt diese Auswahl.');

		await page.getByLabel('Raumebene').selectOption('bezirk');
		await page.getByLabel('nur Gebiete mit Maßnahmen').check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/ebene=bezirk/);
		await expect(rowsOf(page)).toHaveCount(2);
		const neukoelln = page.locator('[data-testid="area-activity-table"] tr[data-unit="08"]');
		await expect(neukoelln).toContainText('Stadtteilmütter in Nord-Neukölln (in einem Teilgebiet)');
		await expect(neukoelln).toContainText('Jobcenter-Sprechstunden im Quartier (im Gebiet)');
		await expect(page.getByTestId('plan-areas-index')).toContainText('kein Sozialindex');
		// No axe here: it is a script, and this page runs none (axe runs on the same page with JavaScript above).
		await expect(page.getByTestId('plan-areas-supply')).toContainText('nicht einbezogen');

		// With the supply: each Bezirk's shortfall of places as the Versorgung page gives it.
		await page.getByLabel('Fehlbedarf der Versorgung einbeziehen').check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/versorgung=1/);
		await expect(page.getByTestId('plan-areas-supply')).toContainText('unter 3 Jahre (Stichtag');
		const gapsText = await neukoelln.locator('td').nth(1).innerText();
		await page.goto('/app/berlin/angebote/versorgung?ebene=bezirk&gruppe=u3&mass=fehlbedarf');
		const shortfall = await page
			.locator('[data-testid="supply-table"] tr[data-code="08"]')
			.getAttribute('data-shortfall');
		const places = Number(shortfall);
		expect(gapsText).toContain(
			places > 0
				? `unter 3 Jahre: ${places.toLocaleString('de-DE')} ${places === 1 ? 'Platz' : 'Plätze'}`
				: '–'
		);
	});
});
