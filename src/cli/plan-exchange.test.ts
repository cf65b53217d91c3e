import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';

/** `querschnitt plan import|export|vorlage`: all-or-nothing with the problem report, and the workbook out. */
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-plan-exchange-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	const tenant = await runCli(words('tenant create --slug kreis --kind kreis --name', 'Kreis Beispiel'), {
		env
	});
	expect(tenant.code).toBe(0);
	await writeFile(
		path.join(dir, 'ziele.csv'),
		'Nummer;Übergeordnetes Ziel;Art;Titel;Status\nZ 1;L 1;Handlungsziel;Mehr Plätze in Kitas;Entwurf\nL 1;;Leitziel;Gutes Aufwachsen im ganzen Kreis;beschlossen\n'
	);
	await writeFile(
		path.join(dir, 'falsch.csv'),
		'Nummer;Art;Titel\nL 2;Oberziel;Gesund alt werden\nL 2;Leitziel;Noch einmal dieselbe Nummer\n'
	);
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('plan import, export and template', () => {
	it(
		'refuses a bad file with every problem and exit code 1, then imports and exports',
		{ timeout: 300_000 },
		async () => {
			const bad = await runCli(['plan', 'import', '--tenant', 'kreis', path.join(dir, 'falsch.csv')], {
				env
			});
			expect(bad.code).toBe(1);
			expect(bad.stderr).toContain('falsch.csv, Zeile 2, Spalte „Art“');
			expect(bad.stderr).toContain('[import.duplicate_code]');

			const checked = await runCli(
				['plan', 'import', '--tenant', 'kreis', '--pruefen', path.join(dir, 'ziele.csv')],
				{
					env
				}
			);
			expect(checked.code, checked.stderr).toBe(0);
			expect(checked.stdout).toContain('Prüfung ohne Fehler (nichts gespeichert): 2 Ziele neu');

			const imported = await runCli(['plan', 'import', '--tenant', 'kreis', path.join(dir, 'ziele.csv')], {
				env
			});
			expect(imported.code, imported.stderr).toBe(0);
			expect(imported.stdout).toContain('Plan importiert: 2 Ziele neu, 0 geändert');

			const out = path.join(dir, 'plan.xlsx');
			const exported = await runCli(['plan', 'export', '--tenant', 'kreis', out], { env });
			expect(exported.code, exported.stderr).toBe(0);
			expect((await readFile(out)).subarray(0, 2).toString('latin1')).toBe('PK');
			const again = await runCli(['plan', 'export', '--tenant', 'kreis', out], { env });
			expect(again.code).toBe(1);
			expect(again.stderr).toContain('--force');
		}
	);
});
