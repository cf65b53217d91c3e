import { expect, test, type Page } from '@playwright/test';
import { demoAdmin, login, logout } from './support/login';

const startPassword = 'ein-langes-startpasswort';

async function createUser(page: Page, user: { username: string; displayName: string; role: string }) {
	await page.goto('/app/berlin/verwaltung/benutzer');
	const form = page.locator('form[action="?/anlegen"]');
	await form.getByLabel('Benutzername').fill(user.username);
	await form.getByLabel('Vollständiger Name').fill(user.displayName);
	await form.getByLabel('Startpasswort').fill(startPassword);
	await form.getByLabel('Rolle').selectOption({ label: user.role });
	await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
	await expect(page.getByRole('status')).toContainText(`Der Benutzer „${user.username}“ wurde angelegt.`);
}

test.describe('user administration', () => {
	test('an admin creates a user; it is listed and written to the audit log', async ({ page }) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Benutzer' }).click();
		await expect(page).toHaveTitle('Benutzer – Berlin (Beispiel) – Querschnitt');
		await createUser(page, { username: 'erika.muster', displayName: 'Erika Muster', role: 'Planung' });

		const row = page.getByRole('row', { name: /Erika Muster/ });
		await expect(row).toContainText('erika.muster');
		await expect(row).toContainText('Planung');

		await page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Protokoll' }).click();
		const entry = page.getByRole('row').filter({ hasText: 'Angelegt' }).filter({ hasText: 'erika.muster' });
		await expect(entry.first()).toContainText('Benutzer');
		await expect(entry.first()).toContainText('Rolle');
		await expect(entry.first()).toContainText('Planung');
		await expect(entry.first()).toContainText('demo-admin');
		await expect(page.locator('table')).not.toContainText('"username"');
	});

	test('errors are shown at the fields and the entries are kept', async ({ page }) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await page.goto('/app/berlin/verwaltung/benutzer');
		const form = page.locator('form[action="?/anlegen"]');
		await form.getByLabel('Benutzername').fill('kurz.pw');
		await form.getByLabel('Vollständiger Name').fill('Kurt Passwort');
		await form.getByLabel('Startpasswort').fill('zu-kurz');
		await form.getByLabel('Rolle').selectOption({ label: 'Lesezugriff' });
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('alert')).toContainText('mindestens 12 Zeichen');
		const password = form.getByLabel('Startpasswort');
		await expect(password).toHaveAttribute('aria-invalid', 'true');
		await expect(password).toHaveAccessibleDescription(/mindestens 12 Zeichen/);
		await expect(form.getByLabel('Benutzername')).toHaveValue('kurz.pw');
		await expect(form.getByLabel('Vollständiger Name')).toHaveValue('Kurt Passwort');
	});

	test('the role "Fachplanung" needs a department', async ({ page }) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await page.goto('/app/berlin/verwaltung/benutzer');
		const form = page.locator('form[action="?/anlegen"]');
		await form.getByLabel('Benutzername').fill('ohne.fachbereich');
		await form.getByLabel('Vollständiger Name').fill('Ohne Fachbereich');
		await form.getByLabel('Startpasswort').fill(startPassword);
		await form.getByLabel('Rolle').selectOption({ label: 'Fachplanung (ein Fachbereich)' });
		await expect(form.getByLabel('Fachbereich')).toHaveAttribute('required', '');
		// Without the browser's own check, as a browser without JavaScript would send it.
		await form.evaluate((element) => element.setAttribute('novalidate', ''));
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('alert')).toContainText('braucht einen Fachbereich');
		await expect(form.getByLabel('Fachbereich')).toHaveAttribute('aria-invalid', 'true');
	});

	test('an admin changes the role, resets the password and removes a member after confirming', async ({
		page
	}) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await createUser(page, { username: 'max.wechsel', displayName: 'Max Wechsel', role: 'Lesezugriff' });
		await page.getByRole('link', { name: 'Max Wechsel bearbeiten' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Max Wechsel bearbeiten');

		const roleForm = page.locator('form[action="?/rolle"]');
		await roleForm.getByLabel('Rolle').selectOption({ label: 'Fachplanung (ein Fachbereich)' });
		await roleForm.getByLabel('Fachbereich').selectOption({ label: 'Jugendamt' });
		await roleForm.getByRole('button', { name: 'Rolle speichern' }).click();
		await expect(page.getByRole('status')).toContainText('Rolle und Fachbereich wurden gespeichert.');
		await expect(page.locator('.qs-lead')).toContainText('Fachplanung');

		const resetForm = page.locator('form[action="?/passwort"]');
		await resetForm.getByLabel('Neues Passwort').fill('ein-ganz-neues-passwort');
		await resetForm.getByRole('button', { name: 'Passwort setzen' }).click();
		await expect(page.getByRole('status')).toContainText('Das Passwort wurde neu gesetzt.');

		const confirm = page.getByRole('button', { name: 'Ja, Max Wechsel entfernen' });
		await expect(confirm).toBeHidden();
		await page.getByText('Entfernen …').click();
		await confirm.click();
		await expect(page).toHaveURL(/\/verwaltung\/benutzer\?entfernt=1$/);
		await expect(page.getByText('Die Person wurde aus dem Mandanten entfernt.')).toBeVisible();
		await expect(page.getByRole('row', { name: /Max Wechsel/ })).toHaveCount(0);
	});

	test('a user changes their own password, all sessions end, and the new password works', async ({
		page
	}) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await createUser(page, {
			username: 'paula.passwort',
			displayName: 'Paula Passwort',
			role: 'Lesezugriff'
		});
		await logout(page);

		await login(page, 'paula.passwort', startPassword);
		await page.locator('.qs-usermenu summary').click();
		await page.getByRole('link', { name: 'Mein Konto' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');

		await page.getByLabel('Aktuelles Passwort').fill('falsch-falsch-falsch');
		await page.getByLabel('Neues Passwort', { exact: true }).fill('mein-neues-langes-passwort');
		await page.getByLabel('Neues Passwort wiederholen').fill('mein-neues-langes-passwort');
		await page.getByRole('button', { name: 'Passwort ändern' }).click();
		await expect(page.getByRole('alert')).toContainText('Das aktuelle Passwort ist falsch.');

		await page.getByLabel('Aktuelles Passwort').fill(startPassword);
		await page.getByLabel('Neues Passwort', { exact: true }).fill('mein-neues-langes-passwort');
		await page.getByLabel('Neues Passwort wiederholen').fill('mein-neues-langes-passwort');
		await page.getByRole('button', { name: 'Passwort ändern' }).click();
		await expect(page).toHaveURL(/\/anmelden\?passwort-geaendert=1/);
		await expect(page.getByText('Ihr Passwort wurde geändert.')).toBeVisible();

		await login(page, 'paula.passwort', 'mein-neues-langes-passwort');
		await expect(page).toHaveURL(/\/app\/berlin$/);
	});
});
