import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * The monitoring workspace on the Berlin demo data: map, legend, table, selection, profile,
 * comparison and change view, by mouse and by keyboard, checked against the API's numbers.
 */

const base = '/app/berlin/monitoring';
const indicator = 'anteil_kinder_00_01';
const api = `/api/v1/tenants/berlin/indicators`;

interface ApiValue {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
}

async function apiValues(page: Page, code: string, layer: string, date?: string): Promise<ApiValue[]> {
	const response = await page.request.get(
		`${api}/${code}/values?layer=${layer}&limit=1000${date ? `&date=${date}` : ''}`
	);
	expect(response.ok()).toBe(true);
	return (await response.json()).items;
}

/** "1,23 %" → 1.23 */
function germanNumber(text: string): number {
	return Number(
		text
			.replace(/[^\d,−-]/g, '')
			.replace('−', '-')
			.replace(',', '.')
	);
}

async function painted(page: Page): Promise<number> {
	const map = page.getByTestId('choropleth-map');
	await expect(map).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
	return Number(await map.getAttribute('data-painted'));
}

async function waitForRepaint(page: Page, before: number): Promise<void> {
	await expect
		.poll(async () => Number(await page.getByTestId('choropleth-map').getAttribute('data-painted')), {
			timeout: 15_000
		})
		.toBeGreaterThan(before);
}

