import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * Daten › Umschlüsselungen on "testcity" (the Berlin LOR layers): list, compute, detail, convert
 * the inhabitants of 2016 and check the totals shown against each other and against the demo CSV,
 * delete, read-only for a viewer, keyboard use and the compute form without JavaScript.
 */

const base = '/app/testcity/daten/umschluesselungen';

/** Σ inhabitants of Berlin at 31.12.2016, straight from the demo file (all 447 Planungsräume). */
function berlinInhabitants2016(): number {
	const lines = readFileSync('demo/berlin-lor-2006/einwohner-kinder-2001-2016.csv', 'utf8')
		.trim()
		.split(/\r?\n/);
	const column = lines[0]!.split(',').indexOf('2016_E_E');
	return lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[column]), 0);
}

/** A German number as the page shows it: 3.574.830,00 → 3574830. */
function germanNumber(text: string): number {
	const cleaned = text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-');
	const value = Number(cleaned);
	if (!Number.isFinite(value)) throw new Error(`keine Zahl: „${text}“`);
	return value;
}

const numberIn = async (locator: Locator) => germanNumber(await locator.innerText());

/** Converts einwohner at 31.12.2016 with the keyboard: choose, type the date, Enter. */
async function convertInhabitants(page: Page): Promise<void> {
	const variable = page.locator('#convert-variable');
	await variable.focus();
	await variable.selectOption('einwohner');
	await page.keyboard.press('Tab');
	await expect(page.locator('#convert-variable-date')).toBeFocused();
	await page.keyboard.type('31.12.2016');
	await page.keyboard.press('Enter');
	await page.waitForURL(/merkmal=einwohner/);
	await expect(page.getByTestId('conversion-title')).toContainText('31.12.2016');
}

interface Totals {
	source: number;
	lost: number;
	target: number;
}

async function totalsOf(page: Page): Promise<Totals> {
	const box = page.getByTestId('totals');
	return {
		source: await numberIn(box.getByTestId('total-source')),
		lost: await numberIn(box.getByTestId('total-lost')),
		target: await numberIn(box.getByTestId('total-target'))
	};
}

