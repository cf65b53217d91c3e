import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { login, worldPassword } from './support/login';

/**
 * The download of the monitoring table, as a planner gets it in the browser: the CSV and the
 * XLSX must hold for every Planungsraum exactly the value the API gives (parsed from the German
 * CSV with its decimal comma, and read from the workbook with exceljs), and an empty cell where
 * the API has no value.
 */
const indicator = 'anteil_kinder_00_01';
const layer = 'planungsraum';
const download = `/app/testcity/monitoring/download?indikator=${indicator}&ebene=${layer}`;
const api = `/api/v1/tenants/testcity/indicators/${indicator}`;

interface ApiValues {
	date: string;
	total: number;
	items: { code: string; name: string; value: number | null; status: string }[];
}

/** Starts the download as a link click does and waits for the file the browser saves. */
async function fetchFile(page: Page, href: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.evaluate((url) => {
			const link = document.createElement('a');
			link.href = url;
			document.body.append(link);
			link.click();
			link.remove();
		}, href)
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A German CSV (semicolon, quotes doubled inside quoted cells) as records by header name. */
function parseGermanCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ';') {
			row.push(cell);
			cell = '';
		} else if (!quoted && c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else {
			cell += c;
		}
	}
	const [header, ...body] = rows;
	return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
}

/** "12,3456" → 12.3456; an empty cell is no value. Thousands points are never written. */
function germanNumber(text: string): number | null {
	return text === '' ? null : Number(text.replace(',', '.'));
}

async function apiValues(page: Page, date?: string): Promise<ApiValues> {
	const response = await page.request.get(
		`${api}/values?layer=${layer}&limit=1000${date ? `&date=${date}` : ''}`
	);
	expect(response.status()).toBe(200);
	const body: ApiValues = await response.json();
	expect(body.items).toHaveLength(body.total);
	return body;
}

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ page }) => {
	await login(page, 'testcity-viewer', worldPassword);
});

