import { membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { budgetLines, milestones as milestoneRows } from '../repositories/measure.repository';
import {
	getMeasure,
	measureOf,
	prepareMeasure,
	writeMeasure,
	type MeasureDetail,
	type PreparedMeasure
} from './measure.service';
import {
	checkBudgetLines,
	checkMilestones,
	writeBudget,
	writeMilestones,
	type CheckedBudgetLine,
	type CheckedMilestone
} from './measure-progress.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields } from './validation';

/**
 * A measure with its budget and milestones saved as one (the measure form): everything is checked
 * first — the measure's fields, every budget line and every milestone — and every problem is
 * named with its part, row and field ("Haushalt, Zeile 2, Bewilligt: …"); then one transaction
 * writes the measure, its links, its budget and its milestones with the audit entries of each. A
 * bad budget line never leaves a measure half saved.
 */

/** The German names of the rows' fields, for messages that name part, row and field. */
const budgetFieldNames: Record<string, string> = {
	year: 'Jahr',
	source: 'Finanzierungsquelle',
	programme: 'Förderprogramm',
	planned: 'Geplant',
	approved: 'Bewilligt',
	spent: 'Ausgegeben',
	note: 'Anmerkung'
};
const milestoneFieldNames: Record<string, string> = {
	title: 'Meilenstein',
	dueOn: 'Fällig am',
	doneOn: 'Erreicht am'
};

/**
 * Runs one check; its field problems are added to `problems` under `prefix` (a row's problem as
 * `<prefix>.<row>.<field>` with a message naming part, row and field). Any other error (not
 * allowed, not found) is thrown on.
 */
async function collect<T>(
	problems: Record<string, string>,
	run: () => T | Promise<T>,
	rows?: { prefix: string; part: string; fieldNames: Record<string, string> }
): Promise<T | undefined> {
	try {
		return await run();
	} catch (caught) {
		if (!(caught instanceof AppError) || caught.code !== 'validation.invalid') throw caught;
		for (const [key, message] of Object.entries(caught.fields)) {
			if (!rows) {
				problems[key] ??= message;
				continue;
			}
			const [row, field] = key.split('.');
			const index = Number(row);
			if (Number.isInteger(index) && field) {
				const name = rows.fieldNames[field] ?? field;
				problems[`${rows.prefix}.${index}.${field}`] ??=
					`${rows.part}, Zeile ${index + 1}, ${name}: ${message}`;
			} else problems[rows.prefix] ??= `${rows.part}: ${message}`;
		}
		return undefined;
	}
}

/**
 * Saves a measure (the input of `saveMeasure`) with `budget` (lines as `saveBudget` takes them) and
 * `milestones` (as `saveMilestones`): a list replaces the measure's, a missing list leaves it as
 * it is. All or nothing.
 */
export async function saveMeasurePlan(
	tc: TenantContext,
	raw: Record<string, unknown>,
	mode: 'create' | 'update' | 'upsert' = 'upsert'
): Promise<MeasureDetail> {
	const problems: Record<string, string> = {};
	const prepared: PreparedMeasure | undefined = await collect(problems, () => prepareMeasure(tc, raw, mode));
	const budget: CheckedBudgetLine[] | undefined =
		raw.budget === undefined
			? undefined
			: await collect(problems, () => checkBudgetLines(raw.budget), {
					prefix: 'budget',
					part: 'Haushalt',
					fieldNames: budgetFieldNames
				});
	const stones: CheckedMilestone[] | undefined =
		raw.milestones === undefined
			? undefined
			: await collect(problems, () => checkMilestones(raw.milestones), {
					prefix: 'milestones',
					part: 'Meilensteine',
					fieldNames: milestoneFieldNames
				});
	if (Object.keys(problems).length > 0 || !prepared) invalidFields(problems);

	const { db, tenant } = tc;
	const existingId = prepared.existing?.id;
	const [budgetBefore, stonesBefore] = existingId
		? await Promise.all([budgetLines(db, tenant.id, existingId), milestoneRows(db, tenant.id, existingId)])
		: [[], []];
	await db.transaction(async (tx) => {
		const id = await writeMeasure(tx, tc, prepared);
		// A new measure without budget or milestones gets no empty entries in the log.
		if (budget && (budget.length > 0 || budgetBefore.length > 0))
			await writeBudget(tx, tc, id, budgetBefore, budget);
		if (stones && (stones.length > 0 || stonesBefore.length > 0))
			await writeMilestones(tx, tc, id, stonesBefore, stones);
	});
	return getMeasure(tc, prepared.code);
}

/**
 * Whether the actor may use the measure form, for steps that save nothing ("Weitere Zeile"):
 * a new measure needs the right to write the measures of one's own department (planners: any),
 * an existing one the right to write the measures of its lead department.
 */
export async function authorizeMeasureForm(tc: TenantContext, code?: string): Promise<void> {
	if (code === undefined) {
		const departmentId = membershipIn(tc.actor, tc.tenant.id)?.departmentId ?? null;
		authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId });
		return;
	}
	const m = await measureOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: m.leadDepartmentId });
}
