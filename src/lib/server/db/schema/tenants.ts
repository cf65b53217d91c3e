import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	foreignKey,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { tenantKinds } from '../../../core/tenancy/tenant-kinds';

export const tenantKind = pgEnum('tenant_kind', tenantKinds);

/** A local authority using the platform: Kreis, kreisfreie Stadt or Gemeinde (which may belong to a Kreis). */
export const tenant = pgTable('tenant', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	kind: tenantKind('kind').notNull(),
	/** Amtlicher Gemeindeschlüssel (8 digits) or Kreisschlüssel (5 digits). */
	ags: text('ags'),
	parentId: uuid('parent_id').references((): AnyPgColumn => tenant.id),
	createdAt: timestamp('created_at', { withTimezone: true })
		.notNull()
		.default(sql`now()`)
});

/**
 * The two columns every table of tenant-owned rows starts with: the tenant (its rows go when it is
 * deleted) and the row's id. Together they are the primary key (`tenantKey`), so that every foreign
 * key between such tables carries the tenant too and rows of two tenants can never point at each other.
 * A function, because a Drizzle column builder belongs to one table.
 */
export const tenantScoped = () => ({
	tenantId: uuid('tenant_id')
		.notNull()
		.references(() => tenant.id, { onDelete: 'cascade' }),
	id: uuid('id').notNull().defaultRandom()
});

/** The primary key (tenant_id, id) of a table built with `tenantScoped`. */
export const tenantKey = (t: { tenantId: AnyPgColumn; id: AnyPgColumn }) =>
	primaryKey({ columns: [t.tenantId, t.id] });

/** Jugendamt, Schulverwaltung, Sozialamt, Gesundheitsamt, Jobcenter, Stabsstelle … of one tenant. */
export const department = pgTable(
	'department',
	{
		...tenantScoped(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [tenantKey(t), unique('department_tenant_name').on(t.tenantId, t.name)]
);

export const departmentForeignKey = (tenantId: AnyPgColumn, departmentId: AnyPgColumn) =>
	foreignKey({ columns: [tenantId, departmentId], foreignColumns: [department.tenantId, department.id] });
