import { AppError } from '../../core/errors';
import { checkFacts, checkGoal, seriesFacts, type GoalCheck } from '../../core/planning/goal-check';
import {
	goalRatingHistory,
	insertGoalRatings,
	latestScopeRatings,
	type GoalRatingRow,
	type NewGoalRating
} from '../repositories/goal-rating.repository';
import {
	findGoalByCode,
	goalUnitIds,
	goalUnitsByGoal,
	listGoals,
	type GoalListItem
} from '../repositories/goal.repository';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { readScopesAhead, scopeValues, type GoalScopeRequest, type ScopeUnit } from './goal-scope';
import { layersOf } from './monitoring-setting';
import { memoForTenant } from './tenant-memo';

/** The check of one goal now: the whole scope and every unit in it (DOMAIN.md §7). */
export interface GoalCheckResult {
	goal: GoalListItem;
	/** Null for a qualitative goal (no indicator): it is checked by its owner's assessments. */
	scope: GoalCheck | null;
	units: { unit: ScopeUnit; check: GoalCheck }[];
	/** The whole scope's value at every date of the indicator (empty for a qualitative goal). */
	series: { date: string; value: number | null }[];
}

/** The chosen units of a goal: one query for one goal, or for all goals at once when all are checked. */
type UnitsOfGoal = (goalId: string) => Promise<readonly string[]>;

const unitsOfOneGoal =
	(tc: TenantContext): UnitsOfGoal =>
	(goalId) =>
		goalUnitIds(tc.db, tc.tenant.id, goalId);

/** Held per data version: that is the tenant's audit stamp, and every change of a goal is audited. */
async function unitsOfAllGoals(tc: TenantContext): Promise<UnitsOfGoal> {
	const byGoal = await memoForTenant(tc, 'goal-units', () => goalUnitsByGoal(tc.db, tc.tenant.id));
	return async (goalId) => byGoal.get(goalId) ?? [];
}

/**
 * Before goals are checked one by one: the goals (those `which` keeps), their chosen units and the
 * values of their indicators, read side by side (on a server each on its own connection) rather
 * than goal after goal.
 */
async function readAhead(
	tc: TenantContext,
	which: (goals: GoalListItem[]) => GoalListItem[] = (goals) => goals
): Promise<{ goals: GoalListItem[]; unitsOf: UnitsOfGoal }> {
	const [unitsOf, goals] = await Promise.all([
		unitsOfAllGoals(tc),
		listGoals(tc.db, tc.tenant.id).then(async (all) => {
			const goals = which(all);
			await readScopesAhead(
				tc,
				goals.flatMap((goal) =>
					goal.indicatorCode && goal.direction !== null
						? [
								{
									indicatorCode: goal.indicatorCode,
									layerCode: goal.scopeKind === 'tenant' ? null : goal.scopeLayerCode
								}
							]
						: []
				)
			);
			return goals;
		})
	]);
	return { goals, unitsOf };
}

/** The scope a stored goal is checked in, as the read side resolves it. */
async function scopeOf(
	tc: TenantContext,
	goal: GoalListItem,
	unitsOf: UnitsOfGoal
): Promise<GoalScopeRequest> {
	if (goal.scopeKind === 'tenant') return { kind: 'tenant' };
	const layer = (await layersOf(tc)).find((l) => l.id === goal.scopeLayerId);
	if (!layer) throw new AppError('layer.not_found', { layer: goal.scopeLayerCode ?? '–' });
	if (goal.scopeKind === 'units') {
		return { kind: 'units', layerCode: layer.code, unitIds: await unitsOf(goal.id) };
	}
	return {
		kind: 'index_class',
		indexId: goal.scopeIndexId!,
		layerCode: layer.code,
		classKind: goal.scopeClassKind as 'status' | 'dynamics' | 'combined',
		classCode: goal.scopeClass!,
		date: goal.scopeDate!
	};
}

/**
 * Checks a goal against the data as they are: the series of the whole scope and of each unit, each
 * against the goal's baseline and target. A unit is measured against the goal's target too (the goal
 * per unit of the issue): which units carry the scope, which hold it back.
 */
