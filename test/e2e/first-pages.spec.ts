import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login, worldPassword } from './support/login';

/**
 * What a planner meets first (issue 12): the tenant's home page leads into what exists, the
 * monitoring shows its map on a laptop's first screen, select fields look like select fields.
 */

interface ApiValue {
	code: string;
	numerator: number | null;
	denominator: number | null;
}

/** "1,01 %" → 1.01 */
function germanNumber(text: string): number {
	return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

/** sRGB relative luminance of a CSS colour, converted by the browser itself (KERN writes oklch). */
async function luminances(page: Page, colours: string[]): Promise<number[]> {
	return page.evaluate((list) => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 1;
		const context = canvas.getContext('2d', { willReadFrequently: true })!;
		return list.map((colour) => {
			context.clearRect(0, 0, 1, 1);
			context.fillStyle = colour;
			context.fillRect(0, 0, 1, 1);
			const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
		});
	}, colours);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

test.describe('the tenant home page', () => {
	test('shows the areas with what is in them, key figures, and the planned areas as planned', async ({
		page
	}) => {
		await login(page, demo.username, demo.password);
		await page.goto('/app/berlin');
		await expect(page.getByText('Wird aufgebaut')).toHaveCount(0);

		// Layers with their unit counts, as the API lists them.
		const layers = (await (await page.request.get('/api/v1/tenants/berlin/layers')).json()).items as {
			code: string;
			name: string;
			unitCount: number;
		}[];
		const data = page.getByTestId('home-area-daten');
		for (const layer of layers)
			await expect(data.getByRole('listitem').filter({ hasText: layer.name }).first()).toContainText(
				`${layer.unitCount.toLocaleString('de-DE')} Gebiete`
			);
		// The latest imports, each with date and who imported it.
		await expect(page.getByTestId('home-imports').getByRole('listitem')).toHaveCount(3);
		await expect(page.getByTestId('home-imports').getByRole('listitem').first()).toContainText(
			/\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d, \w+/
		);
		await expect(page.getByTestId('home-index')).toContainText('berechnet zum 31.12.2016');
		await expect(page.getByTestId('home-facilities')).toContainText(/\d+ Einrichtungen im Verzeichnis/);

		// A key figure against the sums of its numerator and denominator over the Bezirke (API).
		const key = page
			.getByTestId('home-key-indicators')
			.getByRole('listitem')
			.filter({
				// By code, not by name: the demo's names may change.
				has: page.locator('a[href$="?indikator=anteil_kinder_00_01"]')
			});
		const values = (
			await (
				await page.request.get(
					'/api/v1/tenants/berlin/indicators/anteil_kinder_00_01/values?layer=bezirk&date=2016-12-31&limit=1000'
				)
			).json()
		).items as ApiValue[];
		const sum = (pick: (v: ApiValue) => number | null) => values.reduce((s, v) => s + (pick(v) ?? 0), 0);
		const expected = (100 * sum((v) => v.numerator)) / sum((v) => v.denominator);
		const shown = germanNumber(await key.getByTestId('key-value').innerText());
		expect(Math.abs(shown - expected)).toBeLessThanOrEqual(0.005);
		await expect(key).toContainText('Stand 31.12.2016');
		await key.getByRole('link').click();
		await expect(page).toHaveURL(/\/monitoring\?indikator=anteil_kinder_00_01/);
		await page.goBack();

		// Planned areas: named as planned, no card that pretends to be a way in.
		const planned = page.getByTestId('home-planned');
		await expect(planned.getByText('Geplant', { exact: true })).toHaveCount(3);
		await expect(planned.getByRole('link')).toHaveText([
			'Was geplant ist: Steuerung',
			'Was geplant ist: Beteiligung',
			'Was geplant ist: Berichte'
		]);
		await expectNoAxeViolations(page);
	});

	test('a tenant without data says where to start', async ({ page }) => {
		await login(page, 'fremd-admin', worldPassword);
		await page.goto('/app/fremd');
		const start = page.getByTestId('home-start');
		await expect(start.getByRole('heading', { name: 'Wo anfangen?' })).toBeVisible();
		await expect(start.getByRole('link', { name: 'Gebiete importieren' })).toHaveAttribute(
			'href',
			'/app/fremd/daten/importe/neu'
		);
		await expect(page.getByTestId('home-area-daten')).toContainText('Noch keine Raumebenen.');
		await expectNoAxeViolations(page);
	});

	test('a viewer gets the steps without links to forms it may not use', async ({ page }) => {
		await login(page, 'fremd-viewer', worldPassword);
		await page.goto('/app/fremd');
		const start = page.getByTestId('home-start');
		await expect(start).toContainText('Daten importieren Planerinnen und Planer');
		await expect(start.getByRole('link')).toHaveCount(0);
		await expect(page.getByTestId('home-area-verwaltung')).toHaveCount(0);
	});

	test('a Träger sees only its own facilities', async ({ page }) => {
		await login(page, 'testcity-provider', worldPassword);
		await page.goto('/app/testcity');
		await expect(page.getByTestId('home-provider-count')).toContainText('Ihr Träger hat');
		await expect(page.getByTestId('home-area-daten')).toHaveCount(0);
		await expect(page.getByTestId('home-key-indicators')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});

test.describe('the monitoring workspace on a laptop', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('shows the map on the first screen; the table scrolls within itself; no chart errors', async ({
		page
	}) => {
		// The map, 447 table rows and axe over all of them on a shared machine.
		test.setTimeout(150_000);
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await login(page, demo.username, demo.password);
		await page.goto('/app/berlin/monitoring?ebene=planungsraum');
		const map = page.getByTestId('choropleth-map');
		await expect(map).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
		const box = await map.boundingBox();
		expect(box!.y).toBeLessThan(768 - 200);
		await expect(page.getByRole('heading', { name: 'Legende' })).toBeInViewport();
		await expect(page.getByRole('combobox', { name: 'Indikator', exact: true })).toBeInViewport();

		// Every Planungsraum is in the table, which scrolls inside its own named region.
		const layers = (await (await page.request.get('/api/v1/tenants/berlin/layers')).json()).items as {
			code: string;
			unitCount: number;
		}[];
		const units = layers.find((l) => l.code === 'planungsraum')!.unitCount;
		const region = page.getByTestId('monitoring-table').locator('xpath=..');
		await expect(region).toHaveRole('region');
		await expect(region).toHaveAccessibleName(/Planungsraum, 31\.12\.2016/);
		await expect(region.locator('tbody tr')).toHaveCount(units);
		const scroller = await region.evaluate((element) => ({
			client: element.clientHeight,
			scroll: element.scrollHeight,
			tabIndex: (element as HTMLElement).tabIndex
		}));
		expect(scroller.scroll).toBeGreaterThan(scroller.client);
		expect(scroller.tabIndex).toBe(0);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(8 * 768);

		await expect(page.getByTestId('ranking-chart').locator('svg rect').first()).toBeAttached();
		expect(errors.filter((e) => /negative value/i.test(e))).toEqual([]);
		await expectNoAxeViolations(page);
	});

	test('select fields have a frame and an arrow with at least 3:1 contrast', async ({ page }) => {
		await login(page, demo.username, demo.password);
		await page.goto('/app/berlin/monitoring');
		const selects = page.locator('main select:not([multiple])');
		expect(await selects.count()).toBeGreaterThan(3);
		const looks = await selects.evaluateAll((list) =>
			list.map((select) => {
				const wrapper = select.parentElement!;
				const style = getComputedStyle(wrapper);
				const arrow = getComputedStyle(wrapper, '::after');
				let background = 'rgb(255, 255, 255)';
				for (let at: Element | null = wrapper.parentElement; at; at = at.parentElement) {
					const colour = getComputedStyle(at).backgroundColor;
					if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
						background = colour;
						break;
					}
				}
				return {
					wrapped: wrapper.classList.contains('kern-form-input__select-wrapper'),
					borderWidths: [style.borderTopWidth, style.borderBottomWidth, style.borderLeftWidth].map(
						parseFloat
					),
					border: style.borderLeftColor,
					bottom: style.borderBottomColor,
					arrow: arrow.backgroundColor,
					arrowShown: arrow.content !== 'none',
					field: style.backgroundColor,
					background
				};
			})
		);
		for (const look of looks) {
			expect(look.wrapped).toBe(true);
			expect(look.arrowShown).toBe(true);
			expect(Math.min(...look.borderWidths)).toBeGreaterThanOrEqual(1);
			const [border, bottom, arrow, field, background] = await luminances(page, [
				look.border,
				look.bottom,
				look.arrow,
				look.field,
				look.background
			]);
			// WCAG 1.4.11: the frame against the page, the arrow against the field.
			expect(contrast(border!, background!)).toBeGreaterThanOrEqual(3);
			expect(contrast(bottom!, background!)).toBeGreaterThanOrEqual(3);
			expect(contrast(arrow!, field!)).toBeGreaterThanOrEqual(3);
		}
	});
});
