import { z } from 'zod';
import { AppError } from '../../core/errors';
import {
	decisionOutcomes,
	decisionProblems,
	decisionsOpen,
	goalStatusAfter
} from '../../core/steering/steering';
import {
	decisionsOfMeeting,
	decisionsOn,
	insertDecision,
	type DecisionInContext,
	type DecisionRow
} from '../repositories/decision.repository';
import { findGoalByCode, findGoalById, updateGoal } from '../repositories/goal.repository';
import { recordChange } from './audit.service';
import { actorLabel, authorize } from './context';
import { findMeasureByCode } from '../repositories/measure.repository';
import { itemOfMeeting, meetingOf } from './meeting.service';
import { optionalText } from './measure.service';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Decisions of a steering body (issue 16): for each item of a held meeting, beschlossen, abgelehnt,
 * zurückverwiesen mit Auflagen or vertagt, with the text of the decision and optional votes. Only the
 * steering role (and the administration) decides. A decision changes what it decides on (a goal
 * becomes "beschlossen", a returned one goes back to its owner as a draft) and is never changed:
 * a later decision, in a later meeting, supersedes it.
 */

const count = z.coerce.number().int('Bitte ganze Zahlen angeben').min(0, 'Stimmen können nicht negativ sein');
const optionalCount = z
	.union([z.literal(''), z.null(), count])
	.optional()
	.transform((v) => (v === '' || v === null || v === undefined ? null : v));

export const decisionInput = z.object({
	outcome: z.enum(decisionOutcomes, {
		error: 'Bitte das Ergebnis wählen: beschlossen, abgelehnt, zurückverwiesen oder vertagt'
	}),
	text: z.string().trim().min(5, 'Bitte den Wortlaut des Beschlusses angeben').max(8000),
	conditions: optionalText(4000),
	votesYes: optionalCount,
	votesNo: optionalCount,
	votesAbstain: optionalCount
});

/** Records the decision on an agenda item of a held meeting and applies it to the goal it is about. */
export async function decideItem(
	tc: TenantContext,
	meetingId: string,
	itemId: string,
	raw: unknown
): Promise<DecisionRow> {
	authorize(tc, 'steering.decide', { tenantId: tc.tenant.id });
	const found = await meetingOf(tc, meetingId);
	const item = await itemOfMeeting(tc, found, itemId);
	const existing = (await decisionsOfMeeting(tc.db, tc.tenant.id, found.id)).get(item.id);
	if (existing) throw new AppError('decision.exists', { item: item.title, outcome: existing.outcome });
	if (!decisionsOpen(found.status))
		throw new AppError('meeting.wrong_status', {
			status: found.status === 'protokoll_freigegeben' ? 'Protokoll freigegeben' : 'noch nicht durchgeführt',
			details:
				found.status === 'protokoll_freigegeben'
					? 'Das Protokoll ist freigegeben; Beschlüsse dieser Sitzung stehen fest.'
					: 'Beschlüsse werden erst erfasst, wenn die Sitzung stattgefunden hat.'
		});
	const input = parseInput(decisionInput, raw);
	const given = [input.votesYes, input.votesNo, input.votesAbstain];
	if (given.some((v) => v !== null) && given.some((v) => v === null))
		invalidFields({ votesYes: 'Bitte alle drei Stimmenzahlen angeben (Ja, Nein, Enthaltung) oder keine.' });
	const votes =
		input.votesYes === null
			? null
			: { yes: input.votesYes, no: input.votesNo!, abstain: input.votesAbstain! };
	const problems = decisionProblems({ ...input, votes });
	if (Object.keys(problems).length > 0) invalidFields(problems);

	const goal = item.goalId ? await findGoalById(tc.db, tc.tenant.id, item.goalId) : undefined;
	const row = await tc.db.transaction(async (tx) => {
		const created = await insertDecision(tx, {
			tenantId: tc.tenant.id,
			agendaItemId: item.id,
			outcome: input.outcome,
			text: input.text,
			conditions: input.conditions,
			votesYes: input.votesYes,
			votesNo: input.votesNo,
			votesAbstain: input.votesAbstain,
			decidedBy: actorLabel(tc.actor)
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'decision',
			entityId: created.id,
			action: 'create',
			after: { ...created, meetingId: found.id, goalId: item.goalId, measureId: item.measureId }
		});
		if (goal) {
			const status = goalStatusAfter(goal.status, input.outcome);
			if (status !== goal.status) {
				const after = (await updateGoal(tx, tc.tenant.id, goal.id, { status, updatedAt: tc.now }))!;
				await recordChange(tx, tc, {
					tenantId: tc.tenant.id,
					entity: 'goal',
					entityId: goal.id,
					action: 'update',
					before: { status: goal.status },
					after: { status: after.status, decisionId: created.id }
				});
			}
		}
		return created;
	});
	return row;
}

/** The decisions on a goal or measure (by code), oldest first; the newest stands. */
export async function decisionsAbout(
	tc: TenantContext,
	subject: { goal: string } | { measure: string }
): Promise<DecisionInContext[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	if ('goal' in subject) {
		const goal = await findGoalByCode(tc.db, tc.tenant.id, subject.goal);
		if (!goal) throw new AppError('goal.not_found', { goal: subject.goal });
		return decisionsOn(tc.db, tc.tenant.id, { goalId: goal.id });
	}
	const measure = await findMeasureByCode(tc.db, tc.tenant.id, subject.measure);
	if (!measure) throw new AppError('measure.not_found', { measure: subject.measure });
	return decisionsOn(tc.db, tc.tenant.id, { measureId: measure.id });
}
