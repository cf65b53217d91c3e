import { expect, test } from '@playwright/test';
import { demo, demoAdmin, login, logout } from './support/login';

test.describe('signing in and out', () => {
	test('the demo planner signs in and sees the home of the demo tenant', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await expect(page).toHaveURL(/\/app\/berlin$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berlin (Beispiel)');
		await expect(page).toHaveTitle('Berlin (Beispiel) – Querschnitt');
		await expect(page.getByText('Planung', { exact: true })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Jugendamt' })).toBeVisible();
		const nav = page.getByRole('navigation', { name: 'Bereiche' });
		for (const area of ['Daten', 'Monitoring', 'Angebote', 'Steuerung', 'Beteiligung', 'Berichte']) {
			await expect(nav.getByRole('link', { name: area })).toBeVisible();
		}
		await expect(nav.getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
	});

	test('the demo admin signs in with the same password and may open the audit log', async ({ page }) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await expect(page).toHaveURL(/\/app\/berlin$/);
		await expect(page.getByText('Administration', { exact: true })).toBeVisible();
		const response = await page.goto('/app/berlin/verwaltung/protokoll');
		expect(response?.status()).toBe(200);
		await logout(page);
		// The planner may not: the roles differ for real.
		await login(page, demo.username, demo.password);
		const refused = await page.goto('/app/berlin/verwaltung/protokoll');
		expect(refused?.status()).toBe(403);
	});

	test('a wrong password is refused with a German message and sets no session cookie', async ({ page }) => {
		await page.goto('/anmelden');
		await page.getByLabel('Benutzername oder E-Mail-Adresse').fill(demo.username);
		await page.getByLabel('Passwort', { exact: true }).fill('das-ist-falsch-1234');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await expect(page.getByRole('alert')).toContainText('Benutzername oder Passwort ist falsch.');
		await expect(page).toHaveURL(/\/anmelden/);
		await expect(page.getByLabel('Benutzername oder E-Mail-Adresse')).toHaveValue(demo.username);
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'qs_session')).toBeUndefined();
	});

	test('the session cookie is httpOnly and SameSite', async ({ page }) => {
		await login(page, demo.username, demo.password);
		const session = (await page.context().cookies()).find((c) => c.name === 'qs_session');
		expect(session).toBeDefined();
		expect(session!.httpOnly).toBe(true);
		expect(['Lax', 'Strict']).toContain(session!.sameSite);
		expect(await page.evaluate(() => document.cookie)).not.toContain('qs_session');
	});

	test('signing out ends the session', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await logout(page);
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'qs_session')).toBeUndefined();
		await page.goto('/app/berlin');
		await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fapp%2Fberlin/);
	});

	test('a page that needs a session leads to the login and back to the page afterwards', async ({ page }) => {
		await page.goto('/app/berlin/daten');
		await expect(page).toHaveURL(/\/anmelden\?weiter=/);
		await page.locator('#login').fill(demo.username);
		await page.locator('#password').fill(demo.password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await expect(page).toHaveURL(/\/app\/berlin\/daten$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daten');
		await expect(page.getByRole('navigation', { name: 'Bereich Daten' })).toBeVisible();
	});

	test('the login page explains an expired session', async ({ page }) => {
		await page.goto('/anmelden?abgelaufen=1');
		await expect(page.getByText('Ihre Sitzung ist abgelaufen')).toBeVisible();
	});

	test('the login refuses to send the user to another site afterwards', async ({ page }) => {
		await page.goto('/anmelden?weiter=//evil.example/');
		await page.locator('#login').fill(demo.username);
		await page.locator('#password').fill(demo.password);
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await expect(page).toHaveURL(/localhost:\d+\/app\/berlin$/);
	});

	test('a form post without CSRF token is refused with the German message', async ({ page, baseURL }) => {
		await page.goto('/anmelden');
		// From our own origin (SvelteKit refuses other origins before), but without the form's token.
		const response = await page.request.post('/anmelden', {
			headers: { origin: baseURL! },
			form: { login: demo.username, password: demo.password }
		});
		expect(response.status()).toBe(403);
		expect(await response.text()).toContain('CSRF-Schutz');
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'qs_session')).toBeUndefined();
	});
});
