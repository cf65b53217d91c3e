import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';
import { tableSnapshot } from '../../test/support/table-snapshot';
import { openDatabase } from '../lib/server/db/client';
import { findTenantBySlug } from '../lib/server/repositories/tenant.repository';

/**
 * Issue 12 on the command line: `--pruefen` for unit and observation imports (nothing written,
 * the same report as the import), the codes of a file for missing values, and the topics.
 */
let dir: string;
let env: Record<string, string>;

async function snapshot(): Promise<Record<string, string>> {
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	try {
		const tenant = await findTenantBySlug(handle.db, 'kreis');
		return await tableSnapshot(handle.db, tenant!.id);
	} finally {
		await handle.close();
	}
}

const file = (name: string) => path.join(dir, name);
/** The report without the import id and the words that differ between a check and an import. */
const counts = (stdout: string) =>
	stdout
		.split('\n')
		.filter((l) => !/Rückgängig machen|ohne --pruefen/.test(l))
		.map((l) =>
			l.replace(/^Import [0-9a-f-]{36} abgeschlossen:|^Prüfung ohne Fehler \(nichts gespeichert\):/, '')
		)
		.join('\n');

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-check-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	await writeFile(file('gemeinden.csv'), 'Schlüssel;Name\n001;Nordstadt\n002;Südstadt\n');
	await writeFile(
		file('werte.csv'),
		'Schlüssel;Jahr;Einwohner;SGB II;Gültig\n001;2022;1200;.;ja\n001;2023;1250;-9999;ja\n002;2023;800;40;nein\n'
	);
	await writeFile(
		file('zuordnung.yaml'),
		[
			'wideColumns: { Einwohner: einwohner, SGB II: sgb2, Gültig: gueltig }',
			'variables:',
			'  - { code: einwohner, name: Einwohner, kind: count }',
			'  - { code: sgb2, name: SGB-II-Empfänger, kind: count }',
			'  - { code: gueltig, name: Gültiger Raum, kind: amount, unitLabel: ja/nein }',
			''
		].join('\n')
	);
	const tenant = await runCli(words('tenant create --slug kreis --kind kreis --name', 'Kreis Beispiel'), {
		env
	});
	expect(tenant.code).toBe(0);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('topics', () => {
	it('a new tenant lists the standard topics; a new one is created, a duplicate refused', async () => {
		const list = await runCli(words('topic list --tenant kreis --json'), { env });
		expect(list.code).toBe(0);
		const topics = JSON.parse(list.stdout) as { code: string }[];
		expect(topics.map((t) => t.code).sort()).toEqual([
			'arbeit',
			'bildung',
			'demografie',
			'gesundheit',
			'integration',
			'jugend',
			'soziales',
			'wohnen'
		]);
		const created = await runCli(
			words('topic create --tenant kreis --code kultur --name', 'Kultur und Freizeit'),
			{
				env
			}
		);
		expect(created.stdout).toContain('Handlungsfeld „Kultur und Freizeit“ (kultur)');
		const again = await runCli(words('topic create --tenant kreis --code kultur --name Kultur'), { env });
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('[topic.duplicate]');
		const table = await runCli(words('topic list --tenant kreis'), { env });
		expect(table.stdout).toMatch(/kultur\s+Kultur und Freizeit/);
	}, 120_000);
});

describe('--pruefen', () => {
	it('checks a unit file with the same report as the import, and writes nothing', async () => {
		const args = [
			...words('import units --tenant kreis --layer gemeinde --layer-name Gemeinde'),
			file('gemeinden.csv')
		];
		const before = await snapshot();
		const checked = await runCli([...args, '--pruefen'], { env });
		expect(checked.code).toBe(0);
		expect(checked.stdout).toContain(
			'Prüfung ohne Fehler (nichts gespeichert): 2 Datensätze gelesen, 2 Einheiten neu'
		);
		expect(await snapshot()).toEqual(before);
		const imported = await runCli(args, { env });
		expect(imported.code).toBe(0);
		expect(counts(imported.stdout)).toEqual(counts(checked.stdout));
		expect(await snapshot()).not.toEqual(before);
	}, 120_000);

	it('checks observations with codes for missing values and a flag column, then imports them', async () => {
		const args = [
			...words('import observations --tenant kreis --layer gemeinde --format wide --flag gueltig'),
			...['--missing-codes=-9999=gesperrt', '--mapping', file('zuordnung.yaml'), file('werte.csv')]
		];
		const before = await snapshot();
		const checked = await runCli([...args, '--pruefen'], { env });
		expect(checked.stderr).toBe('');
		expect(checked.code).toBe(0);
		expect(checked.stdout).toContain(
			'Prüfung ohne Fehler (nichts gespeichert): 3 Zeilen gelesen, 7 Werte neu'
		);
		expect(checked.stdout).toContain('„.“: 1 Zelle(n) – Zahlenwert unbekannt oder geheim zu halten');
		expect(checked.stdout).toContain('„-9999“: 1 Zelle(n) – Tabellenfach gesperrt');
		expect(checked.stdout).toContain('Würden neu angelegt Variablen: einwohner, sgb2, gueltig.');
		expect(await snapshot()).toEqual(before);
		const imported = await runCli(args, { env });
		expect(imported.code).toBe(0);
		expect(counts(imported.stdout).replace('Neu angelegte', 'Würden neu angelegt')).toEqual(
			counts(checked.stdout)
		);
	}, 120_000);

	it('names the flag of a declaration it cannot read', async () => {
		const result = await runCli(
			[
				...words('import observations --tenant kreis --layer gemeinde --format wide --pruefen'),
				...['--missing-codes=-9999=vielleicht', '--mapping', file('zuordnung.yaml'), file('werte.csv')]
			],
			{ env }
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('--missing-codes');
		expect(result.stderr).toContain('geheim, gesperrt, später, unsicher, fehlt, null');
	}, 60_000);
});
