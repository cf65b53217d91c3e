import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The goal page's map, changes and assessments in testcity (the Berlin data with the example plan of
 * seed/berlin-plan.ts): the units of the plan's goals on a map with a legend whose counts are the
 * table's; a goal edited through the form and its change listed with before and after; a
 * qualitative goal assessed through the form (refused first, entries kept); axe in German and
 * English; without JavaScript the table is the content and the form posts; who may not assess
 * sees no form.
 */
const base = '/app/testcity/steuerung';
const goalUrl = (code: string) => `${base}/ziele/${encodeURIComponent(code)}`;
const stamp = () => Date.now().toString(36);

/** The number of the table's units per rating, counted from its rows. */
async function tableRatings(page: Page): Promise<Record<string, number>> {
	const ratings = await page
		.locator('[data-testid="goal-unit-table"] tbody tr')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rating') ?? ''));
	const counts: Record<string, number> = {};
	for (const r of ratings) counts[r] = (counts[r] ?? 0) + 1;
	return counts;
}

/** The legend's number of units per rating. */
async function legendRatings(page: Page): Promise<Record<string, number>> {
	const entries = await page
		.locator('[data-testid="goal-map-legend"] li[data-count]')
		.evaluateAll((items) =>
			items.map((i) => [i.getAttribute('data-rating')!, Number(i.getAttribute('data-count'))])
		);
	return Object.fromEntries(entries.filter(([, count]) => Number(count) > 0));
}

async function createLeitziel(page: Page, code: string, title: string) {
	await page.goto(`${base}/ziele/neu`);
	await page.locator('#g-code').fill(code);
	await page.locator('#g-title').fill(title);
	await page.locator('#g-level').selectOption('leitziel');
	await page.locator('#g-origin').selectOption('gesamtstrategie');
	await page.getByTestId('goal-submit').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${code} ${title}`);
}

test.describe('with JavaScript', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test("the plan's goals show their units on a map, the legend counting what the table lists", async ({
		page
	}) => {
		// Z 1.1: the Planungsräume of MSS status class 4; Z 1.2: the Bezirk Mitte, rated by its trend;
		// Z 2.1: the whole city, summed from its Bezirke.
		for (const code of ['Z 1.1', 'Z 1.2', 'Z 2.1']) {
			await page.goto(goalUrl(code));
			const map = page.getByTestId('choropleth-map');
			await expect(map).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
			await expect(page.locator('.maplibregl-canvas')).toHaveAttribute(
				'aria-label',
				`Karte: Bewertung der Gebiete von ${code} ${await goalTitle(page, code)}`
			);
			const rows = await page.locator('[data-testid="goal-unit-table"] tbody tr').count();
			expect(rows, `${code} has units`).toBeGreaterThan(0);
			const table = await tableRatings(page);
			expect(await legendRatings(page), `${code}: the legend counts the table's ratings`).toEqual(table);
			// Every rating is named in words in the legend, not only by its colour.
			for (const rating of Object.keys(table))
				await expect(
					page.locator(`[data-testid="goal-map-legend"] li[data-rating="${rating}"] .kern-label`)
				).not.toBeEmpty();
			await expect(page.locator('[data-testid="goal-map-legend"] li[data-rating="outside"]')).toContainText(
				'nicht im Gebiet des Ziels'
			);
			if (code === 'Z 1.2') expect(rows).toBe(1);
			await expectNoAxeViolations(page);
		}
	});

	test('a goal edited through the form lists its change with before and after', async ({ page }) => {
		const code = `L GP ${stamp()}`;
		await createLeitziel(page, code, 'Kinder beteiligen');
		const changes = page.locator('[data-testid="goal-changes"] tbody tr');
		await expect(changes).toHaveCount(1);
		await expect(changes.first()).toHaveAttribute('data-kind', 'created');
		await expect(changes.first()).toContainText('testcity-planner');

		await page.goto(`${goalUrl(code)}/bearbeiten`);
		await page.locator('#g-title').fill('Kinder und Jugendliche beteiligen');
		await page.locator('#g-status').selectOption('beschlossen');
		await page.getByTestId('goal-submit').click();
		await expect(page.getByText('Die Änderungen wurden gespeichert.')).toBeVisible();

		await expect(changes).toHaveCount(2);
		const newest = changes.first();
		await expect(newest).toHaveAttribute('data-kind', 'updated');
		await expect(newest.locator('[data-field="Titel"] del')).toContainText('Kinder beteiligen');
		await expect(newest.locator('[data-field="Titel"] ins')).toContainText(
			'Kinder und Jugendliche beteiligen'
		);
		await expect(newest.locator('[data-field="Status"] del')).toContainText('Entwurf');
		await expect(newest.locator('[data-field="Status"] ins')).toContainText('beschlossen');
		// Only what changed: the level stayed.
		await expect(newest.locator('[data-field="Ebene"]')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a qualitative goal assessed through the form: refused first, then listed', async ({ page }) => {
		const code = `L Bew ${stamp()}`;
		await createLeitziel(page, code, 'Beteiligung stärken');
		await expect(page.getByTestId('assessments-empty')).toBeVisible();
		const form = page.getByTestId('assess-form');
		await expect(form).toBeVisible();

		// A date in the future and no rating: refused at the fields, the text kept.
		await page.locator('#assess-date').fill('2999-01-01');
		await page.locator('#assess-text').fill('Jugendforen in zwei Bezirken gegründet.');
		await page.getByTestId('assess-submit').click();
		await expect(page.locator('#assess-rating-error')).toContainText('Bitte eine Bewertung wählen');
		await expect(page.locator('a[href="#assess-rating"]')).toBeVisible();
		await expect(page.locator('#assess-text')).toHaveValue('Jugendforen in zwei Bezirken gegründet.');
		await expectNoAxeViolations(page);
		await page.locator('#assess-rating').selectOption('at_risk');
		await page.getByTestId('assess-submit').click();
		await expect(page.locator('#assess-date-error')).toContainText('nicht in der Zukunft');
		await expect(page.getByTestId('assessments-empty')).toBeVisible();

		await page.locator('#assess-date').fill('2026-06-30');
		await page.getByTestId('assess-submit').click();
		await expect(page.getByText('Die Bewertung wurde gespeichert.')).toBeVisible();
		const row = page.locator('[data-testid="goal-assessments"] tbody tr');
		await expect(row).toHaveCount(1);
		await expect(row).toHaveAttribute('data-rating', 'at_risk');
		await expect(row).toContainText('30.06.2026');
		await expect(row).toContainText('gefährdet');
		await expect(row).toContainText('testcity-planner');
		await expect(page.getByTestId('goal-assessed')).toHaveAttribute('data-rating', 'at_risk');
		// The assessment is in the goal's changes too.
		const newest = page.locator('[data-testid="goal-changes"] tbody tr').first();
		await expect(newest).toHaveAttribute('data-kind', 'assessed');
		await expect(newest).toContainText('Jugendforen in zwei Bezirken gegründet.');
		await expectNoAxeViolations(page);

		// In English the page passes axe too.
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { name: 'Assessments' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto(goalUrl('Z 1.2'));
		await expect(page.getByTestId('choropleth-map')).toHaveAttribute('data-status', 'ready', {
			timeout: 60_000
		});
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});
});

