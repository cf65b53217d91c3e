import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Two app servers on one PostgreSQL (scripts/cluster-servers.js): the import wizard's uploads and
 * jobs live in the database, so a user may be served by either (issue 13). Needs the PostgreSQL
 * server of CLUSTER_DATABASE_URL (default: the local test role) with the right to create databases.
 */
export const clusterPorts = [4202, 4203] as const;

export default defineConfig({
	...base,
	testDir: 'test/cluster',
	workers: 1,
	projects: [{ name: 'cluster', use: { baseURL: `http://localhost:${clusterPorts[0]}` } }],
	webServer: {
		command: 'node scripts/cluster-servers.js',
		// B starts after A: when B answers, both do.
		url: `http://localhost:${clusterPorts[1]}/api/v1/health`,
		env: { CLUSTER_PORT_A: String(clusterPorts[0]), CLUSTER_PORT_B: String(clusterPorts[1]) },
		timeout: 480_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		// Time to stop both servers and drop the test database.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 }
	}
});