test.describe('crosswalk pages', () => {
	test('a planner computes an areal crosswalk with the keyboard, converts inhabitants and deletes it', async ({
		page
	}) => {
		await login(page, 'testcity-planner', worldPassword);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umschlüsselungen');
		// Linked from the Daten area's navigation, marked as the current part.
		await expect(
			page.getByRole('navigation', { name: 'Bereich Daten' }).getByRole('link', { name: 'Umschlüsselungen' })
		).toHaveAttribute('aria-current', 'page');
		await expect(page.getByTestId('method-example')).toContainText('700 Einwohner');
		await expectNoAxeViolations(page);

		// The form with the keyboard: selects are chosen while focused, the date typed, Enter submits.
		const form = page.getByTestId('compute-form');
		await form.locator('#cw-from').focus();
		await form.locator('#cw-from').selectOption('bezirksregion');
		await page.keyboard.press('Tab');
		await expect(form.locator('#cw-to')).toBeFocused();
		await form.locator('#cw-to').selectOption('bezirk');
		await page.keyboard.press('Tab');
		await expect(form.locator('#cw-method')).toBeFocused();
		await form.locator('#cw-method').selectOption('areal');
		await form.locator('#cw-date').focus();
		// A date the page does not understand is refused next to the field, the input kept.
		await page.keyboard.type('31.13.2016');
		await page.keyboard.press('Enter');
		await expect(page.locator('#cw-date-error')).toContainText('TT.MM.JJJJ');
		await expect(page.locator('#cw-from')).toHaveValue('bezirksregion');
		await page.locator('#cw-date').fill('');
		await page.locator('#cw-date').focus();
		await page.keyboard.type('31.12.2016');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Berechnen und speichern' })).toBeFocused();
		await page.keyboard.press('Enter');

		await page.waitForURL(/umschluesselungen\/[0-9a-f-]{36}\?berechnet/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bezirksregion → Bezirk');
		await expect(page.getByTestId('crosswalk-lead')).toContainText('nach Fläche');
		await expect(page.getByTestId('crosswalk-lead')).toContainText('31.12.2016');
		// 138 Bezirksregionen, each reaching at least one Bezirk.
		await expect(page.getByTestId('sources-covered')).toContainText('von 138');
		const detailUrl = page.url().replace(/\?.*$/, '');

		await convertInhabitants(page);
		const totals = await totalsOf(page);
		// The source total is Berlin's, summed from the demo file (Bezirksregionen are made of Planungsräume).
		expect(totals.source).toBeCloseTo(berlinInhabitants2016(), 1);
		// What arrives is what was there minus what was lost: the page's three numbers agree.
		expect(Math.abs(totals.target - (totals.source - totals.lost))).toBeLessThanOrEqual(0.02);
		// The check says what the numbers say.
		const preserved = page.getByTestId('totals').getByText('Die Summen stimmen überein.');
		if (Math.abs(totals.lost) < 0.005) await expect(preserved).toBeVisible();
		else {
			await expect(preserved).toHaveCount(0);
			await expect(page.getByTestId('totals-differ')).toBeVisible();
		}
		// The 12 Bezirke of the table add up to the target total (each rounded to 0.1).
		const values = await page
			.getByTestId('conversion-table')
			.locator('tbody tr td:nth-child(3)')
			.allInnerTexts();
		expect(values).toHaveLength(12);
		const tableSum = values.map(germanNumber).reduce((a, b) => a + b, 0);
		expect(Math.abs(tableSum - totals.target)).toBeLessThanOrEqual(12 * 0.05 + 0.01);
		await expectNoAxeViolations(page);

		// Weights: searched on the server (every page), shown as percent and decimal.
		await page.locator('#weight-search').fill('Mitte');
		await page.locator('#weight-search').press('Enter');
		await page.waitForURL(/suche=Mitte/);
		const status = await page.getByTestId('weight-status').innerText();
		const [matching, total] = /^([\d.]+) von ([\d.]+)/.exec(status)!.slice(1).map(germanNumber);
		expect(matching).toBeGreaterThan(0);
		expect(matching).toBeLessThan(total!);
		for (const row of await page.getByTestId('weight-table').locator('tbody tr').allInnerTexts())
			expect(row).toContain('Mitte');

		// Delete: open the confirmation, confirm with the named button.
		await page.goto(detailUrl);
		await page.getByText('Löschen …').click();
		await page.getByRole('button', { name: 'Ja, Bezirksregion → Bezirk löschen' }).click();
		await page.waitForURL(/umschluesselungen\?geloescht=/);
		await expect(page.getByText('Die Umschlüsselung Bezirksregion → Bezirk wurde gelöscht.')).toBeVisible();
		expect((await page.goto(detailUrl))?.status()).toBe(404);
	});

	test('a viewer reads the list and the seeded crosswalk but gets no compute form', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(base);
		await expect(page.getByTestId('compute-read-only')).toBeVisible();
		await expect(page.getByTestId('compute-form')).toHaveCount(0);
		const seeded = page.getByTestId('crosswalk-list').getByRole('link', { name: /Planungsraum → Sechseck/ });
		if ((await seeded.count()) > 0) {
			await seeded.first().click();
			await expect(page.getByTestId('sources-covered')).toContainText('von 447');
			await expect(page.getByRole('heading', { name: 'Umschlüsselung löschen' })).toHaveCount(0);
			await convertInhabitants(page);
			const totals = await totalsOf(page);
			expect(totals.source).toBeCloseTo(berlinInhabitants2016(), 1);
			expect(Math.abs(totals.target - (totals.source - totals.lost))).toBeLessThanOrEqual(0.02);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the compute form reports field errors and computes a population-weighted crosswalk', async ({
		page
	}) => {
		await login(page, 'testcity-admin', worldPassword);
		await page.goto(base);
		const form = page.getByTestId('compute-form');
		await form.locator('#cw-from').selectOption('planungsraum');
		await form.locator('#cw-to').selectOption('bezirk');
		await form.locator('#cw-method').selectOption('population');
		await form.getByRole('button', { name: 'Berechnen und speichern' }).click();
		// Population weighting without a weighting variable and layer: both fields say so.
		await expect(page.locator('#cw-weight-variable-error')).toBeVisible();
		await expect(page.locator('#cw-weight-layer-error')).toBeVisible();
		await expect(page.locator('#cw-weight-variable')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#cw-from')).toHaveValue('planungsraum');

		await page.locator('#cw-weight-variable').selectOption('einwohner');
		await page.locator('#cw-weight-layer').selectOption('planungsraum');
		await page.locator('#cw-date').fill('31.12.2016');
		await page.getByRole('button', { name: 'Berechnen und speichern' }).click();
		await page.waitForURL(/umschluesselungen\/[0-9a-f-]{36}\?berechnet/);
		await expect(page.getByTestId('crosswalk-lead')).toContainText('nach Einwohnern');
		await expect(page.getByTestId('sources-covered')).toContainText('447 von 447');

		// Every Planungsraum goes whole to its Bezirk: the totals are exact, per Bezirk as in the file.
		await page.locator('#convert-variable').selectOption('einwohner');
		await page.locator('#convert-variable-date').fill('31.12.2016');
		await page.getByRole('button', { name: 'Merkmal umrechnen' }).click();
		await page.waitForURL(/merkmal=einwohner/);
		const totals = await totalsOf(page);
		expect(totals.source).toBeCloseTo(berlinInhabitants2016(), 1);
		expect(Math.abs(totals.lost)).toBe(0);
		expect(totals.target).toBe(totals.source);
		await expect(page.getByTestId('totals').getByText('Die Summen stimmen überein.')).toBeVisible();
	});
});
