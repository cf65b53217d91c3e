import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login } from './support/login';

/**
 * The plan check page on the demo tenant's example plan (seed/berlin-plan.ts). What each section
 * must show is worked out here from the plan as the API gives it (measures with their milestones
 * and budget lines, goals with their ratings), at a fixed Stichtag, and compared with the tables:
 * overdue milestones with their days, the budget per measure and year with overruns in words,
 * measures without a goal, goals without a measure (served through a goal below counts), goals
 * at risk or off track. The Stichtag form works without JavaScript and names a bad date at the
 * field; axe on the page in German and English, and with the field's error (axe needs JavaScript).
 */
const base = '/app/berlin/steuerung/pruefung';
const v1 = '/api/v1/tenants/berlin';
const stichtag = '2026-12-31';
const acting = new Set(['geplant', 'laufend']);

interface ApiMeasure {
	code: string;
	title: string;
	status: string;
	goalCodes: string[];
}
interface ApiMeasureDetail {
	measure: ApiMeasure;
	links: { units: { code: string; layerName: string }[] };
	budget: { year: number; planned: number | null; approved: number | null; spent: number | null }[];
	milestones: { title: string; dueOn: string; doneOn: string | null }[];
}
interface ApiGoal {
	code: string;
	title: string;
	status: string;
	parentCode: string | null;
	indicatorCode: string | null;
	rating: string | null;
}

const euro = (x: number) =>
	`${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x)} €`;
const germanDate = (iso: string) => iso.split('-').reverse().join('.');

async function all<T>(page: Page, path: string): Promise<T[]> {
	const response = await page.request.get(`${v1}${path}?limit=1000`);
	expect(response.status()).toBe(200);
	const body: { items: T[]; total: number } = await response.json();
	expect(body.items).toHaveLength(body.total);
	return body.items;
}

/** The plan of the demo as the API gives it, and what the check must find in it at the Stichtag. */
async function expected(page: Page) {
	const measures = await all<ApiMeasure>(page, '/measures');
	const details: ApiMeasureDetail[] = [];
	for (const m of measures) {
		const response = await page.request.get(`${v1}/measures/${encodeURIComponent(m.code)}`);
		expect(response.status()).toBe(200);
		details.push(await response.json());
	}
	const goals = await all<ApiGoal>(page, '/goals');

	const overdue = details
		.filter((d) => acting.has(d.measure.status))
		.flatMap((d) =>
			d.milestones
				.filter((s) => s.doneOn === null && s.dueOn < stichtag)
				.map((s) => ({
					measure: d.measure.code,
					title: s.title,
					dueOn: s.dueOn,
					days: Math.round((Date.parse(stichtag) - Date.parse(s.dueOn)) / 86_400_000)
				}))
		);

	const budget = new Map<
		string,
		{ measure: string; year: number; planned: number; approved: number; spent: number }
	>();
	for (const d of details)
		for (const line of d.budget) {
			const key = `${d.measure.code}|${line.year}`;
			const sum = budget.get(key) ?? {
				measure: d.measure.code,
				year: line.year,
				planned: 0,
				approved: 0,
				spent: 0
			};
			sum.planned += line.planned ?? 0;
			sum.approved += line.approved ?? 0;
			sum.spent += line.spent ?? 0;
			budget.set(key, sum);
		}

	const withoutGoal = measures
		.filter((m) => acting.has(m.status) && m.goalCodes.length === 0)
		.map((m) => m.code);
	const served = new Set(measures.filter((m) => m.status !== 'abgebrochen').flatMap((m) => m.goalCodes));
	const servedBelow = (code: string): boolean =>
		served.has(code) || goals.some((g) => g.parentCode === code && servedBelow(g.code));
	const goalsWithoutMeasure = goals
		.filter((g) => g.status !== 'erreicht' && g.status !== 'aufgegeben' && !servedBelow(g.code))
		.map((g) => g.code);
	const alarming = goals
		.filter((g) => g.indicatorCode !== null && (g.rating === 'at_risk' || g.rating === 'off_track'))
		.map((g) => g.code);
	// Units that acting measures serve, by their keys (LOR keys nest: a Bezirk's key starts its Planungsräume').
	const servedKeys = details
		.filter((d) => acting.has(d.measure.status))
		.flatMap((d) => d.links.units.map((u) => u.code));
	return { overdue, budget: [...budget.values()], withoutGoal, goalsWithoutMeasure, alarming, servedKeys };
}

