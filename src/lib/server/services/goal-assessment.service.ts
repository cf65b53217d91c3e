import { z } from 'zod';
import { AppError } from '../../core/errors';
import { ratings } from '../../core/planning/goal-check';
import {
	goalAssessments,
	insertGoalAssessment,
	latestAssessments,
	type GoalAssessmentRow
} from '../repositories/goal-assessment.repository';
import { findGoalByCode } from '../repositories/goal.repository';
import { recordChange } from './audit.service';
import { actorLabel, authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Assessments of qualitative goals (goals without an indicator, DOMAIN.md §7): their owner rates
 * them on a date, in words. A goal with an indicator is checked by its data, not assessed. An
 * assessment is never changed; a later one supersedes it, so the history stays as it was written.
 */

const assessedRatings = ratings.filter((r) => r !== 'no_data') as [string, ...string[]];

export const assessmentInput = z.object({
	assessedOn: z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' }),
	rating: z.enum(assessedRatings, {
		error: 'Bitte eine Bewertung wählen: erreicht, auf Kurs, gefährdet oder nicht auf Kurs'
	}),
	text: z.string().trim().min(10, 'Bitte die Bewertung in einigen Worten begründen').max(4000)
});

async function goalOf(tc: TenantContext, code: string) {
	const goal = await findGoalByCode(tc.db, tc.tenant.id, code);
	if (!goal) throw new AppError('goal.not_found', { goal: code });
	return goal;
}

export async function listAssessments(tc: TenantContext, code: string): Promise<GoalAssessmentRow[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return goalAssessments(tc.db, tc.tenant.id, (await goalOf(tc, code)).id);
}

/** Writes a dated assessment of a qualitative goal; the owner department's planners (and planners) may. */
export async function assessGoal(tc: TenantContext, code: string, raw: unknown): Promise<GoalAssessmentRow> {
	const goal = await goalOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: goal.ownerDepartmentId });
	const input = parseInput(assessmentInput, raw);
	if (goal.indicatorId !== null)
		invalidFields({
			rating: `Das Ziel „${goal.code}“ hat einen Indikator und wird aus den Daten bewertet, nicht von Hand.`
		});
	const today = tc.now.toISOString().slice(0, 10);
	if (input.assessedOn > today)
		invalidFields({ assessedOn: 'Eine Bewertung kann nicht in der Zukunft liegen.' });
	let row: GoalAssessmentRow | undefined;
	await tc.db.transaction(async (tx) => {
		row = await insertGoalAssessment(tx, {
			tenantId: tc.tenant.id,
			goalId: goal.id,
			assessedOn: input.assessedOn,
			rating: input.rating as GoalAssessmentRow['rating'],
			text: input.text,
			author: actorLabel(tc.actor)
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'goal_assessment',
			entityId: row.id,
			action: 'create',
			after: row
		});
	});
	return row!;
}

/** The newest assessment of every goal that has one, by goal id (a qualitative goal's rating now). */
export async function latestAssessmentsOf(tc: TenantContext): Promise<Map<string, GoalAssessmentRow>> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return latestAssessments(tc.db, tc.tenant.id);
}
