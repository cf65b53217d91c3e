import { expect, test, type APIRequestContext } from '@playwright/test';
import { login, worldPassword } from '../e2e/support/login';

/**
 * Two app servers on one PostgreSQL, as behind a load balancer (issue 13): the planner uploads in
 * the import wizard on server A, checks and commits on server B, and watches the job's progress
 * from either. Uploads and jobs live in the database; nothing of the wizard stays on one server.
 */

const a = 'http://localhost:4202';
const b = 'http://localhost:4203';
const base = '/app/cluster/daten/importe';
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Enough units that the import runs for a moment and its progress can be watched. */
function unitsFile(count: number) {
	const rows = Array.from(
		{ length: count },
		(_, i) => `01${String(i + 1).padStart(6, '0')};Gebiet ${i + 1};010111`
	);
	return {
		name: 'cluster-einheiten.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`Schlüssel;Name;Bezirksregion\n${rows.join('\n')}\n`, 'utf8')
	};
}

interface JobBody {
	id: string;
	state: 'running' | 'done' | 'failed';
	progress: { phase: string; done: number; total: number };
	report: { importId: string } | null;
}

async function job(request: APIRequestContext, server: string, id: string) {
	const response = await request.get(`${server}/api/v1/tenants/cluster/imports/jobs/${id}`);
	return {
		status: response.status(),
		body: (await response.json()) as JobBody & { error?: { code: string } }
	};
}

test('upload on A, check and commit on B, progress from either', async ({ page, browser }) => {
	test.setTimeout(120_000);
	await login(page, 'cluster-planner', worldPassword);

	// Server A: step 1, the upload.
	await page.goto(`${a}${base}/neu`);
	await page.locator('#kind-units').check();
	await page.locator('#layer').selectOption('__neu');
	await page.locator('#newCode').fill('cluster_plr');
	await page.locator('#newName').fill('Cluster-Gebiete');
	await page.locator('#newParent').selectOption('bezirksregion');
	await page.locator('#files').setInputFiles(unitsFile(5000));
	await page.getByRole('button', { name: 'Hochladen und weiter' }).click();
	await page.waitForURL(new RegExp(`^${a}${base}/neu/${uuid}$`));
	const uploadPath = new URL(page.url()).pathname;

	// Server B: the same upload, its preview and the guessed mapping; the check runs on B.
	await page.goto(`${b}${uploadPath}`);
	await expect(page.getByRole('table', { name: 'Die ersten Zeilen der Datei' })).toContainText('Gebiet 1');
	await expect(page.locator('#parentColumn')).toHaveValue('Bezirksregion');
	await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
	await page.waitForURL(new RegExp(`^${b}${base}/neu/${uuid}/pruefung$`));
	await expect(page.getByText('Die Prüfung ist fehlerfrei')).toBeVisible();

	// Server A knows the check's outcome too.
	await page.goto(`${a}${uploadPath}/pruefung`);
	await expect(page.getByText('Die Prüfung ist fehlerfrei')).toBeVisible();

	// Server B commits; while its page polls B, the test polls A for the same job.
	await page.goto(`${b}${uploadPath}/pruefung`);
	const seenOnA: JobBody[] = [];
	let watching: Promise<void> | null = null;
	page.on('request', (r) => {
		const match = new RegExp(`/imports/jobs/(${uuid})$`).exec(r.url());
		if (!match || watching) return;
		expect(r.url().startsWith(b)).toBe(true);
		watching = (async () => {
			for (let i = 0; i < 600; i++) {
				const { status, body } = await job(page.request, a, match[1]!);
				expect(status).toBe(200);
				seenOnA.push(body);
				if (body.state !== 'running') return;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		})();
	});
	await page.getByRole('button', { name: 'Daten übernehmen' }).click();
	await page.waitForURL(new RegExp(`^${b}${base}/${uuid}$`), { timeout: 90_000 });
	const importId = new URL(page.url()).pathname.split('/').pop()!;
	expect(watching).not.toBeNull();
	await watching;

	// A saw the job B ran, with B's progress, to its end.
	const running = seenOnA.filter((j) => j.state === 'running');
	console.log(
		`[cluster] A read ${seenOnA.length} states, ${running.length} running:`,
		running.map((j) => `${j.progress.phase} ${j.progress.done}/${j.progress.total}`).join(', ')
	);
	expect(running.length).toBeGreaterThan(0);
	const last = seenOnA.at(-1)!;
	expect(last).toMatchObject({ state: 'done', report: { importId } });
	expect(last.progress.done).toBe(last.progress.total);
	expect((await job(page.request, b, last.id)).body).toEqual(last);

	// The import is there on A, and the upload is gone from both servers.
	await page.goto(`${a}${base}/${importId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import „cluster-einheiten.csv“');
	for (const server of [a, b]) {
		const response = await page.goto(`${server}${uploadPath}`);
		expect(response?.status()).toBe(404);
	}

	// Another user of the tenant sees the job on neither server.
	const other = await browser.newContext({ baseURL: a, locale: 'de-DE' });
	const admin = await other.newPage();
	await login(admin, 'cluster-admin', worldPassword);
	for (const server of [a, b]) {
		const { status, body } = await job(admin.request, server, last.id);
		expect(status).toBe(404);
		expect(body.error?.code).toBe('import.job_not_found');
	}
	await other.close();
});
