import { z } from 'zod';
import { can, membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { budgetProblems, fundingSources, measureStatuses, periodProblems } from '../../core/planning/measure';
import { defaultLifePhases } from '../../core/supply/life-phases';
import { findFacilityByCode } from '../repositories/facility.repository';
import { listGoals as listGoalRows } from '../repositories/goal.repository';
import {
	budgetLines,
	findMeasureByCode,
	insertMeasure,
	listMeasures as listMeasureRows,
	measureLinks,
	milestones as milestoneRows,
	outputs as outputRows,
	replaceBudgetLines,
	replaceMeasureLinks,
	replaceMilestones,
	setMilestoneDone,
	updateMeasure,
	upsertOutput,
	type BudgetRow,
	type MeasureLinkNames,
	type MeasureListItem,
	type MeasureValues,
	type MilestoneRow,
	type OutputRow
} from '../repositories/measure.repository';
import { findProvidersByNames } from '../repositories/provider.repository';
import { findDepartment } from '../repositories/tenant.repository';
import { layersOf, unitsOf } from '../values/monitoring-setting';
import { recordChange } from './audit.service';
import { actorLabel, authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Maßnahmen (DOMAIN.md §7, Do): what the tenant and its partners do for its goals, where, for whom,
 * with whose money and with what result. The planners of the lead department (and planners and the
 * administration) change a measure, its budget and its milestones; the Träger that run it report its
 * progress (milestones reached) and its output figures, and see nothing but the measures they run.
 * Every change is checked in full before anything is written and audited with before and after.
 */

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
const optionalDate = isoDate
	.nullish()
	.or(z.literal(''))
	.transform((v) => v || null);
const texts = z
	.array(z.string().trim())
	.default([])
	.transform((list) => [...new Set(list.filter((v) => v.length > 0))]);
const amount = z
	.union([z.number(), z.string().trim()])
	.nullish()
	.transform((v, ctx) => {
		if (v === null || v === undefined || v === '') return null;
		const n = typeof v === 'number' ? v : Number(v.replace(/\./g, '').replace(',', '.'));
		if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'ein Betrag in Euro, z. B. 12.500,00' });
		return n;
	});

const lifePhaseCodes = new Set(defaultLifePhases.map((p) => p.code));

export const measureInput = z.object({
	code: z.string().trim().min(1, 'Bitte eine Nummer angeben, z. B. „M 2.1.3“').max(40),
	title: z.string().trim().min(3, 'Bitte einen Titel angeben').max(300),
	description: optionalText(8000),
	status: z.enum(measureStatuses).default('geplant'),
	periodStart: optionalDate,
	periodEnd: optionalDate,
	leadDepartmentId: z
		.uuid()
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null),
	partnerDepartmentIds: z.array(z.uuid()).default([]),
	/** Träger by name, as municipalities list them. */
	providers: texts,
	/** Facilities of the register by code. */
	facilities: texts,
	/** Goals served, by code. */
	goals: texts,
	/** Units served, of any layer. */
	units: z.array(z.object({ layer: z.string().trim().min(1), code: z.string().trim().min(1) })).default([]),
	lifePhases: texts.superRefine((list, ctx) => {
		const unknown = list.filter((c) => !lifePhaseCodes.has(c));
		if (unknown.length > 0)
			ctx.addIssue({
				code: 'custom',
				message: `Unbekannte Lebensphasen: ${unknown.join(', ')}. Lebensphasen der Präventionskette: ${[...lifePhaseCodes].join(', ')}`
			});
	}),
	targetGroups: texts
});
export type MeasureInput = z.input<typeof measureInput>;

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

const milestoneInput = z.array(
	z.object({
		title: z.string().trim().min(2, 'Bitte den Meilenstein benennen').max(300),
		dueOn: isoDate,
		doneOn: optionalDate
	})
);

const outputInput = z.object({
	figure: z.string().trim().min(2, 'Bitte die Kennzahl benennen, z. B. „Erreichte Teilnehmende“').max(200),
	periodStart: isoDate,
	periodEnd: isoDate,
	value: z.union([z.number(), z.string().trim().min(1)]).transform((v, ctx) => {
		const n = typeof v === 'number' ? v : Number(v.replace(',', '.'));
		if (!Number.isFinite(n) || n < 0) ctx.addIssue({ code: 'custom', message: 'eine Zahl ab 0, z. B. 42' });
		return n;
	})
});

