import { form, json, members, t, type Case, type Session, type Who } from './matrix';

/**
 * Authorization of supply and need (Versorgung) and the prevention chain: every member of the
 * administration reads them; the Träger (provider) has no data.read and is refused; settings are
 * changed by planners and administration only. The settings written here are those of the Berlin
 * seed (berlinSupplySettings in seed/berlin-facilities.ts), so a write leaves the world as it was.
 */
const v1 = '/api/v1/tenants/testcity';
const writers: Who[] = ['admin', 'planner'];
const accept = { headers: { accept: 'application/json' } };

const seededSettings = {
	bands: [
		{
			code: 'u3',
			label: 'unter 3 Jahre',
			capacityCode: 'u3',
			kindCodes: ['kita', 'kindertagespflege'],
			populationVariables: ['einwohner_00_01', 'einwohner_01_02', 'einwohner_02_03'],
			needRate: 55
		},
		{
			code: 'ue3',
			label: '3 bis unter 6 Jahre',
			capacityCode: 'ue3',
			kindCodes: ['kita'],
			populationVariables: ['einwohner_03_05', 'einwohner_05_06'],
			needRate: 98
		}
	],
	catchment: 1000,
	decay: { kind: 'none' }
};

/** The settings form with the same two bands, fields as the page names them. */
function settingsForm(s: Session) {
	// "weitere Altersgruppe" only redraws the form (nothing is stored) but needs the right to save.
	return form(s, { bands: '0', catchment: '1000', decay: 'none', intent: 'add' });
}

export const supplyCases: Case[] = [
	{
		route: '(app)/app/[tenant]/angebote/versorgung GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/angebote/versorgung?ebene=bezirk&gruppe=u3`)
	},
	{
		route: '(app)/app/[tenant]/angebote/versorgung/einstellungen GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/angebote/versorgung/einstellungen`)
	},
	{
		route: '(app)/app/[tenant]/angebote/versorgung/einstellungen default',
		allowed: writers,
		send: (s) => s.api.post(`${t}/angebote/versorgung/einstellungen`, settingsForm(s))
	},
	{
		route: '(app)/app/[tenant]/angebote/versorgung/download GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/angebote/versorgung/download?ebene=bezirk&gruppe=u3`)
	},
	{
		route: '(app)/app/[tenant]/angebote/praeventionskette GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/angebote/praeventionskette?ebene=bezirk`)
	},
	{
		route: '(app)/app/[tenant]/angebote/praeventionskette/download GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/angebote/praeventionskette/download?ebene=bezirk`)
	},
	{
		route: 'api/v1/tenants/[tenant]/supply GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/supply?layer=bezirk&band=u3`, accept)
	},
	{
		route: 'api/v1/tenants/[tenant]/supply/settings GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/supply/settings`, accept)
	},
	{
		route: 'api/v1/tenants/[tenant]/supply/settings PUT',
		allowed: writers,
		send: (s) => s.api.put(`${v1}/supply/settings`, json(s, seededSettings))
	},
	{
		route: 'api/v1/tenants/[tenant]/prevention-chain GET',
		allowed: members,
		send: (s) => s.api.get(`${v1}/prevention-chain?layer=bezirk&reach=neighbourhood`, accept)
	}
];
