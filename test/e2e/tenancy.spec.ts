import { expect, test } from '@playwright/test';
import { login, worldPassword } from './support/login';

test.describe('tenants and roles in the interface', () => {
	test('a viewer of testcity opening a foreign tenant gets the German 403 page', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		const response = await page.goto('/app/fremd');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
		await expect(page.getByText('Sie gehören diesem Mandanten nicht an')).toBeVisible();
		await expect(page.getByText('auth.foreign_tenant')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Bereiche' })).toHaveCount(0);
	});

	test('an unknown tenant is a German 404', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		const response = await page.goto('/app/gibt-es-nicht');
		expect(response?.status()).toBe(404);
		await expect(page.getByText('Der Mandant „gibt-es-nicht“ existiert nicht.')).toBeVisible();
	});

	test('a viewer sees no administration and is refused there by the server', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await expect(page).toHaveURL(/\/app\/testcity$/);
		const nav = page.getByRole('navigation', { name: 'Bereiche' });
		await expect(nav.getByRole('link', { name: 'Benutzer' })).toHaveCount(0);
		await expect(nav.getByRole('link', { name: 'Protokoll' })).toHaveCount(0);
		expect((await page.goto('/app/testcity/verwaltung/benutzer'))?.status()).toBe(403);
		expect((await page.goto('/app/testcity/verwaltung/protokoll'))?.status()).toBe(403);
	});

	test('a planner may read the members but gets no forms to change them', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		await page.goto('/app/testcity/verwaltung/benutzer');
		await expect(page.getByRole('cell', { name: 'testcity-viewer' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Benutzer anlegen' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /bearbeiten/ })).toHaveCount(0);
		expect((await page.goto('/app/testcity/verwaltung/protokoll'))?.status()).toBe(403);
	});

	test('an admin of one tenant cannot manage the users of another', async ({ page }) => {
		await login(page, 'testcity-admin', worldPassword);
		expect((await page.goto('/app/fremd/verwaltung/benutzer'))?.status()).toBe(403);
	});
});
