import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir, runCli, words } from '../../test/support/cli';
import { openDatabase } from '../lib/server/db/client';
import { saveGoal } from '../lib/server/services/goal.service';
import { saveMeasure } from '../lib/server/services/measure.service';
import { saveMilestones } from '../lib/server/services/measure-progress.service';
import { dataChangesSettled } from '../lib/server/services/data-change';
import { tenantContext } from '../lib/server/services/tenant-context';

/** Issue 15 on the command line: the goals with their rating, the measures, the plan check. */
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-plan-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	await preparedDataDir(env.DATA_DIR!);
	const tenant = await runCli(words('tenant create --slug kreis --kind kreis --name', 'Kreis Beispiel'), {
		env
	});
	expect(tenant.code).toBe(0);
	// The plan itself through the services, on the database the command uses.
	const handle = await openDatabase({ engine: 'pglite', dataDir: env.DATA_DIR! });
	try {
		const tc = await tenantContext(
			{ db: handle.db, actor: { kind: 'system', label: 'test' }, now: new Date() },
			'kreis'
		);
		await saveGoal(tc, { code: 'L 1', title: 'Gutes Aufwachsen im ganzen Kreis', level: 'leitziel' });
		await saveGoal(tc, { code: 'L 2', title: 'Gesund alt werden', level: 'leitziel' });
		await saveMeasure(tc, {
			code: 'M 1',
			title: 'Frühe Hilfen im Nordkreis',
			status: 'laufend',
			goals: ['L 1']
		});
		await saveMilestones(tc, 'M 1', [{ title: 'Netzwerk gegründet', dueOn: '2026-03-31' }]);
	} finally {
		await dataChangesSettled();
		await handle.close();
	}
}, 300_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('goal, measure and check', () => {
	// Each command starts the embedded database anew: seconds each, more on a loaded machine.
	it(
		'lists the goals with their rating and the measures with their goals, also as JSON',
		{ timeout: 240_000 },
		async () => {
			const goals = await runCli(words('goal list --tenant kreis --json'), { env });
			expect(goals.code).toBe(0);
			expect(
				(JSON.parse(goals.stdout) as { code: string; rating: string | null }[]).map((g) => [g.code, g.rating])
			).toEqual([
				['L 1', null],
				['L 2', null]
			]);
			const table = await runCli(words('goal list --tenant kreis'), { env });
			expect(table.stdout).toMatch(/L 1\s+Gutes Aufwachsen im ganzen Kreis\s+entwurf\s+ohne Indikator/);
			const measures = await runCli(words('measure list --tenant kreis'), { env });
			expect(measures.stdout).toMatch(/M 1\s+Frühe Hilfen im Nordkreis\s+laufend\s+–\s+L 1/);
		}
	);

	it('checks the plan at a date, in German', { timeout: 240_000 }, async () => {
		const check = await runCli(words('check --tenant kreis --date 2026-04-30'), { env });
		expect(check.code).toBe(0);
		expect(check.stdout).toContain('Überfällige Meilensteine: 1');
		expect(check.stdout).toContain('M 1 Netzwerk gegründet: fällig 2026-03-31, 30 Tage überfällig');
		expect(check.stdout).toContain('Ziele ohne Maßnahme: L 2');
		const bad = await runCli(words('check --tenant kreis --date 30.04.2026'), { env });
		expect(bad.code).not.toBe(0);
		expect(bad.stderr).toMatch(/JJJJ-MM-TT/);
	});
});
