import { sql } from 'drizzle-orm';
import {
	date,
	doublePrecision,
	foreignKey,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { spatialLayer, spatialUnit } from './spatial';
import { tenantKey, tenantScoped } from './tenants';

/**
 * A composite social index (DOMAIN.md §1). The definition (core/index/definition.ts) is kept whole
 * as JSON: it is read and written as one thing, and every computation stores a copy of it.
 */
export const compositeIndex = pgTable(
	'composite_index',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		layerId: uuid('layer_id').notNull(),
		definition: jsonb('definition').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('composite_index_code').on(t.tenantId, t.code),
		foreignKey({ columns: [t.tenantId, t.layerId], foreignColumns: [spatialLayer.tenantId, spatialLayer.id] })
	]
);

/**
 * One computation of an index at one date, with the definition it used and the statistics
 * (means, standard deviations) the z-values came from. A new computation replaces the old one.
 */
export const compositeIndexRun = pgTable(
	'composite_index_run',
	{
		tenantId: uuid('tenant_id').notNull(),
		indexId: uuid('index_id').notNull(),
		date: date('date').notNull(),
		definition: jsonb('definition').notNull(),
		statistics: jsonb('statistics').notNull(),
		computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
		computedBy: text('computed_by').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.indexId, t.date] }),
		foreignKey({
			columns: [t.tenantId, t.indexId],
			foreignColumns: [compositeIndex.tenantId, compositeIndex.id]
		}).onDelete('cascade')
	]
);

/** A unit's result: unrounded index values, classes, or the reason it has none. */
export const compositeIndexResult = pgTable(
	'composite_index_result',
	{
		tenantId: uuid('tenant_id').notNull(),
		indexId: uuid('index_id').notNull(),
		date: date('date').notNull(),
		unitId: uuid('unit_id').notNull(),
		/** z-value per indicator code, status and dynamics: {"status": {...}, "dynamics": {...}}. */
		z: jsonb('z').notNull(),
		statusIndex: doublePrecision('status_index'),
		statusClass: text('status_class'),
		dynamicsIndex: doublePrecision('dynamics_index'),
		dynamicsClass: text('dynamics_class'),
		combinedClass: text('combined_class'),
		reason: text('reason'),
		reasonDetail: text('reason_detail'),
		dynamicsReason: text('dynamics_reason')
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.indexId, t.date, t.unitId] }),
		foreignKey({
			columns: [t.tenantId, t.indexId, t.date],
			foreignColumns: [compositeIndexRun.tenantId, compositeIndexRun.indexId, compositeIndexRun.date]
		}).onDelete('cascade'),
		foreignKey({
			columns: [t.tenantId, t.unitId],
			foreignColumns: [spatialUnit.tenantId, spatialUnit.id]
		}).onDelete('cascade')
	]
);