/** A measure with everything its page shows. */
export interface MeasureDetail {
	measure: MeasureListItem;
	links: MeasureLinkNames;
	budget: BudgetRow[];
	milestones: MilestoneRow[];
	outputs: OutputRow[];
}

/** The Träger the actor reports for, when the actor is one; internal readers get null. */
function ownProvider(tc: TenantContext): string | null {
	const membership = membershipIn(tc.actor, tc.tenant.id);
	return membership?.role === 'provider' ? (membership.providerId ?? '') : null;
}

/** Reading one measure: the administration reads all, a Träger only the measures it runs. */
function authorizeRead(tc: TenantContext, m: MeasureListItem): void {
	if (can(tc.actor, 'data.read', { tenantId: tc.tenant.id })) return;
	authorize(tc, 'measures.report', { tenantId: tc.tenant.id, providerIds: m.providerIds });
}

async function measureOf(tc: TenantContext, code: string): Promise<MeasureListItem> {
	const found = await findMeasureByCode(tc.db, tc.tenant.id, code);
	if (!found) {
		// A Träger learns nothing of measures it does not run: unknown and foreign look the same.
		authorize(tc, 'measures.report', { tenantId: tc.tenant.id, providerIds: [] });
		throw new AppError('measure.not_found', { measure: code });
	}
	authorizeRead(tc, found);
	return found;
}

export async function listMeasures(tc: TenantContext): Promise<MeasureListItem[]> {
	const provider = ownProvider(tc);
	if (provider === null) authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	else authorize(tc, 'tenant.read', { tenantId: tc.tenant.id });
	const rows = await listMeasureRows(tc.db, tc.tenant.id);
	return provider === null ? rows : rows.filter((m) => m.providerIds.includes(provider));
}

export async function getMeasure(tc: TenantContext, code: string): Promise<MeasureDetail> {
	const m = await measureOf(tc, code);
	const [links, budget, milestones, outputs] = await Promise.all([
		measureLinks(tc.db, tc.tenant.id, m.id),
		budgetLines(tc.db, tc.tenant.id, m.id),
		milestoneRows(tc.db, tc.tenant.id, m.id),
		outputRows(tc.db, tc.tenant.id, m.id)
	]);
	return { measure: m, links, budget, milestones, outputs };
}

type Parsed = z.output<typeof measureInput>;

/** The ids of everything the input names; every unknown name is refused at its field. */
async function resolveLinks(tc: TenantContext, input: Parsed) {
	const { db, tenant } = tc;
	const problems: Record<string, string> = {};
	const goals = new Map((await listGoalRows(db, tenant.id)).map((g) => [g.code, g.id]));
	const unknownGoals = input.goals.filter((c) => !goals.has(c));
	if (unknownGoals.length > 0) problems.goals = `Unbekannte Ziele: ${unknownGoals.join(', ')}`;

	const providers = await findProvidersByNames(db, tenant.id, input.providers);
	const providerIds = new Map(providers.map((p) => [p.name, p.id]));
	const unknownProviders = input.providers.filter((n) => !providerIds.has(n));
	if (unknownProviders.length > 0)
		problems.providers = `Unbekannte Träger: ${unknownProviders.join(', ')} (Träger werden unter „Angebote“ angelegt)`;

	const facilityIds: string[] = [];
	const unknownFacilities: string[] = [];
	for (const code of input.facilities) {
		const found = await findFacilityByCode(db, tenant.id, code);
		if (found) facilityIds.push(found.id);
		else unknownFacilities.push(code);
	}
	if (unknownFacilities.length > 0)
		problems.facilities = `Unbekannte Einrichtungen: ${unknownFacilities.join(', ')}`;

	const partnerIds = [...new Set(input.partnerDepartmentIds)];
	for (const id of partnerIds) {
		if (!(await findDepartment(db, tenant.id, id)))
			problems.partnerDepartmentIds = 'Einen der beteiligten Fachbereiche gibt es in diesem Mandanten nicht.';
	}

	const unitIds: string[] = [];
	const layers = await layersOf(tc);
	const unknownUnits: string[] = [];
	for (const layerCode of new Set(input.units.map((u) => u.layer))) {
		const layer = layers.find((l) => l.code === layerCode);
		const units = layer ? new Map((await unitsOf(tc, layer.code)).map((u) => [u.code, u.id])) : new Map();
		for (const { code } of input.units.filter((u) => u.layer === layerCode)) {
			const id = units.get(code);
			if (id) unitIds.push(id);
			else unknownUnits.push(`${layerCode}/${code}`);
		}
	}
	if (unknownUnits.length > 0)
		problems.units = `Unbekannte Gebiete (Ebene/Schlüssel): ${unknownUnits.join(', ')}`;
	if (Object.keys(problems).length > 0) invalidFields(problems);
	return {
		goalIds: input.goals.map((c) => goals.get(c)!),
		unitIds: [...new Set(unitIds)],
		partnerDepartmentIds: partnerIds.filter((id) => id !== input.leadDepartmentId),
		providerIds: input.providers.map((n) => providerIds.get(n)!),
		facilityIds: [...new Set(facilityIds)]
	};
}

