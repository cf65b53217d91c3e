import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * The import wizard and the import history, as the demo planner of "berlin": a units file into a
 * new layer with JavaScript (progress, detail page, history, rollback), a bad file with its problem
 * table, and an observation file through the whole wizard without JavaScript. axe-core on every
 * step, in German and English.
 */

const base = '/app/berlin/daten/importe';
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The value of one entry of a description list, found by its exact label. */
function fact(page: Page, label: string) {
	return page
		.locator('.kern-description-list-item')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }) })
		.locator('dd');
}

/** Opens step 1 and chooses what and where. axe-core needs JavaScript in the page: `axe` is off without. */
async function upload(page: Page, kind: 'units' | 'observations', layer: string, axe = true) {
	await page.goto(`${base}/neu`);
	if (axe) await expectNoAxeViolations(page);
	await page.locator(`#kind-${kind}`).check();
	await page.locator('#layer').selectOption(layer);
}

test.describe('import wizard with JavaScript', () => {
	test.beforeEach(async ({ page }) => login(page, demo.username, demo.password));

	test('units into a new layer: map, check, commit with progress, history, roll back', async ({ page }) => {
		await upload(page, 'units', '__neu');
		await page.locator('#newCode').fill('e2e_plr');
		await page.locator('#newName').fill('E2E-Planungsräume');
		await page.locator('#newParent').selectOption('bezirksregion');
		await page.locator('#files').setInputFiles('test/fixtures/good/einheiten-planungsraeume.csv');
		await page.getByRole('button', { name: 'Hochladen und weiter' }).click();
		await page.waitForURL(new RegExp(`${base}/neu/${uuid}$`));

		// Mapping: preview and guesses from the column names (the third is named after the parent layer).
		await expect(page.getByRole('table', { name: 'Die ersten Zeilen der Datei' })).toContainText(
			'Stülerstraße'
		);
		await expect(page.locator('#code')).toHaveValue('Schlüssel');
		await expect(page.locator('#name')).toHaveValue('Name');
		await expect(page.locator('#parent-column')).toBeChecked();
		await expect(page.locator('#parentColumn')).toHaveValue('Bezirksregion');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
		await page.waitForURL(/\/pruefung$/);

		await expect(page.getByText('Die Prüfung ist fehlerfrei')).toBeVisible();
		const created = fact(page, 'Neu angelegt');
		await expect(created).toContainText('3');
		await expectNoAxeViolations(page);

		// Watch for the progress bar and the polling: the import may be done in a fraction of a second.
		const polls: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/api/v1/tenants/berlin/imports/jobs/')) polls.push(r.url());
		});
		await page.evaluate(() => {
			const w = window as unknown as { sawProgress: boolean };
			w.sawProgress = false;
			new MutationObserver(() => {
				if (document.querySelector('progress.kern-progress')) w.sawProgress = true;
			}).observe(document.body, { childList: true, subtree: true });
		});
		await page.getByRole('button', { name: 'Daten übernehmen' }).click();
		await page.waitForURL(new RegExp(`${base}/${uuid}$`));
		expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
		expect(polls.length).toBeGreaterThan(0);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import „einheiten-planungsraeume.csv“');
		await expect(page.getByTestId('import-status')).toHaveText('aktiv');
		await expect(fact(page, 'Ebene')).toContainText('e2e_plr');
		await expectNoAxeViolations(page);
		const detail = page.url();

		// The history lists it first, with its provenance.
		await page.goto(base);
		const row = page.locator('tbody tr').first();
		await expect(row).toContainText('einheiten-planungsraeume.csv');
		await expect(row).toContainText('e2e_plr');
		await expect(row).toContainText('demo');
		await expect(row).toContainText('aktiv');
		await expectNoAxeViolations(page);
		await row.locator('summary').click();
		await expect(row.locator('.qs-hash__full')).toHaveText(/^[0-9a-f]{64}$/);

		// Roll back, with the confirmation step.
		await page.goto(detail);
		await page.getByText('Rückgängig machen …').click();
		await page.getByRole('button', { name: 'Ja, Import rückgängig machen' }).click();
		await expect(page.getByRole('status')).toContainText('3 Gebietseinheiten wurden gelöscht');
		await expect(page.getByTestId('import-status')).toContainText('rückgängig gemacht am');
		await expectNoAxeViolations(page);
		await page.goto(base);
		await expect(page.locator('tbody tr').first()).toContainText('rückgängig gemacht');
	});

	test('a bad file ends in the problem table with row, column and code', async ({ page }) => {
		await upload(page, 'observations', 'planungsraum');
		await page.locator('#files').setInputFiles('test/fixtures/bad/unbekannte-raumcodes.csv');
		await page.getByRole('button', { name: 'Hochladen und weiter' }).click();
		await page.waitForURL(new RegExp(`${base}/neu/${uuid}$`));
		await expect(page.locator('#format-long')).toBeChecked();
		await expect(page.locator('#unit')).toHaveValue('Schlüssel');
		await expect(page.locator('#value')).toHaveValue('Wert');
		await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
		await page.waitForURL(/\/pruefung$/);

		await expect(page.getByText('Die Prüfung hat 2 Fehler gefunden')).toBeVisible();
		const table = page.getByRole('table', { name: 'Probleme mit Datei, Zeile, Spalte und Code' });
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(2);
		const expected: [number, string, string][] = [
			[0, '3', '01011199'],
			[1, '4', '99999999']
		];
		for (const [index, row, code] of expected) {
			const cells = rows.nth(index).locator('td');
			await expect(cells.nth(0)).toHaveText('unbekannte-raumcodes.csv');
			await expect(cells.nth(1)).toHaveText(row);
			await expect(cells.nth(2)).toHaveText('Schlüssel');
			await expect(cells.nth(3)).toHaveText('import.unknown_unit');
			await expect(cells.nth(5)).toContainText(code);
		}
		await expect(page.getByRole('button', { name: 'Daten übernehmen' })).toHaveCount(0);
		await expectNoAxeViolations(page);
		// Back to the mapping keeps what was entered.
		await page.getByRole('link', { name: 'Zurück zur Zuordnung' }).first().click();
		await expect(page.locator('#unit')).toHaveValue('Schlüssel');
	});

	test('the history, the wizard and a detail page pass axe-core in English too', async ({
		page,
		context
	}) => {
		await context.addCookies([{ name: 'qs_lang', value: 'en', url: page.url() }]);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import history');
		await expectNoAxeViolations(page);
		await page.locator('tbody tr').first().locator('th a').click();
		await expect(page.getByRole('heading', { name: 'Provenance' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto(`${base}/neu`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import data');
		await expectNoAxeViolations(page);
		await page.locator('#kind-observations').check();
		await page.locator('#layer').selectOption('planungsraum');
		await page.locator('#files').setInputFiles('test/fixtures/bad/unbekannte-raumcodes.csv');
		await page.getByRole('button', { name: 'Upload and continue' }).click();
		await page.waitForURL(new RegExp(`${base}/neu/${uuid}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map the columns');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page.waitForURL(/\/pruefung$/);
		await expect(page.getByText('The check found 2 errors')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('import wizard without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('observations with a new variable: upload, map, check, commit, roll back', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await upload(page, 'observations', 'planungsraum', false);
		const csv =
			'Schlüssel;Stichtag;Merkmal;Wert\n01011101;31.12.2016;e2e_kitas;4\n01011102;31.12.2016;e2e_kitas;.\n01011103;31.12.2016;e2e_kitas;2\n';
		await page
			.locator('#files')
			.setInputFiles({ name: 'kitas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.getByRole('button', { name: 'Hochladen und weiter' }).click();
		await page.waitForURL(new RegExp(`${base}/neu/${uuid}$`));

		// The unknown variable is offered for definition.
		await page.locator('#var-0-name').fill('Kitas (E2E)');
		await page.locator('#var-0-kind').selectOption('count');
		// The file's own code for missing values (issue 12); "." is a Destatis sign without it.
		await page.locator('#missingCodes').fill('-9999=gesperrt');
		await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
		await page.waitForURL(/\/pruefung$/);
		await expect(page.getByText('Die Prüfung ist fehlerfrei')).toBeVisible();
		await expect(fact(page, 'Neu angelegt')).toContainText('2');
		await expect(fact(page, 'Fehlende Werte (nicht gespeichert)')).toContainText('1');
		const codes = page.getByRole('table', { name: 'Codes in der Datei' });
		await expect(codes.getByRole('row', { name: /„\.“/ })).toContainText(
			'Zahlenwert unbekannt oder geheim zu halten'
		);

		await page.getByRole('button', { name: 'Daten übernehmen' }).click();
		await page.waitForURL(new RegExp(`${base}/${uuid}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import „kitas.csv“');
		await expect(fact(page, 'Gespeicherte Werte')).toContainText('2');
		await expect(fact(page, 'Merkmale')).toContainText('e2e_kitas');

		// The confirmation is a disclosure: it opens without JavaScript.
		await page.locator('summary', { hasText: 'Rückgängig machen …' }).click();
		await page.getByRole('button', { name: 'Ja, Import rückgängig machen' }).click();
		await expect(page.getByRole('status')).toContainText('2 Werte wurden gelöscht');
		await expect(page.getByTestId('import-status')).toContainText('rückgängig gemacht am');
		// A second rollback is refused with the service's German reason.
		await page.goto(page.url());
		await expect(page.getByRole('button', { name: 'Ja, Import rückgängig machen' })).toHaveCount(0);
	});
});