test.describe('monitoring workspace', () => {
	test.beforeEach(async ({ page }) => {
		await login(page, demo.username, demo.password);
	});

	test('choosing an indicator changes map, legend and table; the city value is the quotient of all sums', async ({
		page
	}) => {
		await page.goto(`${base}?indikator=${indicator}&ebene=planungsraum`);
		const first = await painted(page);
		const legend = page.getByTestId('choropleth-legend');
		const before = await legend.innerText();

		// The legend counts the units of each class; together they are every unit with a value.
		const values = await apiValues(page, indicator, 'planungsraum');
		const counts = await legend
			.getByTestId('legend-class')
			.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(values.filter((v) => v.value !== null).length);

		// City: Σ numerators / Σ denominators of the Bezirke, computed here from the API.
		const bezirke = await apiValues(page, indicator, 'bezirk');
		const city =
			(bezirke.reduce((s, v) => s + v.numerator!, 0) / bezirke.reduce((s, v) => s + v.denominator!, 0)) * 100;
		const shown = germanNumber((await page.getByTestId('city-value').innerText()).split(':')[1]!);
		expect(shown).toBeCloseTo(city, 2);

		await page.locator('#indikator').selectOption('anteil_kinder_03_05');
		await page.waitForURL(/indikator=anteil_kinder_03_05/);
		await waitForRepaint(page, first);
		await expect(legend).not.toHaveText(before);
		await expect(page.getByRole('heading', { level: 2, name: /3 bis unter 5/ })).toBeVisible();
		// The table follows: its values are the API's, rounded as the indicator says.
		const other = await apiValues(page, 'anteil_kinder_03_05', 'planungsraum');
		const row = page.locator('[data-testid="monitoring-table"] tr[data-code="01011101"]');
		const expected = other.find((v) => v.code === '01011101')!.value!;
		expect(Number(await row.locator('td[data-value]').getAttribute('data-value'))).toBeCloseTo(expected, 9);
	});

	test('a Planungsraum chosen in the table is highlighted on the map and in the charts, and its profile opens', async ({
		page
	}) => {
		await page.goto(`${base}?indikator=${indicator}&ebene=planungsraum`);
		await painted(page);
		await page.locator('#tabelle-filter').fill('Stülerstraße');
		const box = page.getByRole('checkbox', { name: 'Stülerstraße auswählen' });
		await box.check();
		await page.waitForURL(/auswahl=01011101/);
		await expect(page.getByTestId('choropleth-map')).toHaveAttribute('data-highlighted', '01011101');
		await expect(page.getByTestId('selection')).toContainText('Stülerstraße');
		await expect(page.locator('tr[data-code="01011101"]')).toHaveClass(/qs-mtable__row--selected/);

		// The profile: value, rank and city value as on the workspace, checked against the API.
		await page.getByTestId('selection').getByRole('link', { name: 'Stülerstraße', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stülerstraße');
		const values = await apiValues(page, indicator, 'planungsraum');
		const own = values.find((v) => v.code === '01011101')!.value!;
		const rank = 1 + values.filter((v) => v.value !== null && v.value > own).length;
		const profileRow = page.locator(`[data-testid="profile-table"] tr[data-indicator="${indicator}"]`);
		await expect(profileRow).toContainText(
			`Rang ${rank} von ${values.filter((v) => v.value !== null).length}`
		);
		expect(germanNumber((await profileRow.locator('td').nth(1).innerText()).split('\n')[0]!)).toBeCloseTo(
			own,
			2
		);
		// Neighbours on the same layer, each with a profile of its own.
		await expect(page.getByRole('heading', { name: /Nachbargebiete \(\d+\)/ })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('the change view gives the difference between two dates', async ({ page }) => {
		await page.goto(
			`${base}?indikator=${indicator}&ebene=bezirk&ansicht=veraenderung&seit=2011-12-31&datum=2016-12-31`
		);
		await painted(page);
		const now = await apiValues(page, indicator, 'bezirk', '2016-12-31');
		const then = await apiValues(page, indicator, 'bezirk', '2011-12-31');
		const row = page.locator('[data-testid="monitoring-table"] tr[data-code="01"]');
		const change = Number(await row.locator('td[data-value]').getAttribute('data-value'));
		expect(change).toBeCloseTo(now[0]!.value! - then[0]!.value!, 9);
		await expect(page.getByRole('heading', { level: 2 })).toContainText(
			'Veränderung 31.12.2011 bis 31.12.2016'
		);
	});

	test('every view is a link: opening it again gives the same view', async ({ page }) => {
		const view = `${base}?indikator=${indicator}&ebene=bezirksregion&datum=2014-12-31&auswahl=010111&klassifikation=jenks&klassen=4&farben=diverging`;
		await page.goto(view);
		await painted(page);
		const link = await page.locator('#ansicht-link').inputValue();
		const url = new URL(link);
		for (const [key, value] of new URL(view, url.origin).searchParams)
			expect(url.searchParams.get(key)).toBe(value);
		await expect(page.locator('#klassifikation')).toHaveValue('jenks');
		await expect(page.getByTestId('choropleth-legend').getByTestId('legend-class')).toHaveCount(4);
	});

	test('works by keyboard alone, with visible focus', async ({ page }) => {
		await page.goto(`${base}?indikator=${indicator}&ebene=planungsraum`);
		const start = await painted(page);
		// The date slider: focus it and step back one year with the arrow key.
		await page.locator('#datum').focus();
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(/datum=2015-12-31/);
		await waitForRepaint(page, start);
		await expect(page.locator('#datum')).toBeFocused();
		// Into the table: Space ticks a unit.
		const box = page.getByRole('checkbox', { name: /auswählen$/ }).first();
		await box.focus();
		const outline = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Space');
		await page.waitForURL(/auswahl=/);
		// The map canvas takes focus and answers to the keyboard.
		await page.locator('.qs-choropleth canvas').focus();
		await expect(page.locator('.qs-choropleth canvas')).toBeFocused();
		await page.keyboard.press('+');
	});

	test('compares two areas with their parents and the city', async ({ page }) => {
		await page.goto(`${base}/vergleich?ebene=planungsraum&auswahl=01011101,12304314`);
		const table = page.getByTestId('profile-table');
		await expect(table.locator('thead th')).toContainText(['Indikator', 'Stichtag', 'Stülerstraße']);
		const row = table.locator(`tr[data-indicator="${indicator}"]`);
		const values = await apiValues(page, indicator, 'planungsraum');
		const second = values.find((v) => v.code === '12304314')!.value!;
		expect(germanNumber((await row.locator('td').nth(2).innerText()).split('\n')[0]!)).toBeCloseTo(second, 2);
		await expectNoAxeViolations(page);
	});

	for (const locale of ['de', 'en'] as const)
		test(`axe-core finds no violation on the pages of the area (${locale})`, async ({ page }) => {
			if (locale === 'en')
				await page.context().addCookies([{ name: 'qs_lang', value: 'en', url: new URL(page.url()).origin }]);
			await page.goto(
				`${base}?indikator=${indicator}&ebene=planungsraum&auswahl=01011101,01011102&gegen=mss_status1&matrix=${indicator},mss_status1,mss_status2`
			);
			await painted(page);
			await expectNoAxeViolations(page);
			await page.goto(
				`${base}?indikator=${indicator}&ebene=planungsraum&ansicht=veraenderung&klassifikation=manual&grenzen=-0,2;0;0,2`
			);
			await painted(page);
			await expectNoAxeViolations(page);
			await page.goto(`${base}/gebiete?ebene=bezirk`);
			await expectNoAxeViolations(page);
			await page.goto(`${base}/gebiete/bezirk/01`);
			await expectNoAxeViolations(page);
			await page.goto(`${base}/vergleich`);
			await expectNoAxeViolations(page);
		});
});

test.describe('monitoring without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table, legend and a form that changes the view work without scripts', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await page.goto(`${base}?indikator=${indicator}&ebene=bezirk`);
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		await expect(page.locator('[data-testid="monitoring-table"] tbody tr')).toHaveCount(12);
		await page.locator('#datum').selectOption('2010-12-31');
		await page.locator('tr[data-code="02"] input[type=checkbox]').check();
		await page.getByRole('button', { name: 'Ansicht aktualisieren' }).first().click();
		await page.waitForURL(/datum=2010-12-31/);
		expect(page.url()).toContain('auswahl=02');
		await expect(page.getByTestId('selection')).toContainText('Friedrichshain-Kreuzberg');
	});
});
