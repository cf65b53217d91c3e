import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

declare global {
	interface Window {
		axe?: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
	}
}

/** Runs axe-core on the current page and fails with a readable list of every WCAG 2.1 A/AA violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	// Not page.addScriptTag: the app's Content Security Policy (rightly) blocks inline scripts.
	// Evaluating through the DevTools protocol is not subject to it, so the CSP stays on in tests.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const result = await window.axe!.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
		}));
	});
	expect(violations, `axe-core violations on ${page.url()}`).toEqual([]);
}
