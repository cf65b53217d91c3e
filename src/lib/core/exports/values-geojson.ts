import { noteOf } from './value-rows';
import type { ValueStatus } from '../indicator/cell';
import { roundForDisplay } from '../indicator/rounding';
import { exportedDecimals, type ExportValueSet, type ValueExportOptions } from './value-set';

/** The units of a layer as GeoJSON, as `unitFeatures` (spatial-layer.service) returns them. */
export interface UnitFeatures {
	type: 'FeatureCollection';
	features: readonly {
		type: 'Feature';
		id?: string | number;
		properties: { code: string; name: string; parentCode: string | null };
		geometry: unknown;
	}[];
}

export interface ValueFeatureProperties {
	code: string;
	name: string;
	parentCode: string | null;
	indicator: string;
	indicatorName: string;
	/** ISO date (2016-12-31); null when the indicator has no data yet. */
	date: string | null;
	value: number | null;
	unitLabel: string;
	status: ValueStatus;
	/** Share of source units with data, 0–1. */
	coverage: number | null;
	covered: number;
	total: number;
	numerator: number | null;
	denominator: number | null;
	/** An estimate's weight, or why the value is missing (as the CSV's "Hinweis"); empty otherwise. */
	note: string;
}

export interface ValueFeatureCollection {
	type: 'FeatureCollection';
	features: {
		type: 'Feature';
		id?: string | number;
		properties: ValueFeatureProperties;
		geometry: unknown;
	}[];
}

/**
 * One feature per unit of the layer with the indicator's value at one date as properties (flat,
 * so that QGIS and other GIS show them as attribute columns). EPSG:4326 as `unitFeatures` gives
 * it. A unit without a computed value keeps its shape with value null and status "missing".
 */
export function valuesGeoJson(
	units: UnitFeatures,
	set: ExportValueSet,
	options: ValueExportOptions = {}
): ValueFeatureCollection {
	const decimals = exportedDecimals(set, options);
	const byCode = new Map(set.values.map((v) => [v.code, v]));
	return {
		type: 'FeatureCollection',
		features: units.features.map((feature) => {
			const v = byCode.get(feature.properties.code);
			const value = v?.value ?? null;
			return {
				type: 'Feature',
				...(feature.id === undefined ? {} : { id: feature.id }),
				properties: {
					code: feature.properties.code,
					name: feature.properties.name,
					parentCode: feature.properties.parentCode,
					indicator: set.indicator.code,
					indicatorName: set.indicator.name,
					date: set.date || null,
					value: value !== null && decimals !== null ? roundForDisplay(value, decimals) : value,
					unitLabel: set.indicator.unitLabel,
					status: v?.status ?? 'missing',
					coverage: v?.coverage ?? null,
					covered: v?.covered ?? 0,
					total: v?.total ?? 0,
					numerator: v?.numerator ?? null,
					denominator: v?.denominator ?? null,
					note: noteOf(set, { value, numerator: v?.numerator ?? null })
				},
				geometry: feature.geometry
			};
		})
	};
}
