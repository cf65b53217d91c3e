import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { demo, login } from './support/login';

/**
 * The thematic map and its legend on the monitoring workspace of the demo tenant: the map paints,
 * the legend's class counts equal an independent classification of the values in the table (the
 * table is the accessible alternative of the map), missing values are counted, a recolour does
 * not fetch the geometry again, hover shows the unit's value as the API gives it, a click chooses
 * the unit, the map works by keyboard and shows unit names only when zoomed in far enough.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core (WCAG 2.1 A/AA) on the map and its legend. Scoped to them: the rest of the page (charts,
 * table, controls) has its own checks in the monitoring page's tests.
 */
async function expectMapWithoutAxeViolations(page: Page): Promise<void> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: unknown,
						options: unknown
					) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(
			{ include: [['[data-testid="choropleth-map"]'], ['[data-testid="choropleth-legend"]']] },
			{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }
		);
		return result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
	});
	expect(violations).toEqual([]);
}

const indicator = 'anteil_kinder_00_01';
const base = '/app/berlin/monitoring';
const view = (params: Record<string, string>) =>
	`${base}?${new URLSearchParams({ indikator: indicator, ...params })}`;

const map = (page: Page) => page.getByTestId('choropleth-map');
const legend = (page: Page) => page.getByTestId('choropleth-legend');

/** Waits until the map has painted at least `count` recolours. */
async function paintedAtLeast(page: Page, count: number): Promise<number> {
	await expect(map(page)).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
	await expect
		.poll(async () => Number(await map(page).getAttribute('data-painted')), { timeout: 20_000 })
		.toBeGreaterThanOrEqual(count);
	return Number(await map(page).getAttribute('data-painted'));
}

/** The values of the table rows: number, or null for a missing one (the table is the map's alternative). */
async function tableValues(page: Page): Promise<(number | null)[]> {
	const cells = await page
		.getByTestId('monitoring-table')
		.locator('tbody tr td[data-value]')
		.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value') ?? ''));
	return cells.map((text) => (text === '' ? null : Number(text)));
}

async function legendCounts(page: Page): Promise<number[]> {
	return (
		await legend(page)
			.getByTestId('legend-class')
			.evaluateAll((lis) => lis.map((li) => li.dataset.count))
	).map(Number);
}

/** Class counts by the class rule (class i: breaks[i] < v <= breaks[i+1], class 0 with breaks[0]). */
function countByRule(values: number[], breaks: number[]): number[] {
	const counts = breaks.slice(1).map(() => 0);
	for (const v of values) {
		let i = 0;
		while (i < counts.length - 1 && v > breaks[i + 1]!) i++;
		counts[i]!++;
	}
	return counts;
}

/** Quantile limits by nearest rank (rank ceil(k·n/K)), tied limits merged: written apart from the app's code. */
function quantileCounts(values: number[], classes: number): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const n = sorted.length;
	const limits = [sorted[0]!];
	for (let k = 1; k < classes; k++) limits.push(sorted[Math.ceil((k * n) / classes) - 1]!);
	limits.push(sorted[n - 1]!);
	const merged = limits.filter((v, i) => i === 0 || v > limits[i - 1]! || (i === 1 && i < limits.length - 1));
	return countByRule(values, merged);
}

function equalCounts(values: number[], classes: number): number[] {
	const min = Math.min(...values),
		max = Math.max(...values);
	const breaks = Array.from({ length: classes + 1 }, (_, k) =>
		k === classes ? max : min + (k * (max - min)) / classes
	);
	return countByRule(values, breaks);
}

