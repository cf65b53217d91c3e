import { expect, request, test } from '@playwright/test';
import { login, worldPassword } from './support/login';

test('a planner creates an API token in "Mein Konto", uses it without cookies, and revokes it', async ({
	page,
	baseURL
}) => {
	await login(page, 'testcity-planner', worldPassword);
	await page.goto('/konto');
	await page.getByLabel('Bezeichnung').fill('Auswertung Jugendhilfe');
	await page.getByRole('button', { name: 'API-Schlüssel erzeugen' }).click();
	const token = (await page.getByTestId('new-token').textContent())?.trim() ?? '';
	expect(token).toMatch(/^qs_/);
	await expect(page.getByRole('table', { name: 'Ihre API-Schlüssel' })).toContainText(
		'Auswertung Jugendhilfe'
	);

	// A script: no cookies, no CSRF token, only the bearer token.
	const script = await request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: `Bearer ${token}` }
	});
	const session = await (await script.get('/api/v1/session')).json();
	expect(session.user.username).toBe('testcity-planner');
	expect((await script.get('/api/v1/tenants/testcity/users')).status()).toBe(200);
	// The token has the planner's rights and no more: the audit log is for admins.
	const audit = await script.get('/api/v1/tenants/testcity/audit');
	expect(audit.status()).toBe(403);
	expect((await audit.json()).error.code).toBe('auth.forbidden');

	await page.getByRole('button', { name: 'API-Schlüssel „Auswertung Jugendhilfe“ widerrufen' }).click();
	await expect(page.getByText('Der API-Schlüssel wurde widerrufen.')).toBeVisible();
	const refused = await script.get('/api/v1/session');
	expect(refused.status()).toBe(401);
	expect((await refused.json()).error).toMatchObject({ code: 'auth.invalid_token' });
	await script.dispose();
});

test('a wrong bearer token gets a German error with a stable code', async ({ baseURL }) => {
	const script = await request.newContext({
		baseURL,
		extraHTTPHeaders: { authorization: 'Bearer qs_falsch' }
	});
	const response = await script.get('/api/v1/tenants/testcity');
	expect(response.status()).toBe(401);
	expect((await response.json()).error).toEqual({
		code: 'auth.invalid_token',
		message: expect.stringContaining('API-Schlüssel ist ungültig')
	});
	await script.dispose();
});
