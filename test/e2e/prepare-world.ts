// Prepares the embedded database for the browser tests: demo tenant, a tenant with one user per
// role ("testcity", with the Berlin data so that the data routes have something to answer) and a
// foreign tenant ("fremd"), all created through the services.
import { loadConfig } from '../../src/lib/server/config';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { seedBerlin } from '../../src/lib/server/seed/berlin';
import { seedDemo } from '../../src/lib/server/seed/demo';
import { contextFor, createTenantWorld, system } from '../support/fixtures';
import { tenantContext } from '../../src/lib/server/services/tenant-context';

const config = loadConfig();
const handle = await openDatabase(config.database);
await migrateDatabase(handle);
await seedDemo(handle.db, config);
await createTenantWorld(handle.db, 'testcity');
await seedBerlin(await tenantContext(contextFor(handle.db, system), 'testcity'));
await createTenantWorld(handle.db, 'fremd');
await handle.close();
