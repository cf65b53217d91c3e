import { z } from 'zod';
import { pageSchema } from './common';
import { component, described, int, nullableDate, nullableText, text } from './registry';

/** Spatial layers and their units, as a list and as GeoJSON. */
export const layerSchema = component(
	'Layer',
	z.object({
		code: text,
		name: text,
		parentCode: nullableText,
		depth: described(int, '0 = oberste Ebene'),
		unitCount: int,
		metricSrid: described(int, 'Metrisches Koordinatensystem (EPSG)'),
		validFrom: nullableDate,
		validTo: nullableDate,
		description: nullableText
	})
);

export const unitSchema = component(
	'Unit',
	z.object({
		code: text,
		name: text,
		parentCode: nullableText,
		hasGeometry: z.boolean(),
		validFrom: nullableDate,
		validTo: nullableDate
	})
);

const geometry = described(
	z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }).nullable(),
	'GeoJSON-Geometrie (Polygon oder MultiPolygon) in EPSG:4326; null ohne Fläche'
);

export const unitFeatureCollectionSchema = component(
	'UnitFeatureCollection',
	z.object({
		type: z.literal('FeatureCollection'),
		features: z.array(
			z.object({
				type: z.literal('Feature'),
				id: text,
				properties: z.object({ code: text, name: text, parentCode: nullableText }),
				geometry
			})
		)
	})
);

export const layerPageSchema = pageSchema('LayerPage', layerSchema);
export const unitPageSchema = pageSchema('UnitPage', unitSchema);

export type LayerResource = z.output<typeof layerSchema>;
export type UnitResource = z.output<typeof unitSchema>;
