import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, demoAdmin, login } from './support/login';

const areas = ['daten', 'monitoring', 'angebote', 'steuerung', 'beteiligung', 'berichte'];

test.describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
	test('public pages: login, accessibility statement, error page', async ({ page }) => {
		for (const path of ['/anmelden', '/anmelden?abgelaufen=1', '/barrierefreiheit', '/gibt-es-nicht']) {
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
	});

	test('the login page with an error message', async ({ page }) => {
		await page.goto('/anmelden');
		await page.locator('#login').fill(demo.username);
		await page.locator('#password').fill('falsches-passwort-123');
		await page.locator('main form button[type="submit"]').click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('every page of the workspace', async ({ page }) => {
		// As the admin: the audit log and the user pages are the administration's.
		await login(page, demoAdmin.username, demoAdmin.password);
		const paths = [
			'/app/berlin',
			...areas.map((area) => `/app/berlin/${area}`),
			'/app/berlin/verwaltung/benutzer',
			'/app/berlin/verwaltung/protokoll',
			'/konto',
			'/barrierefreiheit',
			'/abmelden',
			'/app/fremd'
		];
		for (const path of paths) {
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
	});

	test('open user menu, user edit page and a form with field errors', async ({ page }) => {
		await login(page, demoAdmin.username, demoAdmin.password);
		await page.locator('.qs-usermenu summary').click();
		await expectNoAxeViolations(page);

		await page.goto('/app/berlin/verwaltung/benutzer');
		const form = page.locator('form[action="?/anlegen"]');
		await form.evaluate((element) => element.setAttribute('novalidate', ''));
		await form.getByRole('button', { name: 'Benutzer anlegen' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: /Demo-Planerin bearbeiten/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('bearbeiten');
		await page.getByText('Entfernen …').click();
		await expectNoAxeViolations(page);
	});

	test('the English interface', async ({ page }) => {
		await page.goto('/anmelden');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expectNoAxeViolations(page);
		await login(page, demo.username, demo.password);
		await expectNoAxeViolations(page);
		await page.goto('/barrierefreiheit');
		await expectNoAxeViolations(page);
	});
});
