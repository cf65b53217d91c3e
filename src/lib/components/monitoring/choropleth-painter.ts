import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { classOf } from '../../core/monitoring/classification';
import { collection, fillColour, type OverlaySource } from './choropleth-layers';
import { drawStatus, indexUnits, type MapValue, type UnitIndex } from './choropleth-units';

/**
 * Colours the units of a loaded map by class and keeps the overlays (hatched, chosen) in step.
 *
 * Recolouring uses feature-state: one setFeatureState per unit with its class index, and the fill
 * colour is a `match` on that index. The alternative, a data expression (`match` on ['get','code']
 * with the codes of each class), was measured against it in headless Chromium (SwiftShader
 * software GL, 1000×640 px, 2 cores shared with other jobs at load 3–11; medians of 20 recolours in
 * which every unit changes class; scratch bench, not kept in the repository):
 *   447 Planungsräume: setFeatureState loop 0.3 ms of script; call → 'idle' 150–350 ms, which is one
 *     frame (a plain repaint alone took 157–280 ms); data expression 390–530 ms.
 *   10,000 grid cells: loop 2–3 ms; call → 'idle' 630–1,100 ms (plain repaint 430–590 ms);
 *     data expression 2,100–2,400 ms (MapLibre re-lays out every tile in its worker).
 *   Frame time while panning: 447 units 150–420 ms, 10,000 units 500–820 ms per frame.
 * The script part is negligible; the time goes into drawing the frame in software (SwiftShader).
 * Units whose class did not change are skipped. Hatched (missing, withheld) and chosen
 * units live in two small sources of their own: layers over all units that draw most of them
 * invisibly made every frame about a third slower (measured: 196 → 266 ms for 447 units,
 * 434 → 637 ms for 10,000); the small sources cost a worker round trip only when that set changes.
 */
export class ChoroplethPainter {
	units: UnitIndex = indexUnits(collection([]));
	private drawnState = new Map<string, number>();
	private drawnHatches = '';
	private drawnColours: string;

	/** `colours`: those the layers were added with (addUnitLayers). */
	constructor(
		private map: MapLibreMap,
		colours: readonly string[]
	) {
		this.drawnColours = colours.join();
	}

	/** A new geometry: what was drawn for the old one no longer applies. */
	setGeometry(data: FeatureCollection) {
		this.units = indexUnits(data);
		this.drawnHatches = '';
		this.drawnState.clear();
	}

	/**
	 * Puts the given units, with a status property, into one of the small overlay sources.
	 * Returns the codes it drew (units not in the geometry are left out).
	 */
	overlay(source: OverlaySource, chosen: { code: string; status?: string }[]): string {
		const features = chosen.flatMap(({ code, status }) => {
			const feature = this.units.featureOf.get(code);
			return feature ? [{ ...feature, properties: { code, status: status ?? null } }] : [];
		});
		(this.map.getSource(source) as GeoJSONSource | undefined)?.setData(collection(features));
		return features.map((f) => f.properties.code).join(',');
	}

	/** `blankOutside`: units without a value are outside the map's subject, unfilled rather than hatched. */
	recolour(
		list: readonly string[],
		limits: readonly number[],
		byCode: Map<string, MapValue>,
		blankOutside = false
	) {
		const key = list.join();
		if (key !== this.drawnColours) {
			this.map.setPaintProperty('units-fill', 'fill-color', fillColour(list));
			this.drawnColours = key;
		}
		const hatched: { code: string; status: string }[] = [];
		for (const code of this.units.codes) {
			const value = byCode.get(code);
			const state = !value && blankOutside ? 'outside' : drawStatus(value);
			if (state === 'missing' || state === 'suppressed') hatched.push({ code, status: state });
			const cls = state === 'ok' ? classOf(limits, value!.value!) : -1;
			if (this.drawnState.get(code) === cls) continue;
			this.drawnState.set(code, cls);
			this.map.setFeatureState({ source: 'units', id: code }, { cls });
		}
		const hatchKey = hatched.map((h) => `${h.code}:${h.status}`).join();
		if (hatchKey !== this.drawnHatches) {
			this.overlay('units-hatched', hatched);
			this.drawnHatches = hatchKey;
		}
	}

	markHover(code: string | null, on: boolean) {
		if (code) this.map.setFeatureState({ source: 'units', id: code }, { hover: on });
	}
}
