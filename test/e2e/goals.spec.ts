import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The Steuerung area's goals in testcity (the Berlin data): a Leitziel and a SMART goal under it
 * created through the form (one refused submission first), seen in the overview with its rating,
 * its page checked against a computation of DOMAIN.md §7 written out here from the API's values;
 * by keyboard alone, without JavaScript, axe on every page in German and English; a viewer cannot
 * create goals and a Träger does not reach the area.
 */
const base = '/app/testcity/steuerung';
const v1 = '/api/v1/tenants/testcity';
/** Marzahn-Hellersdorf: one Bezirk as the goal's scope, so its series is the unit's own in the API. */
const bezirk = '10';
const indicator = 'anteil_kinder_unter_3';
const baselineDate = '2012-12-31';
const targetDate = '2030-12-31';

const stamp = () => Date.now().toString(36);
const goalUrl = (code: string) => `${base}/ziele/${encodeURIComponent(code)}`;

interface Point {
	date: string;
	value: number;
}

/** The check of DOMAIN.md §7, written out independently of core/planning for the higher-is-better case. */
function expectedCheck(series: Point[], target: Point) {
	const known = series.filter((p) => p.value !== null).sort((a, b) => a.date.localeCompare(b.date));
	const baseline = known.filter((p) => p.date <= baselineDate).at(-1)!;
	const current = known.at(-1)!;
	const years = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 / 365.2425;
	const start = `${Number(current.date.slice(0, 4)) - 5}${current.date.slice(4)}`;
	const from = known.find((p) => p.date >= start && p.date < current.date)!;
	const perYear = (current.value - from.value) / years(from.date, current.date);
	const projected = current.value + perYear * years(current.date, target.date);
	const progress = (baseline.value - current.value) / (baseline.value - target.value);
	let rating: string;
	if (current.value >= target.value) rating = 'reached';
	else {
		const missed = (target.value - projected) / (target.value - current.value);
		rating = missed <= 0.05 ? 'on_track' : missed <= 0.2 ? 'at_risk' : 'off_track';
	}
	return { baseline, current, projected, progress, rating };
}