test.describe('thematic map of the monitoring workspace', () => {
	test.beforeEach(async ({ page }) => {
		await login(page, demo.username, demo.password);
	});

	test('paints, the legend counts match the values, recolouring keeps the geometry', async ({ page }) => {
		const geometryRequests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('units.geojson')) geometryRequests.push(request.url());
		});
		await page.goto(view({ ebene: 'planungsraum', klassifikation: 'quantile', klassen: '5' }));
		const first = await paintedAtLeast(page, 1);
		await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();

		const values = await tableValues(page);
		expect(values).toHaveLength(447);
		const numbers = values.filter((v): v is number => v !== null);
		expect(numbers.length).toBeGreaterThan(400);
		expect(await legendCounts(page)).toEqual(quantileCounts(numbers, 5));
		const missing = values.length - numbers.length;
		if (missing > 0)
			await expect(legend(page).getByTestId('legend-missing')).toHaveAttribute('data-count', String(missing));
		else await expect(legend(page).getByTestId('legend-missing')).toHaveCount(0);
		await expect(legend(page).getByTestId('legend-method')).toContainText('Quantile');
		await expect(legend(page).getByTestId('legend-city')).toContainText('Wert der Stadt insgesamt');
		await expectMapWithoutAxeViolations(page);

		// Another classification: the map recolours (a new painted mark), the geometry is not fetched again.
		await page.goto(view({ ebene: 'planungsraum', klassifikation: 'equal', klassen: '4' }));
		await paintedAtLeast(page, 1);
		expect(await legendCounts(page)).toEqual(equalCounts(numbers, 4));
		await expect(legend(page).getByTestId('legend-method')).toContainText('Gleiche Abstände');

		// Through the form (client-side navigation: the map stays, only recolours).
		const before = await paintedAtLeast(page, 1);
		await page.locator('#klassifikation').selectOption('jenks');
		await expect(legend(page).getByTestId('legend-method')).toContainText('Jenks');
		await paintedAtLeast(page, before + 1);
		expect((await legendCounts(page)).reduce((a, b) => a + b, 0)).toBe(numbers.length);
		expect(geometryRequests.length).toBeLessThanOrEqual(2); // once per full page load above, never per recolour
		expect(first).toBeGreaterThanOrEqual(1);
	});

	test('hover shows the value, rank and city value of a unit; a click chooses it', async ({ page }) => {
		await page.goto(view({ ebene: 'planungsraum' }));
		await paintedAtLeast(page, 1);
		const api = await page.request.get(
			`/api/v1/tenants/berlin/indicators/${indicator}/values?layer=planungsraum&limit=1000`
		);
		expect(api.ok()).toBe(true);
		const body = (await api.json()) as {
			indicator: { decimals: number; unitLabel: string };
			items: { code: string; name: string; value: number | null }[];
		};
		const canvas = page.locator('canvas.maplibregl-canvas');
		await canvas.scrollIntoViewIfNeeded();
		// Zoom in (by keyboard) so that the unit in the middle is large: a small shift of the layout
		// (the list of chosen units appears above the map) must not move the pointer onto a neighbour.
		await canvas.focus();
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('+');
			await page.waitForTimeout(500);
		}
		const box = (await canvas.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1);
		const tooltip = page.getByTestId('map-tooltip');
		await expect(tooltip).toBeVisible();
		const name = (await tooltip.locator('strong').innerText()).trim();
		const unit = body.items.find((item) => item.name === name);
		expect(unit, `unit "${name}" in the API`).toBeDefined();
		const expected =
			unit!.value === null
				? 'keine Daten'
				: new Intl.NumberFormat('de-DE', {
						minimumFractionDigits: body.indicator.decimals,
						maximumFractionDigits: body.indicator.decimals
					}).format(unit!.value);
		await expect(tooltip).toContainText(expected);
		if (unit!.value !== null) await expect(tooltip).toContainText(/Rang \d+ von \d+/);
		await expect(tooltip).toContainText('Stadt insgesamt');
		// The live region says the same for screen readers (throttled: after about a second).
		await expect(page.getByTestId('map-live')).toContainText(name, { timeout: 5_000 });

		await page.mouse.click(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1);
		await expect(page).toHaveURL(new RegExp(`auswahl=${unit!.code}`));
		// The list of chosen units above the map may have pushed it down: hover its centre again.
		await canvas.scrollIntoViewIfNeeded();
		const moved = (await canvas.boundingBox())!;
		await page.mouse.move(moved.x + moved.width / 2 + 3, moved.y + moved.height / 2 + 2);
		await expect(tooltip.locator('strong')).toHaveText(name);
		await expect(tooltip).toContainText('ausgewählt');
	});

	test('keyboard: the focusable map zooms with +, and names appear when few units are in view', async ({
		page
	}) => {
		await page.goto(view({ ebene: 'bezirk' }));
		await paintedAtLeast(page, 1);
		// The 12 Bezirke fit: every name is shown, hidden from screen readers (the table names them).
		const labels = map(page).locator('.qs-choropleth__label');
		await expect(labels).toHaveCount(12);
		for (const hidden of await labels.evaluateAll((els) => els.map((el) => el.getAttribute('aria-hidden'))))
			expect(hidden).toBe('true');

		await page.goto(view({ ebene: 'planungsraum' }));
		await paintedAtLeast(page, 1);
		await expect(labels).toHaveCount(0); // 447 names would be unreadable
		const canvas = page.locator('canvas.maplibregl-canvas');
		await expect(canvas).toHaveAttribute('aria-describedby', 'karte-hinweis');
		await expect(canvas).toHaveAttribute('role', 'region');
		await canvas.focus();
		await expect(canvas).toBeFocused();
		// The centre of Berlin has small, dense Planungsräume: five steps in until few are in view.
		for (let i = 0; i < 5; i++) {
			await page.keyboard.press('+');
			await page.waitForTimeout(500);
		}
		await expect.poll(() => labels.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		expect(await labels.count()).toBeLessThanOrEqual(40);
		await expectMapWithoutAxeViolations(page);
	});
});
