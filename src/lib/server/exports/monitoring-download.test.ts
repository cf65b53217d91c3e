import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { importObservations } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { createLayer } from '../services/spatial-layer.service';
import { setDisclosureSettings } from '../services/disclosure.service';
import { tenantContext } from '../services/tenant-context';
import { monitoringDownload } from './monitoring-download';

/**
 * Three Planungsräume, children under 6 and inhabitants at two Stichtage, imported through the
 * services a planner uses. The expected shares are worked out here from the imported counts.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let foreign: TenantWorld;
const D1 = '2015-12-31';
const D2 = '2017-12-31';
const counts: Record<string, Record<string, [u6: number | null, ew: number]>> = {
	[D1]: { P1: [30, 700], P2: [12, 310], P3: [null, 90] },
	[D2]: { P1: [35, 710], P2: [7, 300], P3: [9, 95] }
};
/** The share in percent, as the indicator defines it: u6 / ew × 100. */
const share = (date: string, unit: string) => {
	const [u6, ew] = counts[date]![unit]!;
	return u6 === null ? null : (u6 / ew) * 100;
};

const viewer = () => contextFor(handle.db, world.users.viewer.actor, new Date('2026-11-22T10:00:00Z'));
const download = async (query: string, ctx = viewer()) =>
	monitoringDownload(await tenantContext(ctx, world.slug), new URLSearchParams(query));

async function failure(run: Promise<unknown>): Promise<string> {
	try {
		await run;
	} catch (caught) {
		if (caught instanceof AppError) return caught.code;
		throw caught;
	}
	throw new Error('no error');
}

/** The German CSV as records: header names to cells. */
function csvRecords(text: string): Record<string, string>[] {
	expect(text.startsWith('\uFEFF')).toBe(true);
	const [header, ...lines] = text
		.slice(1)
		.trimEnd()
		.split('\r\n')
		.map((l) => l.split(';'));
	return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
}
const germanNumber = (text: string) => (text === '' ? null : Number(text.replace(',', '.')));

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	foreign = await createTenantWorld(handle.db, 'fremd');
	const root = contextFor(handle.db, system);
	const layer = await createLayer(await tenantContext(root, world.slug), {
		code: 'pr',
		name: 'Planungsräume'
	});
	await insertSpatialUnits(handle.db, world.tenantId, layer.id, [
		{ code: 'P1', name: 'Nord' },
		{ code: 'P2', name: 'Süd' },
		{ code: 'P3', name: 'West' }
	]);
	await rebuildAncestry(handle.db, world.tenantId);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [date, units] of Object.entries(counts))
		for (const [unit, [u6, ew]] of Object.entries(units)) {
			if (u6 !== null) lines.push(`${unit};${date};u6;${u6}`);
			lines.push(`${unit};${date};ew;${ew}`);
		}
	const planner = contextFor(handle.db, world.users.planner.actor);
	await importObservations(await tenantContext(planner, world.slug), {
		layer: 'pr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: {
			variables: [
				{ code: 'u6', name: 'Kinder unter 6', kind: 'count', source: 'Melderegister' },
				{ code: 'ew', name: 'Einwohner', kind: 'count', source: 'Melderegister' }
			]
		}
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'anteil_u6',
		name: 'Anteil unter 6',
		kind: 'rate',
		numerator: ['u6'],
		denominator: ['ew'],
		factor: 100,
		decimals: 1,
		metadata: { licence: 'dl-de/by-2.0' }
	});
});
afterAll(() => handle?.close());

