import { classMethods, maxClasses, minClasses, type ClassMethod } from './classification';

/** What the workspace shows: the map of one date, or the change between two dates. */
export type MonitoringView = 'stand' | 'veraenderung';
export type PaletteChoice = 'sequential' | 'diverging';

/**
 * Everything that makes a view of the monitoring workspace, kept in the URL so that a planner can
 * send it to a colleague or cite it in a report. Codes are checked by the page against what the
 * tenant has; here they are only read and written.
 */
export interface MonitoringState {
	indicator: string | null;
	layer: string | null;
	/** ISO date; null = the latest date with data. */
	date: string | null;
	view: MonitoringView;
	/** The earlier date of the change view; null = the earliest date with data. */
	since: string | null;
	/** Chosen units (codes), in the order they were chosen. */
	selection: string[];
	method: ClassMethod;
	classes: number;
	/** Inner class limits for the manual method. */
	breaks: number[];
	palette: PaletteChoice;
	/** Second indicator of the scatter plot. */
	versus: string | null;
	/** Indicators of the correlation matrix. */
	matrix: string[];
}

export const defaultState: MonitoringState = {
	indicator: null,
	layer: null,
	date: null,
	view: 'stand',
	since: null,
	selection: [],
	method: 'quantile',
	classes: 5,
	breaks: [],
	palette: 'sequential',
	versus: null,
	matrix: []
};

/** The URL's parameter names: German, as planners read them in a link. */
export const stateParams = {
	indicator: 'indikator',
	layer: 'ebene',
	date: 'datum',
	view: 'ansicht',
	since: 'seit',
	selection: 'auswahl',
	method: 'klassifikation',
	classes: 'klassen',
	breaks: 'grenzen',
	palette: 'farben',
	versus: 'gegen',
	matrix: 'matrix'
} as const satisfies Record<keyof MonitoringState, string>;

/** More than this many chosen units make the charts unreadable; the rest of a list is dropped. */
export const maxSelection = 12;
export const maxMatrix = 12;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const codePattern = /^[\w.\-äöüÄÖÜß]{1,100}$/;

function text(params: URLSearchParams, name: string): string | null {
	const value = params.get(name)?.trim();
	return value ? value : null;
}

function codeList(params: URLSearchParams, name: string, max: number): string[] {
	// Both `auswahl=a,b` and `auswahl=a&auswahl=b` (what a form with checkboxes sends).
	const all = params.getAll(name).flatMap((v) => v.split(','));
	const codes = all.map((c) => c.trim()).filter((c) => codePattern.test(c));
	return [...new Set(codes)].slice(0, max);
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads a view from the URL; anything unreadable falls back to the default rather than failing. */
export function parseMonitoringState(params: URLSearchParams): MonitoringState {
	const code = (name: string) => {
		const value = text(params, name);
		return value && codePattern.test(value) ? value : null;
	};
	const date = (name: string) => {
		const value = text(params, name);
		return value && isoDate.test(value) ? value : null;
	};
	const classes = Number(text(params, stateParams.classes));
	const breaks = (text(params, stateParams.breaks) ?? '')
		.split(/[;\s]+/)
		.filter(Boolean)
		// German decimal comma in a hand-written link; the page writes points.
		.map((b) => Number(b.replace(',', '.')))
		.filter((b) => Number.isFinite(b));
	return {
		indicator: code(stateParams.indicator),
		layer: code(stateParams.layer),
		date: date(stateParams.date),
		view: oneOf(text(params, stateParams.view), ['stand', 'veraenderung'], defaultState.view),
		since: date(stateParams.since),
		selection: codeList(params, stateParams.selection, maxSelection),
		method: oneOf(text(params, stateParams.method), classMethods, defaultState.method),
		classes:
			Number.isInteger(classes) && classes >= minClasses && classes <= maxClasses
				? classes
				: defaultState.classes,
		breaks,
		palette: oneOf(text(params, stateParams.palette), ['sequential', 'diverging'], defaultState.palette),
		versus: code(stateParams.versus),
		matrix: codeList(params, stateParams.matrix, maxMatrix)
	};
}

/**
 * The query string of a view (with "?"), leaving out what equals the default so that links stay
 * short. `parseMonitoringState(new URLSearchParams(monitoringSearch(s)))` gives `s` back.
 */
export function monitoringSearch(state: MonitoringState, changes: Partial<MonitoringState> = {}): string {
	const next = { ...state, ...changes };
	const params = new URLSearchParams();
	const put = (key: keyof MonitoringState, value: string | null) => {
		if (value !== null && value !== '') params.set(stateParams[key], value);
	};
	put('indicator', next.indicator);
	put('layer', next.layer);
	put('date', next.date);
	if (next.view !== defaultState.view) put('view', next.view);
	if (next.view === 'veraenderung') put('since', next.since);
	put('selection', next.selection.join(','));
	if (next.method !== defaultState.method) put('method', next.method);
	if (next.classes !== defaultState.classes) put('classes', String(next.classes));
	if (next.method === 'manual') put('breaks', next.breaks.join(';'));
	if (next.palette !== defaultState.palette) put('palette', next.palette);
	put('versus', next.versus);
	put('matrix', next.matrix.join(','));
	const query = params.toString().replaceAll('%2C', ',').replaceAll('%3B', ';');
	return query ? `?${query}` : '';
}

/** The selection with a unit added (additive) or as the only one; a chosen unit chosen again leaves. */
export function toggleSelection(selection: readonly string[], code: string, additive: boolean): string[] {
	if (selection.includes(code)) return selection.filter((c) => c !== code);
	return additive ? [...selection, code].slice(-maxSelection) : [code];
}
