import { expect, type Page } from '@playwright/test';

/** The demo's planner account (role „Planung“). */
export const demo = { username: 'demo', password: 'querschnitt-demo' } as const;
/** The demo's administrator: users, roles, the audit log, disclosure settings. */
export const demoAdmin = { username: 'demo-admin', password: 'querschnitt-demo' } as const;
/** Password of the users of the test tenants (`testcity-admin`, `fremd-viewer`, …). */
export const worldPassword = 'richtig-langes-passwort';

/**
 * Signs in through the login form (by field ids, so it works in either language) and waits
 * until the app has left the login page.
 */
export async function login(page: Page, username: string, password: string): Promise<void> {
	await page.goto('/anmelden');
	await page.locator('#login').fill(username);
	await page.locator('#password').fill(password);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
	await expect(page.locator('.qs-usermenu')).toBeVisible();
}

/** Signs out through the user menu. */
export async function logout(page: Page): Promise<void> {
	await page.locator('.qs-usermenu summary').click();
	await page.locator('.qs-usermenu form button[type="submit"]').click();
	await page.waitForURL(/\/anmelden/);
}
