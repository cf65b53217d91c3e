/**
 * GeoJSON features as facility records: the properties become cells of a table (so the same column
 * mapping applies), the geometry must be one point. Pure.
 */
import type { FacilitySourceRecord } from './import-rows';

export interface FeatureLike {
	index: number;
	id?: string | number;
	properties: Record<string, string | number | boolean | null>;
	geometry: { type: string; coordinates?: unknown } | null;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function position(value: unknown): { x: number; y: number } | null {
	if (!Array.isArray(value) || value.length < 2 || !isNumber(value[0]) || !isNumber(value[1])) return null;
	return { x: value[0], y: value[1] };
}

/** The point of a geometry: a Point, or a MultiPoint with exactly one point; else why not. */
export function pointOfGeometry(
	geometry: FeatureLike['geometry']
): { x: number; y: number } | { problem: string } {
	if (!geometry)
		return { problem: 'Das Objekt hat keine Geometrie. Bitte geben Sie jeder Einrichtung einen Punkt.' };
	if (geometry.type === 'Point') {
		return (
			position(geometry.coordinates) ?? {
				problem: 'Der Punkt hat keine gültigen Koordinaten. Bitte exportieren Sie die Datei erneut.'
			}
		);
	}
	if (geometry.type === 'MultiPoint' && Array.isArray(geometry.coordinates)) {
		if (geometry.coordinates.length === 1) {
			return (
				position(geometry.coordinates[0]) ?? {
					problem: 'Der Punkt hat keine gültigen Koordinaten. Bitte exportieren Sie die Datei erneut.'
				}
			);
		}
		return {
			problem: `Die Geometrie ist ein MultiPoint mit ${geometry.coordinates.length} Punkten; eine Einrichtung hat genau einen Standort. Bitte teilen Sie das Objekt in einzelne Einrichtungen auf.`
		};
	}
	return {
		problem: `Die Geometrie ist ein ${geometry.type}, erwartet wird ein Punkt (Point). Bitte exportieren Sie die Einrichtungen als Punkte, z. B. mit dem Flächenschwerpunkt (Zentroid) Ihres GIS.`
	};
}

/**
 * Turns features into a header and records. The feature `id` is offered as column `id` when no
 * property has that name, because codes are often kept there.
 */
export function recordsOfFeatures(features: readonly FeatureLike[]): {
	header: string[];
	records: FacilitySourceRecord[];
} {
	const header: string[] = [];
	const seen = new Set<string>();
	for (const f of features) {
		for (const key of Object.keys(f.properties)) {
			if (!seen.has(key)) {
				seen.add(key);
				header.push(key);
			}
		}
	}
	const withId = !seen.has('id') && features.some((f) => f.id !== undefined);
	if (withId) header.unshift('id');
	const records = features.map((f) => ({
		row: f.index,
		cells: header.map((key) => {
			const value = withId && key === 'id' ? f.id : f.properties[key];
			return value === null || value === undefined ? '' : String(value);
		}),
		point: pointOfGeometry(f.geometry)
	}));
	return { header, records };
}
