import { resolve } from '$app/paths';
import { monitoringSearch, type MonitoringState } from '../../core/monitoring/view-state';

type Base = `/app/${string}/monitoring`;

/**
 * The links out of the monitoring workspace. Each carries the view it comes from (`current`: the
 * URL state with the shown indicator, layer and date), so that the profile, the comparison and
 * the download show the same thing and the way back restores it.
 */
export function workspaceLinks(base: Base, current: MonitoringState, since: string | null) {
	const dated = (prefix: '?' | '&') => (current.date ? `${prefix}datum=${current.date}` : '');
	const view = (state: MonitoringState) => resolve(`${base}${monitoringSearch(state)}` as Base);
	return {
		profile: (code: string) =>
			resolve(
				`${base}/gebiete/${current.layer}/${encodeURIComponent(code)}${dated('?')}` as `${Base}/gebiete/${string}/${string}`
			),
		compare: resolve(
			`${base}/vergleich?ebene=${current.layer}&auswahl=${current.selection.join(',')}${dated('&')}` as `${Base}/vergleich`
		),
		/** The download takes the view's own parameters, with the earlier date of a change spelled out. */
		download: (format: 'csv' | 'xlsx', forPublication = false) =>
			resolve(
				`${base}/download${monitoringSearch({ ...current, since })}&format=${format}${forPublication ? '&oeffentlich=ja' : ''}` as `${Base}/download`
			),
		clearSelection: view({ ...current, selection: [] }),
		withoutUnit: (code: string) =>
			view({ ...current, selection: current.selection.filter((c) => c !== code) })
	};
}
