import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, words } from '../../test/support/cli';
import { tableSnapshot } from '../../test/support/table-snapshot';
import { roundForDisplay } from '../lib/core/indicator/rounding';
import { parseNumber } from '../lib/core/data/numbers';
import { openDatabase, type DatabaseHandle } from '../lib/server/db/client';
import { findTenantBySlug } from '../lib/server/repositories/tenant.repository';
import { readCsv } from '../lib/server/importers/readers/csv';
import type { Table } from '../lib/server/importers/types';
import { indicatorValues, type IndicatorValueSet } from '../lib/server/values/indicator-values';
import { listIndicators } from '../lib/server/services/indicator.service';
import type { ServiceContext } from '../lib/server/services/context';
import { tenantContext } from '../lib/server/services/tenant-context';

/**
 * The data commands (import, indicator define, export) as a user runs them: the command's entry
 * point (test/support/cli.ts) on one embedded database, with the Berlin demo files and the test
 * fixtures. The database is opened by the test in between (never while a command runs) to compare
 * with the services and to prove that refused changes leave it as it was.
 * Each CLI call opens the database (~3 s) and the tests build on each other, so calls are few.
 */
let dir: string;
let env: Record<string, string>;
const berlin = path.resolve('demo/berlin-lor-2006');
const good = path.resolve('test/fixtures/good');
const bad = path.resolve('test/fixtures/bad');

async function withDatabase<T>(
	work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>
): Promise<T> {
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	try {
		return await work({ db: handle.db, actor: { kind: 'system', label: 'test' }, now: new Date() }, handle);
	} finally {
		await handle.close();
	}
}

/** The Berlin tenant's tables an import writes to, as the shared snapshot sees them. */
async function snapshot(handle: DatabaseHandle): Promise<Record<string, string>> {
	const tenant = await findTenantBySlug(handle.db, 'berlin');
	return tableSnapshot(handle.db, tenant!.id);
}

function csvTable(text: string, name = 'export.csv'): Table {
	const read = readCsv({ name, bytes: new TextEncoder().encode(text) });
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read.value;
}

const cellOf = (table: Table, row: { cells: string[] }, column: string) =>
	row.cells[table.header.indexOf(column)]!;

const germanValue = (text: string): number | null => {
	const parsed = parseNumber(text, 'de');
	if (parsed.kind === 'invalid') throw new Error(`keine Zahl: ${text}`);
	return parsed.kind === 'value' ? parsed.value : null;
};

const indicatorsYaml = `# Zwei Definitionen; die zweite bezieht sich auf die erste.
- code: anteil_kinder_00_01
  name: Anteil der Kinder unter 1 Jahr
  kind: rate
  numerator: einwohner_00_01
  denominator: einwohner
  factor: 100
  unitLabel: '%'
  decimals: 2
  metadata:
    source: Amt für Statistik Berlin-Brandenburg
- code: veraenderung_kinder_00_01
  name: Veränderung des Anteils der Kinder unter 1 Jahr über 5 Jahre
  kind: change
  base: anteil_kinder_00_01
  changeYears: 5
  changeMode: points
  unitLabel: Prozentpunkte
  decimals: 2
`;

const invalidYaml = `indicators:
  - code: gut
    name: Eine gültige Definition
    kind: rate
    numerator: einwohner_00_01
    denominator: einwohner
  - code: falsch
    name: Unbekannte Variable
    kind: rate
    numerator: gibt_es_nicht
    denominator: einwohner
  - name: X
    kind: quote
`;