/** A goal's title as the page's heading shows it after the code. */
async function goalTitle(page: Page, code: string): Promise<string> {
	const heading = await page.getByRole('heading', { level: 1 }).textContent();
	return heading!.slice(code.length + 1).trim();
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('the table is the content beside the legend, and the assessment form posts', async ({ page }) => {
		await page.goto(goalUrl('Z 1.1'));
		await expect(page.getByTestId('map-needs-script')).toBeVisible();
		await expect(page.getByTestId('choropleth-map')).toHaveCount(0);
		expect(await legendRatings(page)).toEqual(await tableRatings(page));

		const code = `L NoJS Bew ${stamp()}`;
		await createLeitziel(page, code, 'Ohne Skript bewertet');
		await page.locator('#assess-rating').selectOption('on_track');
		await page.locator('#assess-text').fill('kurz');
		await page.getByTestId('assess-submit').click();
		await expect(page.locator('#assess-text-error')).toContainText('begründen');
		await page.locator('#assess-text').fill('Alle Bezirke haben ein Jugendforum.');
		await page.getByTestId('assess-submit').click();
		await expect(page.getByText('Die Bewertung wurde gespeichert.')).toBeVisible();
		await expect(page.locator('[data-testid="goal-assessments"] tbody tr')).toHaveAttribute(
			'data-rating',
			'on_track'
		);
	});
});

test.describe('who may assess', () => {
	test('a viewer reads the assessments and changes but gets no form; an indicator goal has none', async ({
		page
	}) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(goalUrl('L 1'));
		await expect(page.getByRole('heading', { name: 'Bewertungen' })).toBeVisible();
		await expect(page.getByTestId('assess-form')).toHaveCount(0);
		await expect(page.locator('[data-testid="goal-changes"] tbody tr').last()).toHaveAttribute(
			'data-kind',
			'created'
		);
		await page.goto(goalUrl('Z 1.2'));
		await expect(page.getByRole('heading', { name: 'Bewertungen' })).toHaveCount(0);
	});

	test('the planner gets no form on a goal with an indicator', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		await page.goto(goalUrl('Z 1.2'));
		await expect(page.getByTestId('goal-rating')).toBeVisible();
		await expect(page.getByTestId('assess-form')).toHaveCount(0);
	});
});