test('the CSV holds the API values of every Planungsraum', async ({ page }) => {
	const reference = await apiValues(page);
	// The Berlin demo: 447 Planungsräume, most with a value.
	expect(reference.total).toBe(447);
	const file = await fetchFile(page, download);
	expect(file.name).toBe(`${indicator}_${layer}_${reference.date}.csv`);
	const text = file.bytes.toString('utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const records = parseGermanCsv(text.slice(1));
	expect(records).toHaveLength(reference.total);
	const [year, month, day] = reference.date.split('-');
	const byCode = new Map(records.map((r) => [r['Schlüssel']!, r]));
	let compared = 0;
	for (const unit of reference.items) {
		const record = byCode.get(unit.code);
		expect(record, unit.code).toBeDefined();
		expect(record!['Indikator']).toBe(indicator);
		expect(record!['Stichtag']).toBe(`${day}.${month}.${year}`);
		const value = germanNumber(record!['Wert']!);
		if (unit.value === null) expect(value, unit.code).toBeNull();
		else {
			// Unrounded: the CSV writes up to 10 places, the rounding of which is all that may differ.
			expect(Math.abs(value! - unit.value), unit.code).toBeLessThanOrEqual(5e-11);
			compared++;
		}
	}
	expect(compared).toBeGreaterThan(400);
});

test('the XLSX holds exactly the API values, as numbers', async ({ page }) => {
	const reference = await apiValues(page);
	const file = await fetchFile(page, `${download}&format=xlsx`);
	expect(file.name).toBe(`${indicator}_${layer}_${reference.date}.xlsx`);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(file.bytes as never);
	expect(book.worksheets.map((s) => s.name)).toEqual(['Werte', 'Hinweise']);
	const sheet = book.getWorksheet('Werte')!;
	const header = (sheet.getRow(1).values as unknown[]).slice(1);
	const column = (name: string) => header.indexOf(name) + 1;
	expect(column('Schlüssel')).toBeGreaterThan(0);
	const values = new Map<string, { value: unknown; date: unknown }>();
	sheet.eachRow((row, line) => {
		if (line === 1) return;
		values.set(String(row.getCell(column('Schlüssel')).value), {
			value: row.getCell(column('Wert')).value,
			date: row.getCell(column('Stichtag')).value
		});
	});
	expect(values.size).toBe(reference.total);
	for (const unit of reference.items) {
		const cell = values.get(unit.code);
		expect(cell, unit.code).toBeDefined();
		expect(cell!.date).toEqual(new Date(`${reference.date}T00:00:00Z`));
		// Exactly the same double; a missing value is an empty cell, not 0.
		expect(cell!.value, unit.code).toBe(unit.value);
	}
});

test('the change view puts both dates in one file, the earlier first', async ({ page }) => {
	const { dates }: { dates: string[] } = await (await page.request.get(api)).json();
	expect(dates.length).toBeGreaterThan(1);
	const [first, last] = [dates[0]!, dates.at(-1)!];
	const file = await fetchFile(page, `${download}&seit=${first}`);
	expect(file.name).toBe(`${indicator}_${layer}_${first}_${last}.csv`);
	const records = parseGermanCsv(file.bytes.toString('utf8').slice(1));
	const [earlier, later] = [await apiValues(page, first), await apiValues(page, last)];
	expect(records).toHaveLength(earlier.total + later.total);
	const german = (iso: string) => iso.split('-').reverse().join('.');
	expect(records[0]!['Stichtag']).toBe(german(first));
	expect(records.at(-1)!['Stichtag']).toBe(german(last));
	for (const [set, part] of [
		[earlier, records.slice(0, earlier.total)],
		[later, records.slice(earlier.total)]
	] as const) {
		const byCode = new Map(part.map((r) => [r['Schlüssel']!, germanNumber(r['Wert']!)]));
		for (const unit of set.items) {
			const value = byCode.get(unit.code);
			if (unit.value === null) expect(value, unit.code).toBeNull();
			else expect(Math.abs(value! - unit.value), unit.code).toBeLessThanOrEqual(5e-11);
		}
	}
});

test('a wrong query is answered with a German message', async ({ page }) => {
	const unknown = await page.request.get(download.replace(indicator, 'gibtsnicht'));
	expect(unknown.status()).toBe(404);
	expect((await unknown.json()).error.message).toBe(
		'Der Indikator „gibtsnicht“ existiert in diesem Mandanten nicht.'
	);
	const noLayer = await page.request.get(download.replace(`ebene=${layer}`, 'ebene=gibtsnicht'));
	expect(noLayer.status()).toBe(404);
	expect((await noLayer.json()).error.message).toContain('Raumebene „gibtsnicht“');
	const format = await page.request.get(`${download}&format=pdf`);
	expect(format.status()).toBe(400);
	expect((await format.json()).error.code).toBe('validation.invalid');
});

test('someone not signed in is sent to log in and back to the file', async ({ request }) => {
	// The `request` fixture has no cookies of the signed-in page.
	const response = await request.get(download, { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe(`/anmelden?weiter=${encodeURIComponent(download)}`);
});

test('the file for publication withholds every count below 3, as “.”, and keeps the rest', async ({
	page
}) => {
	const reference = await apiValues(page);
	await page.goto(`/app/testcity/monitoring?indikator=${indicator}&ebene=${layer}`);
	const link = page.getByTestId('download-public-csv');
	await expect(link).toBeVisible();
	const file = await fetchFile(page, (await link.getAttribute('href'))!);
	expect(file.name).toBe(`${indicator}_${layer}_${reference.date}_oeffentlich.csv`);
	const records = parseGermanCsv(file.bytes.toString('utf8').slice(1));
	const withheld = records.filter((r) => r['Wert'] === '.');
	expect(withheld.length).toBeGreaterThan(0);
	for (const r of withheld) expect(r['Status']).toBe('gesperrt (Geheimhaltung)');
	for (const r of records.filter((x) => x['Wert'] !== '.' && x['Zähler'] !== '')) {
		expect(Number(r['Zähler']), r['Schlüssel']).toBeGreaterThanOrEqual(3);
		const unit = reference.items.find((u) => u.code === r['Schlüssel'])!;
		expect(Math.abs(germanNumber(r['Wert']!)! - unit.value!), unit.code).toBeLessThanOrEqual(5e-11);
	}
});
