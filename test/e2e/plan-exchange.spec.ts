import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * Steuerung › Import und Export in testcity: a good plan (goals and a measure as CSV files) checked
 * first (nothing stored), then imported and found in the list of measures; a bad file refused with
 * its problems in a table (file, row, column, message) and nothing stored; the export and the blank
 * template download as workbooks; the viewer reads and downloads but gets no upload form; axe in
 * German and English.
 */
const base = '/app/testcity/steuerung/austausch';
const stamp = Date.now().toString(36);
const leit = `L X${stamp}`;
const goal = `Z X${stamp}`;
const measure = `M X${stamp}`;
const csv = (name: string, text: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text, 'utf8')
});

const goodFiles = [
	csv(
		'ziele.csv',
		'Nummer;Übergeordnetes Ziel;Art;Titel;Federführendes Amt;Status\n' +
			`${goal};${leit};Handlungsziel;Mehr Familien erreichen (E2E);Jugendamt;Entwurf\n` +
			`${leit};;Leitziel;Gutes Aufwachsen (E2E);Jugendamt;beschlossen\n`
	),
	csv(
		'massnahmen.csv',
		'Nummer;Titel;Ziele;Federführend;Beginn;Ende;Status\n' +
			`${measure};Familienzentrum aus dem Import;${goal};Jugendamt;01.01.2026;31.12.2027;geplant\n`
	),
	csv(
		'haushalt.csv',
		`Maßnahme;Jahr;Geplant;Bewilligt;Ausgegeben\n${measure};2026;12.000,00;10.000,00;2.500,50\n`
	)
];

test.describe('plan import and export', () => {
	test('check, import, refuse a bad file, download', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		await page.goto('/app/testcity/steuerung');
		await page.getByTestId('steering-nav').getByRole('link', { name: 'Import und Export' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import und Export des Plans');
		await expect(
			page.getByTestId('steering-nav').getByRole('link', { name: 'Import und Export' })
		).toHaveAttribute('aria-current', 'page');
		await expectNoAxeViolations(page);

		// Check only: the report says what would happen, nothing is stored.
		await page.locator('#files').setInputFiles(goodFiles);
		await page.getByRole('button', { name: 'Nur prüfen' }).click();
		await expect(page.getByRole('status')).toContainText('Prüfung ohne Fehler – nichts gespeichert');
		await expect(page.getByTestId('plan-report')).toContainText('2 Ziele neu, 0 geändert; 1 Maßnahmen neu');
		await page.goto(`/app/testcity/steuerung/massnahmen`);
		await expect(page.locator(`tr[data-measure="${measure}"]`)).toHaveCount(0);

		// Import: the measure is there with its goal.
		await page.goto(base);
		await page.locator('#files').setInputFiles(goodFiles);
		await page.getByRole('button', { name: 'Importieren' }).click();
		await expect(page.getByRole('status')).toContainText('Plan importiert');
		await expect(page.getByTestId('plan-report')).toContainText('1 Haushaltszeilen');
		await page.goto(`/app/testcity/steuerung/massnahmen`);
		await expect(page.locator(`tr[data-measure="${measure}"]`)).toContainText(goal);

		// A bad file: every problem in the table, nothing stored.
		await page.goto(base);
		const before = await page.getByTestId('plan-summary').textContent();
		await page
			.locator('#files')
			.setInputFiles([
				csv(
					'ziele.csv',
					'Nummer;Art;Titel;Indikator;Zielwert;Zieldatum\n' +
						`Z Y${stamp};Handlungsziel;Unbekannter Indikator (E2E);gibt_es_nicht;12;31.12.2030\n` +
						`L Y${stamp};Oberziel;Falsche Art (E2E);;;\n`
				)
			]);
		await page.getByRole('button', { name: 'Importieren' }).click();
		await expect(page.getByText('Die Dateien wurden nicht übernommen')).toBeVisible();
		const problems = page.getByTestId('plan-problems');
		await expect(problems.locator('tbody tr')).toHaveCount(2);
		await expect(problems.locator('tbody tr').nth(0)).toContainText('Indikator');
		await expect(problems.locator('tbody tr').nth(0)).toContainText('Zeile 2');
		await expect(problems.locator('tbody tr').nth(1)).toContainText('„Oberziel“ ist hier nicht vorgesehen');
		await expectNoAxeViolations(page);
		await page.goto(base);
		await expect(page.getByTestId('plan-summary')).toHaveText(before!);

		// Downloads: the plan and the template as workbooks (zip files).
		for (const id of ['plan-export', 'plan-template']) {
			const href = await page.getByTestId(id).getAttribute('href');
			const response = await page.request.get(href!);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain('spreadsheetml');
			expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');
		}

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import and export of the plan');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});

	test('a viewer reads and downloads, but has no upload form', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(base);
		await expect(page.getByTestId('plan-no-write')).toBeVisible();
		await expect(page.locator('#files')).toHaveCount(0);
		await expect(page.getByTestId('plan-export')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
