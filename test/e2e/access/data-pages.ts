import { members, t, type Case, type Session } from './matrix';

/** Authorization cases for the pages of the Daten area: layers, units, indicator catalogue and fact sheets. */
const page = (route: string, path: string): Case => ({
	route: `(app)/app/[tenant]/daten/${route} GET`,
	allowed: members,
	send: (s: Session) => s.api.get(`${t}/daten/${path}`)
});

export const dataPageCases: Case[] = [
	page('ebenen/[layer]', 'ebenen/planungsraum'),
	page('indikatoren', 'indikatoren'),
	page('indikatoren/[indicator]', 'indikatoren/anteil_kinder_00_01?ebene=bezirk'),
	page('merkmale', 'merkmale')
];
