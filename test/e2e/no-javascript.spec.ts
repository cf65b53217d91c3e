import { expect, test } from '@playwright/test';
import { demoAdmin } from './support/login';

// Old office PCs and locked-down browsers: every form must work as plain HTML.
test.use({ javaScriptEnabled: false });

test.describe('without JavaScript', () => {
	test('sign in, create a user, open the user menu, switch the language and sign out', async ({ page }) => {
		await page.goto('/anmelden');
		await page.locator('#login').fill(demoAdmin.username);
		await page.locator('#password').fill(demoAdmin.password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await expect(page).toHaveURL(/\/app\/berlin$/);

		await page.goto('/app/berlin/verwaltung/benutzer');
		const form = page.locator('form[action="?/anlegen"]');
		await form.getByLabel('Benutzername').fill('ohne.skript');
		await form.getByLabel('Vollständiger Name').fill('Otto Ohne-Skript');
		await form.getByLabel('Startpasswort').fill('zu-kurz');
		await form.getByLabel('Rolle').selectOption({ label: 'Lenkungsgruppe' });
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		// The server answers with the page again: message at the field, entries kept.
		await expect(page.getByRole('alert')).toContainText('mindestens 12 Zeichen');
		await expect(form.getByLabel('Benutzername')).toHaveValue('ohne.skript');
		await expect(form.getByLabel('Rolle')).toHaveValue('steering');
		await form.getByLabel('Startpasswort').fill('jetzt-lang-genug-123');
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('status')).toContainText('„ohne.skript“ wurde angelegt');
		await expect(page.getByRole('row', { name: /Otto Ohne-Skript/ })).toContainText('Lenkungsgruppe');

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
		await page.getByRole('button', { name: 'Deutsch' }).click();

		await page.locator('.qs-usermenu summary').click();
		await page.getByRole('button', { name: 'Abmelden' }).click();
		await expect(page).toHaveURL(/\/anmelden$/);
	});

	test('the Daten pages search, filter and choose values as plain HTML', async ({ page }) => {
		await page.goto('/anmelden');
		await page.locator('#login').fill(demoAdmin.username);
		await page.locator('#password').fill(demoAdmin.password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.goto('/app/berlin/daten/ebenen/planungsraum');
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		await expect(page.getByRole('button', { name: /Auf der Karte zeigen/ })).toHaveCount(0);
		await page.getByLabel('Schlüssel oder Name enthält').fill('0101');
		await page.getByLabel('Sortieren nach').selectOption('name');
		await page.getByRole('button', { name: 'Anwenden' }).click();
		await expect(page.getByTestId('unit-count-status')).toContainText('von 447 Gebieten gefunden');

		await page.goto('/app/berlin/daten/indikatoren');
		await page.getByLabel('Art').selectOption({ label: 'Veränderung' });
		await page.getByRole('button', { name: 'Filtern' }).click();
		await expect(page.getByTestId('indicator-count-status')).toContainText(/^1 von \d+ Indikatoren$/);
		await expect(page.locator('tr[data-indicator]')).toHaveCount(1);

		await page.goto('/app/berlin/daten/indikatoren/anteil_kinder_00_01');
		await page.getByLabel('Raumebene', { exact: true }).selectOption({ label: 'Bezirk' });
		await page.getByRole('button', { name: 'Werte zeigen' }).click();
		await expect(page.getByTestId('values-table').locator('tbody tr')).toHaveCount(12);
	});
});
