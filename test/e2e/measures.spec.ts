import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The measure pages of the Steuerung area in testcity: measures created over the planning API (the
 * measure form is not built yet), seen in the list with its filters, a measure's page with its
 * budget totals and an overdue milestone named in words, output figures reported through the page's
 * form (one refused submission first, entries kept), a milestone reported reached; the Träger sees
 * and reports on its own measure only; without JavaScript; axe on every page in German and English.
 */
const base = '/app/testcity/steuerung/massnahmen';
const v1 = '/api/v1/tenants/testcity';
const stamp = () => Date.now().toString(36);
const measureUrl = (code: string) => `${base}/${encodeURIComponent(code)}`;

/** Two measures of the Jugendamt: one run by „Kita-Träger Beispiel“ with budget and milestones, one without Träger. */
async function createMeasures(page: Page) {
	const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
	const headers = { 'x-csrf-token': csrfToken };
	const departments: { id: string; name: string }[] = await (
		await page.request.get(`${v1}/departments`)
	).json();
	const jugendamt = departments.find((d) => d.name === 'Jugendamt')!.id;
	const own = `M E2E ${stamp()}`;
	const other = `M E2E ${stamp()} fremd`;
	for (const [code, providers] of [
		[own, ['Kita-Träger Beispiel']],
		[other, []]
	] as const) {
		const created = await page.request.post(`${v1}/measures`, {
			headers,
			data: {
				code,
				title: `Familienzentrum ${code}`,
				status: 'laufend',
				periodStart: '2024-01-01',
				periodEnd: '2027-12-31',
				leadDepartmentId: jugendamt,
				providers
			}
		});
		expect(created.status()).toBe(201);
	}
	const path = `${v1}/measures/${encodeURIComponent(own)}`;
	const budget = await page.request.put(`${path}/budget`, {
		headers,
		data: [
			{ year: 2025, source: 'haushalt', planned: 10000, approved: 8000, spent: 5000 },
			{ year: 2025, source: 'foerderprogramm', programme: 'ESF Plus', planned: 2500, approved: 2500 },
			{ year: 2026, source: 'haushalt', planned: 12000 }
		]
	});
	expect(budget.status()).toBe(200);
	const stones = await page.request.put(`${path}/milestones`, {
		headers,
		data: [
			{ title: 'Räume angemietet', dueOn: '2024-03-01' },
			{ title: 'Konzept beschlossen', dueOn: '2099-06-30' }
		]
	});
	expect(stones.status()).toBe(200);
	return { own, other };
}

test.describe('measures', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('list, filter, page with budget and overdue milestone, report a figure and a milestone', async ({
		page
	}) => {
		const { own, other } = await createMeasures(page);
		await page.goto('/app/testcity/steuerung');
		await page.getByTestId('steering-nav').getByRole('link', { name: 'Maßnahmen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen');
		const row = page.locator(`tr[data-measure="${own}"]`);
		await expect(row).toContainText('laufend');
		await expect(row).toContainText('Jugendamt');
		await expect(row).toContainText('01.01.2024 – 31.12.2027');
		await expectNoAxeViolations(page);

		await page.locator('#filter-status').selectOption('geplant');
		await page.getByRole('button', { name: 'Anwenden' }).click();
		await expect(page).toHaveURL(/status=geplant/);
		await expect(row).toHaveCount(0);
		await page.locator('#filter-status').selectOption('laufend');
		await page.getByRole('button', { name: 'Anwenden' }).click();
		await expect(page.locator(`tr[data-measure="${other}"]`)).toBeVisible();

		await row.getByRole('link').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${own} Familienzentrum ${own}`);
		await expect(page.getByTestId('measure-providers')).toHaveText('Kita-Träger Beispiel');
		const budget = page.getByTestId('measure-budget');
		await expect(budget.getByRole('row', { name: /Summe 2025/ })).toContainText('12.500,00 €');
		await expect(budget.getByRole('row', { name: /Summe aller Jahre/ })).toContainText('24.500,00 €');
		await expect(budget).toContainText('Förderprogramm: ESF Plus');
		await expect(page.locator('tr[data-milestone="Räume angemietet"]')).toContainText('überfällig');
		await expect(page.locator('tr[data-milestone="Konzept beschlossen"]')).toContainText('offen');
		await expectNoAxeViolations(page);

		// A period that ends before it starts is refused at the field; the entries stay.
		await page.locator('#output-figure').fill('Erreichte Familien');
		await page.locator('#output-start').fill('2025-12-31');
		await page.locator('#output-end').fill('2025-01-01');
		await page.locator('#output-value').fill('42');
		await page.getByTestId('report-output').click();
		await expect(page.locator('#output-end-error')).toBeVisible();
		await expect(page.getByRole('alert')).toContainText('nicht gemeldet');
		await expect(page.locator('#output-figure')).toHaveValue('Erreichte Familien');
		await expect(page.locator('#output-value')).toHaveValue('42');
		await expectNoAxeViolations(page);
		await page.locator('#output-start').fill('2025-01-01');
		await page.locator('#output-end').fill('2025-12-31');
		await page.getByTestId('report-output').click();
		await expect(page.getByRole('status')).toContainText('Die Kennzahl ist gemeldet.');
		await expect(page.getByTestId('measure-outputs')).toContainText('Erreichte Familien');

		await page.getByRole('button', { name: /Meilenstein erreicht.*Räume angemietet/ }).click();
		await expect(page.locator('tr[data-milestone="Räume angemietet"]')).toContainText('erreicht am');

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 2, name: 'Budget' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measures');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});
});

test.describe('the Träger', () => {
	test('sees and reports on its own measure only', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		const { own, other } = await createMeasures(page);
		await page.context().clearCookies();
		await login(page, 'testcity-provider', worldPassword);
		await page.goto(base);
		await expect(page.locator(`tr[data-measure="${own}"]`)).toBeVisible();
		await expect(page.locator(`tr[data-measure="${other}"]`)).toHaveCount(0);
		await expect(page.getByTestId('steering-nav')).toHaveCount(0);
		await expectNoAxeViolations(page);
		await page.goto(measureUrl(own));
		await page.locator('#output-figure').fill('Beratungen');
		await page.locator('#output-start').fill('2026-01-01');
		await page.locator('#output-end').fill('2026-03-31');
		await page.locator('#output-value').fill('17');
		await page.getByTestId('report-output').click();
		await expect(page.getByRole('status')).toContainText('Die Kennzahl ist gemeldet.');
		await expect(page.getByTestId('measure-outputs')).toContainText('Beratungen');
		const response = await page.goto(measureUrl(other));
		expect(response?.status()).toBe(403);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('report an output figure as plain HTML', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		const { own } = await createMeasures(page);
		await page.goto(measureUrl(own));
		await page.locator('#output-figure').fill('Kurse');
		await page.locator('#output-start').fill('2026-01-01');
		await page.locator('#output-end').fill('2026-12-31');
		await page.locator('#output-value').fill('3');
		await page.getByTestId('report-output').click();
		await expect(page.getByTestId('measure-outputs')).toContainText('Kurse');
	});
});
