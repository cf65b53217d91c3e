import { z } from 'zod';
import { can, membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { measureStatuses, periodProblems } from '../../core/planning/measure';
import { defaultLifePhases } from '../../core/supply/life-phases';
import type { Database } from '../db/client';
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
	replaceMeasureLinks,
	updateMeasure,
	type BudgetRow,
	type MeasureLinkNames,
	type MeasureListItem,
	type MeasureValues,
	type MilestoneRow,
	type OutputRow
} from '../repositories/measure.repository';
import { findProvidersByNames } from '../repositories/provider.repository';
import { findDepartment, listDepartments } from '../repositories/tenant.repository';
import { layersOf, unitsOf } from '../values/monitoring-setting';
import { recordChange } from './audit.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Maßnahmen (DOMAIN.md §7, Do): what the tenant and its partners do for its goals, where, for whom,
 * with whose money and with what result. The planners of the lead department (and planners and the
 * administration) change a measure, its budget and its milestones; the Träger that run it report its
 * progress (milestones reached) and its output figures, and see nothing but the measures they run.
 * Every change is checked in full before anything is written and audited with before and after.
 */

export const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);
export const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
export const optionalDate = isoDate
	.nullish()
	.or(z.literal(''))
	.transform((v) => v || null);
const texts = z
	.array(z.string().trim())
	.default([])
	.transform((list) => [...new Set(list.filter((v) => v.length > 0))]);

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

/** The measure of the code, for a reader who may see it (a Träger only its own). */
export async function measureOf(tc: TenantContext, code: string): Promise<MeasureListItem> {
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
	const departments = new Set((await listDepartments(db, tenant.id)).map((d) => d.id));
	if (partnerIds.some((id) => !departments.has(id)))
		problems.partnerDepartmentIds = 'Einen der beteiligten Fachbereiche gibt es in diesem Mandanten nicht.';

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

/** A measure checked in full and authorized, ready to be written (`writeMeasure`). */
export interface PreparedMeasure {
	code: string;
	existing: MeasureListItem | undefined;
	values: MeasureValues;
	links: Awaited<ReturnType<typeof resolveLinks>>;
}

/**
 * Checks a measure's input in full (every field named in German) and authorizes the change,
 * without writing anything. `mode` is for forms and API calls that only create (a code in use is
 * refused at the field) or only change (an unknown code is not found); with `upsert` the code decides.
 */
export async function prepareMeasure(
	tc: TenantContext,
	raw: unknown,
	mode: 'create' | 'update' | 'upsert' = 'upsert'
): Promise<PreparedMeasure> {
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
	return { code: input.code, existing, values, links };
}

/** Writes a prepared measure with its links and the audit entry, inside the caller's transaction; its id. */
export async function writeMeasure(
	tx: Database,
	tc: TenantContext,
	prepared: PreparedMeasure
): Promise<string> {
	const { tenant } = tc;
	const { existing, values, links } = prepared;
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
	return row.id;
}

/**
 * Creates the measure of the code or changes it with its links: every field is checked first (and
 * named in German), then one transaction writes the measure, its links and the audit entry.
 * `mode` as in `prepareMeasure`; without it, the code decides (imports).
 */
export async function saveMeasure(
	tc: TenantContext,
	raw: unknown,
	mode: 'create' | 'update' | 'upsert' = 'upsert'
): Promise<MeasureDetail> {
	const prepared = await prepareMeasure(tc, raw, mode);
	await tc.db.transaction(async (tx) => {
		await writeMeasure(tx, tc, prepared);
	});
	return getMeasure(tc, prepared.code);
}
