/**
 * Which engine the integration tests run on: the embedded PGlite (default, `npm test`) or a real
 * PostgreSQL server (`npm run test:pg`, URL of a role that may create databases in TEST_DATABASE_URL).
 */
export const testEngine: 'pglite' | 'postgres' =
	process.env.QS_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export const testServerUrl =
	process.env.TEST_DATABASE_URL ?? 'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';

export const templateDatabase = 'querschnitt_test_template';

export function databaseUrl(name: string): string {
	const url = new URL(testServerUrl);
	url.pathname = `/${name}`;
	return url.toString();
}