describe('monitoringDownload', () => {
	it('gives the latest date as CSV by default, unrounded, a missing value empty', async () => {
		const file = await download('indikator=anteil_u6&ebene=pr');
		expect(file.filename).toBe(`anteil_u6_pr_${D2}.csv`);
		expect(file.contentType).toBe('text/csv; charset=utf-8');
		const records = csvRecords(file.body as string);
		expect(records.map((r) => r['Schlüssel'])).toEqual(['P1', 'P2', 'P3']);
		for (const r of records) {
			expect(r['Stichtag']).toBe('31.12.2017');
			expect(germanNumber(r['Wert']!)).toBeCloseTo(share(D2, r['Schlüssel']!)!, 9);
		}
		// More places than the indicator's one: unrounded (35/710×100 = 4,929577…).
		expect(records[0]!['Wert']).toMatch(/^4,92957746/);
	});

	it('gives a chosen date, and for the change view both dates, the earlier first', async () => {
		const one = await download(`indikator=anteil_u6&ebene=pr&datum=${D1}`);
		expect(one.filename).toBe(`anteil_u6_pr_${D1}.csv`);
		const p3 = csvRecords(one.body as string).find((r) => r['Schlüssel'] === 'P3')!;
		expect(p3['Wert']).toBe('');
		expect(p3['Status']).toBe('fehlt');

		// `seit` after `datum` still puts the earlier date first.
		for (const query of [`seit=${D1}`, `seit=${D2}&datum=${D1}`]) {
			const both = await download(`indikator=anteil_u6&ebene=pr&${query}`);
			expect(both.filename).toBe(`anteil_u6_pr_${D1}_${D2}.csv`);
			const records = csvRecords(both.body as string);
			expect(records.map((r) => `${r['Stichtag']} ${r['Schlüssel']}`)).toEqual([
				'31.12.2015 P1',
				'31.12.2015 P2',
				'31.12.2015 P3',
				'31.12.2017 P1',
				'31.12.2017 P2',
				'31.12.2017 P3'
			]);
		}
		// The same date twice is one date.
		const same = await download(`indikator=anteil_u6&ebene=pr&datum=${D2}&seit=${D2}`);
		expect(same.filename).toBe(`anteil_u6_pr_${D2}.csv`);
	});

	it('gives XLSX with the exact numbers and the sources on the notes sheet', async () => {
		const file = await download(`indikator=anteil_u6&ebene=pr&seit=${D1}&format=xlsx`);
		expect(file.filename).toBe(`anteil_u6_pr_${D1}_${D2}.xlsx`);
		expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(file.body as Uint8Array) as never);
		const sheet = book.getWorksheet('Werte')!;
		const seen: string[] = [];
		sheet.eachRow((row, line) => {
			if (line === 1) return;
			const unit = row.getCell(2).value as string;
			const date = (row.getCell(4).value as Date).toISOString().slice(0, 10);
			const value = row.getCell(5).value;
			// Exactly the quotient, as the service computes it from the sums.
			const wanted = share(date, unit);
			if (wanted === null) expect(value).toBeNull();
			else expect(value as number).toBeCloseTo(wanted, 12);
			expect(row.getCell(5).numFmt).toBe('#,##0.0');
			seen.push(`${date} ${unit}`);
		});
		expect(seen).toHaveLength(6);
		expect(seen[0]).toBe(`${D1} P1`);
		const notes = new Map<string, string>();
		book.getWorksheet('Hinweise')!.eachRow((row) => {
			notes.set(String(row.getCell(1).value), String(row.getCell(2).value));
		});
		expect(notes.get('Indikator')).toBe('Anteil unter 6 (anteil_u6)');
		expect(notes.get('Raumebene')).toBe('Planungsräume (pr)');
		expect(notes.get('Quelle')).toBe('Melderegister');
		expect(notes.get('Lizenz')).toBe('dl-de/by-2.0');
		expect(notes.get('Heruntergeladen am')).toBe('22.11.2026, 11:00:00');
	});

	it('says what is wrong with the query, in the codes the error mapping knows', async () => {
		expect(await failure(download('indikator=gibtsnicht&ebene=pr'))).toBe('indicator.not_found');
		expect(await failure(download('indikator=anteil_u6&ebene=gibtsnicht'))).toBe('layer.not_found');
		expect(await failure(download('indikator=anteil_u6&ebene=pr&format=pdf'))).toBe('validation.invalid');
		expect(await failure(download('ebene=pr'))).toBe('validation.invalid');
		expect(await failure(download('indikator=anteil_u6&ebene=pr&datum=31.12.2017'))).toBe(
			'validation.invalid'
		);
	});

	it('is for the members of the tenant only', async () => {
		const outsider = contextFor(handle.db, foreign.users.admin.actor);
		expect(await failure(download('indikator=anteil_u6&ebene=pr', outsider))).toBe('auth.foreign_tenant');
		const nobody = contextFor(handle.db, { kind: 'anonymous' });
		expect(await failure(download('indikator=anteil_u6&ebene=pr', nobody))).toBe('auth.unauthenticated');
		for (const role of ['admin', 'planner', 'department_planner', 'steering'] as const) {
			const member = contextFor(handle.db, world.users[role].actor);
			expect((await download('indikator=anteil_u6&ebene=pr', member)).filename).toMatch(/\.csv$/);
		}
	});

	it('gives a file for publication through the tenant’s disclosure rules, and says so', async () => {
		const admin = contextFor(handle.db, world.users.admin.actor);
		// With k = 8, Süd's 7 children are too few; West (9) is the smallest partner of the city total.
		await setDisclosureSettings(await tenantContext(admin, world.slug), { minimumCount: 8 });
		try {
			const file = await download('indikator=anteil_u6&ebene=pr&oeffentlich=ja');
			expect(file.filename).toBe(`anteil_u6_pr_${D2}_oeffentlich.csv`);
			const records = csvRecords(file.body as string);
			for (const code of ['P2', 'P3']) {
				const r = records.find((x) => x['Schlüssel'] === code)!;
				expect([r['Wert'], r['Zähler'], r['Nenner'], r['Status']]).toEqual([
					'.',
					'.',
					'.',
					'gesperrt (Geheimhaltung)'
				]);
			}
			expect(germanNumber(records[0]!['Wert']!)).toBeCloseTo(share(D2, 'P1')!, 9);
			const xlsx = await download('indikator=anteil_u6&ebene=pr&oeffentlich=ja&format=xlsx');
			const book = new ExcelJS.Workbook();
			await book.xlsx.load(Buffer.from(xlsx.body as Uint8Array) as never);
			expect(book.getWorksheet('Werte')!.getRow(3).getCell(5).value).toBe('.');
			const notes: string[] = [];
			book.getWorksheet('Hinweise')!.eachRow((row) => notes.push(String(row.getCell(2).value)));
			expect(notes.join(' ')).toContain('Fallzahlen unter 8');
			// The internal file keeps every value.
			const internal = csvRecords((await download('indikator=anteil_u6&ebene=pr')).body as string);
			expect(internal.find((x) => x['Schlüssel'] === 'P2')!['Zähler']).toBe('7');
		} finally {
			await setDisclosureSettings(await tenantContext(admin, world.slug), { minimumCount: 3 });
		}
	});
});
