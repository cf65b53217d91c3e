import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The start exactly as the README gives it: `npm start` in the project folder, with no variables of
 * our own (no ORIGIN, PORT, DATA_DIR or DEMO), on the default address. The browser tests of
 * test/e2e/ set ORIGIN and a fresh data folder themselves and so cannot see what a new user meets.
 */
export default defineConfig({
	...base,
	testDir: 'test/readme',
	timeout: 120_000,
	workers: 1,
	projects: [{ name: 'readme', use: { baseURL: 'http://localhost:3000' } }],
	webServer: {
		command: 'npm start',
		url: 'http://localhost:3000/api/v1/health',
		// The first start builds (when needed) and loads the Berlin demo data.
		timeout: 600_000,
		reuseExistingServer: false,
		stdout: 'pipe'
	}
});
