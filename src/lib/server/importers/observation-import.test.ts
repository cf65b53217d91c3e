import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import { contextFor, system } from '../../../../test/support/fixtures';
import type { ImportPhase } from '../../core/imports/report';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import type { ServiceContext } from '../services/context';
import { importObservations } from '../services/import.service';
import { createTenant } from '../services/tenant.service';
import { fixture, fixturePath } from './readers/test-files';
import { importBerlinInhabitants, importBerlinLayers } from '../seed/berlin';
import { tenantContext } from '../services/tenant-context';

let handle: DatabaseHandle;
let ctx: ServiceContext;
let tenantId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	ctx = contextFor(handle.db, system);
	tenantId = (await createTenant(ctx, { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' })).id;
	await importBerlinLayers(await tenantContext(ctx, 'berlin'));
}, 240_000);
afterAll(() => handle?.close());

const value = async (code: string, variable: string, date: string) => {
	const rows = await queryRows<{ value: number; import_id: string }>(
		handle.db,
		sql`select o.value, o.import_id from observation o
			join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
			join variable v on v.tenant_id = o.tenant_id and v.id = o.variable_id
			where o.tenant_id = ${tenantId} and u.code = ${code} and v.code = ${variable} and o.date = ${date}`
	);
	return rows[0];
};

const stored = async (importId: string) => {
	const [row] = await queryRows<{ n: number }>(
		handle.db,
		sql`select count(*)::int as n from observation where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	return row!.n;
};

/** Independent of the importer: every cell after the first that is not a missing marker. */
function presentCells(path: string, first: number, missing = new Set(['', 'NA', '.', '-'])): number {
	const lines = readFileSync(fixturePath(path), 'utf8').trim().split(/\r?\n/).slice(1);
	return lines.reduce(
		(n, line) =>
			n +
			line
				.split(',')
				.slice(first)
				.filter((c) => !missing.has(c.replaceAll('"', ''))).length,
		0
	);
}

describe('the Berlin inhabitants by age band, 2001–2016 (wide CSV)', () => {
	let importId = '';
	it('stores every non-missing cell: 447 units × 16 years × 6 variables', async () => {
		const report = await importBerlinInhabitants(await tenantContext(ctx, 'berlin'));
		importId = report.importId;
		const expected = presentCells('berlin/einwohner-kinder-2001-2016.csv', 1);
		expect(expected).toBe(447 * 16 * 6);
		expect(report).toMatchObject({ rows: 447, created: expected, replaced: 0, missingValues: 0 });
		expect(report.variablesCreated.sort()).toEqual([
			'einwohner',
			'einwohner_00_01',
			'einwohner_01_02',
			'einwohner_02_03',
			'einwohner_03_05',
			'einwohner_05_06'
		]);
		expect(await stored(importId)).toBe(expected);
	});

	it('puts each number where the file has it', async () => {
		// First data row: 01011101,19,9,16,33,26,3412,… (2001); 2016_E_E is 3114.
		expect(await value('01011101', 'einwohner_00_01', '2001-12-31')).toMatchObject({
			value: 19,
			import_id: importId
		});
		expect(await value('01011101', 'einwohner', '2001-12-31')).toMatchObject({ value: 3412 });
		expect(await value('01011101', 'einwohner', '2016-12-31')).toMatchObject({ value: 3114 });
		expect(await value('01011102', 'einwohner_02_03', '2002-12-31')).toMatchObject({ value: 6 });
	});
});

describe('the MSS 2017 index table (wide, rates with NA)', () => {
	it('imports EW2016, STATUS1–4 and DYNAMO1–4 at 31.12.2016, replacing the inhabitants of 2016', async () => {
		const rates = ['STATUS1', 'STATUS2', 'STATUS3', 'STATUS4', 'DYNAMO1', 'DYNAMO2', 'DYNAMO3', 'DYNAMO4'];
		const report = await importObservations(await tenantContext(ctx, 'berlin'), {
			layer: 'planungsraum',
			files: [fixture('berlin/mss-2017.csv')],
			format: 'wide',
			options: {
				columns: { unit: 'SCHLUESSEL' },
				date: '31.12.2016',
				wideColumns: {
					EW2016: 'einwohner',
					...Object.fromEntries(rates.map((c) => [c, `mss_${c.toLowerCase()}`]))
				},
				variables: rates.map((c) => ({
					code: `mss_${c.toLowerCase()}`,
					name: `MSS ${c}`,
					kind: 'rate',
					unitLabel: c.startsWith('STATUS') ? '%' : 'Prozentpunkte'
				}))
			}
		});
		const present = presentCells('berlin/mss-2017.csv', 2);
		expect(report.missingValues).toBe(447 * 9 - present);
		expect(report.missingValues).toBe(88);
		expect(report.replaced).toBe(447);
		expect(report.created).toBe(present - 447);
		expect(report.warnings.map((w) => [w.code, w.severity])).toEqual([['import.mapping', 'warning']]);
		expect(report.warnings[0]!.message).toContain('PLANNAME');
		expect(await stored(report.importId)).toBe(present);
		expect(await value('01011101', 'mss_status1', '2016-12-31')).toMatchObject({ value: 4.98 });
		expect(await value('01011101', 'mss_dynamo3', '2016-12-31')).toMatchObject({ value: -0.42 });
		// NA is missing, never zero.
		expect(await value('01011102', 'mss_status1', '2016-12-31')).toBeUndefined();
		expect(await value('01011101', 'einwohner', '2016-12-31')).toMatchObject({
			value: 3114,
			import_id: report.importId
		});
	});
});

describe('long files as offices write them', () => {
	const definitions = [
		{ code: 'anteil_transfer', name: 'Transferbezug (%)', kind: 'rate' as const, unitLabel: '%' },
		{ code: 'kinder_0_3', name: 'Kinder 0–<3', kind: 'count' as const },
		{ code: 'anteil_kinder', name: 'Anteil Kinder', kind: 'rate' as const, unitLabel: '%' }
	];

	it('reads Windows-1252, decimal commas and thousands points; NA stays missing', async () => {
		const report = await importObservations(await tenantContext(ctx, 'berlin'), {
			layer: 'planungsraum',
			files: [fixture('good/beobachtungen-lang-1252.csv')],
			format: 'long',
			options: { variables: definitions }
		});
		expect(report).toMatchObject({ rows: 6, created: 2, replaced: 3, missingValues: 1 });
		expect(await value('01011101', 'einwohner', '2016-12-31')).toMatchObject({ value: 3114 });
		expect(await value('01011103', 'einwohner', '2016-12-31')).toMatchObject({ value: 2461 });
		expect(await value('01011103', 'anteil_transfer', '2016-12-31')).toMatchObject({ value: 12.5 });
		expect(await value('01011102', 'anteil_transfer', '2016-12-31')).toBeUndefined();
	});

	it('reads XLSX numbers as numbers and date cells as dates, and reports progress', async () => {
		const phases: [ImportPhase, number, number][] = [];
		const report = await importObservations(
			await tenantContext(ctx, 'berlin'),
			{
				layer: 'planungsraum',
				files: [fixture('good/beobachtungen-lang.xlsx')],
				format: 'long',
				options: { variables: definitions }
			},
			(phase, done, total) => phases.push([phase, done, total])
		);
		expect(report).toMatchObject({ rows: 5, missingValues: 0 });
		expect(await value('01011102', 'anteil_kinder', '2016-12-31')).toMatchObject({ value: 0.3 });
		const order = [...new Set(phases.map((p) => p[0]))];
		expect(order).toEqual(['read', 'validate', 'write']);
		for (const phase of order) {
			const last = phases.filter((p) => p[0] === phase).at(-1)!;
			expect(last[1], phase).toBe(last[2]);
		}
	});

	it('replaces the values of a file imported twice, and says how many', async () => {
		const input = {
			layer: 'planungsraum',
			files: [fixture('good/einwohner-kinder-breit.csv')],
			format: 'wide' as const,
			options: {
				widePatterns: [
					{ match: '^(\\d{4})_E_E(\\d\\d)_(\\d\\d)$', variable: 'einwohner_$2_$3', date: '$1' },
					{ match: '^(\\d{4})_E_E$', variable: 'einwohner', date: '$1' }
				]
			}
		};
		const first = await importObservations(await tenantContext(ctx, 'berlin'), input);
		expect(first).toMatchObject({ created: 0, replaced: 36 });
		const second = await importObservations(await tenantContext(ctx, 'berlin'), input);
		expect(second).toMatchObject({ created: 0, replaced: 36 });
		expect(await stored(first.importId)).toBe(0);
		expect(await stored(second.importId)).toBe(36);
	});
});
