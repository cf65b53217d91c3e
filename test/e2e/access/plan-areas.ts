import { members, t, type Case } from './matrix';

/**
 * Authorization case of the measures by area ("Wer macht was wo"): for every member of the
 * administration; a Träger (no data.read) does not reach it, like the rest of the Steuerung area
 * except its own measures.
 */
export const planAreaCases: Case[] = [
	{
		route: '(app)/app/[tenant]/steuerung/gebiete GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/steuerung/gebiete?zeigen=bedarf`)
	}
];
