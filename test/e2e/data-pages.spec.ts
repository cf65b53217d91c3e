import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * The pages of the Daten area as the demo user of "berlin" sees them: the overview, a layer with
 * map and unit list, the indicator catalogue and a fact sheet whose values are checked against a
 * computation straight from the demo CSV file.
 */

const base = '/app/berlin/daten';

async function inEnglish(page: Page): Promise<void> {
	await page.context().addCookies([{ name: 'qs_lang', value: 'en', url: page.url() }]);
}

/** Bezirk → Σ children 0–<1 / Σ inhabitants × 100 at 31.12.2016, from the Planungsraum rows. */
function expectedShares(): Map<string, number> {
	const lines = readFileSync('demo/berlin-lor-2006/einwohner-kinder-2001-2016.csv', 'utf8')
		.trim()
		.split(/\r?\n/);
	const header = lines[0]!.split(',');
	const plr = header.indexOf('PLR');
	const children = header.indexOf('2016_E_E00_01');
	const inhabitants = header.indexOf('2016_E_E');
	const sums = new Map<string, { children: number; inhabitants: number }>();
	for (const line of lines.slice(1)) {
		const cells = line.split(',');
		const bezirk = cells[plr]!.slice(0, 2);
		const sum = sums.get(bezirk) ?? { children: 0, inhabitants: 0 };
		sum.children += Number(cells[children]);
		sum.inhabitants += Number(cells[inhabitants]);
		sums.set(bezirk, sum);
	}
	return new Map([...sums].map(([code, s]) => [code, (s.children / s.inhabitants) * 100]));
}

