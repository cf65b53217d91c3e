import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, logout, worldPassword } from './support/login';

/**
 * The Träger role (issue 6): an admin gives a provider organisation its own account, which keeps
 * the facilities of that Träger and sees nothing else of the tenant.
 */
const startPassword = 'ein-langes-startpasswort';

test.describe('provider (Träger) accounts', () => {
	test('an admin creates a provider account; the Träger sees only its home, the offers and its measures', async ({
		page
	}) => {
		const username = `traeger-${Date.now()}`;
		await login(page, 'testcity-admin', worldPassword);
		await page.goto('/app/testcity/verwaltung/benutzer');
		const form = page.locator('form[action="?/anlegen"]');
		const provider = form.getByLabel('Träger', { exact: true });
		// The field is always there (works without JavaScript) and says what it is for.
		await expect(provider).toHaveAccessibleDescription(/Pflicht für die Rolle „Träger/);
		await expect(provider).not.toHaveAttribute('required', '');
		await expectNoAxeViolations(page);

		await form.getByLabel('Benutzername').fill(username);
		await form.getByLabel('Vollständiger Name').fill('Kita-Träger Konto');
		await form.getByLabel('Startpasswort').fill(startPassword);
		await form.getByLabel('Rolle').selectOption({ label: 'Träger (eigene Einrichtungen)' });
		await expect(provider).toHaveAttribute('required', '');
		// Sent without a Träger, as a browser without JavaScript would: refused at the field.
		await form.evaluate((element) => element.setAttribute('novalidate', ''));
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('alert')).toContainText('braucht einen Träger');
		await expect(provider).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page);

		await form.getByLabel('Startpasswort').fill(startPassword);
		await provider.selectOption({ label: 'Kita-Träger Beispiel' });
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('status')).toContainText(`Der Benutzer „${username}“ wurde angelegt.`);
		const row = page.getByRole('row', { name: new RegExp(username) });
		await expect(row).toContainText('Träger (eigene Einrichtungen)');
		await expect(row).toContainText('Kita-Träger Beispiel');
		await logout(page);

		await login(page, username, startPassword);
		await page.goto('/app/testcity');
		await expect(
			page.getByText('Sie pflegen die Einrichtungen des Trägers Kita-Träger Beispiel.')
		).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Bereiche' });
		// A Träger reaches the measures it runs from the navigation (it reports their progress).
		await expect(nav.getByRole('link')).toHaveText(['Übersicht', 'Angebote', 'Meine Maßnahmen']);
		await page.getByRole('main').getByRole('link', { name: 'Zu den Angeboten' }).click();
		await expect(page).toHaveURL(/\/app\/testcity\/angebote$/);
		await expectNoAxeViolations(page);

		for (const area of ['daten', 'monitoring', 'berichte', 'verwaltung/benutzer']) {
			const response = await page.goto(`/app/testcity/${area}`);
			expect(response?.status(), area).toBe(403);
		}
		await expect(page.getByRole('main')).toContainText('keine Berechtigung');
	});

	test('the provider of the test world has the same view; an administration member sees every area', async ({
		page
	}) => {
		await login(page, 'testcity-provider', worldPassword);
		await page.goto('/app/testcity');
		await expect(
			page.getByText('Sie pflegen die Einrichtungen des Trägers Kita-Träger Beispiel.')
		).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link')).toHaveText([
			'Übersicht',
			'Angebote',
			'Meine Maßnahmen'
		]);
		await expectNoAxeViolations(page);
		await logout(page);

		await login(page, 'testcity-viewer', worldPassword);
		await page.goto('/app/testcity');
		await expect(page.getByText('Sie pflegen die Einrichtungen')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link')).toHaveText([
			'Übersicht',
			'Daten',
			'Monitoring',
			'Angebote',
			'Steuerung',
			'Beteiligung',
			'Berichte'
		]);
	});
});
