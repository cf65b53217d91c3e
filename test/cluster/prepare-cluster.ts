// Prepares the PostgreSQL database the two app servers of the cluster test share: migrated, with
// the tenant "cluster" (one user per role) and a Bezirksregion layer to hang new units under.
import { loadConfig } from '../../src/lib/server/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { textFile } from '../../src/lib/server/importers/readers/test-files';
import { importUnits } from '../../src/lib/server/services/import.service';
import { contextFor, createTenantWorld, system } from '../support/fixtures';
import { tenantContext } from '../../src/lib/server/services/tenant-context';

const config = loadConfig();
if (config.database.engine !== 'postgres') throw new Error('prepare-cluster: DATABASE_URL fehlt');
const handle = await openDatabase(config.database);
await migrateDatabase(handle);
await createTenantWorld(handle.db, 'cluster');
await importUnits(await tenantContext(contextFor(handle.db, system), 'cluster'), {
	layer: { code: 'bezirksregion', name: 'Bezirksregion' },
	files: [textFile('bzr.csv', 'Schlüssel;Name\n010111;Tiergarten Süd\n')]
});
await handle.close();
