import { isAppError } from '../../core/errors';
import type { ImportProblem, ImportProblemCode } from '../../core/imports/problems';
import type { PlanSheet } from '../../core/planning/plan-layout';
import { listGoals } from '../repositories/goal.repository';
import { budgetLines, listMeasures, milestones } from '../repositories/measure.repository';
import { saveGoal } from '../services/goal.service';
import { saveMeasure } from '../services/measure.service';
import { saveBudget, saveMilestones } from '../services/measure-progress.service';
import type { TenantContext } from '../services/tenant-context';
import { rowProblem, type PlanDrafts, type RowPlace } from './plan-rows';

/**
 * Applies the drafts of a plan import with the services of the single saves (saveGoal,
 * saveMeasure, saveBudget, saveMilestones): every rule of the forms holds for every row, every
 * change is audited like a single save. `tc.db` is the import's one transaction; the caller rolls
 * it back when any problem was found (or only a check was asked for), so nothing is kept unless
 * every row passed. Goals are saved parents first and measures after all goals, so references
 * within the file work in any order of the rows.
 */

export interface PlanCounts {
	goalsCreated: number;
	goalsUpdated: number;
	measuresCreated: number;
	measuresUpdated: number;
	budgetLines: number;
	milestones: number;
}

/** The column of a field the services name (`scope.units`, `0.spent`, `leadDepartmentId` …). */
function keyOfField(sheet: PlanSheet, field: string): string | null {
	if (field === '_') return null;
	const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
	const [first = '', second] = parts;
	if (sheet === 'goals') {
		if (first === 'scope') {
			const scoped: Record<string, string> = {
				layer: 'scopeLayer',
				units: 'scopeUnits',
				index: 'scopeIndex',
				class: 'scopeClass',
				classKind: 'scopeClassKind',
				date: 'scopeDate'
			};
			return scoped[second ?? ''] ?? 'scopeKind';
		}
		if (first === 'ownerDepartmentId') return 'ownerDepartment';
	}
	if (first === 'leadDepartmentId') return 'leadDepartment';
	if (first === 'partnerDepartmentIds') return 'partnerDepartments';
	return first || null;
}

function codeOfField(key: string | null, message: string): ImportProblemCode {
	if (key === 'parent' && /gibt es nicht/.test(message)) return 'import.unknown_parent';
	if (key === 'targetDate' && /nach dem Datum/.test(message)) return 'import.date_order';
	if (key === 'periodEnd' && /vor ihrem Beginn/.test(message)) return 'import.date_order';
	if ((key === 'units' || key === 'scopeUnits') && /Unbekannte Gebiete/.test(message))
		return 'import.unknown_unit';
	if (/gibt es nicht|Unbekannte/.test(message)) return 'import.unknown_reference';
	return 'import.invalid_value';
}

const forbidden: Record<PlanSheet, string> = {
	goals:
		'Sie dürfen dieses Ziel nicht anlegen oder ändern: es gehört einem anderen Fachbereich. Bitte lassen Sie es von dessen Fachplanung oder der Planung importieren.',
	measures:
		'Sie dürfen diese Maßnahme nicht anlegen oder ändern: ein anderer Fachbereich ist federführend. Bitte lassen Sie sie von dessen Fachplanung oder der Planung importieren.',
	budget:
		'Sie dürfen den Haushalt dieser Maßnahme nicht ändern: ein anderer Fachbereich ist federführend. Bitte lassen Sie ihn von dessen Fachplanung oder der Planung importieren.',
	milestones:
		'Sie dürfen die Meilensteine dieser Maßnahme nicht ändern: ein anderer Fachbereich ist federführend. Bitte lassen Sie sie von dessen Fachplanung oder der Planung importieren.'
};

/**
 * Runs one save and turns its refusal into row problems; `places[i]` is the row of item i of a
 * list input (budget lines, milestones). Errors that are no refusal of the input end the import.
 */
