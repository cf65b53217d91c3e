import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { login, worldPassword } from './support/login';

/**
 * The measure form in testcity: a measure created with two budget lines (the second added with
 * "Weitere Zeile") and a milestone, checked on its page and against the API; a refused submission
 * that names part, row and field, keeps every entry and stores nothing; an edit; "Weitere Zeile"
 * without JavaScript; axe in German and English; who sees "Maßnahme anlegen" and "Bearbeiten", and
 * the Träger's way to its measures in the navigation.
 */
const base = '/app/testcity/steuerung/massnahmen';
const v1 = '/api/v1/tenants/testcity';
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const measureUrl = (code: string) => `${base}/${encodeURIComponent(code)}`;

async function csrfHeaders(page: Page) {
	const { csrfToken } = await (await page.request.get('/api/v1/session')).json();
	return { 'x-csrf-token': csrfToken };
}

/** A Leitziel for the measure to serve, over the API. */
async function createGoal(page: Page): Promise<{ code: string; title: string }> {
	const goal = { code: `L MF ${stamp()}`, title: 'Gutes Aufwachsen', level: 'leitziel' };
	const created = await page.request.post(`${v1}/goals`, { headers: await csrfHeaders(page), data: goal });
	expect(created.status()).toBe(201);
	return goal;
}

async function departmentId(page: Page, name: string): Promise<string> {
	const departments: { id: string; name: string }[] = await (
		await page.request.get(`${v1}/departments`)
	).json();
	return departments.find((d) => d.name === name)!.id;
}

interface ApiMeasure {
	measure: { title: string; status: string };
	budget: {
		year: number;
		source: string;
		programme: string;
		planned: number | null;
		approved: number | null;
		spent: number | null;
		note: string | null;
	}[];
	milestones: { title: string; dueOn: string; doneOn: string | null }[];
}
async function apiMeasure(page: Page, code: string): Promise<ApiMeasure> {
	const response = await page.request.get(`${v1}/measures/${encodeURIComponent(code)}`);
	expect(response.status()).toBe(200);
	return response.json();
}

async function fillMeasure(page: Page, code: string, title: string) {
	await page.locator('#m-code').fill(code);
	await page.locator('#m-title').fill(title);
	await page.locator('#m-status').selectOption('laufend');
	await page.locator('#m-periodStart').fill('2026-01-01');
	await page.locator('#m-periodEnd').fill('2028-12-31');
	await page.locator('#m-leadDepartmentId').selectOption({ label: 'Jugendamt' });
	await page.locator('#m-providers').fill('Kita-Träger Beispiel');
	await page.locator('#m-units-bezirk').fill('10');
}

async function fillBudget(page: Page, row: number, line: Record<string, string>) {
	for (const [field, value] of Object.entries(line)) {
		const input = page.locator(`#m-budget-${row}-${field}`);
		if (field === 'source') await input.selectOption(value);
		else await input.fill(value);
	}
}