/**
 * Creates the measure of the code or changes it with its links: every field is checked first (and
 * named in German), then one transaction writes the measure, its links and the audit entry.
 * `mode` is for forms and API calls that only create (a code in use is refused at the field) or
 * only change (an unknown code is not found); without it, the code decides (imports).
 */
export async function saveMeasure(
	tc: TenantContext,
	raw: unknown,
	mode: 'create' | 'update' | 'upsert' = 'upsert'
): Promise<MeasureDetail> {
	const input = parseInput(measureInput, raw);
	const { db, tenant } = tc;
	const existing = await findMeasureByCode(db, tenant.id, input.code);
	if (mode === 'update' && !existing) await measureOf(tc, input.code);
	if (mode === 'create' && existing) {
		authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: input.leadDepartmentId });
		invalidFields({ code: `Die Nummer „${input.code}“ hat schon eine andere Maßnahme.` });
	}
	// A department planner changes the measures its department leads, before and after the change.
	if (existing) authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: existing.leadDepartmentId });
	authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: input.leadDepartmentId });
	const period = periodProblems(input.periodStart, input.periodEnd);
	if (Object.keys(period).length > 0) invalidFields(period);
	if (input.leadDepartmentId && !(await findDepartment(db, tenant.id, input.leadDepartmentId))) {
		invalidFields({ leadDepartmentId: 'Diesen Fachbereich gibt es in diesem Mandanten nicht.' });
	}
	const links = await resolveLinks(tc, input);
	const values: MeasureValues = {
		code: input.code,
		title: input.title,
		description: input.description,
		status: input.status,
		periodStart: input.periodStart,
		periodEnd: input.periodEnd,
		leadDepartmentId: input.leadDepartmentId,
		lifePhases: input.lifePhases,
		targetGroups: input.targetGroups
	};
	await db.transaction(async (tx) => {
		const row = existing
			? await updateMeasure(tx, tenant.id, existing.id, { ...values, updatedAt: tc.now })
			: await insertMeasure(tx, { tenantId: tenant.id, ...values });
		const before = existing
			? { ...existing, links: await measureLinks(tx, tenant.id, existing.id) }
			: undefined;
		await replaceMeasureLinks(tx, tenant.id, row.id, links);
		await recordChange(tx, tc, {
			tenantId: tenant.id,
			entity: 'measure',
			entityId: row.id,
			action: existing ? 'update' : 'create',
			before,
			after: { ...row, links }
		});
	});
	return getMeasure(tc, input.code);
}

/** Replaces the budget of a measure (one line per year and source); every line is checked first. */
export async function saveBudget(tc: TenantContext, code: string, raw: unknown): Promise<BudgetRow[]> {
	const m = await measureOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: m.leadDepartmentId });
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
	const before = await budgetLines(tc.db, tc.tenant.id, m.id);
	const rows = lines.map((l) => ({ ...l, programme: l.programme ?? '' }));
	await tc.db.transaction(async (tx) => {
		await replaceBudgetLines(tx, tc.tenant.id, m.id, rows);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'measure_budget',
			entityId: m.id,
			action: 'update',
			before,
			after: rows
		});
	});
	return budgetLines(tc.db, tc.tenant.id, m.id);
}

/** Replaces the milestones of a measure (title, due date, reached on). */
export async function saveMilestones(tc: TenantContext, code: string, raw: unknown): Promise<MilestoneRow[]> {
	const m = await measureOf(tc, code);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: m.leadDepartmentId });
	const rows = parseInput(milestoneInput, raw);
	const before = await milestoneRows(tc.db, tc.tenant.id, m.id);
	await tc.db.transaction(async (tx) => {
		await replaceMilestones(tx, tc.tenant.id, m.id, rows);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'measure_milestone',
			entityId: m.id,
			action: 'update',
			before,
			after: rows
		});
	});
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
