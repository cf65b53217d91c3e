import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';

/**
 * Issue 12: scripted work without a browser. Facilities imported through the CLI from a file with
 * the Berlin youth register's column names (e_nr, e_name, e_art, e_platz, t_name, t_art,
 * e_strasse + e_hnr), listed, exported per unit of a layer without outlines (Bezirke from a table,
 * reached through squares below them), and API tokens made, listed and revoked.
 *
 * Squares in EPSG:25833, 1 km each: P0101 and P0102 belong to Bezirk 01, P0201 to Bezirk 02.
 *   J1 (in P0101) 40 places, J2 (in P0102) 25, J3 (in P0201) 10, K1 (in P0201) a Kinderfarm, no places given.
 */
let dir: string;
let env: Record<string, string>;
const [ox, oy] = [390_000, 5_819_000];

function square(code: string, i: number) {
	const [x0, y0] = [ox + i * 1000, oy];
	const ring = [
		[x0, y0],
		[x0 + 1000, y0],
		[x0 + 1000, y0 + 1000],
		[x0, y0 + 1000],
		[x0, y0]
	];
	return {
		type: 'Feature',
		properties: { code, name: `Raum ${code}` },
		geometry: { type: 'Polygon', coordinates: [ring] }
	};
}

function centre(n: number, i: number, art: string, platz: string, traeger: string, sector: string) {
	return {
		type: 'Feature',
		properties: {
			e_nr: `J${n}`,
			e_name: `Jugendhaus ${n}`,
			e_art: art,
			e_platz: platz,
			t_name: traeger,
			t_art: sector,
			e_strasse: 'Teststraße',
			e_hnr: String(n)
		},
		geometry: { type: 'Point', coordinates: [ox + i * 1000 + 500, oy + 500] }
	};
}

const collection = (features: unknown[], crs = true) =>
	JSON.stringify({
		type: 'FeatureCollection',
		...(crs ? { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } } } : {}),
		features
	});

