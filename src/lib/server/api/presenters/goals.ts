import { ratingReasonText, type ValueUnit } from '../../../core/planning/rating-reason';
import type { GoalAssessmentRow } from '../../repositories/goal-assessment.repository';
import type { GoalRatingRow } from '../../repositories/goal-rating.repository';
import type { GoalCheckResult } from '../../values/goal-check';

/**
 * A goal as the API gives it: its facts by code and name (not the ids of its links) and its rating
 * now — from the data for an indicator goal, from the latest assessment for a qualitative one.
 * Reasons in German, the API's language.
 */
export function goalResource(
	{ goal, scope }: GoalCheckResult,
	unit: ValueUnit | null,
	latestAssessment: GoalAssessmentRow | null
) {
	const {
		tenantId: _tenant,
		parentId: _parent,
		topicId: _topic,
		indicatorId: _indicator,
		scopeLayerId: _layer,
		scopeIndexId: _index,
		...facts
	} = goal;
	const fromData = scope !== null && unit !== null;
	return {
		...facts,
		rating: fromData ? scope.rating : (latestAssessment?.rating ?? null),
		ratingReason: fromData ? ratingReasonText('de', scope.reason, unit) : (latestAssessment?.text ?? null),
		current: scope?.current ?? null,
		progress: scope?.progress ?? null,
		projected: scope?.projected ?? null
	};
}

export const assessmentResource = ({ tenantId: _tenant, ...row }: GoalAssessmentRow) => row;

export function goalDetailResource(
	check: GoalCheckResult,
	unit: ValueUnit | null,
	history: readonly GoalRatingRow[],
	assessments: readonly GoalAssessmentRow[]
) {
	return {
		...goalResource(check, unit, assessments.at(-1) ?? null),
		units: check.units.map(({ unit: u, check: c }) => ({
			code: u.code,
			name: u.name,
			rating: c.rating,
			current: c.current,
			progress: c.progress
		})),
		history: history.map((h) => ({
			checkedAt: h.checkedAt,
			dataVersion: h.dataVersion,
			rating: h.rating,
			currentValue: h.currentValue,
			valueDate: h.valueDate
		})),
		assessments: assessments.map(assessmentResource)
	};
}
