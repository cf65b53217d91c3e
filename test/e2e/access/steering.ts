import { expect } from '@playwright/test';
import { adminApi, form, members, t, unique, type Case, type Session, type Who } from './matrix';

/**
 * Authorization cases of the steering group's pages (issue 16): bodies and meetings are read by every
 * member of the administration; planners and admins set them up and prepare the agenda; only the
 * steering role and admins record decisions. Each case that changes a meeting gets a fresh one from
 * the admin, so that no case depends on another's order.
 */
const preparers: Who[] = ['admin', 'planner'];
const deciders: Who[] = ['admin', 'steering'];

/** The id at the end of a redirect's location (…/gremien/<id>?angelegt, …/sitzungen/<id>). */
const idOf = (location: string | undefined) => /\/([0-9a-f-]{36})(\?|$)/.exec(location ?? '')?.[1] ?? '';

/** A body and a meeting of it, created by the admin through the forms; `held`: taken place, with one item. */
async function freshMeeting(held = false): Promise<{ body: string; meeting: string; item: string }> {
	const s = await adminApi();
	const created = await s.api.post(
		`${t}/steuerung/gremien?/anlegen`,
		form(s, { name: unique('Gremium'), kind: 'arbeitsgruppe' })
	);
	expect(created.status(), 'the admin creates a body').toBe(303);
	const body = idOf(created.headers().location);
	const planned = await s.api.post(
		`${t}/steuerung/gremien/${body}?/sitzung`,
		form(s, { title: 'Matrix-Sitzung', startsAt: '2026-02-03T15:00', place: 'Rathaus' })
	);
	expect(planned.status(), 'the admin plans a meeting').toBe(303);
	const meeting = idOf(planned.headers().location);
	const path = `${t}/steuerung/sitzungen/${meeting}`;
	expect((await s.api.post(`${path}?/punkt`, form(s, { title: 'Matrix-Punkt' }))).status()).toBe(200);
	const page = await (await s.api.get(path)).text();
	const item = /name="item" value="([0-9a-f-]{36})"/.exec(page)?.[1] ?? '';
	if (held)
		for (let i = 0; i < 2; i++) expect((await s.api.post(`${path}?/weiter`, form(s))).status()).toBe(200);
	return { body, meeting, item };
}

let shared: ReturnType<typeof freshMeeting> | null = null;
/** One planned meeting for the cases that only read or add to its body. */
const sharedMeeting = () => (shared ??= freshMeeting());

const meetingPath = (m: { meeting: string }) => `${t}/steuerung/sitzungen/${m.meeting}`;
const post = async (
	s: Session,
	held: boolean,
	action: string,
	fields: (m: { item: string }) => Record<string, string>
) => {
	const m = await freshMeeting(held);
	return s.api.post(`${meetingPath(m)}?/${action}`, form(s, fields(m)));
};

export const steeringCases: Case[] = [
	{
		route: '(app)/app/[tenant]/steuerung/gremien GET',
		allowed: members,
		send: (s) => s.api.get(`${t}/steuerung/gremien`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/gremien anlegen',
		allowed: preparers,
		send: (s) =>
			s.api.post(`${t}/steuerung/gremien?/anlegen`, form(s, { name: unique('AG'), kind: 'arbeitsgruppe' }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/gremien/[body] GET',
		allowed: members,
		send: async (s) => s.api.get(`${t}/steuerung/gremien/${(await sharedMeeting()).body}`)
	},
	{
		route: '(app)/app/[tenant]/steuerung/gremien/[body] mitglied',
		allowed: preparers,
		send: async (s) =>
			s.api.post(
				`${t}/steuerung/gremien/${(await sharedMeeting()).body}?/mitglied`,
				form(s, { name: unique('Mitglied'), email: 'matrix@example.org' })
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/gremien/[body] ausscheiden',
		allowed: preparers,
		send: async (s) => {
			const admin = await adminApi();
			const { body } = await freshMeeting();
			await admin.api.post(`${t}/steuerung/gremien/${body}?/mitglied`, form(admin, { name: 'Geht bald' }));
			const page = await (await admin.api.get(`${t}/steuerung/gremien/${body}`)).text();
			const member = /name="member" value="([0-9a-f-]{36})"/.exec(page)?.[1] ?? '';
			return s.api.post(`${t}/steuerung/gremien/${body}?/ausscheiden`, form(s, { member }));
		}
	},
	{
		route: '(app)/app/[tenant]/steuerung/gremien/[body] sitzung',
		allowed: preparers,
		send: async (s) =>
			s.api.post(
				`${t}/steuerung/gremien/${(await sharedMeeting()).body}?/sitzung`,
				form(s, {
					title: 'Matrix-Sitzung 2',
					startsAt: '2027-05-06T10:00',
					onlineLink: 'https://meet.example.org/x'
				})
			)
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] GET',
		allowed: members,
		send: async (s) => s.api.get(meetingPath(await sharedMeeting()))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] weiter',
		allowed: preparers,
		send: (s) => post(s, false, 'weiter', () => ({}))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] vorschlagen',
		allowed: preparers,
		send: (s) => post(s, false, 'vorschlagen', () => ({}))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] punkt',
		allowed: preparers,
		send: (s) => post(s, false, 'punkt', () => ({ title: 'Weiterer Punkt' }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] bearbeiten',
		allowed: preparers,
		send: (s) => post(s, false, 'bearbeiten', ({ item }) => ({ item, title: 'Geänderter Punkt' }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] verschieben',
		allowed: preparers,
		send: (s) => post(s, false, 'verschieben', ({ item }) => ({ item, direction: 'down' }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] entfernen',
		allowed: preparers,
		send: (s) => post(s, false, 'entfernen', ({ item }) => ({ item }))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] beschluss',
		allowed: deciders,
		send: (s) =>
			post(s, true, 'beschluss', ({ item }) => ({
				item,
				outcome: 'beschlossen',
				text: 'Beschlossen wie vorgelegt.'
			}))
	},
	{
		route: '(app)/app/[tenant]/steuerung/sitzungen/[meeting] anwesenheit',
		allowed: preparers,
		send: (s) => post(s, true, 'anwesenheit', () => ({}))
	}
];
