import { boolean, integer, pgEnum, pgTable, uuid } from 'drizzle-orm/pg-core';
import { tenant } from './tenants';

export const disclosureMethod = pgEnum('disclosure_method', ['suppress', 'round']);

/**
 * A tenant's disclosure rules (DOMAIN.md §2). Which variables are counts of persons is a property of
 * the variable (`variable.person_count`). Without a row the defaults apply (k = 3, suppression,
 * nothing published).
 */
export const disclosureSetting = pgTable('disclosure_setting', {
	tenantId: uuid('tenant_id')
		.primaryKey()
		.references(() => tenant.id, { onDelete: 'cascade' }),
	minimumCount: integer('minimum_count').notNull().default(3),
	method: disclosureMethod('method').notNull().default('suppress'),
	roundingBase: integer('rounding_base').notNull().default(5),
	publishZeros: boolean('publish_zeros').notNull().default(false),
	/**
	 * The tenant publishes its values: the public (and API tokens marked public) may read them,
	 * disclosure-controlled. Off by default: nothing leaves a tenant unless it says so.
	 */
	published: boolean('published').notNull().default(false)
});
