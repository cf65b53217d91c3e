import { instantToLocalTime } from '../../core/data/local-time';
import { addMember, createBody, listBodies } from '../services/body.service';
import { decideItem } from '../services/decision.service';
import {
	addAgendaItem,
	advanceMeeting,
	createMeeting,
	getMeeting,
	recordAttendance,
	takeProposedAgenda
} from '../services/meeting.service';
import type { TenantContext } from '../services/tenant-context';
import { listUsers } from '../services/user.service';
import { examplePlanNote } from './berlin-plan';

/**
 * The steering group of the Berlin demo (issue 16), marked as an example: a Lenkungsgruppe with the
 * demo accounts and two external members, one meeting held eight weeks ago with its agenda taken
 * from the data, its decisions and approved minutes, and one meeting in six weeks whose agenda the
 * data propose (what changed since). The decisions keep every goal's status: the example plan's
 * goals stay as the plan seed made them. Names of external people are invented and say so.
 */
const week = 7 * 24 * 60 * 60 * 1000;

/** Once: a tenant that has bodies already is left alone. Returns whether it ran. */
export async function seedBerlinSteering(tc: TenantContext): Promise<boolean> {
	if ((await listBodies(tc)).length > 0) return false;
	const body = await createBody(tc, {
		name: 'Lenkungsgruppe Integrierte Sozialplanung (Beispiel)',
		kind: 'lenkungsgruppe',
		description: `${examplePlanNote} Die Lenkungsgruppe entscheidet über Ziele, Maßnahmen und Budgets des Plans.`
	});
	const users = await listUsers(tc);
	for (const [username, role] of [
		['demo-admin', 'vorsitz'],
		['demo', 'beratend']
	] as const) {
		const user = users.find((u) => u.username === username);
		if (user) await addMember(tc, body.id, { userId: user.userId, role });
	}
	await addMember(tc, body.id, {
		name: 'Erika Beispiel (erfundene Person)',
		organisation: 'Liga der Wohlfahrtsverbände (Beispiel)',
		email: 'erika.beispiel@example.org'
	});
	await addMember(tc, body.id, {
		name: 'Max Muster (erfundene Person)',
		organisation: 'Jugendhilfeausschuss (Beispiel)',
		email: 'max.muster@example.org',
		role: 'stellvertretung'
	});

	const held = await createMeeting(tc, body.id, {
		title: 'Sitzung der Lenkungsgruppe (Beispiel)',
		startsAt: instantToLocalTime(new Date(tc.now.getTime() - 8 * week)).slice(0, 11) + '15:00',
		place: 'Rathaus Neukölln, Raum A 104 (Beispiel)'
	});
	await takeProposedAgenda(tc, held.id);
	await addAgendaItem(tc, held.id, {
		title: 'Bericht aus den Sozialraumkonferenzen',
		paper: `${examplePlanNote} Die Sozialraumkonferenzen in Nord-Neukölln berichten über Bedarfe der Familien.`,
		proposedDecision: 'Die Lenkungsgruppe nimmt den Bericht zur Kenntnis.'
	});
	await advanceMeeting(tc, held.id);
	await advanceMeeting(tc, held.id);
	const detail = await getMeeting(tc, held.id);
	await recordAttendance(
		tc,
		held.id,
		Object.fromEntries(detail.members.map((m, i) => [m.id, i === 3 ? 'entschuldigt' : 'anwesend']))
	);
	for (const { item } of detail.agenda) {
		const postponed = item.kind === 'milestone_overdue';
		await decideItem(tc, held.id, item.id, {
			outcome: postponed ? 'vertagt' : 'beschlossen',
			text: postponed
				? 'Beispiel: Die Lenkungsgruppe vertagt den Punkt; die federführende Stelle berichtet in der nächsten Sitzung.'
				: item.kind === 'free'
					? 'Beispiel: Die Lenkungsgruppe nimmt den Bericht zur Kenntnis.'
					: 'Beispiel: Die Lenkungsgruppe nimmt den Stand zur Kenntnis und hält an Ziel und Maßnahmen fest.',
			votesYes: postponed ? null : 3,
			votesNo: postponed ? null : 0,
			votesAbstain: postponed ? null : 0
		});
	}
	await advanceMeeting(tc, held.id);

	const planned = await createMeeting(tc, body.id, {
		title: 'Nächste Sitzung der Lenkungsgruppe (Beispiel)',
		startsAt: instantToLocalTime(new Date(tc.now.getTime() + 6 * week)).slice(0, 11) + '15:00',
		place: 'Rathaus Neukölln, Raum A 104 (Beispiel)',
		onlineLink: 'https://meet.example.org/lenkungsgruppe'
	});
	await takeProposedAgenda(tc, planned.id);
	return true;
}
