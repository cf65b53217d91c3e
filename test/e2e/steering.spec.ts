import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { demo, login, logout, worldPassword } from './support/login';

/**
 * The steering group (issue 16) in testcity (the Berlin data with the example plan): a planner sets
 * up a body (one refused submission first), adds an external member (a bad e-mail address refused at
 * its field), plans a meeting, takes the agenda proposed from the data and adds, moves and reads its
 * items, and moves the meeting forward; a steering member records the decisions (a return without
 * conditions refused); the planner approves the minutes. The demo's example Lenkungsgruppe shows a
 * held meeting with its decisions and a planned one with its proposed agenda. axe on every page in
 * German and English; without JavaScript the forms work; a viewer gets no forms.
 */
const base = '/app/testcity/steuerung/gremien';
const stamp = () => Date.now().toString(36);

async function agendaKinds(page: Page): Promise<string[]> {
	return page
		.getByTestId('agenda')
		.locator(':scope > li')
		.evaluateAll((items) => items.map((i) => i.getAttribute('data-item') ?? ''));
}

test.describe('a body, its meeting and its decisions', () => {
	test('from setting up the body to the approved minutes', async ({ page }) => {
		test.setTimeout(120_000);
		await login(page, 'testcity-planner', worldPassword);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gremien');
		await expectNoAxeViolations(page);

		// Refused: no name.
		await page.locator('#b-kind').selectOption('lenkungsgruppe');
		await page.getByRole('button', { name: 'Gremium anlegen' }).click();
		await expect(page.locator('.kern-alert--danger, [role="alert"]').first()).toBeVisible();
		await expect(page.locator('#b-name-error')).toContainText('Bitte einen Namen angeben');
		await expectNoAxeViolations(page);

		const name = `Lenkungsgruppe ${stamp()}`;
		await page.locator('#b-name').fill(name);
		await page.getByRole('button', { name: 'Gremium anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await expect(page.getByText('Das Gremium ist angelegt.')).toBeVisible();

		await page.locator('#m-name').fill('Erika Beispiel');
		await page.locator('#m-email').fill('erika(at)example.org');
		await page.getByRole('button', { name: 'Mitglied aufnehmen' }).click();
		await expect(page.locator('#m-email-error')).toContainText('keine gültige E-Mail-Adresse');
		await page.locator('#m-email').fill('erika@example.org');
		await page.getByRole('button', { name: 'Mitglied aufnehmen' }).click();
		await expect(page.getByTestId('members-table').locator('tr[data-member="Erika Beispiel"]')).toBeVisible();
		await expectNoAxeViolations(page);

		await page.locator('#s-title').fill('1. Sitzung');
		await page.locator('#s-starts').fill('2026-11-03T15:00');
		await page.locator('#s-place').fill('Rathaus, Raum 101');
		await page.getByRole('button', { name: 'Sitzung planen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('1. Sitzung');
		await expect(page.getByTestId('meeting-facts')).toContainText('03.11.2026');
		await expect(page.getByTestId('meeting-status')).toHaveText('geplant');
		await expect(page.getByTestId('agenda-empty')).toBeVisible();

		await page.getByTestId('propose').click();
		await expect(page.getByText(/aus den Daten übernommen/)).toBeVisible();
		const proposed = await agendaKinds(page);
		// The example plan has an overdue milestone and a budget overrun whenever it is checked.
		expect(proposed).toEqual(expect.arrayContaining(['milestone_overdue', 'budget_overrun']));
		await page.getByTestId('propose').click();
		await expect(page.getByText('Aus den Daten gibt es nichts Neues vorzuschlagen.')).toBeVisible();

		await page.locator('#n-title').fill('Verschiedenes');
		await page.locator('#n-proposed').fill('Die Lenkungsgruppe nimmt die Termine zur Kenntnis.');
		await page.getByRole('button', { name: 'Punkt aufnehmen' }).click();
		await expect.poll(() => agendaKinds(page)).toEqual([...proposed, 'free']);
		const last = page.getByTestId('agenda').locator(':scope > li').last();
		await last.getByRole('button', { name: 'Nach oben' }).click();
		await expect.poll(() => agendaKinds(page)).toEqual([...proposed.slice(0, -1), 'free', proposed.at(-1)!]);
		await expectNoAxeViolations(page);

		await page.getByTestId('advance').click();
		await expect(page.getByTestId('meeting-status')).toHaveText('Einladung versandt');
		await page.getByTestId('advance').click();
		await expect(page.getByTestId('meeting-status')).toHaveText('durchgeführt');
		await expect(page.getByTestId('propose')).toHaveCount(0);
		const meetingUrl = page.url();
		await logout(page);

		await login(page, 'testcity-steering', worldPassword);
		await page.goto(meetingUrl);
		const forms = page.locator('form.qs-decision-form');
		await expect(forms).toHaveCount(proposed.length + 1);
		await expectNoAxeViolations(page);
		const first = forms.first();
		await first.locator('select[name="outcome"]').selectOption('zurueckverwiesen');
		await first.locator('textarea[name="text"]').fill('Zurück an das Jugendamt.');
		await first.getByRole('button', { name: 'Beschluss festhalten' }).click();
		await expect(page.locator('[id^="conditions-"][id$="-error"]').first()).toContainText('Auflagen');
		await expectNoAxeViolations(page);
		await forms.first().locator('select[name="outcome"]').selectOption('beschlossen');
		await forms
			.first()
			.locator('textarea[name="text"]')
			.fill('Die Lenkungsgruppe beschließt wie vorgeschlagen.');
		await forms.first().locator('input[name="votesYes"]').fill('5');
		await forms.first().locator('input[name="votesNo"]').fill('1');
		await forms.first().locator('input[name="votesAbstain"]').fill('0');
		await forms.first().getByRole('button', { name: 'Beschluss festhalten' }).click();
		await expect(page.getByTestId('decision').first()).toContainText('Ja 5, Nein 1, Enthaltung 0');
		while ((await forms.count()) > 0) {
			const before = await forms.count();
			await forms.first().locator('select[name="outcome"]').selectOption('vertagt');
			await forms.first().locator('textarea[name="text"]').fill('Vertagt auf die nächste Sitzung.');
			await forms.first().getByRole('button', { name: 'Beschluss festhalten' }).click();
			await expect(forms).toHaveCount(before - 1);
		}
		await expect(page.getByTestId('decision')).toHaveCount(proposed.length + 1);
		// Steering members decide; they do not move the meeting forward.
		await expect(page.getByTestId('advance')).toHaveCount(0);
		await logout(page);

		await login(page, 'testcity-planner', worldPassword);
		await page.goto(meetingUrl);
		await page.getByTestId('advance').click();
		await expect(page.getByTestId('meeting-status')).toHaveText('Protokoll freigegeben');
		await expect(page.getByText('Die Beschlüsse dieser Sitzung stehen fest.')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('the demo', () => {
	test('shows the example Lenkungsgruppe with a held and a planned meeting, in German and English', async ({
		page
	}) => {
		await login(page, demo.username, demo.password);
		await page.goto('/app/berlin/steuerung/gremien');
		const row = page.getByTestId('bodies-table').locator('tr[data-body^="Lenkungsgruppe"]');
		await expect(row).toBeVisible();
		await row.getByRole('link').click();
		await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(4);
		const meetings = page.getByTestId('meetings-table').locator('tbody tr');
		await expect(meetings).toHaveCount(2);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Sitzung der Lenkungsgruppe (Beispiel)', exact: true }).click();
		await expect(page.getByTestId('meeting-status')).toHaveText('Protokoll freigegeben');
		const decided = await page.getByTestId('decision').count();
		expect(decided).toBeGreaterThan(0);
		await expect(page.getByTestId('agenda').locator(':scope > li')).toHaveCount(decided);
		await expectNoAxeViolations(page);

		// A measure on the agenda shows the decision in its history, with a link back to the meeting.
		const heldUrl = page.url();
		await page
			.getByTestId('agenda')
			.getByRole('link', { name: /^Maßnahme / })
			.first()
			.click();
		const history = page.getByTestId('decision-history');
		await expect(history).toContainText('Sitzung der Lenkungsgruppe (Beispiel)');
		await expect(history).toContainText('Lenkungsgruppe Integrierte Sozialplanung (Beispiel)');
		await expectNoAxeViolations(page);
		await history.getByRole('link', { name: 'Sitzung der Lenkungsgruppe (Beispiel)' }).first().click();
		await expect(page).toHaveURL(heldUrl);

		await page.getByRole('link', { name: /^Sitzung des Gremiums/ }).click();
		await page.getByRole('link', { name: 'Nächste Sitzung der Lenkungsgruppe (Beispiel)' }).click();
		await expect(page.getByTestId('meeting-status')).toHaveText('geplant');
		await expect(page.getByTestId('agenda').locator(':scope > li').first()).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('meeting-status')).toHaveText('planned');
		await expectNoAxeViolations(page);
		await page.goto('/app/berlin/steuerung/gremien');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bodies');
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Deutsch' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	});

	test('a viewer reads the bodies and gets no forms', async ({ page }) => {
		await login(page, 'testcity-viewer', worldPassword);
		await page.goto(base);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gremien');
		await expect(page.locator('form[action="?/anlegen"]')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a body and its meeting are set up by plain form posts', async ({ page }) => {
		await login(page, 'testcity-planner', worldPassword);
		await page.goto(base);
		const name = `AG ohne JS ${stamp()}`;
		await page.locator('#b-name').fill(name);
		await page.locator('#b-kind').selectOption('arbeitsgruppe');
		await page.locator('#b-description').fill('Eine Arbeitsgruppe, angelegt ohne JavaScript.');
		await page.getByRole('button', { name: 'Gremium anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
		await page.locator('#s-title').fill('Auftakt');
		await page.locator('#s-starts').fill('2027-04-20T10:00');
		await page.getByRole('button', { name: 'Sitzung planen' }).click();
		// Refused without a place or a link; what was typed is kept.
		await expect(page.locator('#s-place-error')).toContainText('Ort oder einen Link');
		await expect(page.locator('#s-title')).toHaveValue('Auftakt');
		await page.locator('#s-link').fill('https://meet.example.org/auftakt');
		await page.getByRole('button', { name: 'Sitzung planen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auftakt');
		await page.getByTestId('propose').click();
		await expect(page.getByTestId('agenda').locator(':scope > li').first()).toBeVisible();
	});
});