const jfe = 'Jugendfreizeiteinrichtungen (JFE)';
const kindMap = `--art-zuordnung=${jfe}=jugendfreizeit;Kinderfarm=familienzentrum`;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-facility-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	await writeFile(path.join(dir, 'bezirke.csv'), 'Schlüssel;Name\n01;Nord\n02;Süd\n');
	await writeFile(
		path.join(dir, 'raeume.geojson'),
		collection([square('0101', 0), square('0102', 1), square('0201', 2)], false)
	);
	await writeFile(
		path.join(dir, 'jfe.geojson'),
		collection([
			centre(1, 0, jfe, '40', 'BA Nord', 'öffentlicher Träger'),
			centre(2, 1, jfe, '25', 'Verein e. V.', 'freier Träger'),
			centre(3, 2, jfe, '10', 'Verein e. V.', 'freier Träger'),
			centre(4, 2, 'Kinderfarm', '', 'Verein e. V.', 'freier Träger')
		])
	);
	for (const line of [
		'tenant create --slug stadt --kind kreisfreie_stadt --name Stadt',
		`import units --tenant stadt --layer bezirk --layer-name Bezirk --metric-srid 25833 --code Schlüssel --name Name ${path.join(dir, 'bezirke.csv')}`,
		`import units --tenant stadt --layer raum --layer-name Raum --parent-layer bezirk --parent-prefix 2 --metric-srid 25833 --crs 25833 --code code --name name ${path.join(dir, 'raeume.geojson')}`
	]) {
		const result = await runCli(words(line), { env });
		expect(result.code, result.stderr).toBe(0);
	}
	const user = await runCli(
		words(
			'user create --tenant stadt --username skript --role planner --password-stdin --name',
			'Skript Konto'
		),
		{ env, input: 'ein-langes-Passwort-123\n' }
	);
	expect(user.code, user.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('facility import, list and export', () => {
	it('refuses places under a code the kind does not count, with row, column and the way out; nothing written', async () => {
		const result = await runCli(
			[...words('import facilities --tenant stadt'), kindMap, path.join(dir, 'jfe.geojson')],
			{
				env
			}
		);
		// Kinderfarm → familienzentrum counts no places, but its cell is empty: nothing to refuse. All good.
		expect(result.code, result.stderr).toBe(0);
		const second = await runCli(
			[
				...words('import facilities --tenant stadt --art grundschule --pruefen'),
				path.join(dir, 'jfe.geojson')
			],
			{ env }
		);
		expect(second.code).toBe(1);
		expect(second.stderr).toContain('import.unknown_capacity_code');
		expect(second.stderr).toContain('e_platz');
		expect(second.stderr).toContain('--platzart-als plaetze=schueler');
		const mapped = await runCli(
			[
				...words(
					'import facilities --tenant stadt --art grundschule --platzart-als plaetze=schueler --pruefen --json'
				),
				path.join(dir, 'jfe.geojson')
			],
			{ env }
		);
		expect(mapped.code, mapped.stderr).toBe(0);
		expect(JSON.parse(mapped.stdout)).toMatchObject({ created: 0, updated: 4 });
	}, 300_000);

	it('lists facilities with address, provider and places, filtered by kind, provider and text', async () => {
		const all = await runCli(words('facility list --tenant stadt --json'), { env });
		expect(all.code, all.stderr).toBe(0);
		const items = JSON.parse(all.stdout) as {
			code: string;
			street: string;
			providerName: string;
			capacities: unknown[];
		}[];
		expect(items.map((f) => f.code).sort()).toEqual(['J1', 'J2', 'J3', 'J4']);
		expect(items.find((f) => f.code === 'J2')).toMatchObject({
			street: 'Teststraße 2',
			providerName: 'Verein e. V.',
			capacities: [{ code: 'plaetze', places: 25 }]
		});
		const byKind = await runCli(words('facility list --tenant stadt --kind familienzentrum'), { env });
		expect(byKind.stdout).toContain('Jugendhaus 4');
		expect(byKind.stdout).not.toContain('Jugendhaus 1');
		const byProvider = await runCli(
			[...words('facility list --tenant stadt --json --provider'), 'Verein e. V.'],
			{ env }
		);
		expect((JSON.parse(byProvider.stdout) as { code: string }[]).map((f) => f.code).sort()).toEqual([
			'J2',
			'J3',
			'J4'
		]);
		const bySearch = await runCli(
			[...words('facility list --tenant stadt --json --search'), 'Jugendhaus 3'],
			{ env }
		);
		expect((JSON.parse(bySearch.stdout) as { code: string }[]).map((f) => f.code)).toEqual(['J3']);
		const providers = await runCli(words('provider list --tenant stadt --json'), { env });
		expect(JSON.parse(providers.stdout)).toEqual([
			{ name: 'BA Nord', sector: 'oeffentlich' },
			{ name: 'Verein e. V.', sector: 'frei' }
		]);
		const unknown = await runCli(words('facility list --tenant stadt --provider Niemand'), { env });
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('provider list');
	}, 300_000);

	it('exports per Bezirk (a layer without outlines) as German Excel CSV, counted from the squares below', async () => {
		const output = path.join(dir, 'bezirke-einrichtungen.csv');
		const result = await runCli(words(`facility export --tenant stadt --layer bezirk --output ${output}`), {
			env
		});
		expect(result.code, result.stderr).toBe(0);
		const text = await readFile(output, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const lines = text.slice(1).split('\r\n').filter(Boolean);
		// Bezirk 01: J1 (40) and J2 (25); Bezirk 02: J3 (10) and the Kinderfarm; nothing outside.
		expect(lines).toEqual([
			'Schlüssel;Gebiet;Einrichtungen;Familienzentrum;Jugendfreizeiteinrichtung;Plätze (bekannt);Plätze: ohne Angabe',
			'01;Nord;2;0;2;65;0',
			'02;Süd;2;1;1;10;0'
		]);
		const again = await runCli(words(`facility export --tenant stadt --layer bezirk --output ${output}`), {
			env
		});
		expect(again.code).toBe(1);
		const unknownLayer = await runCli(words('facility export --tenant stadt --layer gibtsnicht'), { env });
		expect(unknownLayer.code).toBe(1);
		expect(unknownLayer.stderr).toContain('layer.not_found');
	}, 300_000);
});

describe('API tokens from the command line', () => {
	it('creates a token shown once, lists it without the secret and revokes it', async () => {
		const created = await runCli(
			[...words('token create --user skript --expires-in-days 30 --json --name'), 'Nachtlauf'],
			{ env }
		);
		expect(created.code, created.stderr).toBe(0);
		const token = JSON.parse(created.stdout) as {
			token: string;
			id: string;
			prefix: string;
			expiresAt: string;
		};
		expect(token.token).toMatch(/^qs_.{20,}/);
		expect(token.prefix).toBe(token.token.slice(0, 9));
		const listed = await runCli(words('token list --user skript'), { env });
		expect(listed.code, listed.stderr).toBe(0);
		expect(listed.stdout).toContain('Nachtlauf');
		expect(listed.stdout).toContain(token.id);
		expect(listed.stdout).not.toContain(token.token);
		const revoked = await runCli(words(`token revoke --user skript ${token.token}`), { env });
		expect(revoked.code, revoked.stderr).toBe(0);
		expect(revoked.stdout).toContain('Nachtlauf');
		const after = await runCli(words('token list --user skript --json'), { env });
		expect(JSON.parse(after.stdout)).toEqual([]);
		const again = await runCli(words(`token revoke --user skript ${token.id}`), { env });
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('api_token.not_found');
		const nobody = await runCli(words('token list --user niemand'), { env });
		expect(nobody.code).toBe(1);
		expect(nobody.stderr).toContain('user.not_found');
	}, 400_000);
});
