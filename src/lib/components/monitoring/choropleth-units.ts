import type { Feature, FeatureCollection } from 'geojson';
import { geojsonBounds, type Bounds } from '../../core/catalogue/geojson-bounds';
import { labelPoint } from './label-points';

/** The value of one unit as the thematic map shows it. */
export interface MapValue {
	code: string;
	name: string;
	value: number | null;
	status: 'ok' | 'incomplete' | 'missing' | 'suppressed';
	rank: number | null;
}

/** How a unit is drawn: in its class colour, or hatched as missing or withheld. */
export function drawStatus(value: MapValue | undefined): 'ok' | 'missing' | 'suppressed' {
	if (value?.status === 'suppressed') return 'suppressed';
	if (!value || value.value === null || value.status === 'missing') return 'missing';
	return 'ok';
}

export interface UnitLabel {
	code: string;
	name: string;
	point: [number, number];
	size: number;
}

/** What the map looks up per unit of the loaded geometry: its feature, extent and label place. */
export interface UnitIndex {
	codes: string[];
	featureOf: Map<string, Feature>;
	boundsOf: Map<string, Bounds>;
	/** Larger units first: when labels must be capped, the big ones keep theirs. */
	labels: UnitLabel[];
}

export function indexUnits(data: FeatureCollection): UnitIndex {
	const index: UnitIndex = { codes: [], featureOf: new Map(), boundsOf: new Map(), labels: [] };
	for (const feature of data.features ?? []) {
		const code = feature.properties?.code;
		if (typeof code !== 'string') continue;
		index.codes.push(code);
		index.featureOf.set(code, feature);
		const bounds = geojsonBounds(feature);
		if (bounds) index.boundsOf.set(code, bounds);
		const at = labelPoint(feature.geometry);
		if (at) index.labels.push({ code, name: String(feature.properties?.name ?? code), ...at });
	}
	index.labels.sort((a, b) => b.size - a.size);
	return index;
}

export async function fetchGeometry(url: string): Promise<FeatureCollection> {
	const response = await fetch(url, { headers: { accept: 'application/geo+json, application/json' } });
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as FeatureCollection;
}