const inhabitantsMapping = `format: wide
columns:
  unit: PLR
widePatterns:
  - match: '^(\\d{4})_E_E00_01$'
    variable: einwohner_00_01
    date: $1-12-31
  - match: '^(\\d{4})_E_E$'
    variable: einwohner
    date: $1-12-31
variables:
  - { code: einwohner, name: Einwohner, kind: count }
  - { code: einwohner_00_01, name: Kinder unter 1 Jahr, kind: count }
`;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-data-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await writeFile(path.join(dir, 'indikatoren.yaml'), indicatorsYaml);
	await writeFile(path.join(dir, 'ungueltig.yaml'), invalidYaml);
	await writeFile(path.join(dir, 'einwohner.yaml'), inhabitantsMapping);
	const tenant = await runCli(words('tenant create --slug berlin --kind kreisfreie_stadt --name Berlin'), {
		env
	});
	expect(tenant.stderr).toContain('Lege die eingebettete Datenbank');
	expect(tenant.code).toBe(0);
	const planner = await runCli(
		words('user create --tenant berlin --username p.planer --role planner --name', 'Paula Planer'),
		{
			env: { ...env, QUERSCHNITT_PASSWORD: 'ein-langes-passwort' }
		}
	);
	expect(planner.code).toBe(0);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('help pages (no database needed)', () => {
	it('lists the new groups and has a German help page for every new command', async () => {
		const overview = await runCli(['--help']);
		for (const group of ['import', 'indicator', 'export'])
			expect(overview.stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
		const pages: [string[], string][] = [
			[['import', '--help'], 'Befehle:'],
			[['import', 'units', '--help'], '--parent-prefix <stellen>'],
			[['import', 'observations', '--help'], '--mapping <datei>'],
			[['import', 'list', '--help'], '--tenant <kürzel>'],
			[['import', 'rollback', '--help'], '<import-id>'],
			[['indicator', 'define', '--help'], 'Alle oder keine'],
			[['indicator', 'list', '--help'], '--json'],
			[['export', 'values', '--help'], 'geojson – Geodaten mit Werten']
		];
		for (const [args, text] of pages) {
			const result = await runCli(args);
			expect(result.code, args.join(' ')).toBe(0);
			expect(result.stdout, args.join(' ')).toContain('Aufruf: querschnitt');
			expect(result.stdout, args.join(' ')).toContain(text);
		}
		const units = await runCli(['import', 'units', '--help']);
		expect(units.stdout).toContain('<dateien…>');
	}, 120_000);

	it('refuses wrong calls with exit code 2 before opening the database', async () => {
		const noFiles = await runCli(words('import units --tenant berlin --layer bezirk'), { env });
		expect(noFiles.code).toBe(2);
		expect(noFiles.stderr).toContain('Es fehlt: dateien.');
		const twoRules = await runCli(
			words('import units --tenant berlin --layer x --parent-prefix 2 --parent-by-area a.csv'),
			{ env }
		);
		expect(twoRules.code).toBe(2);
		expect(twoRules.stderr).toContain('Bitte nur eine von --parent-column');
		const geojsonAll = await runCli(
			words('export values --tenant berlin --indicator a --layer b --format geojson --date all'),
			{ env }
		);
		expect(geojsonAll.code).toBe(2);
		expect(geojsonAll.stderr).toContain('GeoJSON enthält die Werte eines Stichtags');
	}, 60_000);
});

describe('import', () => {
	it('imports units from the Berlin demo (table, GeoJSON) and a good fixture, recording who did it', async () => {
		const bezirk = await runCli(
			[
				'import',
				'units',
				...words('--tenant berlin --layer bezirk --layer-name Bezirk --metric-srid 25833'),
				`${berlin}/bezirke.csv`
			],
			{ env }
		);
		expect(bezirk.stderr).toBe('');
		expect(bezirk.code).toBe(0);
		expect(bezirk.stdout).toMatch(
			/^Import [0-9a-f-]{36} abgeschlossen: 12 Datensätze gelesen, 12 Einheiten neu, 0 aktualisiert\.$/m
		);

		const planungsraum = await runCli(
			[
				'import',
				'units',
				...words('--tenant berlin --layer planungsraum --layer-name Planungsraum --parent-layer bezirk'),
				...words('--metric-srid 25833 --crs 25833 --code SCHLUESSEL --parent-prefix 2 --json'),
				`${berlin}/planungsraum.geojson`
			],
			{ env }
		);
		expect(planungsraum.code).toBe(0);
		const report = JSON.parse(planungsraum.stdout);
		expect(report).toMatchObject({ kind: 'units', rows: 447, created: 447, updated: 0, warnings: [] });

		// A fixture of the good corpus into a layer of its own, in the name of a member of the tenant.
		const fixture = await runCli(
			[
				'import',
				'units',
				...words('--tenant berlin --layer beispiel --layer-name Beispiel --as p.planer'),
				`${good}/einheiten-planungsraeume.csv`
			],
			{ env }
		);
		expect(fixture.code).toBe(0);
		expect(fixture.stdout).toContain('3 Datensätze gelesen, 3 Einheiten neu');

		const list = await runCli(words('import list --tenant berlin --json'), { env });
		const imports = JSON.parse(list.stdout) as {
			fileName: string;
			actor: string;
			userId: string | null;
			rows: number;
		}[];
		expect(imports.map((i) => [i.fileName, i.rows])).toEqual([
			['einheiten-planungsraeume.csv', 3],
			['planungsraum.geojson', 447],
			['bezirke.csv', 12]
		]);
		expect(imports[0]!.actor).toBe('p.planer');
		expect(imports[0]!.userId).toMatch(/^[0-9a-f-]{36}$/);
		expect(imports[1]!.actor).toMatch(/^cli:.+/);
		expect(imports[1]!.userId).toBeNull();
	}, 300_000);

	it('imports the Berlin inhabitants (wide file) with a mapping file', async () => {
		const result = await runCli(
			[
				'import',
				'observations',
				...words(`--tenant berlin --layer planungsraum --mapping ${dir}/einwohner.yaml`),
				`${berlin}/einwohner-kinder-2001-2016.csv`
			],
			{ env }
		);
		expect(result.stderr).toContain('2001_E_E01_02'); // the columns not imported are named in a warning
		expect(result.code).toBe(0);
		// 447 units × 16 years × (all inhabitants + children under 1)
		expect(result.stdout).toContain('447 Zeilen gelesen, 14304 Werte neu, 0 ersetzt');
		expect(result.stdout).toMatch(
			/^Neu angelegte Variablen: (einwohner, einwohner_00_01|einwohner_00_01, einwohner)\.$/m
		);
	}, 120_000);

	it('refuses bad files with every problem (file, row, column, code), exit code 1 and no change at all', async () => {
		const before = await withDatabase((_, handle) => snapshot(handle));
		const observations = await runCli(
			[
				'import',
				'observations',
				...words('--tenant berlin --layer planungsraum'),
				`${bad}/unbekannte-raumcodes.csv`
			],
			{ env }
		);
		expect(observations.code).toBe(1);
		expect(observations.stdout).toBe('');
		const lines = observations.stderr.split('\n');
		expect(lines[0]).toMatch(/^Fehler \[import\.failed\]: Der Import wurde nicht ausgeführt: 2 Problem\(e\)/);
		expect(lines[1]).toBe('Probleme (2 Fehler):');
		expect(lines[2]).toMatch(
			/^ {2}unbekannte-raumcodes\.csv, Zeile 3, Spalte „Schlüssel“ – Fehler \[import\.unknown_unit\]: .*„01011199“.*Bitte/
		);
		expect(lines[3]).toMatch(
			/^ {2}unbekannte-raumcodes\.csv, Zeile 4, Spalte „Schlüssel“ – Fehler \[import\.unknown_unit\]: .*„99999999“/
		);

		const units = await runCli(
			[
				'import',
				'units',
				...words('--tenant berlin --layer beispiel'),
				`${bad}/einheiten-doppelter-code.csv`
			],
			{ env }
		);
		expect(units.code).toBe(1);
		expect(units.stderr).toMatch(
			/einheiten-doppelter-code\.csv, Zeile 4, Spalte „Schlüssel“ – Fehler \[import\.duplicate_code\]: /
		);
		const geodata = await runCli(
			['import', 'units', ...words('--tenant berlin --layer beispiel'), `${bad}/leere-geometrie.geojson`],
			{ env }
		);
		expect(geodata.code).toBe(1);
		expect(geodata.stderr).toContain('leere-geometrie.geojson, Objekt 2 – Fehler [import.empty_geometry]');
		expect(geodata.stderr).toContain('leere-geometrie.geojson, Objekt 3 – Fehler [import.empty_geometry]');

		const after = await withDatabase((_, handle) => snapshot(handle));
		expect(after).toEqual(before);
	}, 300_000);
});

describe('indicator define', () => {
	it('defines nothing from a file with invalid definitions and lists every problem', async () => {
		const result = await runCli(words(`indicator define --tenant berlin ${dir}/ungueltig.yaml`), { env });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'Fehler [indicator.definitions_invalid]: Es wurde keine der 3 Definitionen gespeichert: 2 davon sind ungültig.'
		);
		expect(result.stderr).toContain(
			'Definition 2 („falsch“), Feld „numerator“ – Fehler [indicator.invalid]: Variable „gibt_es_nicht“ existiert nicht'
		);
		expect(result.stderr).toMatch(/Definition 3, Feld „kind“ – Fehler \[validation\.invalid\]/);
		// The valid first definition was not stored either.
		expect(await withDatabase(async (ctx) => listIndicators(await tenantContext(ctx, 'berlin')))).toEqual([]);
	}, 60_000);

	it('defines both indicators of a YAML file', async () => {
		const result = await runCli(words(`indicator define --tenant berlin ${dir}/indikatoren.yaml`), { env });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('2 Indikator(en) im Mandanten berlin definiert:');
		expect(result.stdout).toMatch(
			/^veraenderung_kinder_00_01\s+Veränderung des Anteils.*\s+Veränderung\s+Prozentpunkte$/m
		);
		const stored = await withDatabase(async (ctx) => listIndicators(await tenantContext(ctx, 'berlin')));
		expect(stored.map((i) => i.code).sort()).toEqual(['anteil_kinder_00_01', 'veraenderung_kinder_00_01']);
	}, 60_000);
});