async function attempt(
	places: readonly RowPlace[],
	problems: ImportProblem[],
	save: () => Promise<unknown>
): Promise<boolean> {
	try {
		await save();
		return true;
	} catch (error) {
		if (!isAppError(error)) throw error;
		const first = places[0]!;
		const sheet = first.table.sheet;
		if (error.code === 'auth.forbidden') {
			problems.push(rowProblem(first, null, 'import.forbidden_row', forbidden[sheet]));
			return false;
		}
		if (error.code === 'measure.not_found') {
			problems.push(
				rowProblem(
					first,
					'measure',
					'import.unknown_reference',
					`Die Maßnahme „${String(error.params.measure)}“ gibt es weder in der Datei noch im Mandanten. Bitte prüfen Sie die Nummer.`
				)
			);
			return false;
		}
		if (error.code !== 'validation.invalid') throw error;
		for (const [field, message] of Object.entries(error.fields)) {
			const index = /^(\d+)\./.exec(field);
			const place = index ? (places[Number(index[1])] ?? first) : first;
			const key = keyOfField(sheet, field);
			problems.push(rowProblem(place, key, codeOfField(key, message), message));
		}
		return false;
	}
}

/** Rows whose number another row already has: reported once each, and left out. */
function firstOfEachCode<T extends RowPlace & { code: string }>(
	rows: readonly T[],
	problems: ImportProblem[]
): T[] {
	const seen = new Map<string, T>();
	const kept: T[] = [];
	for (const row of rows) {
		const earlier = row.code ? seen.get(row.code) : undefined;
		if (earlier) {
			problems.push(
				rowProblem(
					row,
					'code',
					'import.duplicate_code',
					`Die Nummer „${row.code}“ steht schon in Zeile ${earlier.line}. Bitte vergeben Sie jede Nummer nur einmal.`
				)
			);
			continue;
		}
		if (row.code) seen.set(row.code, row);
		kept.push(row);
	}
	return kept;
}

type GoalDraftRow = PlanDrafts['goals'][number];

/**
 * Goals ordered so that every parent in the file comes before its children. Goals that stand in a
 * cycle of parents in the file are each reported and left out (`cyclic`, code → row).
 */
function parentsFirst(goals: readonly GoalDraftRow[], problems: ImportProblem[]) {
	const byCode = new Map(goals.map((g) => [g.code, g]));
	const ordered: GoalDraftRow[] = [];
	const cyclic = new Map<string, number>();
	const state = new Map<string, 'visiting' | 'done'>();
	const visit = (goal: GoalDraftRow, path: GoalDraftRow[]): void => {
		if (state.get(goal.code) === 'done') return;
		if (state.get(goal.code) === 'visiting') {
			const cycle = path.slice(path.indexOf(goal));
			const words = [...cycle, goal].map((g) => g.code).join(' → ');
			for (const member of cycle) {
				cyclic.set(member.code, member.line);
				problems.push(
					rowProblem(
						member,
						'parent',
						'import.unknown_parent',
						`Die Ziele stehen im Kreis untereinander (${words}). Bitte ordnen Sie eines davon einem anderen übergeordneten Ziel zu.`
					)
				);
			}
			return;
		}
		state.set(goal.code, 'visiting');
		const parent = goal.parent ? byCode.get(goal.parent) : undefined;
		if (parent) visit(parent, [...path, goal]);
		state.set(goal.code, 'done');
		if (!cyclic.has(goal.code)) ordered.push(goal);
	};
	for (const goal of goals) visit(goal, []);
	return { ordered, cyclic };
}

function groupByMeasure<T extends { measure: string }>(rows: readonly T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) groups.set(row.measure, [...(groups.get(row.measure) ?? []), row]);
	return groups;
}

/** Rows of the budget or milestones without the number of their measure: each one a problem. */
function withoutMeasure(code: string, rows: readonly RowPlace[], problems: ImportProblem[]): boolean {
	if (code !== '') return false;
	for (const row of rows)
		problems.push(
			rowProblem(
				row,
				'measure',
				'import.invalid_value',
				'Bitte die Nummer der Maßnahme angeben, zu der die Zeile gehört.'
			)
		);
	return true;
}

