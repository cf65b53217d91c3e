import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { tenant } from './tenants';

/**
 * A tenant's supply and need settings (core/supply/supply-settings.ts): the age bands with their
 * capacity code, population variables and Bedarfsquote, and the catchment of the 2SFCA. Kept whole
 * as JSON: read and written as one thing. Without a row the defaults apply.
 */
export const supplySetting = pgTable('supply_setting', {
	tenantId: uuid('tenant_id')
		.primaryKey()
		.references(() => tenant.id, { onDelete: 'cascade' }),
	settings: jsonb('settings').notNull()
});