/** The Bezirk's series of the indicator, as the API gives it. */
async function apiSeries(page: Page): Promise<Point[]> {
	const response = await page.request.get(`${v1}/indicators/${indicator}/values/${bezirk}?layer=bezirk`);
	expect(response.status()).toBe(200);
	const body: { items: { date: string; value: number | null }[] } = await response.json();
	return body.items.filter((p): p is Point => p.value !== null);
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

	test('create a Leitziel and a SMART goal, see the rating, check it against the API values', async ({
		page
	}) => {
		const leitziel = `L E2E ${stamp()}`;
		const code = `Z E2E ${stamp()}`;
		const title = 'Mehr Kinder unter 3 Jahren in Marzahn-Hellersdorf';
		await page.goto(base);
		await page.getByTestId('new-goal').click();
		await expect(page).toHaveURL(/\/steuerung\/ziele\/neu$/);
		await expectNoAxeViolations(page);
		await createLeitziel(page, leitziel, 'Gutes Aufwachsen für alle Kinder');
		await expect(page.getByTestId('goal-qualitative')).toBeVisible();

		const series = await apiSeries(page);
		const baselineFromApi = series.filter((p) => p.date <= baselineDate).at(-1)!;
		const target = { date: targetDate, value: Math.round((baselineFromApi.value + 1) * 100) / 100 };

		await page.goto(`${base}/ziele/neu`);
		await page.locator('#g-code').fill(code);
		await page.locator('#g-title').fill(title);
		await page.locator('#g-level').selectOption('handlungsziel');
		await page.locator('#g-parent').selectOption(leitziel);
		await page.locator('#g-indicator').selectOption(indicator);
		await page.locator('#g-direction').selectOption('higher');
		await page.locator('#g-scope-kind-units').check();
		await page.locator('#g-scope-layer').selectOption('bezirk');
		await page.locator('#g-scope-units').fill(bezirk);
		await page.locator('#g-baselineDate').fill(baselineDate);
		await page.locator('#g-targetValue').fill(String(target.value).replace('.', ','));
		// A target date before the baseline's first: refused at the field, the entries kept.
		await page.locator('#g-targetDate').fill('2010-12-31');
		await page.getByTestId('goal-submit').click();
		await expect(page.locator('#g-targetDate-error')).toContainText(
			'Das Zieldatum muss nach dem Datum des Ausgangswerts liegen.'
		);
		await expect(page.locator('a[href="#g-targetDate"]')).toContainText('Zieldatum');
		await expect(page.locator('#g-title')).toHaveValue(title);
		await expect(page.locator('#g-scope-units')).toHaveValue(bezirk);
		await expect(page.locator('#g-scope-kind-units')).toBeChecked();
		await expectNoAxeViolations(page);
		await page.locator('#g-targetDate').fill(targetDate);
		await page.getByTestId('goal-submit').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${code} ${title}`);
		await expect(page.getByText('Das Ziel wurde angelegt.')).toBeVisible();

		// The page's check equals the computation from the API's values.
		const want = expectedCheck(series, target);
		await expect(page.getByTestId('goal-rating')).toHaveAttribute('data-rating', want.rating);
		const number = async (testId: string) =>
			Number(await page.getByTestId(testId).getAttribute('data-value'));
		expect(await number('goal-baseline')).toBeCloseTo(want.baseline.value, 9);
		expect(await number('goal-current')).toBeCloseTo(want.current.value, 9);
		expect(await number('goal-progress')).toBeCloseTo(want.progress, 9);
		expect(await number('goal-projected')).toBeCloseTo(want.projected, 9);
		const unitRow = page.locator(`[data-testid="goal-unit-table"] tr[data-unit="${bezirk}"]`);
		await expect(unitRow).toHaveAttribute('data-rating', want.rating);
		await expect(page.getByTestId('goal-chart')).toBeVisible();
		// The chart's table: every date of the series, then baseline, target and projection.
		const chartRows = page.locator('[data-testid="goal-chart-table"] tbody tr');
		expect(await chartRows.count()).toBeGreaterThanOrEqual(series.length + 3);
		await expect(chartRows.last()).toContainText('Prognose');
		await expect(page.getByTestId('goal-parent')).toContainText(leitziel);
		await expectNoAxeViolations(page);

		// Sorting the units' table by rating works in the browser.
		await page.locator('[data-testid="goal-unit-table"] th button', { hasText: 'Bewertung' }).click();
		await expect(page.locator('[data-testid="goal-unit-table"] th[aria-sort="ascending"]')).toContainText(
			'Bewertung'
		);

		// In the overview: under its Leitziel, with the same rating and its reason in words.
		await page.goto(base);
		const row = page.locator(`tr[data-goal="${code}"]`);
		await expect(row).toHaveAttribute('data-rating', want.rating);
		await expect(row.getByTestId('goal-reason')).not.toBeEmpty();
		await expect(row).toContainText(`unter ${leitziel}`);
		await expect(page.locator(`tr[data-goal="${leitziel}"]`)).toHaveAttribute('data-rating', 'none');
		await expectNoAxeViolations(page);

		// Filtered by its rating: it stays, the Leitziel goes.
		await page.locator('#filter-bewertung').selectOption(want.rating);
		await page.getByRole('button', { name: 'Anwenden' }).click();
		await expect(page).toHaveURL(new RegExp(`bewertung=${want.rating}`));
		await expect(page.locator(`tr[data-goal="${code}"]`)).toBeVisible();
		await expect(page.locator(`tr[data-goal="${leitziel}"]`)).toHaveCount(0);
		await expect(page.locator(`[data-testid="rating-counts"] li[data-rating="none"]`)).toContainText('0');

		// The goal's page links back to the parent, the parent lists it.
		await page.goto(goalUrl(leitziel));
		await expect(page.getByTestId('goal-children')).toContainText(code);
	});

	test('the three pages in English pass axe', async ({ page }) => {
		const code = `L EN ${stamp()}`;
		await createLeitziel(page, code, 'Leitziel in English');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steering');
		await expectNoAxeViolations(page);
		await page.goto(`${base}/ziele/neu`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create goal');
		await expectNoAxeViolations(page);
		await page.goto(goalUrl(code));
		await expect(page.getByTestId('goal-qualitative')).toContainText('not checked against data');
		await expectNoAxeViolations(page);
		await page.goto(`${goalUrl(code)}/bearbeiten`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit goal ${code}`);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});

	test('create a goal with the keyboard only', async ({ page }) => {
		await page.goto(`${base}/ziele/neu`);
		const code = `L Tast ${stamp()}`;
		const typeInto = async (id: string, text: string) => {
			for (let i = 0; i < 120; i++) {
				if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) break;
				await page.keyboard.press('Tab');
			}
			await expect(page.locator(`#${id}`)).toBeFocused();
			await page.keyboard.type(text);
		};
		await typeInto('g-code', code);
		await typeInto('g-title', 'Ein Leitziel über die Tastatur');
		for (let i = 0; i < 120; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'goal-submit'))
				break;
		}
		await expect(page.getByTestId('goal-submit')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`${code} Ein Leitziel über die Tastatur`
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('create a goal as plain HTML, with a refused submission first that keeps every entry', async ({
		page
	}) => {
		const code = `L NoJS ${stamp()}`;
		await page.goto(`${base}/ziele/neu`);
		await page.locator('#g-code').fill(code);
		await page.locator('#g-title').fill('Ab');
		await page.locator('#g-rationale').fill('Begründung, die eine Ablehnung übersteht');
		await page.getByTestId('goal-submit').click();
		await expect(page.locator('#g-title-error')).toContainText('Titel');
		await expect(page.locator('#g-code')).toHaveValue(code);
		await expect(page.locator('#g-rationale')).toHaveValue('Begründung, die eine Ablehnung übersteht');
		await page.locator('#g-title').fill('Ohne Skript angelegt');
		await page.getByTestId('goal-submit').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${code} Ohne Skript angelegt`);
		await page.goto(`${base}?status=entwurf`);
		await expect(page.locator(`tr[data-goal="${code}"]`)).toBeVisible();
	});
});

test.describe('who may', () => {
	test('a viewer sees the goals but no "Ziel anlegen" and is refused on the form', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steuerung');
		await expect(page.getByTestId('new-goal')).toHaveCount(0);
		const response = await page.goto(`${base}/ziele/neu`);
		expect(response?.status()).toBe(403);
	});

	test('a Träger is refused on the area', async ({ page }) => {
		await login(page, 'testcity-provider', worldPassword);
		const response = await page.goto(base);
		expect(response?.status()).toBe(403);
	});
});