describe('export values', () => {
	let expected: IndicatorValueSet;

	beforeAll(async () => {
		expected = await withDatabase(async (ctx) =>
			indicatorValues(await tenantContext(ctx, 'berlin'), {
				indicator: 'anteil_kinder_00_01',
				layer: 'bezirk'
			})
		);
	}, 60_000);

	it('writes CSV for German Excel whose values are those of the service, and reads back with our reader', async () => {
		const result = await runCli(
			words('export values --tenant berlin --indicator anteil_kinder_00_01 --layer bezirk'),
			{ env }
		);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('anteil_kinder_00_01 auf bezirk: 12 Einheiten, Stichtag 31.12.2016.');
		expect(result.stdout.startsWith('\uFEFFIndikator;Schlüssel;Name;Stichtag;Wert;')).toBe(true);
		expect(result.stdout).toContain('\r\n');
		const table = csvTable(result.stdout);
		expect(table.format).toMatchObject({ delimiter: ';', bom: true });
		expect(table.rows).toHaveLength(12);
		expect(expected.date).toBe('2016-12-31');
		expect(expected.values).toHaveLength(12);
		for (const [i, row] of table.rows.entries()) {
			const v = expected.values[i]!;
			expect(cellOf(table, row, 'Schlüssel')).toBe(v.code);
			expect(cellOf(table, row, 'Name')).toBe(v.name);
			expect(cellOf(table, row, 'Stichtag')).toBe('31.12.2016');
			expect(germanValue(cellOf(table, row, 'Wert'))).toBe(roundForDisplay(v.value!, 2));
			expect(germanValue(cellOf(table, row, 'Zähler'))).toBe(v.numerator);
			expect(germanValue(cellOf(table, row, 'Nenner'))).toBe(v.denominator);
			expect(cellOf(table, row, 'Status')).toBe('vollständig');
			// Independently: the rate is numerator / denominator × 100.
			expect(v.value).toBeCloseTo((v.numerator! / v.denominator!) * 100, 10);
		}
		expect(cellOf(table, table.rows[0]!, 'Name')).toBe('Mitte');
	}, 60_000);

	it('writes unrounded values and all dates into a file, and not over an existing one', async () => {
		const file = path.join(dir, 'alle.csv');
		const args = `export values --tenant berlin --indicator anteil_kinder_00_01 --layer bezirk --date all --unrounded --output ${file}`;
		const first = await runCli(words(args), { env });
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('');
		const table = csvTable(await readFile(file, 'utf8'));
		expect(table.rows).toHaveLength(12 * 16);
		const latest = table.rows.filter((row) => cellOf(table, row, 'Stichtag') === '31.12.2016');
		expect(latest.map((row) => germanValue(cellOf(table, row, 'Wert')))).toEqual(
			expected.values.map((v) => expect.closeTo(v.value!, 9))
		);
		const again = await runCli(words(args), { env });
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('existiert bereits. Mit --force wird sie überschrieben.');
	}, 60_000);

	it('exports CSV that our importer takes back as a long file, and rolls that import back', async () => {
		const file = path.join(dir, 'bezirk.csv');
		const exported = await runCli(
			words(`export values --tenant berlin --indicator anteil_kinder_00_01 --layer bezirk --output ${file}`),
			{ env }
		);
		expect(exported.code).toBe(0);
		const mapping = path.join(dir, 'rueckimport.yaml');
		await writeFile(
			mapping,
			'variables:\n  - { code: anteil_u1_export, name: Anteil unter 1 (Export), kind: rate }\n'
		);
		const result = await runCli(
			words(
				`import observations --tenant berlin --layer bezirk --variable anteil_u1_export --mapping ${mapping} ${file}`
			),
			{ env }
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('12 Zeilen gelesen, 12 Werte neu');

		// … and takes it back again.
		const importId = /^Import ([0-9a-f-]{36}) abgeschlossen/m.exec(result.stdout)?.[1];
		const rollback = await runCli(['import', 'rollback', '--tenant', 'berlin', importId!], { env });
		expect(rollback.stderr).toBe('');
		expect(rollback.code).toBe(0);
		const list = await runCli(words('import list --tenant berlin --json'), { env });
		const latest = (JSON.parse(list.stdout) as { id: string; status: string }[])[0]!;
		expect(latest).toMatchObject({ id: importId, status: 'rolled_back' });
	}, 120_000);

	it('writes GeoJSON with one feature per unit, its shape and the values of the service', async () => {
		const result = await runCli(
			words(
				'export values --tenant berlin --indicator anteil_kinder_00_01 --layer planungsraum --format geojson --simplify 10'
			),
			{ env }
		);
		expect(result.code).toBe(0);
		const collection = JSON.parse(result.stdout) as {
			type: string;
			features: {
				properties: { code: string; value: number | null; date: string; parentCode: string };
				geometry: { type: string } | null;
			}[];
		};
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features).toHaveLength(447);
		expect(new Set(collection.features.map((f) => f.properties.code)).size).toBe(447);
		const planungsraum = await withDatabase(async (ctx) =>
			indicatorValues(await tenantContext(ctx, 'berlin'), {
				indicator: 'anteil_kinder_00_01',
				layer: 'planungsraum'
			})
		);
		const byCode = new Map(planungsraum.values.map((v) => [v.code, v]));
		for (const f of collection.features) {
			expect(['Polygon', 'MultiPolygon']).toContain(f.geometry?.type);
			expect(f.properties.date).toBe('2016-12-31');
			expect(f.properties.parentCode).toBe(f.properties.code.slice(0, 2));
			const v = byCode.get(f.properties.code)!;
			expect(f.properties.value).toBe(v.value === null ? null : roundForDisplay(v.value, 2));
		}
	}, 60_000);
});
