import type { SpatialLayerListItem } from '../../repositories/spatial-layer.repository';
import type { SpatialUnitListItem } from '../../repositories/spatial-unit.repository';
import type { LayerResource, UnitResource } from '../schemas/spatial';

/**
 * Layers and units as the API shows them: codes instead of internal ids and no tenant id, so that
 * a client's scripts survive a re-import (which gives units new ids but keeps their codes). The
 * return types are inferred from the schemas the OpenAPI document is generated from.
 */
export function layerResource(layer: SpatialLayerListItem): LayerResource {
	return {
		code: layer.code,
		name: layer.name,
		parentCode: layer.parentCode,
		depth: layer.depth,
		unitCount: layer.unitCount,
		metricSrid: layer.metricSrid,
		validFrom: layer.validFrom,
		validTo: layer.validTo,
		description: layer.description
	};
}

export function unitResource(unit: SpatialUnitListItem): UnitResource {
	return {
		code: unit.code,
		name: unit.name,
		parentCode: unit.parentCode,
		hasGeometry: unit.hasGeometry,
		validFrom: unit.validFrom,
		validTo: unit.validTo
	};
}