test.describe('Daten area', () => {
	test.beforeEach(async ({ page }) => {
		await login(page, demo.username, demo.password);
	});

	test('the overview lists the four layers with their units and links on', async ({ page }) => {
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daten');
		const rows = page.getByTestId('layer-table').locator('tbody tr');
		await expect(rows.first()).toBeVisible();
		// The import browser test may have added a layer of its own to the demo tenant: look at the four LOR layers.
		const names = await rows.locator('th').allInnerTexts();
		const counts = await rows.getByTestId('unit-count').allInnerTexts();
		const lor = ['Bezirk', 'Prognoseraum', 'Bezirksregion', 'Planungsraum'];
		expect(names.filter((n) => lor.includes(n))).toEqual(lor);
		expect(lor.map((n) => counts[names.indexOf(n)])).toEqual(['12', '60', '138', '447']);
		await expect(rows.nth(names.indexOf('Prognoseraum'))).toContainText('Bezirk');
		// The demo defines 14 indicators or more (sums of age bands may come on top).
		const indicators = Number(
			/^(\d+) Indikatoren/.exec(await page.getByTestId('indicator-count').innerText())?.[1]
		);
		expect(indicators).toBeGreaterThanOrEqual(14);
		await expect(page.getByRole('link', { name: 'Alle Importe und neuen Import beginnen' })).toHaveAttribute(
			'href',
			`${base}/importe`
		);
		await expect(
			page.getByRole('navigation', { name: 'Bereich Daten' }).getByRole('link', { name: 'Übersicht' })
		).toHaveAttribute('aria-current', 'page');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Planungsraum', exact: true }).click();
		await expect(page).toHaveURL(`${base}/ebenen/planungsraum`);
	});

	test('the Planungsraum page shows a map and a paged, searchable table of its 447 units', async ({
		page
	}) => {
		await page.goto(`${base}/ebenen/planungsraum`);
		await expect(page.locator('.qs-unitmap')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
		await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
		await expect(
			page.getByRole('region', { name: 'Karte der Gebiete der Ebene Planungsraum' })
		).toBeVisible();
		await expect(page.getByTestId('unit-count-status')).toContainText('447 Gebiete');
		await expect(page.getByTestId('unit-count-status')).toContainText('Seite 1 von 9');
		const rows = page.getByTestId('unit-table').locator('tbody tr');
		await expect(rows).toHaveCount(50);
		await expect(rows.first()).toHaveAttribute('data-unit', '01011101');
		// The parent unit links to its entry in the layer above.
		await expect(rows.first().getByRole('link', { name: '010111' })).toHaveAttribute(
			'href',
			`${base}/ebenen/bezirksregion?suche=010111`
		);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Nächste Seite' }).click();
		await expect(page).toHaveURL(/seite=2/);
		await expect(page.getByTestId('unit-count-status')).toContainText('Seite 2 von 9');

		await page.getByLabel('Schlüssel oder Name enthält').fill('tiergarten');
		await page.getByRole('button', { name: 'Anwenden' }).click();
		await expect(page).toHaveURL(/suche=tiergarten/);
		const found = await rows.locator('td:nth-child(2)').allInnerTexts();
		expect(found.length).toBeGreaterThan(0);
		for (const name of found) expect(name.toLowerCase()).toContain('tiergarten');
		await expect(page.getByTestId('unit-count-status')).toContainText(
			`${found.length} von 447 Gebieten gefunden`
		);
	});

	test('map and table are linked: a row chooses its unit on the map, a click on the map chooses one', async ({
		page
	}) => {
		await page.goto(`${base}/ebenen/planungsraum?sortierung=name`);
		await expect(page.locator('.qs-unitmap')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
		// A click into the middle of the map (the whole city in view) chooses the unit there.
		const canvas = page.locator('canvas.maplibregl-canvas');
		const box = (await canvas.boundingBox())!;
		const middle = { position: { x: box.width / 2, y: box.height / 2 } };
		await canvas.click(middle);
		await expect(page.getByTestId('map-selection')).toContainText('Ausgewählt:');
		const pickedOnMap = await page.getByTestId('map-selection').innerText();

		// A row's button chooses its unit instead, on the map and in the table.
		const row = page.getByTestId('unit-table').locator('tbody tr').nth(2);
		const name = (await row.locator('td').first().innerText()).trim();
		expect(pickedOnMap).not.toContain(name);
		const button = row.getByRole('button', { name: `Auf der Karte zeigen: ${name}` });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(row).toHaveAttribute('data-selected', 'true');
		await expect(page.getByTestId('map-selection')).toContainText(`Ausgewählt: ${name}`);
		await expect(page.locator('tr[data-selected]')).toHaveCount(1);
		// Hovering another row marks it (and its unit on the map).
		const other = page.getByTestId('unit-table').locator('tbody tr').nth(5);
		await other.hover();
		await expect(other).toHaveClass(/row--hovered/);
		// Pressing the button again clears the choice.
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('tr[data-selected]')).toHaveCount(0);

		// The unit picked on the map (the view has moved to the row's unit) is found in the table.
		await canvas.click(middle);
		await expect(page.getByTestId('map-selection')).toContainText('Ausgewählt:');
		const code = /\((\d{8})\)/.exec(await page.getByTestId('map-selection').innerText())![1]!;
		const inPage = page.locator(`tr[data-unit="${code}"]`);
		if ((await inPage.count()) > 0) {
			await expect(inPage).toHaveAttribute('data-selected', 'true');
		} else {
			await page.getByTestId('map-selection').getByRole('link', { name: 'In der Tabelle zeigen' }).click();
			await expect(page).toHaveURL(new RegExp(`suche=${code}`));
			await expect(page.getByTestId('unit-table').locator('tbody tr')).toHaveCount(1);
			await expect(inPage).toHaveCount(1);
		}
	});

	test('keyboard: from the search field Tab reaches the table and its map button', async ({ page }) => {
		await page.goto(`${base}/ebenen/planungsraum`);
		await expect(page.locator('.qs-unitmap')).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
		await page.getByLabel('Schlüssel oder Name enthält').focus();
		let reached = false;
		for (let i = 0; i < 10 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() => document.activeElement?.textContent?.includes('Auf der Karte zeigen') ?? false
			);
		}
		expect(reached).toBe(true);
		const focused = page.locator(':focus');
		await expect(focused).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Enter');
		await expect(focused).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByTestId('unit-table').locator('tbody tr').first()).toHaveAttribute(
			'data-selected',
			'true'
		);
	});

	test('the catalogue lists the demo indicators and filters by topic', async ({ page }) => {
		await page.goto(`${base}/indikatoren`);
		const rows = page.locator('tr[data-indicator]');
		const total = await rows.count();
		expect(total).toBeGreaterThanOrEqual(14);
		await expect(page.getByTestId('indicator-count-status')).toHaveText(`${total} von ${total} Indikatoren`);
		// Independent of the filter code: the MSS indicators are the ones of the topic Soziales.
		const social = await page.locator('tr[data-indicator^="mss_"]').count();
		expect(social).toBe(8);
		for (const code of [
			'anteil_kinder_00_01',
			'anteil_kinder_05_06',
			'veraenderung_kinder_00_01',
			'mss_status3'
		])
			await expect(page.locator(`tr[data-indicator="${code}"]`)).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 2, name: 'Demografie' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Soziales' })).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByLabel('Handlungsfeld').selectOption({ label: 'Soziales' });
		await page.getByRole('button', { name: 'Filtern' }).click();
		await expect(page).toHaveURL(/thema=soziales/);
		await expect(page.getByTestId('indicator-count-status')).toHaveText(`${social} von ${total} Indikatoren`);
		await expect(rows).toHaveCount(social);
		await expect(page.locator('tr[data-indicator^="anteil_kinder"]')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 2, name: 'Demografie' })).toHaveCount(0);

		await page.getByLabel('Suchbegriff').fill('kinderarmut');
		await page.getByRole('button', { name: 'Filtern' }).click();
		await expect(rows).toHaveCount(2);
		await page.getByRole('link', { name: 'Kinderarmut (SGB II, unter 15 Jahren)', exact: true }).click();
		await expect(page).toHaveURL(`${base}/indikatoren/mss_status4`);
	});

	test('the fact sheet shows metadata and Bezirk values equal to a computation from the CSV', async ({
		page
	}) => {
		await page.goto(`${base}/indikatoren/anteil_kinder_00_01?ebene=bezirk&stichtag=2016-12-31`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anteil der Kinder unter 1 Jahr');
		const metadata = page.getByTestId('metadata');
		await expect(metadata.locator('[data-field="definition"] dd')).toHaveText(
			'Kinder unter 1 Jahr je 100 Einwohner'
		);
		await expect(metadata.locator('[data-field="licence"] dd')).toContainText('dl-de/by-2.0');
		await expect(metadata.locator('[data-field="updateInterval"] dd')).toHaveText('jährlich');
		await expect(metadata.locator('[data-field="disclosureRule"] dd')).toHaveText('keine Angabe');
		await expect(page.getByTestId('facts')).toContainText('Neutral');
		await expect(page.getByTestId('formula')).toContainText('Σ Zähler / Σ Nenner × 100');
		await expect(
			page.getByText('Summe von „Kinder unter 1 Jahr“ geteilt durch die Summe von „Einwohner“')
		).toBeVisible();
		await expect(page.getByTestId('dates')).toContainText('16 Stichtage vom 31.12.2001 bis 31.12.2016');

		const expected = expectedShares();
		expect(expected.size).toBe(12);
		const rows = page.getByTestId('values-table').locator('tbody tr');
		await expect(rows).toHaveCount(12);
		await expect(page.getByTestId('values-table').locator('caption')).toHaveText(
			'Werte je Gebiet der Ebene Bezirk am 31.12.2016'
		);
		for (const [code, share] of expected) {
			const german = share.toFixed(2).replace('.', ',');
			await expect(page.locator(`tr[data-unit="${code}"] [data-testid="value"]`)).toHaveText(german);
		}
		await expect(rows.first()).toContainText('vollständig');
		await expectNoAxeViolations(page);

		// The form chooses another layer and date.
		await page.getByLabel('Raumebene', { exact: true }).selectOption({ label: 'Prognoseraum' });
		await page.getByLabel('Stichtag', { exact: true }).selectOption('2010-12-31');
		await page.getByRole('button', { name: 'Werte zeigen' }).click();
		await expect(page).toHaveURL(/ebene=prognoseraum&stichtag=2010-12-31/);
		await expect(rows).toHaveCount(60);
	});

	test('the variables list shows code, name, kind and source', async ({ page }) => {
		await page.goto(`${base}/merkmale`);
		const row = page.locator('tr[data-variable="einwohner_00_01"]');
		await expect(row).toContainText('Kinder unter 1 Jahr');
		await expect(row).toContainText('Anzahl');
		await expect(row).toContainText('Amt für Statistik Berlin-Brandenburg');
		await expectNoAxeViolations(page);
	});

	test('an unknown layer or indicator is a 404', async ({ page }) => {
		expect((await page.goto(`${base}/ebenen/gibtsnicht`))?.status()).toBe(404);
		expect((await page.goto(`${base}/indikatoren/gibtsnicht`))?.status()).toBe(404);
	});

	test('every page passes axe-core in English too', async ({ page }) => {
		await inEnglish(page);
		for (const path of [
			base,
			`${base}/ebenen/planungsraum`,
			`${base}/indikatoren`,
			`${base}/indikatoren/mss_status3`,
			`${base}/indikatoren/veraenderung_kinder_00_01`,
			`${base}/merkmale`
		]) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			if (path.includes('/ebenen/'))
				await expect(page.locator('.qs-unitmap')).toHaveAttribute('data-status', 'ready', {
					timeout: 30_000
				});
			await expectNoAxeViolations(page);
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Variables');
	});
});
