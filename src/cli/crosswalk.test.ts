import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';
import { parseNumber } from '../lib/core/data/numbers';
import { openDatabase } from '../lib/server/db/client';
import { readCsv } from '../lib/server/importers/readers/csv';
import { convertVariable } from '../lib/server/services/crosswalk-conversion.service';
import { tenantContext } from '../lib/server/services/tenant-context';

/**
 * The crosswalk commands as a user runs them, on a data directory of its own with two small
 * layers imported through the CLI from GeoJSON in EPSG:25833: four 100 m squares (blocks) and
 * two zones that split them. The weights and converted values are known by hand:
 *
 *   blocks A (0–100, 0–100)   B (100–200, 0–100)   C (0–100, 100–200)   D (100–200, 100–200)
 *   zones  Z1 = x 0–150, y 0–200;  Z2 = x 150–200, y 0–150 (the top right corner is in no zone)
 *
 *   A → Z1 1;  B → Z1 ½, Z2 ½;  C → Z1 1;  D → Z1 ½, Z2 ¼ (a quarter of D lies outside both zones)
 *   inhabitants A 100, B 200, C 300, D 400 → Z1 = 100 + 100 + 300 + 200 = 700, Z2 = 100 + 100 = 200;
 *   total 1,000, of which 100 (a quarter of D) is lost.
 */
let dir: string;
let env: Record<string, string>;

/** A square or rectangle in EPSG:25833 near the centre of Berlin, from offsets in metres. */
function box(code: string, x0: number, y0: number, x1: number, y1: number) {
	const [ox, oy] = [390_000, 5_819_000];
	const ring = [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	].map(([x, y]) => [ox + x!, oy + y!]);
	return {
		type: 'Feature',
		properties: { code, name: `Gebiet ${code}` },
		geometry: { type: 'Polygon', coordinates: [ring] }
	};
}

