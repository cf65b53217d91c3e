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

/** Jugendamt, Schulverwaltung, Sozialamt, Gesundheitsamt, Jobcenter, Stabsstelle … of one tenant. */
export const department = pgTable(
	'department',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenant.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		unique('department_tenant_name').on(t.tenantId, t.name)
	]
);

export const departmentForeignKey = (tenantId: AnyPgColumn, departmentId: AnyPgColumn) =>
	foreignKey({ columns: [tenantId, departmentId], foreignColumns: [department.tenantId, department.id] });
