import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';
import { openDatabase } from '../lib/server/db/client';
import { migrateDatabase } from '../lib/server/db/migrate';
import { readCsv } from '../lib/server/importers/readers/csv';
import { createTenant } from '../lib/server/services/tenant.service';
import { computeCompositeIndex } from '../lib/server/values/composite-index';
import { disclosedIndicatorValues } from '../lib/server/values/public-values';
import type { ServiceContext } from '../lib/server/services/context';
import { seedBerlin } from '../lib/server/seed/berlin';
import { tenantContext } from '../lib/server/services/tenant-context';

/**
 * `querschnitt index define|compute` and `export values --public` as a user runs them, on an
 * embedded database with the Berlin data; the files are compared with the services' answers.
 */
let dir: string;
let env: Record<string, string>;

async function withContext<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	try {
		return await work({ db: handle.db, actor: { kind: 'system', label: 'test' }, now: new Date() });
	} finally {
		await handle.close();
	}
}

const variantYaml = `code: mss_ohne_dynamik
name: MSS-Status mit doppeltem Gewicht für Kinderarmut
layer: planungsraum
status:
  - { indicator: mss_status1, weight: 1 }
  - { indicator: mss_status2, weight: 1 }
  - { indicator: mss_status3, weight: 1 }
  - { indicator: mss_status4, weight: 2 }
eligibility: { minimumPopulation: 300, populationVariable: einwohner }
`;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-index-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	await writeFile(path.join(dir, 'variante.yaml'), variantYaml);
	await writeFile(
		path.join(dir, 'falsch.yaml'),
		'code: x\nname: X\nlayer: gibt_es_nicht\nstatus: [{ indicator: mss_status1 }, { indicator: unbekannt }]\n'
	);
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	await migrateDatabase(handle);
	const ctx = { db: handle.db, actor: { kind: 'system', label: 'test' } as const, now: new Date() };
	await createTenant(ctx, { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' });
	await seedBerlin(await tenantContext(ctx, 'berlin'));
	await handle.close();
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

function csvRows(text: string) {
	const read = readCsv({ name: 'index.csv', bytes: new TextEncoder().encode(text) });
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	const { header, rows } = read.value;
	return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]!])));
}

describe('querschnitt index', () => {
	it('refuses an invalid definition with every problem and exit code 1', async () => {
		const result = await runCli(words('index define --tenant berlin', path.join(dir, 'falsch.yaml')), {
			env
		});
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('index.invalid');
		expect(result.stderr).toContain('gibt_es_nicht');
		expect(result.stderr).toContain('unbekannt');
	});

	it('defines an index from a file and writes one row per unit with the service’s numbers', async () => {
		const defined = await runCli(words('index define --tenant berlin', path.join(dir, 'variante.yaml')), {
			env
		});
		expect(defined.stderr).toBe('');
		expect(defined.code).toBe(0);
		expect(defined.stdout).toContain('mss_status4');
		const output = path.join(dir, 'variante.csv');
		const computed = await runCli(
			words('index compute --tenant berlin --index mss_ohne_dynamik --date 2016-12-31 --output', output),
			{ env }
		);
		expect(computed.code).toBe(0);
		expect(computed.stderr).toContain('436 von 447 Gebieten klassifiziert');
		const rows = csvRows(await readFile(output, 'utf8'));
		const service = await withContext(async (ctx) =>
			computeCompositeIndex(await tenantContext(ctx, 'berlin'), 'mss_ohne_dynamik', { date: '2016-12-31' })
		);
		expect(rows).toHaveLength(447);
		expect(Object.keys(rows[0]!)).toEqual([
			'Schlüssel',
			'Name',
			'z mss_status1',
			'z mss_status2',
			'z mss_status3',
			'z mss_status4',
			'Statusindex',
			'Statusklasse',
			'Statusklasse (Bezeichnung)',
			'Gesamtklasse',
			'Gesamtklasse (Bezeichnung)',
			'Nicht klassifiziert, weil'
		]);
		// The labels of Berlin's status classes, written out beside the codes.
		const berlinLabels: Record<string, string> = {
			'1': 'hoch',
			'2': 'mittel',
			'3': 'niedrig',
			'4': 'sehr niedrig'
		};
		rows.forEach((row, i) => {
			const unit = service.result.units[i]!;
			expect(row['Schlüssel']).toBe(service.units[i]!.code);
			const index = row['Statusindex']!;
			if (unit.statusIndex === null) expect(index).toBe('');
			else expect(Number(index.replace(',', '.'))).toBeCloseTo(unit.statusIndex, 9);
			expect(row['Statusklasse']).toBe(unit.statusClass?.code ?? '');
			expect(row['Statusklasse (Bezeichnung)']).toBe(berlinLabels[row['Statusklasse']!] ?? '');
			expect(row['Gesamtklasse (Bezeichnung)']).toBe(row['Statusklasse (Bezeichnung)']);
			expect(row['Nicht klassifiziert, weil'] !== '').toBe(unit.reason !== null);
		});
		expect(rows.find((r) => r['Schlüssel'] === '01011102')!['Nicht klassifiziert, weil']).toContain(
			'zu wenige Einwohner'
		);
	}, 120_000);

	it('exports values for publication with the tenant’s disclosure rules', async () => {
		const output = path.join(dir, 'oeffentlich.csv');
		const result = await runCli(
			words(
				'export values --tenant berlin --indicator anteil_kinder_00_01 --layer planungsraum --date 2016-12-31 --public --output',
				output
			),
			{ env }
		);
		expect(result.code).toBe(0);
		const rows = csvRows(await readFile(output, 'utf8'));
		const disclosed = await withContext(async (ctx) =>
			disclosedIndicatorValues(await tenantContext(ctx, 'berlin'), {
				indicator: 'anteil_kinder_00_01',
				layer: 'planungsraum',
				date: '2016-12-31'
			})
		);
		const withheld = disclosed.values.filter((v) => v.status === 'suppressed').map((v) => v.code);
		expect(withheld.length).toBeGreaterThan(0);
		expect(rows.filter((r) => r['Wert'] === '.').map((r) => r['Schlüssel'])).toEqual(withheld);
		// Nothing published below k = 3 children.
		for (const row of rows)
			if (row['Zähler'] !== '.') expect(Number(row['Zähler'])).toBeGreaterThanOrEqual(3);
	}, 120_000);
});
