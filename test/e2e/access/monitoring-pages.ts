import { members, t, type Case, type Session } from './matrix';

/** Authorization cases for the pages of the Monitoring area: workspace, area profiles, comparison. */
const page = (route: string, path: string, note = ''): Case => ({
	route: `(app)/app/[tenant]/monitoring${route} GET${note}`,
	allowed: members,
	send: (s: Session) => s.api.get(`${t}/monitoring${path}`)
});

export const monitoringPageCases: Case[] = [
	// The bare page is a base case; this one takes every linked view (series, scatter, matrix) along.
	page(
		'',
		'?indikator=anteil_kinder_00_01&ebene=planungsraum&auswahl=01011101&gegen=mss_status1&matrix=mss_status1,mss_status2',
		' (verknüpfte Ansichten)'
	),
	page('/gebiete', '/gebiete?ebene=bezirksregion'),
	page('/gebiete/[layer]/[unit]', '/gebiete/planungsraum/01011101'),
	page('/vergleich', '/vergleich?ebene=planungsraum&auswahl=01011101,01011102')
];
