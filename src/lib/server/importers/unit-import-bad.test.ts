import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import { isImportFailed } from '../../core/imports/import-failed';
import type { ImportProblem } from '../../core/imports/problems';
import type { DatabaseHandle } from '../db/client';
import { importUnitHierarchy, importUnits, type ImportReport } from '../services/import.service';
import { listUnits } from '../services/spatial-layer.service';
import { fixturesDir } from './readers/test-files';
import { tenantContext } from '../services/tenant-context';

/**
 * The unit cases of the bad-file corpus (test/fixtures/bad/units/, README there): swapped
 * latitude and longitude, geometry far outside, names that look cut, a names import with an
 * unknown code, hierarchy tables with conflicts. Errors: code, row, column, and nothing written.
 * Warnings: shown by a check run (dryRun) before anything is written, and kept with the import.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const dir = `${fixturesDir}bad/units/`;
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(dir + name)) });
const good = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${fixturesDir}good/${name}`)) });
const ctx = () => tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);
const snapshot = () => tableSnapshot(handle.db, world.tenantId);
const summary = (problems: readonly ImportProblem[]) =>
	problems.map((p) => [p.code, p.severity, p.row, p.column]);

async function failure(run: Promise<unknown>): Promise<readonly ImportProblem[]> {
	const error = await run.then(
		() => null,
		(e: unknown) => e
	);
	expect(isImportFailed(error), `must fail with import.failed, got ${String(error)}`).toBe(true);
	return isImportFailed(error) ? error.problems : [];
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	const root = contextFor(handle.db, system);
	await importUnits(await tenantContext(root, world.slug), {
		layer: { code: 'bezirksregion', name: 'Bezirksregion' },
		files: [{ name: 'bzr.csv', bytes: new TextEncoder().encode('Schlüssel;Name\n010111;Tiergarten Süd\n') }]
	});
	// Three Planungsräume with their outlines in the Tiergarten: the tenant's area.
	await importUnits(await tenantContext(root, world.slug), {
		layer: { code: 'planungsraum', name: 'Planungsraum', parentLayer: 'bezirksregion' },
		files: [good('planungsraeume-25833.geojson')],
		options: { code: 'SCHLUESSEL', name: 'PLR_NAME', parent: { from: 'prefix', length: 6 } }
	});
}, 120_000);
afterAll(() => handle?.close());

describe('errors: the import is refused and nothing is written', () => {
	const cases: { name: string; run: () => Promise<unknown>; expected: unknown[][]; message: RegExp }[] = [
		{
			name: 'breite-laenge-vertauscht.geojson (every feature swapped: one problem for the file)',
			run: async () =>
				importUnits(await ctx(), {
					layer: 'planungsraum',
					files: [file('breite-laenge-vertauscht.geojson')],
					options: { code: 'SCHLUESSEL', name: 'PLR_NAME' }
				}),
			expected: [['import.swapped_coordinates', 'error', null, null]],
			message: /in allen 3 Objekten.*Arabischen Meer.*Bitte/
		},
		{
			name: 'ein-objekt-vertauscht.geojson (feature 3 swapped)',
			run: async () =>
				importUnits(await ctx(), {
					layer: 'planungsraum',
					files: [file('ein-objekt-vertauscht.geojson')],
					options: { code: 'SCHLUESSEL', name: 'PLR_NAME' }
				}),
			expected: [['import.swapped_coordinates', 'error', 3, null]],
			message: /^Objekt 3: Breite und Länge vertauscht\?/
		},
		{
			name: 'namen-unbekannter-schluessel.csv (a names import names a unit the layer lacks)',
			run: async () =>
				importUnits(await ctx(), {
					layer: 'bezirksregion',
					files: [file('namen-unbekannter-schluessel.csv')],
					options: { code: 'SCHLUESSEL', name: 'BZR_NAME', namesOnly: true }
				}),
			expected: [['import.unknown_unit', 'error', 3, 'SCHLUESSEL']],
			message: /„010112“ gibt es in der Ebene „Bezirksregion“ nicht.*Ähnliche.*„010111“/
		},
		{
			name: 'hierarchie-namenskonflikt.csv (Bezirk 01 is „Mitte“ in row 2, „Mite“ in row 4)',
			run: async () => importUnitHierarchy(await ctx(), hierarchy('hierarchie-namenskonflikt.csv')),
			expected: [['import.conflicting_name', 'error', 4, 'BEZ_NAME']],
			message: /in Zeile 2 „Mitte“, in Zeile 4 aber „Mite“/
		},
		{
			name: 'hierarchie-elternkonflikt.csv (Bezirksregion 010111 in Bezirk 01 and 02)',
			run: async () => importUnitHierarchy(await ctx(), hierarchy('hierarchie-elternkonflikt.csv')),
			expected: [['import.conflicting_parent', 'error', 4, 'BEZ']],
			message: /in Zeile 2 zu „01“, in Zeile 4 aber zu „02“/
		}
	];
	for (const c of cases) {
		it(c.name, async () => {
			const before = await snapshot();
			const problems = (await failure(c.run())).filter((p) => p.severity === 'error');
			expect(summary(problems)).toEqual(c.expected);
			expect(problems[0]!.message).toMatch(c.message);
			expect(problems[0]!.file).toMatch(/\.(csv|geojson)$/);
			expect(await snapshot()).toEqual(before);
		});
	}
});

function hierarchy(name: string) {
	return {
		files: [file(name)],
		levels: [
			{ layer: { code: 'bez', name: 'Bezirk' }, code: 'BEZ', name: 'BEZ_NAME' },
			{ layer: { code: 'bzr', name: 'Bezirksregion (Tabelle)' }, code: 'BZR', name: 'BZR_NAME' },
			{ layer: { code: 'plr', name: 'Planungsraum (Tabelle)' }, code: 'PLR', name: 'PLR_NAME' }
		]
	};
}

describe('warnings: shown by a check before anything is written', () => {
	async function checked(run: (dryRun: boolean) => Promise<ImportReport>) {
		const before = await snapshot();
		const report = await run(true);
		expect(await snapshot()).toEqual(before);
		return report;
	}

	it('weit-ausserhalb.geojson: a Planungsraum in Munich for a Berlin tenant', async () => {
		const report = await checked(async (dryRun) =>
			importUnits(
				await ctx(),
				{
					layer: 'planungsraum',
					files: [file('weit-ausserhalb.geojson')],
					options: { code: 'SCHLUESSEL', name: 'PLR_NAME' }
				},
				undefined,
				{ dryRun }
			)
		);
		expect(summary(report.warnings)).toEqual([['import.far_outside', 'warning', 2, null]]);
		expect(report.warnings[0]!.message).toMatch(
			/Objekt 2 \(„01011102“\) liegt bei 48,1\d° N, 11,5\d° O weit außerhalb/
		);
	});

	it('namen-abgeschnitten.csv: „straße“ and „Lützow-“ look cut; the import keeps them and says so', async () => {
		const input = {
			layer: 'planungsraum',
			files: [file('namen-abgeschnitten.csv')],
			options: { parent: { from: 'column' as const, column: 'Bezirksregion' } }
		};
		const report = await checked(async (dryRun) => importUnits(await ctx(), input, undefined, { dryRun }));
		expect(summary(report.warnings)).toEqual([
			['import.name_looks_cut', 'warning', 2, 'Name'],
			['import.name_looks_cut', 'warning', 4, 'Name']
		]);
		// Committed, the warnings stay with the import, and the names are the file's.
		const committed = await importUnits(await ctx(), input);
		expect(summary(committed.warnings)).toEqual(summary(report.warnings));
		const names = new Map((await listUnits(await ctx(), 'planungsraum')).map((u) => [u.code, u.name]));
		expect([names.get('01011101'), names.get('01011103')]).toEqual(['straße', 'Lützow-']);
	});
});
