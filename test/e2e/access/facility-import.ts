import { t, unique, type Case, type Session, type Who } from './matrix';

/**
 * Authorization cases of the facility import page (angebote/import). Planners and admins import
 * any rows; the department planner (Jugendamt) and the Träger import rows of their own, which is
 * what rows naming neither department nor Träger become. Everyone else is refused.
 */
const importers: Who[] = ['admin', 'planner', 'department_planner', 'provider'];

/** One Kita in Berlin-Mitte (inside testcity's Planungsräume), under a code no other case uses. */
function kitaFile(): { name: string; mimeType: string; buffer: Buffer } {
	const text = `id,name,lat,lon,under,over\n${unique('matrix-kita')},Matrix-Kita,52.52001,13.40495,10,20\n`;
	return { name: 'matrix-kitas.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

const post = (s: Session, action: string) =>
	s.api.post(`${t}/angebote/import?/${action}`, {
		multipart: { csrf: s.csrf, kind: 'kita', capacities: 'u3=under,ue3=over', crs: '', file: kitaFile() }
	});

export const facilityImportCases: Case[] = [
	{
		route: '(app)/app/[tenant]/angebote/import GET',
		allowed: importers,
		send: (s) => s.api.get(`${t}/angebote/import`)
	},
	{
		route: '(app)/app/[tenant]/angebote/import pruefen',
		allowed: importers,
		send: (s) => post(s, 'pruefen')
	},
	{
		route: '(app)/app/[tenant]/angebote/import importieren',
		allowed: importers,
		send: (s) => post(s, 'importieren')
	}
];
