import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The facility import page (Angebote › Import) as the planner of "testcity", which has the Berlin
 * Planungsräume: a small good file is checked, then imported, and the report shows the counts; a
 * file with swapped coordinates is refused with its row and reason. axe-core on each state.
 */

const page_ = '/app/testcity/angebote/import';

function csv(name: string, text: string) {
	return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

test.describe('facility import', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('a small good file: check, then import, with the report', async ({ page }) => {
		const suffix = Date.now();
		const file = csv(
			'e2e-kitas.csv',
			`id,name,lat,lon,under,over\ne2e-${suffix}-1,E2E-Kita Mitte,52.52001,13.40495,10,20\n` +
				`e2e-${suffix}-2,E2E-Kita Biesdorf,52.50581,13.55291,,35\n`
		);
		await page.goto(page_);
		await expectNoAxeViolations(page);
		await page.getByLabel('Datei', { exact: true }).setInputFiles(file);
		await page.locator('#kind').selectOption('kita');
		await page.locator('#capacities').fill('u3=under,ue3=over');
		await page.getByRole('button', { name: 'Nur prüfen' }).click();
		await expect(page.getByText('Prüfung ohne Fehler – nichts gespeichert')).toBeVisible();
		await expect(page.getByText('2 Zeilen gelesen: 2 Einrichtungen neu')).toBeVisible();

		await page.getByLabel('Datei', { exact: true }).setInputFiles(file);
		await page.locator('#kind').selectOption('kita');
		await page.locator('#capacities').fill('u3=under,ue3=over');
		await page.getByRole('button', { name: 'Importieren' }).click();
		await expect(page.getByText('Import abgeschlossen')).toBeVisible();
		await expect(
			page.getByText(/2 Einrichtungen neu, 0 aktualisiert, 0 Träger neu angelegt, 1 Platzzahl unbekannt/)
		).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('a bad file shows the row and the reason', async ({ page }) => {
		await page.goto(page_);
		await page
			.getByLabel('Datei', { exact: true })
			.setInputFiles('test/fixtures/bad/facilities/lat-lon-vertauscht.csv');
		await page.locator('#kind').selectOption('kita');
		await page.locator('#capacities').fill('u3=under,ue3=over');
		await page.getByRole('button', { name: 'Importieren' }).click();
		await expect(page.getByText('Die Datei wurde nicht importiert')).toBeVisible();
		const table = page.getByRole('table', { name: 'Probleme in der Datei' });
		const row = table.getByRole('row').filter({ hasText: 'import.swapped_coordinates' });
		await expect(row).toContainText('2');
		await expect(row).toContainText('lat');
		await expect(row).toContainText('Breite und Länge vertauscht?');
		await expectNoAxeViolations(page);
	});
});
