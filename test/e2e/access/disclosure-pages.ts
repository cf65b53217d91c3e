import { form, t, type Case } from './matrix';

/** Authorization cases for the disclosure rules (Verwaltung › Geheimhaltung): the administration only. */
export const disclosurePageCases: Case[] = [
	{
		route: '(app)/app/[tenant]/verwaltung/geheimhaltung GET',
		allowed: ['admin'],
		send: (s) => s.api.get(`${t}/verwaltung/geheimhaltung`)
	},
	{
		// The defaults again: testcity publishes nothing, whoever gets through.
		route: '(app)/app/[tenant]/verwaltung/geheimhaltung speichern',
		allowed: ['admin'],
		send: (s) =>
			s.api.post(
				`${t}/verwaltung/geheimhaltung?/speichern`,
				form(s, { minimumCount: '3', method: 'suppress', roundingBase: '5' })
			)
	}
];