const section = (page: Page, id: string) => page.getByTestId(`check-${id}`);

test.describe('plan check', () => {
	test.beforeEach(async ({ page }) => login(page, demo.username, demo.password));

	test('shows what the example plan holds at a Stichtag', async ({ page }) => {
		const want = await expected(page);
		// The example plan was made to show something in these sections (docs/planning-cycle.md).
		expect(want.overdue.length).toBeGreaterThan(0);
		expect(want.budget.some((b) => b.spent > (b.approved > 0 ? b.approved : b.planned))).toBe(true);
		expect(want.goalsWithoutMeasure.length).toBeGreaterThan(0);

		await page.goto('/app/berlin/steuerung');
		await page.getByTestId('steering-nav').getByRole('link', { name: 'Prüfung' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfung des Plans');
		await expect(page.getByTestId('steering-nav').getByRole('link', { name: 'Prüfung' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		// Without a Stichtag the check is made for the date the field shows (today).
		const today = await page.locator('#stichtag').inputValue();
		expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		await expect(page.getByTestId('checked-at')).toHaveText(`Geprüft zum Stichtag ${germanDate(today)}.`);

		await page.locator('#stichtag').fill(stichtag);
		await page.getByTestId('stichtag-submit').click();
		await expect(page).toHaveURL(new RegExp(`stichtag=${stichtag}`));
		await expect(page.getByTestId('checked-at')).toHaveText(`Geprüft zum Stichtag ${germanDate(stichtag)}.`);
		await expect(page.locator('#stichtag')).toHaveValue(stichtag);

		// Overdue milestones: every expected row with its due date and days, nothing else.
		const milestones = section(page, 'meilensteine');
		await expect(milestones.getByRole('heading', { level: 2 })).toHaveText(
			`Überfällige Meilensteine (${want.overdue.length})`
		);
		await expect(milestones.locator('tbody tr')).toHaveCount(want.overdue.length);
		for (const m of want.overdue) {
			const row = milestones.locator(`tr[data-measure="${m.measure}"][data-milestone="${m.title}"]`);
			await expect(row).toContainText(germanDate(m.dueOn));
			await expect(row.locator('td').last()).toHaveText(String(m.days));
			await expect(row.getByRole('link')).toHaveAttribute(
				'href',
				`/app/berlin/steuerung/massnahmen/${encodeURIComponent(m.measure)}`
			);
		}
		// The longest overdue first.
		const days = await milestones
			.locator('td[data-days]')
			.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-days'))));
		expect(days).toEqual([...days].sort((a, b) => b - a));

		// Budget per measure and year, overruns in words.
		const budget = section(page, 'budget');
		await expect(budget.locator('tbody tr[data-budget]')).toHaveCount(want.budget.length);
		const overruns = want.budget.filter((b) => b.spent > (b.approved > 0 ? b.approved : b.planned));
		await expect(budget.getByTestId('budget-overruns')).toHaveText(
			`Überschritten: ${overruns.length} von ${want.budget.length}.`
		);
		for (const b of want.budget) {
			const row = budget.locator(`tr[data-budget="${b.measure}|${b.year}"]`);
			const cells = row.locator('td');
			await expect(cells.nth(1)).toHaveText(euro(b.planned));
			await expect(cells.nth(2)).toHaveText(euro(b.approved));
			await expect(cells.nth(3)).toHaveText(euro(b.spent));
			const share =
				b.planned > 0
					? `${(Math.round((b.spent / b.planned) * 1000) / 10).toLocaleString('de-DE', { minimumFractionDigits: 1 })} %`
					: '–';
			await expect(cells.nth(4)).toHaveText(share);
			const limit = b.approved > 0 ? b.approved : b.planned;
			await expect(cells.nth(5)).toHaveText(
				b.spent > limit
					? `überschritten: ${euro(b.spent - limit)} mehr ausgegeben als ${b.approved > 0 ? 'bewilligt' : 'geplant (nichts bewilligt)'}`
					: 'nein'
			);
		}

		const codes = async (id: string, attribute: string) =>
			section(page, id)
				.locator(`tbody tr[${attribute}]`)
				.evaluateAll((rows, a) => rows.map((r) => r.getAttribute(a)), attribute);
		expect((await codes('massnahmen-ohne-ziel', 'data-measure')).sort()).toEqual(
			[...want.withoutGoal].sort()
		);
		if (want.withoutGoal.length === 0)
			await expect(page.getByTestId('check-massnahmen-ohne-ziel-empty')).toHaveText(
				'Jede laufende und geplante Maßnahme dient einem Ziel.'
			);
		expect((await codes('ziele-ohne-massnahme', 'data-goal')).sort()).toEqual(
			[...want.goalsWithoutMeasure].sort()
		);
		await expect(
			section(page, 'ziele-ohne-massnahme').getByRole('link', { name: want.goalsWithoutMeasure[0]! })
		).toHaveAttribute(
			'href',
			`/app/berlin/steuerung/ziele/${encodeURIComponent(want.goalsWithoutMeasure[0]!)}`
		);
		expect((await codes('ziele', 'data-goal')).sort()).toEqual([...want.alarming].sort());
		if (want.alarming.length === 0)
			await expect(page.getByTestId('check-ziele-empty')).toHaveText(
				'Kein Ziel ist gefährdet oder nicht auf Kurs.'
			);

		// Units of greatest need: none of them lies in or under a unit that an acting measure serves.
		const units = await codes('bedarf', 'data-unit');
		for (const unit of units)
			expect(
				want.servedKeys.some((key) => unit!.startsWith(key) || key.startsWith(unit!)),
				`${unit} is served`
			).toBe(false);
		await expect(section(page, 'bedarf').getByRole('heading', { level: 2 })).toHaveText(
			`Gebiete mit größtem Bedarf ohne Maßnahme (${units.length})`
		);
		await expectNoAxeViolations(page);

		// A Stichtag before every milestone: the section says so in a sentence.
		await page.locator('#stichtag').fill('2020-01-01');
		await page.getByTestId('stichtag-submit').click();
		await expect(page.getByTestId('check-meilensteine-empty')).toHaveText(
			'Keine Maßnahme hat überfällige Meilensteine.'
		);
		await expect(section(page, 'meilensteine').locator('table')).toHaveCount(0);

		// A date that does not exist is named at the field, and nothing is checked.
		await page.goto(`${base}?stichtag=2026-02-30`);
		await expect(page.locator('#stichtag-error')).toContainText(
			'Der Stichtag „2026-02-30“ ist kein gültiges Datum.'
		);
		await expect(page.getByTestId('check-not-run')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check of the plan');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the Stichtag form checks at the date entered and names a bad date at the field', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await page.goto(`${base}?stichtag=2026-02-30`);
		await expect(page.locator('#stichtag-error')).toContainText(
			'Der Stichtag „2026-02-30“ ist kein gültiges Datum.'
		);
		await expect(page.locator('#stichtag')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByTestId('check-not-run')).toBeVisible();
		await expect(page.getByTestId('check-meilensteine')).toHaveCount(0);

		await page.locator('#stichtag').fill(stichtag);
		await page.getByTestId('stichtag-submit').click();
		await expect(page).toHaveURL(new RegExp(`stichtag=${stichtag}`));
		await expect(page.getByTestId('checked-at')).toHaveText(`Geprüft zum Stichtag ${germanDate(stichtag)}.`);
		await expect(page.locator('#stichtag-error')).toHaveCount(0);
		await expect(page.getByTestId('check-meilensteine')).toBeVisible();
	});
});
