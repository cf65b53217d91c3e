import { expect, test, type Page } from '@playwright/test';

// The demo account the README names; its password is the README's too.
const demo = { username: 'demo', password: 'querschnitt-demo' };

async function loginThroughForm(page: Page, address: string) {
	await page.goto(`${address}/anmelden`);
	await page.getByLabel('Benutzername oder E-Mail-Adresse').fill(demo.username);
	await page.getByLabel('Passwort', { exact: true }).fill(demo.password);
	await page.getByRole('button', { name: 'Anmelden' }).click();
}

test.describe('the start as the README gives it (npm start, no variables)', () => {
	for (const address of ['http://localhost:3000', 'http://127.0.0.1:3000']) {
		test(`the demo account signs in on ${address}`, async ({ page }) => {
			await loginThroughForm(page, address);
			await expect(page).toHaveURL(`${address}/app/berlin`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berlin (Beispiel)');
			const session = (await page.context().cookies(address)).find((c) => c.name === 'qs_session');
			expect(session?.httpOnly).toBe(true);
		});
	}

	test('the login works without JavaScript too', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await loginThroughForm(page, 'http://127.0.0.1:3000');
		await expect(page).toHaveURL('http://127.0.0.1:3000/app/berlin');
		await context.close();
	});

	test('a form sent from another origin is refused with a German page', async ({ page }) => {
		// A page of no origin of ours (about:blank has no CSP) posts the login form cross-site.
		await page.setContent(
			`<form method="post" action="http://localhost:3000/anmelden">
				<input name="login" value="demo"><input name="password" value="querschnitt-demo">
				<button>Senden</button></form>`
		);
		const response = page.waitForResponse('http://localhost:3000/anmelden');
		await page.getByRole('button', { name: 'Senden' }).click();
		expect((await response).status()).toBe(403);
		await expect(page.locator('body')).toContainText('von einer anderen Adresse');
		await expect(page.locator('body')).not.toContainText('Cross-site POST form submissions are forbidden');
		expect((await page.context().cookies('http://localhost:3000')).map((c) => c.name)).not.toContain(
			'qs_session'
		);
	});

	test('a form action sent as text/plain gets 415 with a German message, not a server error', async ({
		request
	}) => {
		const response = await request.post('http://localhost:3000/anmelden', {
			headers: { origin: 'http://localhost:3000', 'content-type': 'text/plain', accept: 'text/html' },
			data: 'login=demo'
		});
		expect(response.status()).toBe(415);
		expect(await response.text()).toContain('Formulare dieser Anwendung nehmen nur');
	});
});
