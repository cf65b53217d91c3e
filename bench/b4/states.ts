import { rasterDates, rasterIndicators, rasterLayer } from './raster';

/** What the map shows: one indicator on one layer at one date. */
export interface ViewState {
	indicator: string;
	layer: string;
	date: string;
}

/** The colour of every unit in one state, for the plain MapLibre peer. */
export interface PeerStates {
	states: (ViewState & { colours: Record<string, string> })[];
}

/**
 * The states a switch alternates between: two indicators × two neighbouring dates, so that every
 * switch changes every colour. Berlin: two age bands of the demo data (Planungsräume, 2015/2016).
 */
export const berlinIndicators = ['anteil_kinder_00_01', 'anteil_kinder_03_05'] as const;
export const berlinDates = ['2015-12-31', '2016-12-31'] as const;

function statesOf(layer: string, indicators: readonly string[], dates: readonly string[]): ViewState[] {
	return indicators.flatMap((indicator) => dates.map((date) => ({ indicator, layer, date })));
}

export const berlinStates = statesOf('planungsraum', berlinIndicators, berlinDates);
export const rasterStates = statesOf(rasterLayer, rasterIndicators, rasterDates.slice(-2));
