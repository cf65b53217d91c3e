import type { Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { UnitLabel } from './choropleth-units';

/** Labels only when at most this many units are in view (scaled down on small screens). */
const maxLabels = 40;

/**
 * Names of the units in view, as HTML markers (class `qs-choropleth__label`, styled by the map):
 * only when few enough are in view to read them. Hidden from screen readers, which get the table.
 */
export class MapLabels {
	private markers = new Map<string, Marker>();

	constructor(private maplibre: typeof import('maplibre-gl')) {}

	update(map: MapLibreMap, labels: readonly UnitLabel[]) {
		const view = map.getBounds();
		const canvas = map.getCanvas();
		const cap = Math.max(
			6,
			Math.min(maxLabels, Math.floor((canvas.clientWidth * canvas.clientHeight) / 12_000))
		);
		const inView = labels.filter((l) => view.contains(l.point));
		const wanted = new Set(inView.length <= cap ? inView.map((l) => l.code) : []);
		for (const [code, marker] of this.markers)
			if (!wanted.has(code)) {
				marker.remove();
				this.markers.delete(code);
			}
		for (const entry of inView) {
			if (!wanted.has(entry.code) || this.markers.has(entry.code)) continue;
			const element = document.createElement('div');
			element.className = 'qs-choropleth__label';
			element.setAttribute('aria-hidden', 'true');
			element.textContent = entry.name;
			this.markers.set(entry.code, new this.maplibre.Marker({ element }).setLngLat(entry.point).addTo(map));
		}
	}

	clear() {
		for (const marker of this.markers.values()) marker.remove();
		this.markers.clear();
	}
}
