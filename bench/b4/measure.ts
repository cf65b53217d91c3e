import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';

/**
 * The measurements of B4 in one page, written against the contract of the monitoring page: the
 * page marks `qs-monitoring-input` when #indikator or #datum changes, the map marks `qs-map-painted`
 * after it painted and counts up `data-painted` on its wrapper `.qs-choropleth`. The peer page
 * (bench/b4/peer.html) keeps the same contract under its own names.
 */
export interface Contract {
	wrapper: string;
	inputMark: string;
	paintedMark: string;
}

export const appContract: Contract = {
	wrapper: '.qs-choropleth',
	inputMark: 'qs-monitoring-input',
	paintedMark: 'qs-map-painted'
};
export const peerContract: Contract = {
	wrapper: '.peer-map',
	inputMark: 'peer-input',
	paintedMark: 'peer-painted'
};

export interface Switch {
	kind: 'indikator' | 'datum';
	/** performance.measure between the input and the painted mark; null where a mark was missing. */
	marks: number | null;
	/** From the input mark to the frame after the paint was presented (double rAF); null without input mark. */
	frame: number | null;
	/** Wall time in the driver: from the input action until the page saw that frame (includes the driver's polling). */
	wall: number;
}

export async function paintedCount(page: Page, contract: Contract): Promise<number> {
	return page.$eval(contract.wrapper, (el) => Number((el as HTMLElement).dataset.painted ?? 0));
}

/** Waits for the first paint; false when the wrapper or the counter never appeared. */
export async function waitForFirstPaint(page: Page, contract: Contract, timeout = 60_000): Promise<boolean> {
	try {
		await page.waitForFunction(
			(selector) =>
				Number((document.querySelector(selector) as HTMLElement | null)?.dataset.painted ?? 0) >= 1,
			contract.wrapper,
			{ timeout, polling: 100 }
		);
		return true;
	} catch {
		return false;
	}
}

/**
 * One switch: clears the two marks, runs `act` (the user's input), waits until the map counted a
 * new paint, and reads the measure between the marks.
 */
export async function oneSwitch(
	page: Page,
	contract: Contract,
	kind: Switch['kind'],
	act: () => Promise<void>
): Promise<Switch> {
	// The paint mark comes when MapLibre has issued its draw calls; with WebGL in software the
	// picture is done later. So also the frame after next once data-painted counted up (two
	// requestAnimationFrame). A string, because the bundler's helpers do not exist in the page.
	await page.evaluate(`(() => {
		performance.clearMarks(${JSON.stringify(contract.inputMark)});
		performance.clearMarks(${JSON.stringify(contract.paintedMark)});
		window.__b4Frame = null;
		const wrapper = document.querySelector(${JSON.stringify(contract.wrapper)});
		const observer = new MutationObserver(() => {
			observer.disconnect();
			requestAnimationFrame(() => requestAnimationFrame(() => (window.__b4Frame = performance.now())));
		});
		observer.observe(wrapper, { attributes: true, attributeFilter: ['data-painted'] });
	})()`);
	const start = performance.now();
	await act();
	// A function, not a string: the app's Content Security Policy forbids eval.
	await page.waitForFunction(
		() => (window as unknown as { __b4Frame: number | null }).__b4Frame !== null,
		undefined,
		{
			// A state seen for the first time is computed by the server (tens of seconds for 10,000 units).
			timeout: 180_000,
			polling: 'raf'
		}
	);
	const wall = performance.now() - start;
	const measured = (await page.evaluate(`(async () => {
		// The counter and the mark may come in either order: give the mark a moment.
		for (let i = 0; i < 50 && performance.getEntriesByName(${JSON.stringify(contract.paintedMark)}).length === 0; i++)
			await new Promise((r) => setTimeout(r, 10));
		const input = performance.getEntriesByName(${JSON.stringify(contract.inputMark)}).at(-1);
		const painted = performance.getEntriesByName(${JSON.stringify(contract.paintedMark)}).at(-1);
		if (!input) return { marks: null, frame: null };
		return {
			marks: painted && painted.startTime >= input.startTime ? painted.startTime - input.startTime : null,
			frame: window.__b4Frame - input.startTime
		};
	})()`)) as { marks: number | null; frame: number | null };
	return { kind, marks: measured.marks, frame: measured.frame, wall };
}

/** The frame times while the map is dragged around: requestAnimationFrame deltas in the page. */
export async function panFrames(page: Page, canvasSelector: string, drags = 6): Promise<number[]> {
	const canvas = page.locator(canvasSelector).first();
	await canvas.scrollIntoViewIfNeeded();
	const box = await canvas.boundingBox();
	if (!box) throw new Error(`${canvasSelector} nicht sichtbar`);
	// As a string: the bundler's helpers (keepNames) do not exist in the page.
	await page.evaluate(`(() => {
		window.__frames = [];
		window.__recording = true;
		const tick = (t) => {
			window.__frames.push(t);
			if (window.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	})()`);
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const directions = [
		[1, 0],
		[0, 1],
		[-1, 0],
		[0, -1]
	] as const;
	for (let d = 0; d < drags; d++) {
		const [dx, dy] = directions[d % directions.length]!;
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		// 40 moves of 6 px about one frame apart: a steady drag of ~0.7 s, like a hand would.
		for (let step = 1; step <= 40; step++) {
			await page.mouse.move(cx + dx * step * 6, cy + dy * step * 6);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
		await page.waitForTimeout(150);
	}
	const times = await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __recording: boolean };
		w.__recording = false;
		return w.__frames;
	});
	return times.slice(1).map((t, i) => t - times[i]!);
}

/** Every JavaScript response of a context (page and workers), with its body gzipped at level 9. */
export interface Script {
	url: string;
	bytes: number;
	gzip: number;
	maplibre: boolean;
}

export function collectScripts(context: BrowserContext): () => Promise<Script[]> {
	const responses: Response[] = [];
	context.on('response', (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (/javascript|ecmascript/.test(type) || /\.m?js(\?|$)/.test(response.url())) responses.push(response);
	});
	return async () => {
		const scripts: Script[] = [];
		for (const response of responses) {
			const body = await response.body().catch(() => null);
			if (!body) continue;
			const text = body.toString('utf8');
			scripts.push({
				url: response.url(),
				bytes: body.length,
				gzip: gzipSync(body, { level: 9 }).length,
				// The MapLibre chunks: its own global name, or its file name (the worker, the CSS module).
				maplibre: /maplibre/i.test(new URL(response.url()).pathname) || text.includes('maplibregl')
			});
		}
		return scripts;
	};
}

/** The first load of a page: navigation timing and the first paint mark, relative to navigation start. */
export interface FirstLoad {
	/** First byte of the HTML (the server's work for the page). */
	responseStart: number;
	domContentLoaded: number;
	load: number;
	mapPainted: number | null;
}

/** The first call of a page after the server started, with its value cache empty. */
export interface Warmup extends FirstLoad {
	label: string;
}

export async function firstLoadTimes(page: Page, paintedMark: string): Promise<FirstLoad> {
	return page.evaluate((mark) => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const painted = performance.getEntriesByName(mark)[0];
		return {
			responseStart: nav.responseStart,
			domContentLoaded: nav.domContentLoadedEventEnd,
			load: nav.loadEventEnd,
			mapPainted: painted ? painted.startTime : null
		};
	}, paintedMark);
}

export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return (
		sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
	);
}
