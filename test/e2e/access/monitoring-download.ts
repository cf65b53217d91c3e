import { members, t, type Case, type Session } from './matrix';

/**
 * Authorization of the download of the monitoring table: every member of testcity reads it; the
 * admin of the foreign tenant is refused (403, auth.foreign_tenant); the public is sent to log in
 * (303 to /anmelden, as from the pages). Both formats pass the same checks before the file is
 * written; the XLSX answer is covered by monitoring-download.spec.ts.
 */
export const monitoringDownloadCases: Case[] = [
	{
		route: '(app)/app/[tenant]/monitoring/download GET',
		allowed: members,
		send: (s: Session) =>
			s.api.get(`${t}/monitoring/download?indikator=anteil_kinder_00_01&ebene=bezirk&format=csv`)
	}
];
