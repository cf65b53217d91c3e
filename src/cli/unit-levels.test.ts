import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';
import { openDatabase } from '../lib/server/db/client';
import { listLayers, listUnits } from '../lib/server/services/spatial-layer.service';
import { tenantContext, type TenantContext } from '../lib/server/services/tenant-context';
import { parseLevels } from './commands/import/unit-levels';

/**
 * `import units --levels` and `--pruefen` as a user runs them: a flat LOR table (one row per
 * Planungsraum, code and name of each level) checked first, with its warnings and nothing saved,
 * then imported into four new layers.
 */
let dir: string;
let env: Record<string, string>;
const table = path.resolve('test/fixtures/good/lor-2006-hierarchie.csv');
const conflict = path.resolve('test/fixtures/bad/units/hierarchie-namenskonflikt.csv');
const levels =
	'bezirk:Bezirk=BEZ/BEZ_NAME,prognoseraum:Prognoseraum=PGR/PGR_NAME,' +
	'bezirksregion:Bezirksregion=BZR/BZR_NAME,planungsraum:Planungsraum=PLR/PLR_NAME';

/** Berlin's context on the CLI's database, opened for `work` and closed again. */
async function inDatabase<T>(work: (tc: TenantContext) => Promise<T>): Promise<T> {
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	try {
		const ctx = { db: handle.db, actor: { kind: 'system', label: 'test' } as const, now: new Date() };
		return await work(await tenantContext(ctx, 'berlin'));
	} finally {
		await handle.close();
	}
}

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-levels-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	const tenant = await runCli(words('tenant create --slug berlin --kind kreisfreie_stadt --name Berlin'), {
		env
	});
	expect(tenant.code).toBe(0);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the --levels syntax', () => {
	it('reads new and existing layers, code columns and prefixes', () => {
		expect(
			parseLevels('bezirk:Bezirk=#2, bezirksregion=BZR/BZR_NAME,plr:Planungsraum=PLR', 25833, 'x')
		).toEqual([
			{ layer: { code: 'bezirk', name: 'Bezirk', metricSrid: 25833 }, prefix: 2 },
			{ layer: 'bezirksregion', code: 'BZR', name: 'BZR_NAME' },
			{ layer: { code: 'plr', name: 'Planungsraum', metricSrid: 25833 }, code: 'PLR' }
		]);
		expect(() => parseLevels('bezirk=BEZ', undefined, 'x')).toThrow(/mindestens zwei Ebenen/);
		expect(() => parseLevels('bezirk,plr=PLR', undefined, 'x')).toThrow(/„bezirk“ ist keine Ebene/);
	});
});

describe('import units --levels', () => {
	it('checks first (--pruefen): counts per level and the warnings, nothing saved', async () => {
		const result = await runCli(
			['import', 'units', ...words('--tenant berlin --pruefen --levels'), levels, table],
			{
				env
			}
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Prüfung ohne Fehler \(nichts gespeichert\): 447 Zeilen gelesen\.$/m);
		expect(result.stdout).toMatch(/^ {2}bezirk: 12 Einheiten neu, 0 aktualisiert$/m);
		expect(result.stdout).toMatch(/^ {2}planungsraum: 447 Einheiten neu, 0 aktualisiert$/m);
		// Prognoseraum 0204 „West“ of the source, shown with file, row and column before anything is saved.
		expect(result.stderr).toMatch(
			/lor-2006-hierarchie\.csv, Zeile \d+, Spalte „PGR_NAME“ – Warnung \[import\.name_looks_cut\]: .*„West“/
		);
		expect(await inDatabase((tc) => listLayers(tc))).toEqual([]);
	});

	it('imports the four layers, each level its own import, and says how to undo it', async () => {
		const result = await runCli(['import', 'units', ...words('--tenant berlin --levels'), levels, table], {
			env
		});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Import abgeschlossen: 447 Zeilen gelesen\.$/m);
		expect(result.stdout).toMatch(
			/^ {2}prognoseraum: 60 Einheiten neu, 0 aktualisiert \(Import [0-9a-f-]{36}\)$/m
		);
		expect(result.stdout).toMatch(/Rückgängig machen \(von unten nach oben\): querschnitt import rollback/);
		const counts = await inDatabase(async (tc) =>
			Promise.all(
				['bezirk', 'prognoseraum', 'bezirksregion', 'planungsraum'].map(
					async (layer) => (await listUnits(tc, layer)).length
				)
			)
		);
		expect(counts).toEqual([12, 60, 138, 447]);
	});

	it('refuses a table whose Bezirk has two names, naming both rows, and a wrong --levels', async () => {
		const refused = await runCli(
			[
				'import',
				'units',
				...words('--tenant berlin --levels'),
				'b:B=BEZ/BEZ_NAME,r:R=BZR/BZR_NAME,p:P=PLR',
				conflict
			],
			{ env }
		);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(
			/hierarchie-namenskonflikt\.csv, Zeile 4, Spalte „BEZ_NAME“ – Fehler \[import\.conflicting_name\]: .*Zeile 2 „Mitte“, in Zeile 4 aber „Mite“/
		);
		const usage = await runCli(['import', 'units', ...words('--tenant berlin --levels'), 'bezirk', table], {
			env
		});
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('mindestens zwei Ebenen');
	});
});
