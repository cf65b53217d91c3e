import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { variableTotalsAtLayer } from '../repositories/observation-read.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { importObservations, importUnits, rollbackImport } from '../services/import.service';
import { indicatorValues } from '../values/indicator-values';
import { defineIndicator } from '../services/indicator.service';
import { defineVariable } from '../services/variable.service';
import { textFile } from './readers/test-files';
import { tenantContext } from '../services/tenant-context';

/**
 * Codes for missing values, flags and check-only runs through the real import service (issue 12):
 * what is stored, what is not, and that a suppressed value never becomes a 0 in an aggregate.
 */
let handle: DatabaseHandle;
let world: TenantWorld;

const planner = () => tenantContext(contextFor(handle.db, world.users.planner.actor), 'codes');
const csv = (name: string, ...lines: string[]) => textFile(name, lines.join('\n') + '\n');

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'codes');
	const root = await tenantContext(contextFor(handle.db, system), 'codes');
	await importUnits(root, {
		layer: { code: 'bezirk', name: 'Bezirk' },
		files: [csv('bezirk.csv', 'Schlüssel;Name', '01;Mitte')]
	});
	await importUnits(root, {
		layer: { code: 'plr', name: 'Planungsraum', parentLayer: 'bezirk' },
		files: [csv('plr.csv', 'Schlüssel;Name;Eltern', '0101;A;01', '0102;B;01', '0103;C;01')],
		options: { parent: { from: 'column', column: 'Eltern' } }
	});
	for (const [code, name, kind] of [
		['kinder', 'Kinder unter 15', 'count'],
		['sgb', 'SGB-II-Empfänger unter 15', 'count'],
		['anteil', 'Anteil Alleinerziehende', 'rate'],
		['gueltig', 'Gültiger Planungsraum', 'amount']
	] as const)
		await defineVariable(root, { code, name, kind });
	await defineIndicator(root, {
		code: 'quote',
		name: 'Kinderarmut',
		kind: 'rate',
		numerator: ['sgb'],
		denominator: ['kinder'],
		factor: 100
	});
}, 120_000);
afterAll(() => handle?.close());

const missingRows = () =>
	queryRows<{ unit: string; variable: string; reason: string; code: string }>(
		handle.db,
		sql`select u.code as unit, v.code as variable, m.reason::text as reason, m.code
			from observation_missing m
			join spatial_unit u on u.tenant_id = m.tenant_id and u.id = m.unit_id
			join variable v on v.tenant_id = m.tenant_id and v.id = m.variable_id
			where m.tenant_id = ${world.tenantId} order by u.code, v.code`
	);

const storedValues = (variable: string) =>
	queryRows<{ unit: string; value: number }>(
		handle.db,
		sql`select u.code as unit, o.value from observation o
			join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
			join variable v on v.tenant_id = o.tenant_id and v.id = o.variable_id
			where o.tenant_id = ${world.tenantId} and v.code = ${variable} order by u.code`
	);

