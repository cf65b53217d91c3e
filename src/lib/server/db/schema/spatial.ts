import { sql } from 'drizzle-orm';
import {
	date,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { multiPolygon } from './geometry';
import { tenantKey, tenantScoped } from './tenants';

/**
 * A system of small areas: Gemeinde, Stadtbezirk, Sozialraum, Planungsraum, Schulbezirk, Baublock …
 * Nested layers name their parent layer; boundary vintages are layers of their own.
 */
export const spatialLayer = pgTable(
	'spatial_layer',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		parentLayerId: uuid('parent_layer_id'),
		/** Metric CRS for areas and distances (ETRS89 / UTM 32N or 33N, or LAEA Europe). */
		metricSrid: integer('metric_srid').notNull().default(25832),
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		description: text('description'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('spatial_layer_code').on(t.tenantId, t.code),
		foreignKey({ columns: [t.tenantId, t.parentLayerId], foreignColumns: [t.tenantId, t.id] })
	]
);

export const spatialUnit = pgTable(
	'spatial_unit',
	{
		...tenantScoped(),
		layerId: uuid('layer_id').notNull(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		parentUnitId: uuid('parent_unit_id'),
		geom: multiPolygon('geom'),
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		importId: uuid('import_id')
	},
	(t) => [
		tenantKey(t),
		unique('spatial_unit_code').on(t.tenantId, t.layerId, t.code),
		foreignKey({
			columns: [t.tenantId, t.layerId],
			foreignColumns: [spatialLayer.tenantId, spatialLayer.id]
		}).onDelete('cascade'),
		// No ON DELETE action: SET NULL would null tenant_id too; removing units clears children first.
		foreignKey({ columns: [t.tenantId, t.parentUnitId], foreignColumns: [t.tenantId, t.id] }),
		index('spatial_unit_parent').on(t.tenantId, t.parentUnitId),
		index('spatial_unit_geom').using('gist', t.geom)
	]
);

/**
 * Every unit with each of its ancestors (and itself, distance 0), kept in step with the units by
 * the unit import. Aggregating a variable to any layer is then one join and one GROUP BY.
 */
export const spatialUnitAncestor = pgTable(
	'spatial_unit_ancestor',
	{
		tenantId: uuid('tenant_id').notNull(),
		unitId: uuid('unit_id').notNull(),
		ancestorId: uuid('ancestor_id').notNull(),
		ancestorLayerId: uuid('ancestor_layer_id').notNull(),
		distance: integer('distance').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.unitId, t.ancestorId] }),
		index('spatial_unit_ancestor_layer').on(t.tenantId, t.ancestorLayerId),
		// Everything below one unit (its time series, pairing across layers) without a scan.
		index('spatial_unit_ancestor_descendants').on(t.tenantId, t.ancestorId, t.distance)
	]
);

/**
 * The state of units before a unit import updated them (name, parent, geometry), so that rolling
 * the import back restores them.
 */
export const spatialUnitReplaced = pgTable(
	'spatial_unit_replaced',
	{
		tenantId: uuid('tenant_id').notNull(),
		importId: uuid('import_id').notNull(),
		unitId: uuid('unit_id').notNull(),
		name: text('name').notNull(),
		parentUnitId: uuid('parent_unit_id'),
		geom: multiPolygon('geom')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.importId, t.unitId] })]
);
