import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../lib/core/auth/policy';
import { loadConfig, type Config } from '../lib/server/config';
import type { DatabaseHandle } from '../lib/server/db/client';
import { projectRoot } from '../lib/server/db/project-root';
import type { ServiceContext } from '../lib/server/services/context';
import type { TenantContext } from '../lib/server/services/tenant-context';
import { note } from './output';

/** Every change made with the CLI is audited under this actor. */
export const cliActor: Actor = { kind: 'system', label: 'cli' };

/**
 * The server's configuration, with one difference: a relative DATA_DIR is taken from the project
 * folder (as `npm start` does, which runs there), not from wherever the CLI is called, so both
 * always use the same embedded database.
 */
export function cliConfig(): Config {
	const env = { ...process.env };
	if (!env.DATABASE_URL) env.DATA_DIR = path.resolve(projectRoot(), env.DATA_DIR || 'data');
	return loadConfig(env);
}

export function describeDatabase(database: Config['database']): string {
	if (database.engine === 'pglite') return `eingebettet (PGlite) in ${database.dataDir}`;
	// Host, port and database name only: the URL may carry a password.
	const url = new URL(database.url);
	return `PostgreSQL-Server ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Opens and migrates the configured database, runs `work` as the CLI actor and closes it again. */
export async function withServices<T>(
	work: (ctx: ServiceContext, handle: DatabaseHandle) => Promise<T>,
	config: Config = cliConfig()
): Promise<T> {
	const database = config.database;
	if (database.engine === 'pglite' && !existsSync(path.join(database.dataDir, 'PG_VERSION'))) {
		note(`Lege die eingebettete Datenbank in ${database.dataDir} an (einmalig, etwa 15 Sekunden) …`);
	}
	// Loaded here, not at the top: help pages and wrong calls then answer without loading PGlite.
	const { openDatabase } = await import('../lib/server/db/client');
	const { migrateDatabase } = await import('../lib/server/db/migrate');
	const handle = await openDatabase(database);
	try {
		await migrateDatabase(handle);
		return await work({ db: handle.db, actor: cliActor, now: new Date() }, handle);
	} finally {
		// Follow-ups of the command's changes (goal ratings, in the background) finish before the database closes.
		const { dataChangesSettled } = await import('../lib/server/services/data-change');
		await dataChangesSettled();
		await handle.close();
	}
}

/**
 * `withServices` for one tenant: its context (tenant, data version, the CLI actor) is built once
 * from the slug, and a slug the database does not know ends the command with `tenant.not_found`.
 */
export async function withTenant<T>(
	slug: string,
	work: (tc: TenantContext, handle: DatabaseHandle) => Promise<T>
): Promise<T> {
	const { tenantContext } = await import('../lib/server/services/tenant-context');
	return withServices(async (ctx, handle) => work(await tenantContext(ctx, slug), handle));
}
