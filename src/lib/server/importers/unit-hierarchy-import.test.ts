import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { importUnitHierarchy, listImports, rollbackImport } from '../services/import.service';
import { listUnits } from '../services/spatial-layer.service';
import { fixturesDir } from './readers/test-files';
import { tenantContext } from '../services/tenant-context';

/**
 * A flat area table of the real shape (test/fixtures/good/lor-2006-hierarchie.csv, built from the
 * demo's LOR files: 447 rows, code and name of Bezirk, Prognoseraum, Bezirksregion, Planungsraum)
 * creates the four layers in one import. Checked against the table read here on its own.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const name = 'lor-2006-hierarchie.csv';
const bytes = new Uint8Array(readFileSync(`${fixturesDir}good/${name}`));
const rows = new TextDecoder()
	.decode(bytes)
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(';'));
const ctx = () => tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);

/** code → [name, parent code] of one level, straight from the table's columns (no name: the code). */
function expected(codeAt: number, nameAt: number, parentAt: number | null) {
	return new Map(
		rows.map((r) => [r[codeAt]!, [r[nameAt] || r[codeAt]!, parentAt === null ? null : r[parentAt]!]])
	);
}

async function actual(layer: string) {
	const units = await listUnits(await ctx(), layer);
	return new Map(units.map((u) => [u.code, [u.name, u.parentCode]]));
}

const levels = [
	{ layer: { code: 'bezirk', name: 'Bezirk', metricSrid: 25833 }, code: 'BEZ', name: 'BEZ_NAME' },
	{ layer: { code: 'prognoseraum', name: 'Prognoseraum' }, code: 'PGR', name: 'PGR_NAME' },
	{ layer: { code: 'bezirksregion', name: 'Bezirksregion' }, code: 'BZR', name: 'BZR_NAME' },
	{ layer: { code: 'planungsraum', name: 'Planungsraum' }, code: 'PLR', name: 'PLR_NAME' }
];

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
}, 120_000);
afterAll(() => handle?.close());

describe('a flat area table into a hierarchy', () => {
	it('a check run reports the counts and the cut names, and writes nothing', async () => {
		const before = await tableSnapshot(handle.db, world.tenantId);
		const report = await importUnitHierarchy(await ctx(), { files: [{ name, bytes }], levels }, undefined, {
			dryRun: true
		});
		expect(report.levels.map((l) => [l.layer, l.report.created])).toEqual([
			['bezirk', 12],
			['prognoseraum', 60],
			['bezirksregion', 138],
			['planungsraum', 447]
		]);
		// The names the source cut and nobody completed for certain (e.g. Prognoseraum 0204 „West“).
		const cut = report.warnings.filter((w) => w.code === 'import.name_looks_cut');
		const fromTable = new Set<string>();
		for (const [i, r] of rows.entries()) {
			for (const [at, column] of [
				[3, 'PGR_NAME'],
				[5, 'BZR_NAME']
			] as const) {
				if (/^(Nord|Süd|Ost|West|Nordwest|Südwest|Nordost|Südost)$|^\p{Ll}|[-/]$/u.test(r[at]!)) {
					const first = rows.findIndex((o) => o[at - 1] === r[at - 1]);
					if (first === i) fromTable.add(`${column}:${i + 2}`);
				}
			}
		}
		expect(fromTable.size).toBeGreaterThan(0);
		expect(new Set(cut.map((w) => `${w.column}:${w.row}`))).toEqual(fromTable);
		expect(await tableSnapshot(handle.db, world.tenantId)).toEqual(before);
	});

	it('creates the four layers with names and parents as the table has them, each level its own import', async () => {
		const report = await importUnitHierarchy(await ctx(), {
			files: [{ name, bytes }],
			levels
		});
		expect(report.created).toBe(12 + 60 + 138 + 447);
		expect(await actual('bezirk')).toEqual(expected(0, 1, null));
		expect(await actual('prognoseraum')).toEqual(expected(2, 3, 0));
		expect(await actual('bezirksregion')).toEqual(expected(4, 5, 2));
		expect(await actual('planungsraum')).toEqual(expected(6, 7, 4));
		const imports = (await listImports(await ctx())).imports;
		expect(imports.filter((i) => i.fileName === name)).toHaveLength(4);
		// The same table again changes nothing.
		const again = await importUnitHierarchy(await ctx(), {
			files: [{ name, bytes }],
			levels: levels.map((l) => ({ ...l, layer: l.layer.code }))
		});
		expect([again.created, again.updated]).toEqual([0, 0]);
		// Rolled back from the bottom up, level by level.
		for (const level of [...again.levels].reverse()) await rollbackImport(await ctx(), level.report.importId);
		expect((await listUnits(await ctx(), 'planungsraum')).length).toBe(447);
	});

	it('derives the upper codes from the smallest code where the table gives only that', async () => {
		const report = await importUnitHierarchy(await ctx(), {
			files: [{ name, bytes }],
			levels: [
				{ layer: { code: 'bez2', name: 'Bezirk (aus Präfix)' }, prefix: 2 },
				{ layer: { code: 'bzr2', name: 'Bezirksregion (aus Präfix)' }, prefix: 6, name: 'BZR_NAME' },
				{ layer: { code: 'plr2', name: 'Planungsraum (Präfix-Test)' }, code: 'PLR', name: 'PLR_NAME' }
			]
		});
		expect(report.levels.map((l) => l.report.created)).toEqual([12, 138, 447]);
		const bezirke = await actual('bez2');
		expect([...bezirke.keys()].sort()).toEqual([...new Set(rows.map((r) => r[6]!.slice(0, 2)))].sort());
		// Without a name column, a new unit is named by its code.
		expect(bezirke.get('01')).toEqual(['01', null]);
		const plr = await actual('plr2');
		for (const r of rows) expect(plr.get(r[6]!)).toEqual([r[7], r[6]!.slice(0, 6)]);
	});
});
