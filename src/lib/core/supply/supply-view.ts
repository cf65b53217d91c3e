/**
 * The state of the Versorgung page in its URL: layer (ebene), age band (gruppe), date (datum), the
 * measure on the map (mass) and the table's sort (sortierung, absteigend). Unknown values fall back
 * to the defaults, so an old or hand-edited link still shows a page.
 */

export const supplyMeasures = ['quote', 'erreichbarkeit', 'fehlbedarf'] as const;
export type SupplyMeasure = (typeof supplyMeasures)[number];

export interface SupplyViewState {
	layer: string;
	band: string;
	date: string | null;
	measure: SupplyMeasure;
	sort: string | null;
	descending: boolean;
}

export function supplyView(
	params: URLSearchParams,
	choices: { layers: readonly string[]; bands: readonly string[]; defaultLayer: string }
): SupplyViewState {
	const pick = (value: string | null, list: readonly string[], fallback: string) =>
		value !== null && list.includes(value) ? value : fallback;
	const date = params.get('datum');
	return {
		layer: pick(params.get('ebene'), choices.layers, choices.defaultLayer),
		band: pick(params.get('gruppe'), choices.bands, choices.bands[0] ?? ''),
		date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
		measure: pick(params.get('mass'), supplyMeasures, 'quote') as SupplyMeasure,
		sort: params.get('sortierung'),
		descending: params.get('absteigend') === '1'
	};
}

/** The URL query of a state (for links: sort headers, download, profile). */
export function supplySearch(state: SupplyViewState, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams({
		ebene: state.layer,
		gruppe: state.band,
		...(state.date ? { datum: state.date } : {}),
		mass: state.measure,
		...(state.sort ? { sortierung: state.sort } : {}),
		...(state.descending ? { absteigend: '1' } : {}),
		...extra
	});
	return `?${params}`;
}
