// B3, step 1 (own process, so that the embedded database is free again afterwards): the demo
// database (tenant "berlin" with the Berlin data) in DATA_DIR and an API token of the demo user,
// printed as the last line of stdout.
import { loadConfig } from '../../src/lib/server/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { findUserByLogin } from '../../src/lib/server/repositories/user.repository';
import { createApiToken } from '../../src/lib/server/services/api-token.service';
import { actorOfUser } from '../../src/lib/server/services/auth.service';
import { demoUsername, seedDemo } from '../../src/lib/server/seed/demo';

const config = loadConfig();
const handle = await openDatabase(config.database);
try {
	await migrateDatabase(handle);
	await seedDemo(handle.db, config);
	const user = await findUserByLogin(handle.db, demoUsername);
	if (!user) throw new Error('Demo-Benutzer fehlt');
	const actor = await actorOfUser(handle.db, user);
	const { token } = await createApiToken(
		{ db: handle.db, actor, now: new Date() },
		{ name: 'Benchmark B3', expiresInDays: 1 }
	);
	console.log(JSON.stringify({ token }));
} finally {
	await handle.close();
}
