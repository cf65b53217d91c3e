import { formNumber } from '../../core/data/numbers';
import { z } from 'zod';
import { budgetProblems, fundingSources, periodProblems } from '../../core/planning/measure';
import {
	budgetLines,
	milestones as milestoneRows,
	replaceBudgetLines,
	replaceMilestones,
	setMilestoneDone,
	upsertOutput,
	type BudgetRow,
	type MilestoneRow,
	type OutputRow
} from '../repositories/measure.repository';
import type { Database } from '../db/client';
import { recordChange } from './audit.service';
import { actorLabel, authorize } from './context';
import { isoDate, measureOf, optionalDate, optionalText } from './measure.service';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * What happens to a measure once it is decided (DOMAIN.md §7, Do): its budget and milestones, kept
 * by the planners of its lead department, and its progress and output figures, which its Träger
 * report too. Every change is checked in full first and audited with before and after.
 */

/** A euro amount as a number or in German notation (12.500,00); empty is none. */
const amount = z
	.union([z.number(), z.string().trim()])
	.nullish()
	.transform((v, ctx) => {
		if (v === null || v === undefined || v === '') return null;
		const n = typeof v === 'number' ? v : formNumber(v);
		if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'ein Betrag in Euro, z. B. 12.500,00' });
		return n;
	});

const outputInput = z.object({
	figure: z.string().trim().min(2, 'Bitte die Kennzahl benennen, z. B. „Erreichte Teilnehmende“').max(200),
	periodStart: isoDate,
	periodEnd: isoDate,
	value: z.union([z.number(), z.string().trim().min(1)]).transform((v, ctx) => {
		const n = typeof v === 'number' ? v : formNumber(v);
		if (!Number.isFinite(n) || n < 0) ctx.addIssue({ code: 'custom', message: 'eine Zahl ab 0, z. B. 42' });
		return n;
	})
});

const milestoneInput = z.array(
	z.object({
		title: z.string().trim().min(2, 'Bitte den Meilenstein benennen').max(300),
		dueOn: isoDate,
		doneOn: optionalDate
	})
);

const budgetInput = z.array(
	z.object({
		year: z.coerce
			.number()
			.int()
			.min(1990, 'ein Haushaltsjahr, z. B. 2027')
			.max(2100, 'ein Haushaltsjahr, z. B. 2027'),
		source: z.enum(fundingSources),
		programme: optionalText(300),
		planned: amount,
		approved: amount,
		spent: amount,
		note: optionalText(2000)
	})
);

export type CheckedBudgetLine = Omit<BudgetRow, 'id' | 'tenantId' | 'measureId'>;
export type CheckedMilestone = { title: string; dueOn: string; doneOn: string | null };

/**
 * Checks budget lines in full (field errors keyed `<row>.<field>`, rows counted from 0): amounts not
 * negative, a Förderprogramm named, spending above the approved amount explained, one line per
 * year and source. Writes nothing.
 */
export function checkBudgetLines(raw: unknown): CheckedBudgetLine[] {
	const lines = parseInput(budgetInput, raw);
	const problems: Record<string, string> = {};
	const seen = new Set<string>();
	lines.forEach((line, i) => {
		for (const [field, message] of Object.entries(budgetProblems(line))) problems[`${i}.${field}`] = message;
		const key = `${line.year}|${line.source}|${line.programme ?? ''}`;
		if (seen.has(key))
			problems[`${i}.year`] = `Für ${line.year} gibt es schon eine Zeile aus derselben Finanzierungsquelle.`;
		seen.add(key);
	});
	if (Object.keys(problems).length > 0) invalidFields(problems);
	return lines.map((l) => ({ ...l, programme: l.programme ?? '' }));
}

/** Checks milestones (title, due date, reached on); field errors keyed `<row>.<field>`. */
export function checkMilestones(raw: unknown): CheckedMilestone[] {
	return parseInput(milestoneInput, raw);
}

