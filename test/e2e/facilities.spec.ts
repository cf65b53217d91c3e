import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The facility register in testcity (Berlin's layers): create a Kita, find it with the filters,
 * see its Planungsraum, change its places, delete it; with and without JavaScript, by keyboard
 * alone, and with axe on every page of the register.
 */
const base = '/app/testcity/angebote';
/** The Kita "casa dei bambini" in Biesdorf (Bezirk Marzahn-Hellersdorf, key 10). */
const biesdorf = { lat: '52,50581', lon: '13,55291' };

function uniqueName(prefix: string): string {
	return `${prefix} ${Date.now().toString(36)}`;
}

async function fillNew(page: Page, code: string, name: string) {
	await page.goto(`${base}/einrichtungen/neu?art=kita`);
	await page.locator('#f-code').fill(code);
	await page.locator('#f-name').fill(name);
	await page.locator('#f-street').fill('Alt-Biesdorf 1');
	await page.locator('#f-postcode').fill('12683');
	await page.locator('#f-place').fill('Berlin');
	await page.locator('#f-lat').fill(biesdorf.lat);
	await page.locator('#f-lon').fill(biesdorf.lon);
	await page.locator('#f-capacity-u3').fill('20');
	// ue3 left empty: "unbekannt"
}

test.describe('with JavaScript', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('create, find, see the Planungsraum, edit places and delete a Kita', async ({ page }) => {
		const name = uniqueName('Kita Casa');
		const code = `e2e-${Date.now()}`;
		await fillNew(page, code, name);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Einrichtung anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByText('Die Einrichtung wurde angelegt.')).toBeVisible();
		const planungsraum = page.locator('[data-testid="facility-locations"] li[data-layer="planungsraum"]');
		await expect(planungsraum).toContainText('liegt in');
		expect(await planungsraum.getAttribute('data-unit')).toMatch(/^10/);
		await expect(page.getByTestId('facility-places')).toHaveText(
			/Plätze unter 3 Jahren: 20.*Plätze ab 3 Jahren: unbekannt/s
		);
		await expectNoAxeViolations(page);

		// Found by the text search, alone.
		await page.goto(base);
		await page.locator('#filter-suche').fill(name);
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page.getByTestId('facility-count')).toContainText('1 von');
		const row = page.locator(`tr[data-facility="${code}"]`);
		await expect(row).toContainText('Kita');
		await expect(row.getByTestId('places')).toContainText('unbekannt');
		await expect(page.locator('.qs-facilitymap')).toHaveAttribute('data-status', 'ready', {
			timeout: 20_000
		});
		await expect(page.getByTestId('facility-map-status')).toContainText('1 Einrichtung auf der Karte');
		await expectNoAxeViolations(page);

		// Edit the places.
		await row.getByRole('link', { name }).click();
		await page.locator('#f-capacity-ue3').fill('45');
		await page.locator('#f-capacity-u3').fill('-1');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await expect(page.locator('#f-capacity-u3-error')).toContainText('ganze Zahl');
		await page.locator('#f-capacity-u3').fill('22');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await expect(page.getByText('Die Änderungen wurden gespeichert.')).toBeVisible();
		await expect(page.getByTestId('facility-places')).toHaveText(/unter 3 Jahren: 22.*ab 3 Jahren: 45/s);

		// Delete, in two steps.
		await page.getByText('Löschen …').click();
		await page.getByRole('button', { name: `„${name}“ endgültig löschen` }).click();
		await expect(page).toHaveURL(/\/angebote\?geloescht=/);
		await expect(page.getByText(`Die Einrichtung „${name}“ wurde gelöscht.`)).toBeVisible();
		await page.goto(`${base}?suche=${encodeURIComponent(name)}`);
		await expect(page.getByText('Keine Einrichtung passt zu diesen Filtern.')).toBeVisible();
	});

	test('kinds and providers: tables, forms, axe', async ({ page }) => {
		await page.goto(`${base}/arten`);
		await expect(page.locator('tr[data-kind="kita"]')).toContainText('Plätze unter 3 Jahren');
		await expectNoAxeViolations(page);
		const kind = `e2e_${Date.now().toString(36)}`;
		await page.locator('#k-code').fill(kind);
		await page.locator('#k-name').fill('Stadtteilmütter');
		await page.locator('#k-phase-alter_0_3').check();
		await page.getByRole('button', { name: 'Art speichern' }).click();
		await expect(page.locator(`tr[data-kind="${kind}"]`)).toContainText('Frühe Kindheit');

		await page.goto(`${base}/traeger`);
		await expect(page.locator('tr[data-provider="Kita-Träger Beispiel"]')).toBeVisible();
		await expectNoAxeViolations(page);
		const provider = uniqueName('Träger');
		await page.locator('#p-name').fill(provider);
		await page.locator('#p-sector').selectOption('frei');
		await page.getByRole('button', { name: 'Träger anlegen' }).click();
		await expect(page.locator(`tr[data-provider="${provider}"]`)).toContainText('freier Träger');
	});

	test('create a facility with the keyboard only', async ({ page }) => {
		await page.goto(`${base}/einrichtungen/neu?art=kita`);
		const name = uniqueName('Kita Tastatur');
		const typeInto = async (id: string, text: string) => {
			for (let i = 0; i < 120; i++) {
				if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) break;
				await page.keyboard.press('Tab');
			}
			await expect(page.locator(`#${id}`)).toBeFocused();
			await page.keyboard.type(text);
		};
		await typeInto('f-code', `tast-${Date.now()}`);
		await typeInto('f-name', name);
		await typeInto('f-lat', biesdorf.lat);
		await typeInto('f-lon', biesdorf.lon);
		await typeInto('f-capacity-u3', '10');
		// On to the submit button and press it.
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.textContent?.includes('Einrichtung anlegen')))
				break;
		}
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('create, then filter the list by kind and text as plain HTML', async ({ page }) => {
		const name = uniqueName('Kita Ohne Skript');
		const code = `noscript-${Date.now()}`;
		await fillNew(page, code, name);
		// A point in Munich first: the message sits at the field, the entries are kept.
		await page.locator('#f-lat').fill('48,137');
		await page.locator('#f-lon').fill('11,575');
		await page.getByRole('button', { name: 'Einrichtung anlegen' }).click();
		await expect(page.locator('#f-lat-error')).toContainText('außerhalb');
		await expect(page.locator('#f-name')).toHaveValue(name);
		await page.locator('#f-lat').fill(biesdorf.lat);
		await page.locator('#f-lon').fill(biesdorf.lon);
		await page.getByRole('button', { name: 'Einrichtung anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

		await page.goto(base);
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		await page.locator('#filter-art').selectOption('kita');
		await page.locator('#filter-suche').fill(name);
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/art=kita/);
		await expect(page.getByTestId('facility-count')).toContainText('1 von');
		await expect(page.locator(`tr[data-facility="${code}"]`)).toBeVisible();
		// Another kind: the Kita is not among them.
		await page.locator('#filter-art').selectOption('grundschule');
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page.locator(`tr[data-facility="${code}"]`)).toHaveCount(0);
	});
});
