import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Bounds } from '../../core/catalogue/geojson-bounds';
import type { Translate } from '../../core/i18n/translate';
import type { Feature, FeatureCollection } from 'geojson';
import { hatchImage, hatchImageIds } from './hatch';

/**
 * The MapLibre map of the thematic map: how it is created, the sources and layers of the units
 * and how a class colour reaches them. The component (ChoroplethMap) decides when to add and
 * recolour.
 */

export const palette = {
	background: '#f4f6f8',
	line: '#5b6670',
	hoverLine: '#1b1b1b',
	selectedLine: '#111111',
	selectedCasing: '#ffffff'
};
const noFill = 'rgba(0, 0, 0, 0)';

/** The two small overlay sources: hatched (missing, withheld) and chosen units. */
export type OverlaySource = 'units-hatched' | 'units-chosen';

export const collection = (features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/** The fill colour of a unit: its class index (feature-state `cls`) picks from the class colours. */
export function fillColour(list: readonly string[]): ExpressionSpecification | string {
	if (list.length === 0) return noFill;
	return [
		'match',
		['feature-state', 'cls'],
		...list.flatMap((colour, i) => [i, colour]),
		noFill
	] as ExpressionSpecification;
}

const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** The style when no basemap is configured: a plain background. */
const plainStyle: StyleSpecification = {
	version: 8,
	// Paint changes take effect at once: no 300 ms fade that would delay the painted mark.
	transition: { duration: 0, delay: 0 },
	sources: {},
	layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.background } }]
};

export interface MapSetup {
	container: HTMLElement;
	/** The accessible name of the map's canvas. */
	label: string;
	/** Id of the text that explains the map. */
	describedBy?: string;
	basemapStyleUrl: string | null;
	bounds: Bounds | null;
	tr: Translate;
}

/** A map without rotation (north stays up), zoom buttons, and the canvas named for screen readers. */
export function createMap(library: typeof import('maplibre-gl'), setup: MapSetup): MapLibreMap {
	const created = new library.Map({
		container: setup.container,
		style: setup.basemapStyleUrl ?? plainStyle,
		bounds: setup.bounds ?? undefined,
		fitBoundsOptions: { padding: 16 },
		attributionControl: setup.basemapStyleUrl ? undefined : false,
		dragRotate: false,
		pitchWithRotate: false,
		locale: {
			'Map.Title': setup.label,
			'NavigationControl.ZoomIn': setup.tr('map.zoomIn'),
			'NavigationControl.ZoomOut': setup.tr('map.zoomOut')
		}
	});
	// MapLibre names its canvas (a focusable region: arrows pan, +/- zoom) after Map.Title.
	if (setup.describedBy) created.getCanvas().setAttribute('aria-describedby', setup.describedBy);
	created.addControl(new library.NavigationControl({ showCompass: false }), 'top-right');
	return created;
}

/** Adds the unit sources and layers; over a basemap the fill lets a little of it through. */
export function addUnitLayers(
	target: MapLibreMap,
	data: FeatureCollection,
	colours: readonly string[],
	overBasemap: boolean
) {
	const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
	for (const kind of ['missing', 'suppressed'] as const)
		if (!target.hasImage(hatchImageIds[kind]))
			target.addImage(hatchImageIds[kind], hatchImage(kind, ratio), { pixelRatio: ratio });
	target.addSource('units', { type: 'geojson', data, promoteId: 'code' });
	// Hatched and chosen units are few: they get small sources of their own, so that their
	// layers do not draw (invisibly) every unit in every frame, which costs a third more per frame.
	target.addSource('units-hatched', { type: 'geojson', data: collection([]) });
	target.addSource('units-chosen', { type: 'geojson', data: collection([]) });
	target.addLayer({
		id: 'units-fill',
		type: 'fill',
		source: 'units',
		paint: { 'fill-color': fillColour(colours), 'fill-opacity': overBasemap ? 0.8 : 1 }
	});
	for (const kind of ['missing', 'suppressed'] as const)
		target.addLayer({
			id: `units-${kind}`,
			type: 'fill',
			source: 'units-hatched',
			filter: ['==', ['get', 'status'], kind],
			paint: { 'fill-pattern': hatchImageIds[kind] }
		});
	target.addLayer({
		id: 'units-line',
		type: 'line',
		source: 'units',
		paint: {
			'line-color': ['case', isHovered, palette.hoverLine, palette.line],
			'line-width': ['case', isHovered, 2.5, 0.6]
		}
	});
	// The chosen units: a white casing under a thick dark line, visible on light and dark fills.
	target.addLayer({
		id: 'units-selected-casing',
		type: 'line',
		source: 'units-chosen',
		paint: { 'line-color': palette.selectedCasing, 'line-width': 6 }
	});
	target.addLayer({
		id: 'units-selected',
		type: 'line',
		source: 'units-chosen',
		paint: { 'line-color': palette.selectedLine, 'line-width': 3 }
	});
}
