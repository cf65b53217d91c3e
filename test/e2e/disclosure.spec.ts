import { expect, request, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demoAdmin, login } from './support/login';
import { serverURL } from './access/matrix';

/**
 * Disclosure control end to end: the administration of the demo tenant publishes its values on
 * the settings page; the public API then gives them only through the rules (nothing below k, the
 * partners that would give a withheld count back withheld too), and nothing once publishing ends.
 */
const values =
	'/api/v1/tenants/berlin/indicators/anteil_kinder_00_01/values?layer=planungsraum&date=2016-12-31';

interface Values {
	items: { code: string; value: number | null; numerator: number | null; status: string }[];
}

test('publishing makes the values public, withheld where the rules say so, and only then', async ({
	page
}) => {
	const anonymous = await request.newContext({ baseURL: serverURL() });
	expect((await anonymous.get(values)).status()).toBe(401);

	await login(page, demoAdmin.username, demoAdmin.password);
	await page.goto('/app/berlin/verwaltung/geheimhaltung');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geheimhaltung');
	await expectNoAxeViolations(page);
	await expect(page.locator('#minimumCount')).toHaveValue('3');
	await page.locator('#published').check();
	await page.getByRole('button', { name: 'Regeln speichern' }).click();
	await expect(page.getByText('Die Geheimhaltungsregeln wurden gespeichert')).toBeVisible();

	const inside = (await (await page.request.get(values)).json()) as Values;
	const published = (await (await anonymous.get(values)).json()) as Values;
	const withheld = published.items.filter((v) => v.status === 'suppressed');
	expect(withheld.length).toBeGreaterThan(0);
	for (const v of withheld) expect(v).toMatchObject({ value: null, numerator: null });
	// Every count below k is among them; what is shown is what members see.
	const small = inside.items.filter((v) => v.numerator !== null && v.numerator < 3).map((v) => v.code);
	expect(withheld.map((v) => v.code)).toEqual(expect.arrayContaining(small));
	for (const v of published.items.filter((p) => p.status !== 'suppressed'))
		expect(v.value).toBe(inside.items.find((i) => i.code === v.code)!.value);

	// A page for the administration only, and publishing ends as it began.
	await page.locator('#published').uncheck();
	await page.getByRole('button', { name: 'Regeln speichern' }).click();
	await expect(page.getByText('Die Geheimhaltungsregeln wurden gespeichert')).toBeVisible();
	expect((await anonymous.get(values)).status()).toBe(401);
	await anonymous.dispose();
});
