import { members, t, unique, type Case, type Session, type Who } from './matrix';

/**
 * Authorization cases of Steuerung › Import und Export: the page and both downloads are for every
 * member of the administration (not the Träger); checking and importing a plan is for who may
 * write goals: planners, admins and the department planner (here a Leitziel of the Jugendamt, the
 * department planner's own).
 */
const importers: Who[] = ['admin', 'planner', 'department_planner'];
const page = `${t}/steuerung/austausch`;

function planFile(): { name: string; mimeType: string; buffer: Buffer } {
	const text = `Nummer;Art;Titel;Federführendes Amt\n${unique('PI')};Leitziel;Matrix-Leitziel aus dem Import;Jugendamt\n`;
	return { name: 'ziele.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

const post = (s: Session, action: string) =>
	s.api.post(`${page}?/${action}`, { multipart: { csrf: s.csrf, files: planFile() } });

export const planExchangeCases: Case[] = [
	{ route: '(app)/app/[tenant]/steuerung/austausch GET', allowed: members, send: (s) => s.api.get(page) },
	{
		route: '(app)/app/[tenant]/steuerung/austausch/export GET',
		allowed: members,
		send: (s) => s.api.get(`${page}/export`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/austausch/vorlage GET',
		allowed: members,
		send: (s) => s.api.get(`${page}/vorlage`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/austausch pruefen',
		allowed: importers,
		send: (s) => post(s, 'pruefen')
	},
	{
		route: '(app)/app/[tenant]/steuerung/austausch importieren',
		allowed: importers,
		send: (s) => post(s, 'importieren')
	}
];
