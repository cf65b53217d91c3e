import { randomUUID } from 'node:crypto';
import { membershipIn } from '../../core/auth/policy';
import { ImportFailed } from '../../core/imports/import-failed';
import { hasErrors, type ImportProblem } from '../../core/imports/problems';
import { planRows } from '../exports/plan-export';
import { emptyPlanRows, planXlsx } from '../exports/plan-xlsx';
import { applyPlan, type PlanCounts } from '../importers/plan-import';
import { readPlanFiles } from '../importers/plan-read';
import { planDrafts } from '../importers/plan-rows';
import type { InputFile } from '../importers/types';
import { listGoals } from '../repositories/goal.repository';
import { listMeasures } from '../repositories/measure.repository';
import { listDepartments } from '../repositories/tenant.repository';
import { listTopics } from '../repositories/topic.repository';
import { indicatorsOf } from '../values/monitoring-setting';
import { recordChange } from './audit.service';
import { dataChanged } from './data-change';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields } from './validation';

/**
 * Import and export of the plan (issue 15): goals, measures, their budgets and milestones from a
 * workbook or CSV files as municipalities keep them, and back to the same workbook.
 *
 * The import reads every file first; then every row goes through the services of the single saves
 * (the same zod schemas and rules as the forms) inside ONE transaction, goals before measures,
 * parents before children. Every problem of every row is collected with file, sheet, row, column
 * and a German message; if there is any, or only a check was asked for, the transaction is rolled
 * back and nothing is kept. Otherwise it commits with one audit entry per saved goal, measure,
 * budget and milestone list (as the single saves write them) and one for the import.
 */

export interface PlanImportReport extends PlanCounts {
	files: string[];
	/** Rows read per kind. */
	rows: { goals: number; measures: number; budget: number; milestones: number };
	dryRun: boolean;
	warnings: ImportProblem[];
}

/** Thrown inside the transaction to roll it back, with what was found. */
class RollBack extends Error {
	constructor(readonly problems: ImportProblem[]) {
		super('plan import rolled back');
	}
}

/** Who may import the plan at all: who may write goals (each row is checked again by its service). */
function authorizeWrite(tc: TenantContext): void {
	const departmentId = membershipIn(tc.actor, tc.tenant.id)?.departmentId ?? null;
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId });
}

export async function importPlan(
	tc: TenantContext,
	files: readonly InputFile[],
	mode: { dryRun?: boolean } = {}
): Promise<PlanImportReport> {
	authorizeWrite(tc);
	if (files.length === 0) invalidFields({ files: 'Bitte wählen Sie mindestens eine Datei aus.' });
	const read = await readPlanFiles(files);
	if (hasErrors(read.problems)) throw new ImportFailed(read.problems);
	const [departments, topics, indicators] = await Promise.all([
		listDepartments(tc.db, tc.tenant.id),
		listTopics(tc.db, tc.tenant.id),
		indicatorsOf(tc)
	]);
	const drafts = planDrafts(read, { departments, topics, indicators });
	const report: PlanImportReport = {
		files: files.map((f) => f.name),
		rows: {
			goals: drafts.goals.length,
			measures: drafts.measures.length,
			budget: drafts.budget.length,
			milestones: drafts.milestones.length
		},
		dryRun: mode.dryRun === true,
		warnings: read.problems,
		goalsCreated: 0,
		goalsUpdated: 0,
		measuresCreated: 0,
		measuresUpdated: 0,
		budgetLines: 0,
		milestones: 0
	};
	try {
		await tc.db.transaction(async (tx) => {
			const inner: TenantContext = { ...tc, db: tx };
			const applied = await applyPlan(inner, drafts, read.present);
			Object.assign(report, applied.counts);
			// A cell that could not be read is named once, not again by the service that missed its value.
			const seen = new Set(drafts.problems.map((p) => `${p.file}|${p.row}|${p.column}`));
			const problems = [
				...drafts.problems,
				...applied.problems.filter((p) => !seen.has(`${p.file}|${p.row}|${p.column}`))
			];
			if (hasErrors(problems)) throw new RollBack(problems);
			if (mode.dryRun) throw new RollBack([]);
			const { warnings: _w, ...counts } = report;
			await recordChange(tx, tc, {
				tenantId: tc.tenant.id,
				entity: 'plan_import',
				entityId: randomUUID(),
				action: 'create',
				after: counts
			});
		});
	} catch (error) {
		if (!(error instanceof RollBack)) throw error;
		if (error.problems.length > 0) throw new ImportFailed(sortProblems(error.problems));
		return report;
	}
	dataChanged(tc);
	return report;
}

/** In the order of the files: by file (and sheet), then row. */
function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file, 'de') || (a.row ?? 0) - (b.row ?? 0));
}

/** The plan as a workbook in the import layout; everyone who reads the plan may download it. */
export async function exportPlan(tc: TenantContext): Promise<Uint8Array<ArrayBuffer>> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return planXlsx(await planRows(tc), tc.now);
}

/** The blank workbook to fill in: the same sheets and headings, no rows. */
export async function planTemplate(tc: TenantContext): Promise<Uint8Array<ArrayBuffer>> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return planXlsx(emptyPlanRows(), tc.now);
}

/** How many goals and measures the plan holds, for the page of the import and export. */
export async function planSummary(tc: TenantContext): Promise<{ goals: number; measures: number }> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const [goals, measures] = await Promise.all([
		listGoals(tc.db, tc.tenant.id),
		listMeasures(tc.db, tc.tenant.id)
	]);
	return { goals: goals.length, measures: measures.length };
}
