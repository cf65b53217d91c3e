import { expect, test } from '@playwright/test';
import { demo, login } from './support/login';

test.describe('keyboard and language', () => {
	test('the first Tab reaches the skip link, which moves the focus to the main content', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await page.goto('/app/berlin');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#inhalt')).toBeFocused();
		// The next Tab continues inside the main content, not in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
	});

	test('the areas can be reached by keyboard alone and mark the current page', async ({ page }) => {
		await login(page, demo.username, demo.password);
		const link = page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Monitoring' });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/app\/berlin\/monitoring$/);
		await expect(link).toHaveAttribute('aria-current', 'page');
		await expect(page).toHaveTitle('Monitoring – Berlin (Beispiel) – Querschnitt');
	});

	test('the language switches to English and back, with <html lang>', async ({ page }) => {
		await page.goto('/anmelden');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/anmelden/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

		await page.locator('#login').fill(demo.username);
		await page.locator('#password').fill(demo.password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(
			page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Services' })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();

		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page).toHaveURL(/\/app\/berlin$/);
		await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
	});
});
