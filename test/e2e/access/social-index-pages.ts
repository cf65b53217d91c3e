import { members, t, type Case, type Session } from './matrix';

/** Authorization cases for the social index page of the Monitoring area (reading; the variant is computed, not stored). */
export const socialIndexPageCases: Case[] = [
	{
		route: '(app)/app/[tenant]/monitoring/sozialindex GET',
		allowed: members,
		send: (s: Session) => s.api.get(`${t}/monitoring/sozialindex?index=mss_2017&datum=2016-12-31`)
	},
	{
		route: '(app)/app/[tenant]/monitoring/sozialindex GET (Sensitivitätsprüfung)',
		allowed: members,
		send: (s: Session) =>
			s.api.get(
				`${t}/monitoring/sozialindex?index=mss_2017&variante=1&grenze_status_2=0,8&gewicht_status_mss_status1=2`
			)
	}
];
