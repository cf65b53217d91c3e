import { sql } from 'drizzle-orm';
import {
	date,
	doublePrecision,
	foreignKey,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { spatialLayer } from './spatial';
import { tenantKey, tenantScoped } from './tenants';

export const crosswalkMethod = pgEnum('crosswalk_method', ['areal', 'population']);

/**
 * Weights from the units of one layer to the units of another (DOMAIN.md §5): areal, or by the
 * population of a finer layer's variable at a date. One crosswalk per pair, method and date.
 */
export const crosswalk = pgTable(
	'crosswalk',
	{
		...tenantScoped(),
		fromLayerId: uuid('from_layer_id').notNull(),
		toLayerId: uuid('to_layer_id').notNull(),
		method: crosswalkMethod('method').notNull(),
		/** Population-weighted: the variable and layer whose counts weigh the intersections. */
		weightVariableId: uuid('weight_variable_id'),
		weightLayerId: uuid('weight_layer_id'),
		weightDate: date('weight_date'),
		/** Coverage and sliver statistics of the computation (core/crosswalk). */
		summary: jsonb('summary').notNull(),
		computedAt: timestamp('computed_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		computedBy: text('computed_by').notNull()
	},
	(t) => [
		tenantKey(t),
		unique('crosswalk_pair')
			.on(t.tenantId, t.fromLayerId, t.toLayerId, t.method, t.weightDate)
			.nullsNotDistinct(),
		foreignKey({
			columns: [t.tenantId, t.fromLayerId],
			foreignColumns: [spatialLayer.tenantId, spatialLayer.id]
		}).onDelete('cascade'),
		foreignKey({
			columns: [t.tenantId, t.toLayerId],
			foreignColumns: [spatialLayer.tenantId, spatialLayer.id]
		}).onDelete('cascade')
	]
);

/** w_st: the share of source unit s that goes to target unit t. */
export const crosswalkWeight = pgTable(
	'crosswalk_weight',
	{
		tenantId: uuid('tenant_id').notNull(),
		crosswalkId: uuid('crosswalk_id').notNull(),
		fromUnitId: uuid('from_unit_id').notNull(),
		toUnitId: uuid('to_unit_id').notNull(),
		weight: doublePrecision('weight').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.crosswalkId, t.fromUnitId, t.toUnitId] }),
		foreignKey({
			columns: [t.tenantId, t.crosswalkId],
			foreignColumns: [crosswalk.tenantId, crosswalk.id]
		}).onDelete('cascade')
	]
);
