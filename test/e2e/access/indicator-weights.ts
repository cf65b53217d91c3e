import { form, json, members, t, type Case, type Who } from './matrix';

/**
 * Authorization cases of issue 12: setting the weight of a directly imported indicator (a change of
 * its definition: data.write, so admins and planners; the MSS indicators belong to no department)
 * and the Sozialindex download (reading). The weight sent is the one the seed set, so that the
 * cases change nothing another case reads.
 */
const writers: Who[] = ['admin', 'planner'];
const sameWeight = { weight: 'einwohner', weightStandIn: false, weightNote: '' };

export const indicatorWeightCases: Case[] = [
	{
		route: 'api/v1/tenants/[tenant]/indicators/[indicator]/weight PUT',
		allowed: writers,
		send: (s) => s.api.put('/api/v1/tenants/testcity/indicators/mss_status3/weight', json(s, sameWeight))
	},
	{
		route: '(app)/app/[tenant]/daten/indikatoren/[indicator] gewicht',
		allowed: writers,
		send: (s) =>
			s.api.post(
				`${t}/daten/indikatoren/mss_status3?/gewicht`,
				form(s, { weight: 'einwohner', weightNote: '' })
			)
	},
	{
		route: '(app)/app/[tenant]/monitoring/sozialindex/download GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/monitoring/sozialindex/download?index=mss_2017&datum=2016-12-31`)
	}
];