describe('codes for missing values', () => {
	const file = () =>
		csv(
			'sgb-2016.csv',
			'Schlüssel;Jahr;kinder;sgb;anteil',
			'0101;2016;100;10;(12,5)',
			'0102;2016;200;.;x',
			'0103;2016;50;5;-9999'
		);
	const input = () => ({
		layer: 'plr',
		files: [file()],
		format: 'wide' as const,
		options: {
			wideColumns: { kinder: 'kinder', sgb: 'sgb', anteil: 'anteil' },
			missingCodes: '-9999=gesperrt',
			numberStyle: 'de' as const
		}
	});
	let importId = '';

	it('a check-only run reports exactly what the import then does, and writes nothing', async () => {
		const before = await tableSnapshot(handle.db, world.tenantId);
		const checked = await importObservations(await planner(), input(), undefined, {
			dryRun: true
		});
		expect(await tableSnapshot(handle.db, world.tenantId)).toEqual(before);
		const report = await importObservations(await planner(), input());
		importId = report.importId;
		expect({ ...checked, importId: '' }).toEqual({ ...report, importId: '' });
		expect(report.created).toBe(6);
		expect(report.missingValues).toBe(3);
		expect(report.missingCodes?.map((c) => [c.code, c.meaning, c.count])).toEqual([
			['-9999', 'locked', 1],
			['.', 'secret', 1],
			['( )', 'limited', 1],
			['x', 'locked', 1]
		]);
	});

	it('stores them as missing with the reason, never as a number; (12,5) is the number 12.5', async () => {
		expect(await missingRows()).toEqual([
			{ unit: '0102', variable: 'anteil', reason: 'locked', code: 'x' },
			{ unit: '0102', variable: 'sgb', reason: 'secret', code: '.' },
			{ unit: '0103', variable: 'anteil', reason: 'locked', code: '-9999' }
		]);
		expect(await storedValues('sgb')).toEqual([
			{ unit: '0101', value: 10 },
			{ unit: '0103', value: 5 }
		]);
		expect(await storedValues('anteil')).toEqual([{ unit: '0101', value: 12.5 }]);
	});

	it('a suppressed value never turns into 0 in an aggregate', async () => {
		// Independent arithmetic: Mitte from the two units with both values, (10 + 5) / (100 + 50);
		// with the "." read as 0 it would be 15 / 350 = 4.29 %.
		const set = await indicatorValues(await planner(), {
			indicator: 'quote',
			layer: 'bezirk',
			date: '2016-12-31'
		});
		expect(set.values[0]).toMatchObject({
			code: '01',
			numerator: 15,
			denominator: 150,
			covered: 2,
			total: 3,
			status: 'incomplete'
		});
		expect(set.values[0]!.value).toBeCloseTo(10, 10);
		const plr = await indicatorValues(await planner(), {
			indicator: 'quote',
			layer: 'plr',
			date: '2016-12-31'
		});
		expect(plr.values.find((v) => v.code === '0102')).toMatchObject({ value: null, status: 'missing' });
		// Totals of a count over the units below (supply, crosswalks, index eligibility): unknown,
		// not the partial sum 15; the complete variable sums to 350.
		const layer = (await findSpatialLayer(handle.db, world.tenantId, 'bezirk'))!;
		const ids = await findVariablesByCodes(handle.db, world.tenantId, ['sgb', 'kinder']);
		const sgb = await variableTotalsAtLayer(
			handle.db,
			world.tenantId,
			ids.get('sgb')!.id,
			layer.id,
			'2016-12-31'
		);
		const kinder = await variableTotalsAtLayer(
			handle.db,
			world.tenantId,
			ids.get('kinder')!.id,
			layer.id,
			'2016-12-31'
		);
		expect([...sgb.values()]).toEqual([]);
		expect([...kinder.values()]).toEqual([350]);
	});

	it('a later value for the unit fills the gap; rolling back an import removes its missing values too', async () => {
		const later = await importObservations(await planner(), {
			layer: 'plr',
			files: [csv('nachtrag.csv', 'Schlüssel;Stichtag;Merkmal;Wert', '0102;2016;sgb;20')],
			format: 'long'
		});
		const layer = (await findSpatialLayer(handle.db, world.tenantId, 'bezirk'))!;
		const sgb = (await findVariablesByCodes(handle.db, world.tenantId, ['sgb'])).get('sgb')!;
		const totals = await variableTotalsAtLayer(handle.db, world.tenantId, sgb.id, layer.id, '2016-12-31');
		expect([...totals.values()]).toEqual([35]);
		await rollbackImport(await planner(), later.importId);
		await rollbackImport(await planner(), importId);
		expect(await missingRows()).toEqual([]);
	});
});

describe('flags and implausible values', () => {
	it('reads a validity column as 1/0 and warns about a share above 100 before anything is written', async () => {
		const input = {
			layer: 'plr',
			files: [
				csv(
					'gueltig.csv',
					'Schlüssel;Stichtag;Gültig;Anteil',
					'0101;2017;gültig;40',
					'0102;2017;ungültig;140',
					'0103;2017;Gültig;'
				)
			],
			format: 'wide' as const,
			options: { wideColumns: { Gültig: 'gueltig', Anteil: 'anteil' }, flags: { variables: ['gueltig'] } }
		};
		const before = await tableSnapshot(handle.db, world.tenantId);
		const checked = await importObservations(await planner(), input, undefined, {
			dryRun: true
		});
		expect(await tableSnapshot(handle.db, world.tenantId)).toEqual(before);
		expect(checked.warnings.map((w) => [w.code, w.severity, w.row, w.column])).toEqual([
			['import.implausible_value', 'warning', 3, 'Anteil']
		]);
		const report = await importObservations(await planner(), input);
		expect(report.warnings).toEqual(checked.warnings);
		expect(await storedValues('gueltig')).toEqual([
			{ unit: '0101', value: 1 },
			{ unit: '0102', value: 0 },
			{ unit: '0103', value: 1 }
		]);
		await rollbackImport(await planner(), report.importId);
	});
});