test.describe('with JavaScript', () => {
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('create a measure with two budget lines and a milestone, then edit it', async ({ page }) => {
		const goal = await createGoal(page);
		const code = `M MF ${stamp()}`;
		await page.goto(base);
		await page.getByTestId('new-measure').click();
		await expect(page).toHaveURL(/\/steuerung\/massnahmen\/neu$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahme anlegen');
		await expectNoAxeViolations(page);

		await fillMeasure(page, code, 'Stadtteilmütter in Marzahn-Hellersdorf');
		await page.getByLabel(`${goal.code} ${goal.title}`).check();
		await page.getByLabel('Frühe Kindheit (0 bis unter 3 Jahre)').check();
		await page.locator('#m-targetGroups').fill('Alleinerziehende\nFamilien mit Fluchterfahrung');
		await fillBudget(page, 0, { year: '2026', planned: '10.000', approved: '8.000,50', spent: '5000' });
		await expect(page.getByTestId('budget-row')).toHaveCount(1);
		await page.getByTestId('add-budget-row').click();
		await expect(page.getByTestId('budget-row')).toHaveCount(2);
		// The new row's first field has the focus, the first row's entries are kept.
		await expect(page.locator('#m-budget-1-year')).toBeFocused();
		await expect(page.locator('#m-budget-0-approved')).toHaveValue('8.000,50');
		await expect(page.locator('#m-title')).toHaveValue('Stadtteilmütter in Marzahn-Hellersdorf');
		await fillBudget(page, 1, {
			year: '2026',
			source: 'foerderprogramm',
			programme: 'ESF Plus',
			planned: '2.500',
			approved: '2.500'
		});
		await page.locator('#m-milestones-0-title').fill('Räume angemietet');
		await page.locator('#m-milestones-0-dueOn').fill('2026-03-01');
		// Enter in a field saves, as in every form (not "Weitere Zeile", the first button in the form).
		await page.locator('#m-milestones-0-dueOn').press('Enter');

		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			'Stadtteilmütter in Marzahn-Hellersdorf'
		);
		await expect(page.getByText('Die Maßnahme wurde angelegt.')).toBeVisible();
		await expect(page.getByTestId('measure-budget')).toContainText('ESF Plus');
		await expect(page.getByTestId('measure-milestones')).toContainText('Räume angemietet');
		await expect(page.getByTestId('measure-goals')).toContainText(goal.code);
		await expect(page.getByTestId('measure-units')).toContainText('10');
		const stored = await apiMeasure(page, code);
		expect(stored.measure.status).toBe('laufend');
		expect(stored.budget.map((l) => [l.year, l.source, l.programme, l.planned, l.approved, l.spent])).toEqual(
			[
				[2026, 'haushalt', '', 10000, 8000.5, 5000],
				[2026, 'foerderprogramm', 'ESF Plus', 2500, 2500, null]
			]
		);
		expect(stored.milestones.map((m) => [m.title, m.dueOn])).toEqual([['Räume angemietet', '2026-03-01']]);
		await expectNoAxeViolations(page);

		// Edit: the form shows what is stored; spending above the approved amount needs a note.
		await page.getByTestId('edit-measure').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Maßnahme ${code} bearbeiten`);
		await expect(page.locator('#m-title')).toHaveValue('Stadtteilmütter in Marzahn-Hellersdorf');
		await expect(page.getByLabel(`${goal.code} ${goal.title}`)).toBeChecked();
		await expect(page.locator('#m-units-bezirk')).toHaveValue('10');
		// The lines in the stored order (Haushalt first), one empty row to fill after them.
		await expect(page.getByTestId('budget-row')).toHaveCount(3);
		await expect(page.locator('#m-budget-0-approved')).toHaveValue('8000,5');
		await expectNoAxeViolations(page);
		await page.locator('#m-title').fill('Stadtteilmütter Marzahn-Hellersdorf');
		await page.locator('#m-budget-0-spent').fill('9000');
		await page.getByTestId('measure-submit').click();
		await expect(page.locator('#m-budget-0-note-error')).toContainText(
			'Haushalt, Zeile 1, Anmerkung: Die Ausgaben liegen über dem bewilligten Betrag'
		);
		await expect(page.locator('a[href="#m-budget-0-note"]')).toBeVisible();
		await expect(page.locator('#m-title')).toHaveValue('Stadtteilmütter Marzahn-Hellersdorf');
		expect((await apiMeasure(page, code)).measure.title).toBe('Stadtteilmütter in Marzahn-Hellersdorf');
		await page.locator('#m-budget-0-note').fill('Mehrbedarf durch Nachfrage');
		await page.getByTestId('measure-submit').click();
		await expect(page.getByText('Die Änderungen wurden gespeichert.')).toBeVisible();
		const edited = await apiMeasure(page, code);
		expect(edited.measure.title).toBe('Stadtteilmütter Marzahn-Hellersdorf');
		expect(edited.budget.find((l) => l.source === 'haushalt')).toMatchObject({
			spent: 9000,
			note: 'Mehrbedarf durch Nachfrage'
		});
	});

	test('a refused submission names part, row and field, keeps every entry and stores nothing', async ({
		page
	}) => {
		const code = `M MF ${stamp()}`;
		await page.goto(`${base}/neu`);
		await fillMeasure(page, code, 'Eine Maßnahme mit Fehlern');
		await page.locator('#m-periodEnd').fill('2025-12-31');
		await page.getByLabel('Frühe Kindheit (0 bis unter 3 Jahre)').check();
		await fillBudget(page, 0, { year: '2026', source: 'foerderprogramm', approved: '-100' });
		await page.locator('#m-milestones-0-title').fill('Start');
		await page.locator('#m-milestones-0-dueOn').fill('1.3.2026');
		await page.getByTestId('measure-submit').click();

		await expect(page.locator('#m-periodEnd-error')).toContainText(
			'Das Ende der Laufzeit liegt vor ihrem Beginn.'
		);
		await expect(page.locator('#m-budget-0-approved-error')).toContainText(
			'Haushalt, Zeile 1, Bewilligt: Beträge dürfen nicht negativ sein.'
		);
		await expect(page.locator('#m-budget-0-programme-error')).toContainText(
			'Haushalt, Zeile 1, Förderprogramm: Bitte den Namen des Förderprogramms angeben.'
		);
		await expect(page.locator('#m-milestones-0-dueOn-error')).toContainText(
			'Meilensteine, Zeile 1, Fällig am'
		);
		// The summary links each problem to its field.
		await expect(page.locator('a[href="#m-budget-0-approved"]')).toContainText(
			'Haushalt, Zeile 1, Bewilligt'
		);
		await expect(page.locator('#m-title')).toHaveValue('Eine Maßnahme mit Fehlern');
		await expect(page.locator('#m-budget-0-approved')).toHaveValue('-100');
		await expect(page.locator('#m-budget-0-source')).toHaveValue('foerderprogramm');
		await expect(page.locator('#m-milestones-0-title')).toHaveValue('Start');
		await expect(page.locator('#m-providers')).toHaveValue('Kita-Träger Beispiel');
		await expect(page.getByLabel('Frühe Kindheit (0 bis unter 3 Jahre)')).toBeChecked();
		await expectNoAxeViolations(page);
		const response = await page.request.get(`${v1}/measures/${encodeURIComponent(code)}`);
		expect(response.status()).toBe(404);
	});

	test('the form in English passes axe', async ({ page }) => {
		await page.goto(`${base}/neu`);
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('New measure');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test.beforeEach(async ({ page }) => login(page, 'testcity-planner', worldPassword));

	test('"Weitere Zeile" adds a row and keeps the entries; the measure is saved as plain HTML', async ({
		page
	}) => {
		const code = `M NoJS ${stamp()}`;
		await page.goto(`${base}/neu`);
		await fillMeasure(page, code, 'Ohne Skript angelegt');
		await fillBudget(page, 0, { year: '2027', planned: '1000' });
		await page.getByTestId('add-budget-row').click();
		await expect(page.getByTestId('budget-row')).toHaveCount(2);
		await expect(page.locator('#m-budget-0-planned')).toHaveValue('1000');
		await expect(page.locator('#m-title')).toHaveValue('Ohne Skript angelegt');
		await expect(page.locator('#m-providers')).toHaveValue('Kita-Träger Beispiel');
		await page.getByTestId('add-milestone-row').click();
		await expect(page.getByTestId('milestone-row')).toHaveCount(2);
		await expect(page.getByTestId('budget-row')).toHaveCount(2);
		await fillBudget(page, 1, { year: '2028', planned: '1200' });
		await page.locator('#m-milestones-1-title').fill('Abschlussbericht');
		await page.locator('#m-milestones-1-dueOn').fill('2028-12-31');
		await page.getByTestId('measure-submit').click();
		await expect(page.getByText('Die Maßnahme wurde angelegt.')).toBeVisible();
		const stored = await apiMeasure(page, code);
		expect(stored.budget.map((l) => [l.year, l.planned])).toEqual([
			[2027, 1000],
			[2028, 1200]
		]);
		expect(stored.milestones.map((m) => m.title)).toEqual(['Abschlussbericht']);
	});
});

test.describe('who may', () => {
	test('a viewer gets no "Maßnahme anlegen" and no "Bearbeiten", and is refused on the form', async ({
		page
	}) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen');
		await expect(page.getByTestId('new-measure')).toHaveCount(0);
		expect((await page.goto(`${base}/neu`))?.status()).toBe(403);
	});

	test('a department planner edits the measures of the own department only', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		const headers = await csrfHeaders(page);
		const own = `M Jug ${stamp()}`;
		const foreign = `M Schul ${stamp()}`;
		for (const [code, department] of [
			[own, 'Jugendamt'],
			[foreign, 'Schulverwaltungsamt']
		] as const) {
			const created = await page.request.post(`${v1}/measures`, {
				headers,
				data: { code, title: `Maßnahme ${code}`, leadDepartmentId: await departmentId(page, department) }
			});
			expect(created.status()).toBe(201);
		}
		await page.context().clearCookies();
		await login(page, 'testcity-department-planner', worldPassword);
		await page.goto(base);
		await expect(page.getByTestId('new-measure')).toBeVisible();
		await page.goto(measureUrl(own));
		await expect(page.getByTestId('edit-measure')).toBeVisible();
		await page.goto(measureUrl(foreign));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(foreign);
		await expect(page.getByTestId('edit-measure')).toHaveCount(0);
		expect((await page.goto(`${measureUrl(foreign)}/bearbeiten`))?.status()).toBe(403);
		// The lead department offered is the own one only.
		await page.goto(`${base}/neu`);
		await expect(page.locator('#m-leadDepartmentId option')).toHaveText(['Jugendamt']);
	});

	test('a Träger finds its measures in the navigation, without "anlegen" or "Bearbeiten"', async ({
		page
	}) => {
		await login(page, 'testcity-planner', worldPassword);
		const code = `M Tr ${stamp()}`;
		const created = await page.request.post(`${v1}/measures`, {
			headers: await csrfHeaders(page),
			data: {
				code,
				title: `Maßnahme ${code}`,
				leadDepartmentId: await departmentId(page, 'Jugendamt'),
				providers: ['Kita-Träger Beispiel']
			}
		});
		expect(created.status()).toBe(201);
		await page.context().clearCookies();
		await login(page, 'testcity-provider', worldPassword);
		await page.goto('/app/testcity');
		await page.getByTestId('nav-my-measures').click();
		await expect(page).toHaveURL(new RegExp(`${base}$`));
		await expect(page.getByTestId('nav-my-measures')).toHaveAttribute('aria-current', 'page');
		await expect(page.locator(`tr[data-measure="${code}"]`)).toBeVisible();
		await expect(page.getByTestId('new-measure')).toHaveCount(0);
		await page.goto(measureUrl(code));
		await expect(page.getByTestId('edit-measure')).toHaveCount(0);
		expect((await page.goto(`${base}/neu`))?.status()).toBe(403);
	});
});
