import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { spatialLayer } from '../db/schema';

export type SpatialLayerRow = typeof spatialLayer.$inferSelect;

export interface NewSpatialLayer {
	tenantId: string;
	code: string;
	name: string;
	parentLayerId?: string | null;
	/** Metric CRS for areas and distances; the schema's default (EPSG:25832) when not given. */
	metricSrid?: number;
	validFrom?: string | null;
	validTo?: string | null;
	description?: string | null;
}

/** A layer as listed: with its parent's code, its depth (0 = top) and how many units it has. */
export interface SpatialLayerListItem extends SpatialLayerRow {
	parentCode: string | null;
	depth: number;
	unitCount: number;
}

export async function insertSpatialLayer(db: Database, values: NewSpatialLayer): Promise<SpatialLayerRow> {
	const [row] = await db.insert(spatialLayer).values(values).returning();
	return row!;
}

export async function findSpatialLayer(
	db: Database,
	tenantId: string,
	code: string
): Promise<SpatialLayerRow | undefined> {
	const [row] = await db
		.select()
		.from(spatialLayer)
		.where(and(eq(spatialLayer.tenantId, tenantId), eq(spatialLayer.code, code)));
	return row;
}

export async function findSpatialLayerById(
	db: Database,
	tenantId: string,
	id: string
): Promise<SpatialLayerRow | undefined> {
	const [row] = await db
		.select()
		.from(spatialLayer)
		.where(and(eq(spatialLayer.tenantId, tenantId), eq(spatialLayer.id, id)));
	return row;
}

/** The tenant's layers from the top down (Bezirk before Planungsraum), then by code. */
export async function listSpatialLayers(db: Database, tenantId: string): Promise<SpatialLayerListItem[]> {
	const parent = alias(spatialLayer, 'parent');
	const rows = await db
		.select({
			layer: spatialLayer,
			parentCode: parent.code,
			unitCount: sql<number>`(select count(*) from spatial_unit u
				where u.tenant_id = ${spatialLayer.tenantId} and u.layer_id = ${spatialLayer.id})::int`
		})
		.from(spatialLayer)
		.leftJoin(
			parent,
			and(eq(parent.tenantId, spatialLayer.tenantId), eq(parent.id, spatialLayer.parentLayerId))
		)
		.where(eq(spatialLayer.tenantId, tenantId));
	const parentOf = new Map(rows.map((r) => [r.layer.id, r.layer.parentLayerId]));
	const depthOf = (id: string): number => {
		let depth = 0;
		// Bounded: a cycle of parent layers (which the schema does not forbid) must not hang the list.
		for (let at = parentOf.get(id); at && depth < 32; at = parentOf.get(at)) depth++;
		return depth;
	};
	return rows
		.map((r) => ({
			...r.layer,
			parentCode: r.parentCode,
			depth: depthOf(r.layer.id),
			unitCount: r.unitCount
		}))
		.sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
}