const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const germanValue = (text: string): number => {
	const parsed = parseNumber(text, 'de');
	if (parsed.kind !== 'value') throw new Error(`keine Zahl: „${text}“`);
	return parsed.value;
};

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-crosswalk-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	await writeFile(
		path.join(dir, 'bloecke.geojson'),
		collection([
			box('A', 0, 0, 100, 100),
			box('B', 100, 0, 200, 100),
			box('C', 0, 100, 100, 200),
			box('D', 100, 100, 200, 200)
		])
	);
	await writeFile(
		path.join(dir, 'zonen.geojson'),
		collection([box('Z1', 0, 0, 150, 200), box('Z2', 150, 0, 200, 150)])
	);
	await writeFile(
		path.join(dir, 'einwohner.csv'),
		'Schlüssel;Stichtag;Merkmal;Wert\nA;31.12.2016;einwohner;100\nB;31.12.2016;einwohner;200\nC;31.12.2016;einwohner;300\nD;31.12.2016;einwohner;400\n'
	);
	await writeFile(
		path.join(dir, 'einwohner.yaml'),
		'format: long\nvariables:\n  - { code: einwohner, name: Einwohner, kind: count }\n'
	);
	const tenant = await runCli(words('tenant create --slug stadt --kind kreisfreie_stadt --name Stadt'), {
		env
	});
	expect(tenant.code, tenant.stderr).toBe(0);
	for (const [layer, file] of [
		['block', 'bloecke.geojson'],
		['zone', 'zonen.geojson']
	] as const) {
		const units = await runCli(
			[
				...words(`import units --tenant stadt --layer ${layer} --layer-name ${layer}`),
				...words('--metric-srid 25833 --crs 25833 --code code --name name'),
				path.join(dir, file)
			],
			{ env }
		);
		expect(units.code, units.stderr).toBe(0);
	}
	const values = await runCli(
		[
			...words('import observations --tenant stadt --layer block --mapping'),
			path.join(dir, 'einwohner.yaml'),
			path.join(dir, 'einwohner.csv')
		],
		{ env }
	);
	expect(values.code, values.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('crosswalk compute, list and convert', () => {
	let id = '';

	it('computes the areal crosswalk and reports its coverage', async () => {
		const result = await runCli(
			words('crosswalk compute --tenant stadt --from block --to zone --method areal --date 2016-12-31'),
			{ env }
		);
		expect(result.code, result.stderr).toBe(0);
		id = /gespeichert: ([0-9a-f-]{36})/.exec(result.stdout)?.[1] ?? '';
		expect(id).not.toBe('');
		// A, C wholly in Z1; B split between the zones; D loses its top right quarter.
		expect(result.stdout).toMatch(/Gewichte\s+6/);
		expect(result.stdout).toMatch(/Ausgangsgebiete voll übertragen\s+3 von 4/);
		expect(result.stdout).toMatch(/teilweise übertragen\s+1/);
	}, 120_000);

	it('lists it', async () => {
		const result = await runCli(words('crosswalk list --tenant stadt --json'), { env });
		expect(result.code, result.stderr).toBe(0);
		const items = JSON.parse(result.stdout);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			id,
			fromLayerCode: 'block',
			toLayerCode: 'zone',
			method: 'areal',
			weightCount: 6
		});
		const table = await runCli(words('crosswalk list --tenant stadt'), { env });
		expect(table.stdout).toContain(id);
		expect(table.stdout).toContain('Fläche');
	}, 120_000);

	it('converts the inhabitants as computed by hand and as the service does, naming the loss', async () => {
		const result = await runCli(
			words(`crosswalk convert --tenant stadt --id ${id} --variable einwohner --date 2016-12-31`),
			{ env }
		);
		expect(result.code, result.stderr).toBe(0);
		const read = readCsv({ name: 'umschluesselung.csv', bytes: new TextEncoder().encode(result.stdout) });
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		const table = read.value;
		expect(table.header).toEqual([
			'Schlüssel',
			'Name',
			'Wert',
			'Bekannter Anteil',
			'Fehlende Ausgangsgebiete'
		]);
		const value = new Map(table.rows.map((r) => [r.cells[0]!, germanValue(r.cells[2]!)]));
		expect([...value.keys()]).toEqual(['Z1', 'Z2']);
		// By hand (see the top of this file); PostGIS areas after a round trip through EPSG:4326.
		expect(value.get('Z1')).toBeCloseTo(700, 3);
		expect(value.get('Z2')).toBeCloseTo(200, 3);
		// The totals check on stderr: 1,000 in, 900 arrived, 100 lost, named with its reason.
		const check = /Summe ([\d.,]+), angekommen ([\d.,]+), verloren (-?[\d.,]+)\./.exec(result.stderr);
		expect(check, result.stderr).not.toBeNull();
		const [source, arrived, lost] = check!.slice(1).map(germanValue);
		expect(source).toBe(1000);
		expect(arrived).toBeCloseTo(900, 3);
		expect(lost).toBeCloseTo(100, 3);
		expect(result.stderr).not.toContain('Summe erhalten');
		const loss = /^ {2}D Gebiet D: ([\d.,]+) verloren \(partial\)$/m.exec(result.stderr);
		expect(germanValue(loss![1]!)).toBeCloseTo(100, 3);

		// The same crosswalk through the service, in this process once the CLI has ended.
		const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
		try {
			const tc = await tenantContext(
				{ db: handle.db, actor: { kind: 'system', label: 'test' } as const, now: new Date() },
				'stadt'
			);
			const service = await convertVariable(tc, {
				crosswalk: id,
				variable: 'einwohner',
				date: '2016-12-31'
			});
			for (const target of service.targets) expect(value.get(target.code)).toBeCloseTo(target.value!, 6);
			expect(service.totals.source).toBe(1000);
			expect(service.totals.lost).toBeCloseTo(100, 3);
			expect(service.totals.preserved).toBe(false);
			expect(service.losses.map((l) => [l.source, l.reason])).toEqual([['D', 'partial']]);
		} finally {
			await handle.close();
		}
	}, 120_000);

	it('refuses a convert without a variable or indicator before opening the database', async () => {
		const result = await runCli(words(`crosswalk convert --tenant stadt --id ${id}`), { env });
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('Bitte genau eines angeben');
	}, 60_000);
});
