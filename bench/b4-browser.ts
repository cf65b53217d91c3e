/**
 * B4 browser: the monitoring workspace in headless Chromium (Debian's /usr/bin/chromium through
 * Playwright) against the built app (`npm start`, embedded database with the Berlin demo data and
 * a synthetic layer of 10,000 grid cells imported through the real services).
 *  1. Switching indicator or date on the map of the 447 Planungsräume: input → painted (marks).
 *  2. First load of the monitoring page, cold (new browser context each time).
 *  3. JavaScript of the page, gzipped, with and without MapLibre; no MapLibre on a page without a map.
 *  4. The 10,000 cells: recolour and frame times while panning.
 * Peer: the same recolour and panning on a plain MapLibre page without the app (bench/b4/peer.html).
 * Run with `flock /tmp/qs-e2e.lock npm run bench -- b4` (the build folder is shared).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { b4Notes } from './b4/notes';
import { startPeerServer } from './b4/peer-server';
import {
	appContract,
	collectScripts,
	firstLoadTimes,
	oneSwitch,
	panFrames,
	peerContract,
	waitForFirstPaint,
	type Contract,
	type FirstLoad,
	type Script,
	type Switch,
	type Warmup
} from './b4/measure';
import { rasterLayer, rasterSlug } from './b4/raster';
import { report, type B4Result, type RecolourResult } from './b4/report';
import { berlinIndicators } from './b4/states';
import { rasterIndicators } from './b4/raster';
import { stop, waitFor } from './lib/child-server';
import { currentLoad, machineInfo, machineTable } from './lib/machine';
import { writeSection } from './lib/results-file';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string) =>
	process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
/** Cold loads of the page; the switches are always 20 of each kind (the "median of 20"). */
const runs = Number(argument('--runs')) || 5;
const switchesPerKind = Number(process.env.B4_SWITCHES ?? 20);
const warmupSwitches = 2;
/** Ports of this benchmark (4311–4313 belong to other test servers). */
const ports = [4314, 4315, 4316, 4317, 4318, 4319];
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

async function isFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

async function freePort(except: number[] = []): Promise<number> {
	for (const port of ports) if (!except.includes(port) && (await isFree(port))) return port;
	throw new Error(`Kein freier Port in ${ports.join(', ')}`);
}

