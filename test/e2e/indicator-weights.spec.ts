import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * Issue 12: the MSS shares above the Planungsraum. Kinderarmut by Bezirk has values, called an
 * estimate with its stand-in weight; the changes in percentage points say why they have none — in
 * the legend, the table, the area profile and the fact sheet.
 */

const base = '/app/berlin/monitoring';

async function apiSet(page: Page, code: string, layer: string) {
	const response = await page.request.get(
		`/api/v1/tenants/berlin/indicators/${code}/values?layer=${layer}&limit=1000`
	);
	expect(response.ok()).toBe(true);
	return (await response.json()) as {
		notice: { estimate: { standIn: boolean } | null; unavailable: { code: string } | null };
		items: { code: string; value: number | null }[];
	};
}

test.describe('shares without counts above their layer', () => {
	test.beforeEach(async ({ page }) => {
		await login(page, demo.username, demo.password);
	});

	test('Kinderarmut by Bezirk: values in legend and table, named as an estimate with a stand-in', async ({
		page
	}) => {
		const api = await apiSet(page, 'mss_status4', 'bezirk');
		expect(api.notice.estimate?.standIn).toBe(true);
		expect(api.items.filter((v) => v.value !== null)).toHaveLength(12);

		await page.goto(`${base}?indikator=mss_status4&ebene=bezirk`);
		const legend = page.getByTestId('choropleth-legend');
		const counts = await legend
			.getByTestId('legend-class')
			.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
		await expect(legend.getByTestId('legend-estimate')).toContainText('Ersatzgewicht „Einwohner“');
		await expect(page.getByTestId('table-estimate')).toContainText('unter 15 Jahren');
		const row = page.locator('[data-testid="monitoring-table"] tr[data-code="01"]');
		const expected = api.items.find((v) => v.code === '01')!.value!;
		expect(Number(await row.locator('td[data-value]').getAttribute('data-value'))).toBeCloseTo(expected, 9);
	});

	test('the changes in percentage points say in German why a Bezirk has none', async ({ page }) => {
		await page.goto(`${base}?indikator=mss_dynamo4&ebene=bezirk`);
		await expect(page.getByTestId('choropleth-legend').getByTestId('legend-unavailable')).toContainText(
			'Prozentpunkten'
		);
		await expect(page.getByTestId('table-unavailable')).toContainText('Keine Werte auf der Ebene „Bezirk“');

		await page.goto(`${base}/gebiete/bezirk/01`);
		const dynamo = page.locator('[data-testid="profile-table"] tr[data-indicator="mss_dynamo4"]');
		await expect(dynamo.getByTestId('profile-unavailable')).toContainText('Prozentpunkten');
		const status = page.locator('[data-testid="profile-table"] tr[data-indicator="mss_status4"]');
		await expect(status.getByTestId('profile-estimate')).toContainText('Ersatzgewicht');
	});

	test('the fact sheet states the weight, who set it, the reason per layer, and refuses an unstated stand-in', async ({
		page
	}) => {
		await page.goto('/app/berlin/daten/indikatoren/mss_status4');
		await expect(page.getByTestId('weight-current')).toContainText('Ersatz für die Bezugsbevölkerung');
		await expect(page.getByTestId('weight-current')).toContainText('Festgelegt von demo');
		await expect(page.getByTestId('levels-table')).toContainText('Schätzung mit Ersatzgewicht');
		await expectNoAxeViolations(page);

		// A stand-in without saying what it stands for is refused at the field; nothing changes.
		await page.goto('/app/berlin/daten/indikatoren/mss_dynamo1');
		await expect(page.getByTestId('levels-table')).toContainText('nicht zusammenfassbar');
		await page.locator('#weight-variable').selectOption('einwohner');
		await page.locator('#weight-stand-in').check();
		await page.locator('#weight-note').fill('');
		await page.getByRole('button', { name: 'Gewicht speichern' }).click();
		await expect(page.locator('#weight-note-error')).toContainText('Ersatzgewicht');
		expect((await apiSet(page, 'mss_dynamo1', 'bezirk')).notice.unavailable?.code).toBe('no_weight');
	});
});
