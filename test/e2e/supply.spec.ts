import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * Versorgung and Präventionskette for testcity (Berlin Kitas of 2017 and the settings u3/ue3 from
 * the Berlin seed): the table's totals against the sum of its rows, the page without JavaScript,
 * the CSV download against the table, the settings form saved and restored, the prevention chain
 * with its gaps, axe and the keyboard.
 */
const versorgung = '/app/testcity/angebote/versorgung?ebene=planungsraum&gruppe=u3';

interface TableRow {
	children: string;
	places: string;
	facilities: string;
	shortfall: string;
}

async function tableRows(page: Page): Promise<TableRow[]> {
	return page.locator('[data-testid="supply-table"] tbody tr').evaluateAll((rows) =>
		rows.map((r) => {
			const d = (r as HTMLElement).dataset;
			return {
				children: d.children ?? '',
				places: d.places ?? '',
				facilities: d.facilities ?? '',
				shortfall: d.shortfall ?? ''
			};
		})
	);
}

const sum = (rows: TableRow[], key: keyof TableRow) => rows.reduce((s, r) => s + Number(r[key] || 0), 0);

test.describe('Versorgung', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('the totals equal the sums of the rows; axe passes', async ({ page }) => {
		await page.goto(versorgung);
		await expect(page.locator('h1')).toHaveText('Versorgung und Bedarf');
		const rows = await tableRows(page);
		expect(rows).toHaveLength(447);
		const total = page.getByTestId('supply-total');
		expect(Number(await total.getAttribute('data-children'))).toBe(sum(rows, 'children'));
		expect(Number(await total.getAttribute('data-places'))).toBe(sum(rows, 'places'));
		expect(Number(await total.getAttribute('data-facilities'))).toBe(sum(rows, 'facilities'));
		expect(Number(await total.getAttribute('data-sum-of-shortfalls'))).toBe(sum(rows, 'shortfall'));
		// The Berlin Kitas hold places: a real comparison, not a table of zeros.
		expect(sum(rows, 'places')).toBeGreaterThan(10_000);
		await expect(page.getByTestId('supply-method')).toContainText('2SFCA');
		await expect(page.getByTestId('supply-outside')).toContainText('außerhalb aller Gebiete');
		await expectNoAxeViolations(page);
	});

	test('the CSV holds the rows of the table and the sum of shortfalls', async ({ page }) => {
		await page.goto(versorgung);
		const href = await page.getByTestId('supply-download').getAttribute('href');
		const response = await page.request.get(href!);
		expect(response.status()).toBe(200);
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		const header = lines[0]!.split(';');
		expect(header.slice(0, 3)).toEqual(['Schlüssel', 'Gebiet', 'Kinder']);
		const body = lines.slice(1);
		expect(body).toHaveLength(447 + 2);
		const shortfall = header.indexOf('Fehlbedarf');
		const perUnit = body.slice(0, 447).reduce((s, l) => s + Number(l.split(';')[shortfall] || 0), 0);
		const last = body.at(-1)!.split(';');
		expect(last[1]).toBe('Summe der Fehlbedarfe der Gebiete');
		expect(Number(last[shortfall])).toBe(perUnit);
		const rows = await tableRows(page);
		expect(perUnit).toBe(sum(rows, 'shortfall'));
		// Decimal comma in the Versorgungsquote.
		const quote = header.indexOf('Versorgungsquote (Plätze je 100 Kinder)');
		expect(body.some((l) => /^\d+,\d$/.test(l.split(';')[quote]!))).toBe(true);
	});

	test('sorting by keyboard: a column head link sorts the table', async ({ page }) => {
		await page.goto(versorgung);
		const link = page.locator('[data-testid="supply-table"] thead a', { hasText: 'Fehlbedarf' });
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/sortierung=fehlbedarf/);
		const values = (await tableRows(page))
			.map((r) => r.shortfall)
			.filter((v) => v !== '')
			.map(Number);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Fehlbedarf');
	});

	test('the settings form saves and restores the Bedarfsquote', async ({ page }) => {
		await page.goto('/app/testcity/angebote/versorgung/einstellungen');
		const need = page.locator('#band-0-need');
		const before = await need.inputValue();
		await need.fill('61');
		await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
		await expect(page.getByTestId('supply-settings-saved')).toBeVisible();
		await page.goto(versorgung);
		await expect(page.getByTestId('supply-settings-summary')).toContainText('Bedarfsquote 61 %');
		// "weitere Altersgruppe" adds an empty band without saving it.
		await page.goto('/app/testcity/angebote/versorgung/einstellungen');
		const bands = await page.getByTestId('supply-band').count();
		await page.getByRole('button', { name: 'weitere Altersgruppe' }).click();
		await expect(page.getByTestId('supply-band')).toHaveCount(bands + 1);
		await page.goto('/app/testcity/angebote/versorgung/einstellungen');
		await expect(page.getByTestId('supply-band')).toHaveCount(bands);
		await page.locator('#band-0-need').fill(before);
		await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
		await expect(page.getByTestId('supply-settings-saved')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('the prevention chain marks gaps in words; axe passes', async ({ page }) => {
		await page.goto('/app/testcity/angebote/praeventionskette?ebene=planungsraum');
		const matrix = page.getByTestId('chain-matrix');
		await expect(matrix).toBeVisible();
		// A Planungsraum without a school or youth centre has a gap in the later phases, said in words.
		const gap = matrix.locator('td[data-phase="alter_16_25"][data-gap="ja"]').first();
		await expect(gap).toContainText('Lücke');
		// The schools (2023) and youth centres (2022) of the demo fill school and youth phases (issue 12),
		// and the source line names their years.
		await expect(matrix.locator('td[data-phase="alter_6_10"][data-gap="nein"]').first()).toBeVisible();
		await expect(matrix.locator('td[data-phase="alter_10_16"][data-gap="nein"]').first()).toBeVisible();
		await expect(page.getByTestId('facility-sources')).toContainText('Oktober 2023');
		const columns = await matrix.locator('thead th').count();
		expect(columns).toBeGreaterThan(1);
		expect(columns).toBeLessThan(40);
		const download = await page.getByTestId('chain-download').getAttribute('href');
		const csv = await page.request.get(download!);
		expect(csv.status()).toBe(200);
		expect((await csv.text()).split('\r\n')[0]).toContain('Lebensphase');
		await expectNoAxeViolations(page);
	});
});

test.describe('Angebot und Bedarf in the area profile', () => {
	test('loads on request with one table per band and the 2SFCA value', async ({ page }) => {
		// The section reads the layer's children at every date: slow on purpose only when asked for.
		test.setTimeout(180_000);
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto('/app/testcity/monitoring/gebiete/planungsraum/01011101');
		await expect(page.getByTestId('profile-supply-table')).toHaveCount(0);
		await page.getByTestId('profile-supply-load').click();
		await expect(page.getByTestId('profile-supply-table')).toHaveCount(2, { timeout: 150_000 });
		await expect(page.locator('[data-testid="profile-supply-table"][data-band="u3"] tbody tr')).toHaveCount(
			16
		);
		await expect(page.locator('[data-testid="profile-supply-2sfca"][data-band="u3"]')).toContainText(
			'Stand 31.12.2016'
		);
		await expectNoAxeViolations(page);
	});
});

test.describe('Versorgung for a viewer', () => {
	test('shows the settings read-only', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto('/app/testcity/angebote/versorgung/einstellungen');
		await expect(page.getByTestId('supply-settings-readonly')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Einstellungen speichern' })).toHaveCount(0);
	});
});

test.describe('Versorgung without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the table is there, the map says it needs JavaScript', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(versorgung);
		expect(await tableRows(page)).toHaveLength(447);
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		// The GET form works without script: choose Ü3 and the measure Fehlbedarf.
		await page.locator('#versorgung-gruppe').selectOption('ue3');
		await page.locator('#mass-fehlbedarf').check();
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/gruppe=ue3/);
		await expect(page.locator('#versorgung-titel')).toContainText('3 bis unter 6 Jahre');
	});
});
