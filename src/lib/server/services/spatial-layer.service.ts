import { z } from 'zod';
import { AppError } from '../../core/errors';
import {
	findSpatialLayer,
	insertSpatialLayer,
	listSpatialLayers,
	type SpatialLayerListItem,
	type SpatialLayerRow
} from '../repositories/spatial-layer.repository';
import {
	findSpatialUnit,
	listSpatialUnits,
	unitFeatureCollection,
	type SpatialUnitListItem,
	type UnitFeatureCollection
} from '../repositories/spatial-unit.repository';
import { recordChange } from './audit.service';
import { authorize, type ServiceContext } from './context';
import { resolveTenant } from './tenant.service';
import { parseInput } from './validation';

const codePattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const codeMessage = '1–64 Zeichen: Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich, Unterstrich';
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

const layerInput = z
	.object({
		code: z.string().trim().regex(codePattern, codeMessage),
		name: z.string().trim().min(2).max(200),
		parent: z
			.string()
			.trim()
			.nullish()
			.transform((v) => v || null),
		/** ETRS89 / UTM 32N or 33N, or LAEA Europe: the metric systems German authorities use. */
		metricSrid: z
			.union([z.literal(25832), z.literal(25833), z.literal(3035)], {
				error: 'metrisches Koordinatensystem: 25832, 25833 oder 3035'
			})
			.optional(),
		validFrom: isoDate.nullish().transform((v) => v ?? null),
		validTo: isoDate.nullish().transform((v) => v ?? null),
		description: z
			.string()
			.trim()
			.max(2000)
			.nullish()
			.transform((v) => v || null)
	})
	.refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, {
		path: ['validTo'],
		message: 'liegt vor dem Beginn der Gültigkeit'
	});

/** Spatial layers are shared by all departments: planners and admins define them. */
export async function createLayer(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<SpatialLayerRow> {
	const values = parseInput(layerInput, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id, departmentId: null });
	return ctx.db.transaction(async (tx) => {
		if (await findSpatialLayer(tx, tenant.id, values.code))
			throw new AppError('layer.duplicate', { layer: values.code });
		let parentLayerId: string | null = null;
		if (values.parent) {
			const parent = await findSpatialLayer(tx, tenant.id, values.parent);
			if (!parent) throw new AppError('layer.not_found', { layer: values.parent }, { parent: 'unbekannt' });
			parentLayerId = parent.id;
		}
		const layer = await insertSpatialLayer(tx, {
			tenantId: tenant.id,
			code: values.code,
			name: values.name,
			parentLayerId,
			metricSrid: values.metricSrid,
			validFrom: values.validFrom,
			validTo: values.validTo,
			description: values.description
		});
		await recordChange(tx, ctx, {
			tenantId: tenant.id,
			entity: 'spatial_layer',
			entityId: layer.id,
			action: 'create',
			after: { ...values, metricSrid: layer.metricSrid }
		});
		return layer;
	});
}

export async function listLayers(ctx: ServiceContext, tenantSlug: string): Promise<SpatialLayerListItem[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	return listSpatialLayers(ctx.db, tenant.id);
}

export async function getLayer(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string
): Promise<SpatialLayerRow> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const layer = await findSpatialLayer(ctx.db, tenant.id, layerCode);
	if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
	return layer;
}

/** One layer as the list shows it: with its parent's code, depth and number of units. */
export async function describeLayer(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string
): Promise<SpatialLayerListItem> {
	const found = (await listLayers(ctx, tenantSlug)).find((l) => l.code === layerCode);
	if (!found) throw new AppError('layer.not_found', { layer: layerCode });
	return found;
}

export async function listUnits(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string
): Promise<SpatialUnitListItem[]> {
	const layer = await getLayer(ctx, tenantSlug, layerCode);
	return listSpatialUnits(ctx.db, layer.tenantId, layer.id);
}

export async function getUnit(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string,
	unitCode: string
): Promise<SpatialUnitListItem> {
	const layer = await getLayer(ctx, tenantSlug, layerCode);
	const unit = await findSpatialUnit(ctx.db, layer.tenantId, layer.id, unitCode);
	if (!unit) throw new AppError('unit.not_found', { unit: unitCode, layer: layerCode });
	return unit;
}

/** Above this a "simplified" shape says little more than a box; a typo (km for m) gets a clear error. */
export const maxSimplifyMetres = 10_000;

/**
 * The units of a layer as a GeoJSON FeatureCollection (EPSG:4326, 6 decimals; properties code, name,
 * parentCode; `geometry: null` for units without a shape), for maps and the API. `simplify` is a
 * tolerance in METRES, applied in the layer's metric CRS (`metricSrid`) with
 * ST_SimplifyPreserveTopology; 0 or absent gives the stored shapes.
 */
export async function unitFeatures(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string,
	options: { simplify?: number } = {}
): Promise<UnitFeatureCollection> {
	const simplify = options.simplify ?? 0;
	if (!Number.isFinite(simplify) || simplify < 0 || simplify > maxSimplifyMetres)
		throw new AppError(
			'validation.invalid',
			{ details: `simplify: eine Toleranz in Metern von 0 bis ${maxSimplifyMetres}` },
			{ simplify: `0 bis ${maxSimplifyMetres} Meter` }
		);
	const layer = await getLayer(ctx, tenantSlug, layerCode);
	return unitFeatureCollection(ctx.db, layer.tenantId, layer.id, {
		simplifyMetres: simplify,
		metricSrid: layer.metricSrid
	});
}

export type { UnitFeatureCollection } from '../repositories/spatial-unit.repository';