/** Signs in through the login form and returns the session (cookies) for new contexts. */
async function session(browser: Browser, baseURL: string, username: string, password: string) {
	const context = await browser.newContext({ baseURL, locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/anmelden');
	await page.locator('#login').fill(username);
	await page.locator('#password').fill(password);
	await page.locator('main form button[type="submit"]').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
	const state = await context.storageState();
	await context.close();
	return state;
}

type Session = Awaited<ReturnType<typeof session>>;

/**
 * Alternates indicator and date switches (warm-up first), `switchesPerKind` of each. The date
 * moves one step back and forth, the indicator between the two of `pair`.
 */
async function switchSeries(
	page: Page,
	contract: Contract,
	act: { indicator: (i: number) => Promise<void>; date: (i: number) => Promise<void> }
): Promise<Switch[]> {
	const all: Switch[] = [];
	for (let i = 0; i < 2 * (switchesPerKind + warmupSwitches); i++) {
		const kind = i % 2 === 0 ? 'indikator' : 'datum';
		const n = Math.floor(i / 2);
		const result = await oneSwitch(page, contract, kind, () =>
			kind === 'indikator' ? act.indicator(n) : act.date(n)
		);
		if (i >= 2 * warmupSwitches) all.push(result);
	}
	return all;
}

/** What of the page's contract was there; the missing parts are reported, not guessed. */
async function contractProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	for (const selector of ['#indikator', '#datum', appContract.wrapper])
		if ((await page.locator(selector).count()) === 0) problems.push(`Element \`${selector}\` fehlt`);
	return problems;
}

/** The monitoring page: indicator switches through #indikator, date steps with the arrow keys on #datum. */
async function appSwitches(
	page: Page,
	url: string,
	pair: readonly string[],
	problems: string[]
): Promise<Switch[] | null> {
	await page.goto(url);
	const painted = await waitForFirstPaint(page, appContract);
	problems.push(...(await contractProblems(page)));
	if (!painted) {
		problems.push(`\`${appContract.wrapper}[data-painted]\` zählte nach dem Laden nicht auf 1`);
		return null;
	}
	if ((await page.evaluate((m) => performance.getEntriesByName(m).length, appContract.paintedMark)) === 0)
		problems.push(`Marke \`${appContract.paintedMark}\` fehlt nach dem ersten Zeichnen`);
	if (problems.length) return null;
	const datum = page.locator('#datum');
	const isSelect = await datum.evaluate((el) => el.tagName === 'SELECT');
	const switches = await switchSeries(page, appContract, {
		indicator: async () => {
			const current = await page.locator('#indikator').inputValue();
			await page.locator('#indikator').selectOption(current === pair[0] ? pair[1]! : pair[0]!);
		},
		date: async () => {
			if (isSelect) {
				const options = await datum.locator('option').count();
				const index = await datum.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
				await datum.selectOption({
					index: index > 0 ? index - 1 : Math.min(options - 1, index + 1)
				});
			} else {
				// One step back, or forward when at the first date: a key at the end would change nothing
				// (a new indicator starts on its latest date).
				const atStart = await datum.evaluate(
					(el) => Number((el as HTMLInputElement).value) <= Number((el as HTMLInputElement).min)
				);
				await datum.focus();
				await page.keyboard.press(atStart ? 'ArrowRight' : 'ArrowLeft');
			}
		}
	});
	if (switches.every((s) => s.marks === null))
		problems.push(`keine Messung zwischen \`${appContract.inputMark}\` und \`${appContract.paintedMark}\``);
	return switches;
}

/** The peer: its select holds indicator × date (index = indicator · 2 + date). */
async function peerSwitches(page: Page, url: string): Promise<Switch[]> {
	await page.goto(url);
	if (!(await waitForFirstPaint(page, peerContract))) throw new Error('Peer-Karte zeichnet nicht');
	const state = { indicator: 0, date: 0 };
	const choose = () => page.locator('#state').selectOption(String(state.indicator * 2 + state.date));
	return switchSeries(page, peerContract, {
		indicator: async () => {
			state.indicator = 1 - state.indicator;
			await choose();
		},
		date: async () => {
			state.date = 1 - state.date;
			await choose();
		}
	});
}

async function main(): Promise<void> {
	const loadAtStart = currentLoad();
	// B4_REUSE=<folder with data/, out/ and out/tokens.json of an earlier preparation>: skips the
	// four minutes of preparation while the harness itself is being worked on; kept afterwards.
	const reuse = process.env.B4_REUSE;
	const dataDir = reuse ? path.join(reuse, 'data') : mkdtempSync(path.join(os.tmpdir(), 'querschnitt-b4-'));
	const outDir = reuse
		? path.join(reuse, 'out')
		: mkdtempSync(path.join(os.tmpdir(), 'querschnitt-b4-peer-'));
	const env: Record<string, string | undefined> = {
		...process.env,
		DEMO: 'true',
		DATA_DIR: dataDir,
		LOGIN_MAX_FAILURES: '50'
	};
	delete env.DATABASE_URL;
	let app: ChildProcess | null = null;
	let browser: Browser | null = null;
	let peerServer: Awaited<ReturnType<typeof startPeerServer>> | null = null;
	try {
		let tokens: { berlin: string; raster: string };
		if (reuse) tokens = JSON.parse(readFileSync(path.join(outDir, 'tokens.json'), 'utf8'));
		else {
			console.log('B4: Datenbank mit Berliner Beispieldaten und Raster (10.000 Zellen) anlegen …');
			const prepared = spawnSync(
				process.execPath,
				['--import', 'tsx', path.join(root, 'bench/b4/prepare.ts'), outDir],
				{ cwd: root, env, encoding: 'utf8' }
			);
			if (prepared.status !== 0) throw new Error(`Vorbereitung fehlgeschlagen:\n${prepared.stderr}`);
			tokens = JSON.parse(prepared.stdout.trim().split('\n').at(-1)!);
		}

		const appPort = await freePort();
		const base = `http://localhost:${appPort}`;
		app = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
			cwd: root,
			env: { ...env, PORT: String(appPort), ORIGIN: base },
			stdio: ['ignore', 'inherit', 'inherit']
		});
		await waitFor(`${base}/api/v1/health`, app, 300_000);
		const peerPort = await freePort([appPort]);
		peerServer = await startPeerServer(outDir, peerPort);
		const peerBase = `http://127.0.0.1:${peerPort}`;
		/** The peer draws the very GeoJSON the app's map asked for (same simplification); else the full layer. */
		async function saveGeoJson(
			name: string,
			slug: string,
			layer: string,
			token: string,
			requested: string | null
		) {
			const url = requested ?? `${base}/api/v1/tenants/${slug}/layers/${layer}/units.geojson`;
			const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
			if (!response.ok) throw new Error(`GeoJSON ${url}: HTTP ${response.status}`);
			writeFileSync(path.join(outDir, `${name}.geojson`), await response.text());
			return new URL(url).pathname + new URL(url).search;
		}

		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: chromiumArgs
		});
		const version = browser.version();
		const berlinSession = await session(browser, base, 'demo', 'querschnitt-demo');
		const rasterSession = await session(browser, base, `${rasterSlug}-admin`, 'richtig-langes-passwort');
		const viewport = { width: 1280, height: 900 };
		const newPage = async (storageState?: Session) => {
			const context = await browser!.newContext({ baseURL: base, locale: 'de-DE', viewport, storageState });
			// The first request after the start fills the value cache and may take long on a busy machine.
			context.setDefaultTimeout(120_000);
			context.setDefaultNavigationTimeout(300_000);
			return context.newPage();
		};
		/** Which GeoJSON the map of a page asked for. */
		const geoJsonRequestOf = (page: Page) => {
			let url: string | null = null;
			page.on('request', (request) => {
				if (!url && /\/units\.geojson/.test(request.url())) url = request.url();
			});
			return () => url;
		};
		const monitoringUrl = (slug: string, indicator: string, layer: string) =>
			`/app/${slug}/monitoring?indikator=${indicator}&ebene=${layer}`;
		const berlinUrl = monitoringUrl('berlin', berlinIndicators[0], 'planungsraum');
		const rasterUrl = monitoringUrl(rasterSlug, rasterIndicators[0], rasterLayer);
		const problems: string[] = [];

		// 0. The first call of each page after the start (value cache empty), measured, not mixed in.
		console.log('B4: erster Aufruf nach dem Start …');
		const warmups: Warmup[] = [];
		for (const [label, url, state] of [
			['Planungsräume (447)', berlinUrl, berlinSession],
			['Raster (10.000)', rasterUrl, rasterSession]
		] as const) {
			const page = await newPage(state);
			await page.goto(url, { waitUntil: 'load' });
			await waitForFirstPaint(page, appContract, 120_000);
			warmups.push({ label, ...(await firstLoadTimes(page, appContract.paintedMark)) });
			await page.context().close();
		}

		// 1. Berlin: app and peer.
		console.log('B4: Umschalten auf 447 Planungsräumen …');
		const berlin: RecolourResult = { app: null, peer: [] };
		let page = await newPage(berlinSession);
		let requested = geoJsonRequestOf(page);
		berlin.app = await appSwitches(page, berlinUrl, berlinIndicators, problems).catch((e: unknown) => {
			problems.push(`Berlin: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
			return null;
		});
		await page.context().close();
		const geoJson = {
			berlin: await saveGeoJson('berlin', 'berlin', 'planungsraum', tokens.berlin, requested()),
			raster: ''
		};
		page = await newPage();
		berlin.peer = await peerSwitches(page, `${peerBase}/peer.html?data=berlin`);
		await page.context().close();

		// 2. + 3. First loads, cold, and the JavaScript of the page.
		console.log('B4: Erstes Laden (kalt) und JavaScript …');
		const loads: FirstLoad[] = [];
		let scripts: Script[] = [];
		for (let i = 0; i < runs; i++) {
			page = await newPage(berlinSession);
			const collected = collectScripts(page.context());
			await page.goto(berlinUrl, { waitUntil: 'load' });
			await waitForFirstPaint(page, appContract, 60_000);
			await page.waitForLoadState('networkidle');
			loads.push(await firstLoadTimes(page, appContract.paintedMark));
			if (i === 0) scripts = await collected();
			await page.context().close();
		}
		page = await newPage(berlinSession);
		const collectedWithoutMap = collectScripts(page.context());
		await page.goto('/app/berlin/daten/indikatoren', { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const withoutMap = await collectedWithoutMap();
		await page.context().close();

		// 4. 10,000 cells: recolour and panning.
		console.log('B4: Raster mit 10.000 Zellen …');
		const raster: RecolourResult = { app: null, peer: [] };
		const rasterProblems: string[] = [];
		let appFrames: number[] | null = null;
		page = await newPage(rasterSession);
		requested = geoJsonRequestOf(page);
		raster.app = await appSwitches(page, rasterUrl, rasterIndicators, rasterProblems).catch((e: unknown) => {
			rasterProblems.push(`Raster: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
			return null;
		});
		if (raster.app) appFrames = await panFrames(page, `${appContract.wrapper} canvas`);
		await page.context().close();
		geoJson.raster = await saveGeoJson('raster', rasterSlug, rasterLayer, tokens.raster, requested());
		page = await newPage();
		raster.peer = await peerSwitches(page, `${peerBase}/peer.html?data=raster`);
		const peerFrames = await panFrames(page, '.peer-map canvas');
		await page.context().close();

		const result: B4Result = {
			chromium: version,
			warmups,
			geoJson,
			berlin,
			raster,
			loads,
			scripts,
			withoutMap,
			frames: { app: appFrames, peer: peerFrames },
			problems: [...problems, ...rasterProblems.filter((p) => !problems.includes(p))],
			runs,
			switchesPerKind
		};
		writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result, null, 1));
		writeSection('b4', report(result, machineTable(machineInfo(loadAtStart))));
		writeSection('b4-notes', b4Notes);
		console.log(`B4: Ergebnis in bench/RESULTS.md geschrieben (Rohdaten: ${outDir}/result.json).`);
		if (result.problems.length) console.log(`B4: nicht gemessen:\n- ${result.problems.join('\n- ')}`);
	} finally {
		await browser?.close();
		peerServer?.close();
		if (app) await stop(app);
		if (!reuse) rmSync(dataDir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
