import path from 'node:path';
import { AppError, isAppError } from '../core/errors';
import { getConfig, type Config } from './config';
import { openDatabase, type Database, type DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import { seedDemo } from './seed/demo';

/**
 * The running app's database, one per process (kept on globalThis because `vite dev` re-imports
 * server modules on every edit and would otherwise open a second PGlite on the same data).
 * If the database cannot be reached at start, the server still answers (503 with the reason)
 * and keeps trying, so it comes up by itself once the database is there.
 */
type State =
	| { status: 'starting' }
	| { status: 'ready'; handle: DatabaseHandle }
	| { status: 'unavailable'; error: AppError };

interface Runtime {
	state: State;
	started?: Promise<void>;
}

const key = Symbol.for('querschnitt.runtime');
const globals = globalThis as unknown as Record<symbol, Runtime | undefined>;
const runtime: Runtime = (globals[key] ??= { state: { status: 'starting' } });

const retryMs = 10_000;
/** A server restarted right after `kill -9` of the old one waits this long for it to be gone. */
const lockWaitMs = 15_000;

async function connect(config: Config): Promise<void> {
	try {
		const handle = await openDatabase(config.database, { lockWaitMs });
		await migrateDatabase(handle);
		if (config.demo.enabled) await seedDemo(handle.db, config);
		runtime.state = { status: 'ready', handle };
		process.once('sveltekit:shutdown', () => void handle.close());
		const where =
			config.database.engine === 'pglite'
				? `eingebettete Datenbank im Ordner ${path.resolve(config.database.dataDir)}`
				: `PostgreSQL-Server ${serverName(config.database.url)}`;
		console.log(`[querschnitt] Daten: ${where}.`);
	} catch (error) {
		if (isAppError(error) && error.code === 'db.locked') {
			// Another live process has the embedded database: nothing to retry, say so and stop.
			console.error(`[querschnitt] ${error.message}`);
			process.exit(1);
		}
		if (!isAppError(error) || !['db.unreachable', 'db.extension_missing'].includes(error.code)) throw error;
		runtime.state = { status: 'unavailable', error };
		console.error(`[querschnitt] ${error.message} Neuer Versuch in ${retryMs / 1000} s.`);
		setTimeout(() => void connect(config), retryMs).unref();
	}
}

/** Host, port and database of a server URL, never its password. */
function serverName(url: string): string {
	const parsed = new URL(url);
	return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

/** Opens, migrates and seeds the database once; a bad configuration ends the process with its reason. */
export function startRuntime(): Promise<void> {
	runtime.started ??= (async () => {
		let config: Config;
		try {
			config = getConfig();
		} catch (error) {
			console.error(`[querschnitt] ${(error as Error).message}`);
			console.error(
				'[querschnitt] Der Server wird nicht gestartet. Siehe README.md, Abschnitt „Konfiguration“.'
			);
			process.exit(1);
		}
		await connect(config);
	})();
	return runtime.started;
}

export function runtimeStatus(): State['status'] {
	return runtime.state.status;
}

/** The database, or `db.unreachable` while it is not there. */
export function database(): Database {
	if (runtime.state.status === 'ready') return runtime.state.handle.db;
	if (runtime.state.status === 'unavailable') throw runtime.state.error;
	throw new AppError('db.unreachable', { details: 'die Anwendung startet noch' });
}
