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
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
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
export async function createLayer(tc: TenantContext, input: unknown): Promise<SpatialLayerRow> {
	const values = parseInput(layerInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		if (await findSpatialLayer(tx, tc.tenant.id, values.code))
			throw new AppError('layer.duplicate', { layer: values.code });
		let parentLayerId: string | null = null;
		if (values.parent) {
			const parent = await findSpatialLayer(tx, tc.tenant.id, values.parent);
			if (!parent) throw new AppError('layer.not_found', { layer: values.parent }, { parent: 'unbekannt' });
			parentLayerId = parent.id;
		}
		const layer = await insertSpatialLayer(tx, {
			tenantId: tc.tenant.id,
			code: values.code,
			name: values.name,
			parentLayerId,
			metricSrid: values.metricSrid,
			validFrom: values.validFrom,
			validTo: values.validTo,
			description: values.description
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'spatial_layer',
			entityId: layer.id,
			action: 'create',
			after: { ...values, metricSrid: layer.metricSrid }
		});
		return layer;
	});
}

export async function listLayers(tc: TenantContext): Promise<SpatialLayerListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listSpatialLayers(tc.db, tc.tenant.id);
}

/** The layer of a code; the first step (and the one check) of the use cases on its units below. */
export async function getLayer(tc: TenantContext, layerCode: string): Promise<SpatialLayerRow> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const layer = await findSpatialLayer(tc.db, tc.tenant.id, layerCode);
	if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
	return layer;
}

/** One layer as the list shows it: with its parent's code, depth and number of units. */
export async function describeLayer(tc: TenantContext, layerCode: string): Promise<SpatialLayerListItem> {
	const found = (await listLayers(tc)).find((l) => l.code === layerCode);
	if (!found) throw new AppError('layer.not_found', { layer: layerCode });
	return found;
}

export async function listUnits(tc: TenantContext, layerCode: string): Promise<SpatialUnitListItem[]> {
	const layer = await getLayer(tc, layerCode);
	return listSpatialUnits(tc.db, layer.tenantId, layer.id);
}

export async function getUnit(
	tc: TenantContext,
	layerCode: string,
	unitCode: string
): Promise<SpatialUnitListItem> {
	const layer = await getLayer(tc, layerCode);
	const unit = await findSpatialUnit(tc.db, layer.tenantId, layer.id, unitCode);
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
	tc: TenantContext,
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
	const layer = await getLayer(tc, layerCode);
	return unitFeatureCollection(tc.db, layer.tenantId, layer.id, {
		simplifyMetres: simplify,
		metricSrid: layer.metricSrid
	});
}

export type { UnitFeatureCollection } from '../repositories/spatial-unit.repository';