export async function applyPlan(
	tc: TenantContext,
	drafts: PlanDrafts,
	present: ReadonlySet<PlanSheet>
): Promise<{ problems: ImportProblem[]; counts: PlanCounts }> {
	const problems: ImportProblem[] = [];
	const counts: PlanCounts = {
		goalsCreated: 0,
		goalsUpdated: 0,
		measuresCreated: 0,
		measuresUpdated: 0,
		budgetLines: 0,
		milestones: 0
	};
	const tenantId = tc.tenant.id;
	const goalsBefore = new Set((await listGoals(tc.db, tenantId)).map((g) => g.code));
	const measuresBefore = new Set((await listMeasures(tc.db, tenantId)).map((m) => m.code));

	const { ordered, cyclic } = parentsFirst(firstOfEachCode(drafts.goals, problems), problems);
	const failedGoals = new Map<string, number>(cyclic);
	for (const goal of ordered) {
		const failedParent = goal.parent ? failedGoals.get(goal.parent) : undefined;
		const input = { ...goal.input };
		if (failedParent !== undefined) {
			// Checked without its parent, so that its own problems are found too.
			input.parent = null;
			problems.push(
				rowProblem(
					goal,
					'parent',
					'import.unknown_parent',
					`Das übergeordnete Ziel „${goal.parent}“ (Zeile ${failedParent}) hat selbst Fehler. Bitte beheben Sie diese zuerst.`
				)
			);
		}
		const saved = await attempt([goal], problems, () => saveGoal(tc, input, 'upsert'));
		if (!saved || failedParent !== undefined) failedGoals.set(goal.code, goal.line);
		else if (goalsBefore.has(goal.code)) counts.goalsUpdated++;
		else counts.goalsCreated++;
	}

	const savedMeasures = new Set<string>();
	for (const measure of firstOfEachCode(drafts.measures, problems)) {
		const served = (measure.input.goals as string[]) ?? [];
		const failed = served.filter((code) => failedGoals.has(code));
		for (const code of failed) {
			problems.push(
				rowProblem(
					measure,
					'goals',
					'import.unknown_reference',
					`Das Ziel „${code}“ (Zeile ${failedGoals.get(code)} der Ziele) hat selbst Fehler. Bitte beheben Sie diese zuerst.`
				)
			);
		}
		const input = { ...measure.input, goals: served.filter((code) => !failedGoals.has(code)) };
		const saved = await attempt([measure], problems, () => saveMeasure(tc, input, 'upsert'));
		if (!saved) continue;
		savedMeasures.add(measure.code);
		if (measuresBefore.has(measure.code)) counts.measuresUpdated++;
		else counts.measuresCreated++;
	}
	const fileMeasures = new Set(drafts.measures.map((m) => m.code));
	const failedMeasure = (code: string) => fileMeasures.has(code) && !savedMeasures.has(code);

	// A present sheet replaces: a measure of the file without rows there has no budget (milestones) after.
	const idOf = new Map((await listMeasures(tc.db, tenantId)).map((m) => [m.code, m.id]));
	const hadBudget = async (code: string) =>
		idOf.has(code) && (await budgetLines(tc.db, tenantId, idOf.get(code))).length > 0;
	const hadMilestones = async (code: string) =>
		idOf.has(code) && (await milestones(tc.db, tenantId, idOf.get(code))).length > 0;
	if (present.has('budget')) {
		const groups = groupByMeasure(drafts.budget);
		for (const code of savedMeasures) if (!groups.has(code)) groups.set(code, []);
		for (const [code, rows] of groups) {
			if (failedMeasure(code) || withoutMeasure(code, rows, problems)) continue;
			if (rows.length === 0) {
				if (await hadBudget(code)) await saveBudget(tc, code, []);
				continue;
			}
			if (
				await attempt(rows, problems, () =>
					saveBudget(
						tc,
						code,
						rows.map((r) => r.budget)
					)
				)
			)
				counts.budgetLines += rows.length;
		}
	}
	if (present.has('milestones')) {
		const groups = groupByMeasure(drafts.milestones);
		for (const code of savedMeasures) if (!groups.has(code)) groups.set(code, []);
		for (const [code, rows] of groups) {
			if (failedMeasure(code) || withoutMeasure(code, rows, problems)) continue;
			if (rows.length === 0) {
				if (await hadMilestones(code)) await saveMilestones(tc, code, []);
				continue;
			}
			if (
				await attempt(rows, problems, () =>
					saveMilestones(
						tc,
						code,
						rows.map((r) => r.milestone)
					)
				)
			)
				counts.milestones += rows.length;
		}
	}
	return { problems, counts };
}