/** Replaces a measure's budget lines and audits it, inside the caller's transaction. */
export async function writeBudget(
	tx: Database,
	tc: TenantContext,
	measureId: string,
	before: BudgetRow[],
	rows: CheckedBudgetLine[]
): Promise<void> {
	await replaceBudgetLines(tx, tc.tenant.id, measureId, rows);
	await recordChange(tx, tc, {
		tenantId: tc.tenant.id,
		entity: 'measure_budget',
		entityId: measureId,
		action: 'update',
		before,
		after: rows
	});
}

/** Replaces a measure's milestones and audits it, inside the caller's transaction. */
export async function writeMilestones(
	tx: Database,
	tc: TenantContext,
	measureId: string,
	before: MilestoneRow[],
	rows: CheckedMilestone[]
): Promise<void> {
	await replaceMilestones(tx, tc.tenant.id, measureId, rows);
	await recordChange(tx, tc, {
		tenantId: tc.tenant.id,
		entity: 'measure_milestone',
		entityId: measureId,
		action: 'update',
		before,
		after: rows
	});
}

/** Replaces the budget of a measure (one line per year and source); every line is checked first. */
export async function saveBudget(tc: TenantContext, code: string, raw: unknown): Promise<BudgetRow[]> {
	const m = await measureOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: m.leadDepartmentId });
	const rows = checkBudgetLines(raw);
	const before = await budgetLines(tc.db, tc.tenant.id, m.id);
	await tc.db.transaction((tx) => writeBudget(tx, tc, m.id, before, rows));
	return budgetLines(tc.db, tc.tenant.id, m.id);
}

/** Replaces the milestones of a measure (title, due date, reached on). */
export async function saveMilestones(tc: TenantContext, code: string, raw: unknown): Promise<MilestoneRow[]> {
	const m = await measureOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: m.leadDepartmentId });
	const rows = checkMilestones(raw);
	const before = await milestoneRows(tc.db, tc.tenant.id, m.id);
	await tc.db.transaction((tx) => writeMilestones(tx, tc, m.id, before, rows));
	return milestoneRows(tc.db, tc.tenant.id, m.id);
}

/** Progress: a milestone reached on a date (or not yet: null). Its Träger may report it. */
export async function reportMilestone(
	tc: TenantContext,
	code: string,
	milestoneId: string,
	doneOn: string | null
): Promise<MilestoneRow> {
	const m = await measureOf(tc, code);
	authorize(tc, 'measures.report', {
		tenantId: tc.tenant.id,
		departmentId: m.leadDepartmentId,
		providerIds: m.providerIds
	});
	const date = parseInput(z.object({ doneOn: optionalDate }), { doneOn }).doneOn;
	const before = (await milestoneRows(tc.db, tc.tenant.id, m.id)).find((r) => r.id === milestoneId);
	if (!before) invalidFields({ milestone: 'Diesen Meilenstein gibt es bei dieser Maßnahme nicht.' });
	let after: MilestoneRow | undefined;
	await tc.db.transaction(async (tx) => {
		after = await setMilestoneDone(tx, tc.tenant.id, milestoneId, date);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'measure_milestone',
			entityId: milestoneId,
			action: 'update',
			before,
			after
		});
	});
	return after!;
}

/** An output figure for one period (a second report for the period replaces the first). */
export async function reportOutput(tc: TenantContext, code: string, raw: unknown): Promise<OutputRow> {
	const m = await measureOf(tc, code);
	authorize(tc, 'measures.report', {
		tenantId: tc.tenant.id,
		departmentId: m.leadDepartmentId,
		providerIds: m.providerIds
	});
	const input = parseInput(outputInput, raw);
	const period = periodProblems(input.periodStart, input.periodEnd);
	if (Object.keys(period).length > 0) invalidFields(period);
	let written: OutputRow | undefined;
	await tc.db.transaction(async (tx) => {
		const { before, after } = await upsertOutput(tx, {
			tenantId: tc.tenant.id,
			measureId: m.id,
			...input,
			reportedBy: actorLabel(tc.actor),
			reportedAt: tc.now
		});
		written = after;
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'measure_output',
			entityId: after.id,
			action: before ? 'update' : 'create',
			before,
			after
		});
	});
	return written!;
}