export async function checkGoalNow(tc: TenantContext, code: string): Promise<GoalCheckResult> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const goal = await findGoalByCode(tc.db, tc.tenant.id, code);
	if (!goal) throw new AppError('goal.not_found', { goal: code });
	return checkOf(tc, goal, unitsOfOneGoal(tc));
}

/**
 * Every goal of the tenant with its check now (the Steuerung overview): one list query, then each
 * indicator goal's series through the value cache. Qualitative goals come with `scope: null`.
 */
export async function checkAllGoals(tc: TenantContext, asOf?: string): Promise<GoalCheckResult[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const { goals, unitsOf } = await readAhead(tc);
	const results: GoalCheckResult[] = [];
	for (const goal of goals) results.push(await checkOf(tc, goal, unitsOf, asOf));
	return results;
}

/** `asOf`: check with the values known at that date (the plan check at a Stichtag); default all. */
async function checkOf(
	tc: TenantContext,
	goal: GoalListItem,
	unitsOf: UnitsOfGoal,
	asOf?: string
): Promise<GoalCheckResult> {
	if (!goal.indicatorCode || goal.direction === null) return { goal, scope: null, units: [], series: [] };
	const target = {
		direction: goal.direction,
		baseline: { date: goal.baselineDate!, value: goal.baselineValue! },
		target: { date: goal.targetDate!, value: goal.targetValue! }
	};
	const values = await scopeValues(tc, goal.indicatorCode, await scopeOf(tc, goal, unitsOf));
	return {
		goal,
		scope: checkGoal(target, values.scope, asOf),
		units: values.units.map((unit, i) => {
			const facts = values.unitFacts[i] ?? noSeries;
			return { unit, check: checkFacts(target, asOf ? seriesFacts(facts.known, asOf) : facts) };
		}),
		series: values.scope
	};
}

const noSeries = { known: [], current: null, trend: null };

function ratingRow(
	tc: TenantContext,
	goalId: string,
	unitId: string | null,
	check: GoalCheck
): NewGoalRating {
	return {
		tenantId: tc.tenant.id,
		goalId,
		unitId,
		checkedAt: tc.now,
		dataVersion: tc.dataVersion,
		rating: check.rating,
		currentValue: check.current?.value ?? null,
		valueDate: check.current?.date ?? null,
		progress: check.progress,
		projected: check.projected,
		shortfall: check.shortfall,
		reason: check.reason
	};
}

/**
 * Writes the rating of every indicator goal (whole scope and units) under the tenant's current data
 * version: the dated history that shows how a rating moved since the plan was decided. A goal is
 * rated once per data version, and only when something moved: the data version is the tenant's
 * audit stamp and changes with every audited change (a measure saved, too), so an entry whose
 * rating, value, Stichtag and progress equal the newest one would only repeat it. Returns how many
 * goals got an entry.
 */
export async function recordGoalRatings(tc: TenantContext): Promise<number> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const latest = await latestScopeRatings(tc.db, tc.tenant.id);
	const { goals, unitsOf } = await readAhead(tc, (all) =>
		all.filter((goal) => goal.indicatorCode && latest.get(goal.id)?.dataVersion !== tc.dataVersion)
	);
	const rows: NewGoalRating[] = [];
	let count = 0;
	for (const goal of goals) {
		const last = latest.get(goal.id);
		const result = await checkOf(tc, goal, unitsOf);
		if (!result.scope) continue;
		const now = ratingRow(tc, goal.id, null, result.scope);
		const same =
			last !== undefined &&
			last.rating === now.rating &&
			last.currentValue === now.currentValue &&
			last.valueDate === now.valueDate &&
			last.progress === now.progress;
		if (same) continue;
		rows.push(now, ...result.units.map((u) => ratingRow(tc, goal.id, u.unit.id, u.check)));
		count++;
	}
	await insertGoalRatings(tc.db, rows);
	return count;
}

/** The whole-scope ratings of a goal over time, oldest first. */
export async function ratingHistory(tc: TenantContext, code: string): Promise<GoalRatingRow[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const goal = await findGoalByCode(tc.db, tc.tenant.id, code);
	if (!goal) throw new AppError('goal.not_found', { goal: code });
	return goalRatingHistory(tc.db, tc.tenant.id, goal.id);
}
