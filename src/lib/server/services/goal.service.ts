import { formNumber } from '../../core/data/numbers';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { goalLevels, goalOrigins, goalStatuses, targetProblems } from '../../core/planning/goal';
import { findCompositeIndex } from '../repositories/composite-index.repository';
import {
	childGoalIds,
	findGoalByCode,
	goalUnitIds,
	insertGoal,
	listGoals as listGoalRows,
	replaceGoalUnits,
	updateGoal,
	type GoalListItem,
	type GoalValues
} from '../repositories/goal.repository';
import { findDepartment } from '../repositories/tenant.repository';
import { findTopic } from '../repositories/topic.repository';
import { scopeValues, valueAt, type GoalScopeRequest } from '../values/goal-scope';
import { indicatorsOf, layersOf, unitsOf } from '../values/monitoring-setting';
import { recordChange } from './audit.service';
import { dataChanged } from './data-change';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Goals of the plan (DOMAIN.md §7): a Leitziel, or a SMART Handlungs-/Wirkungsziel on an indicator
 * of the catalogue with a scope, a direction, a baseline taken from the data (or entered with a
 * reason) and a target. Goals belong to their owner department: its department planners edit them,
 * planners and the administration edit all (the policy's `data.write`).
 */

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);
const optionalCode = optionalText(100);
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
const number = z.union([z.number(), z.string().trim().min(1)]).transform((v, ctx) => {
	const n = typeof v === 'number' ? v : formNumber(v);
	if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', message: 'eine Zahl, z. B. 12,5' });
	return n;
});

const scopeInput = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('tenant') }),
	z.object({
		kind: z.literal('units'),
		layer: z.string().trim().min(1),
		units: z.array(z.string().trim().min(1)).min(1)
	}),
	z.object({
		kind: z.literal('index_class'),
		index: z.string().trim().min(1),
		classKind: z.enum(['status', 'dynamics', 'combined']).default('status'),
		class: z.string().trim().min(1),
		date: isoDate
	})
]);

export const goalInput = z.object({
	code: z.string().trim().min(1, 'Bitte eine Nummer angeben, z. B. „Z 2.1“').max(40),
	title: z.string().trim().min(3, 'Bitte einen Titel angeben').max(300),
	level: z.enum(goalLevels),
	parent: optionalCode,
	topic: optionalCode,
	rationale: optionalText(4000),
	origin: z.enum(goalOrigins).default('fachplanung'),
	status: z.enum(goalStatuses).default('entwurf'),
	ownerDepartmentId: z
		.uuid()
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null),
	ownerName: optionalText(200),
	indicator: optionalCode,
	direction: z.enum(['higher', 'lower']).nullish(),
	scope: scopeInput.default({ kind: 'tenant' }),
	baselineDate: isoDate.nullish(),
	baselineValue: number.nullish(),
	baselineReason: optionalText(1000),
	targetValue: number.nullish(),
	targetDate: isoDate.nullish()
});
export type GoalInput = z.input<typeof goalInput>;

export async function listGoals(tc: TenantContext): Promise<GoalListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listGoalRows(tc.db, tc.tenant.id);
}

export async function getGoal(
	tc: TenantContext,
	code: string
): Promise<GoalListItem & { unitIds: string[] }> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const found = await findGoalByCode(tc.db, tc.tenant.id, code);
	if (!found) throw new AppError('goal.not_found', { goal: code });
	return { ...found, unitIds: await goalUnitIds(tc.db, tc.tenant.id, found.id) };
}

type Parsed = z.output<typeof goalInput>;

/** The scope of the input as the read side resolves it, with its ids; unknown codes are refused by field. */
async function resolveScope(tc: TenantContext, scope: Parsed['scope']) {
	if (scope.kind === 'tenant')
		return { request: { kind: 'tenant' } as GoalScopeRequest, layerId: null, indexId: null, unitIds: [] };
	if (scope.kind === 'units') {
		const layer = (await layersOf(tc)).find((l) => l.code === scope.layer);
		if (!layer) invalidFields({ 'scope.layer': `Die Raumebene „${scope.layer}“ gibt es nicht.` });
		const units = await unitsOf(tc, layer.code);
		const byCode = new Map(units.map((u) => [u.code, u.id]));
		const unknown = scope.units.filter((c) => !byCode.has(c));
		if (unknown.length > 0)
			invalidFields({ 'scope.units': `Unbekannte Gebiete auf „${layer.name}“: ${unknown.join(', ')}` });
		const unitIds = scope.units.map((c) => byCode.get(c)!);
		return {
			request: { kind: 'units', layerCode: layer.code, unitIds } as GoalScopeRequest,
			layerId: layer.id,
			indexId: null,
			unitIds
		};
	}
	const index = await findCompositeIndex(tc.db, tc.tenant.id, scope.index);
	if (!index) invalidFields({ 'scope.index': `Den Sozialindex „${scope.index}“ gibt es nicht.` });
	const request: GoalScopeRequest = {
		kind: 'index_class',
		indexId: index.id,
		layerCode: index.layerCode,
		classKind: scope.classKind,
		classCode: scope.class,
		date: scope.date
	};
	return { request, layerId: index.layerId, indexId: index.id, unitIds: [] };
}

const baselineRequest = goalInput.pick({ indicator: true, scope: true, baselineDate: true }).required({
	indicator: true,
	baselineDate: true
});

/**
 * The value the data give for an indicator in a scope at a date (or the latest date before it):
 * the baseline a new goal would start from, for the form to show before it is saved. Null when
 * the scope has no value by then.
 */
export async function baselineFromData(
	tc: TenantContext,
	raw: unknown
): Promise<{ date: string; value: number } | null> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const input = parseInput(baselineRequest, raw);
	const item = (await indicatorsOf(tc)).find((i) => i.code === input.indicator);
	if (!item) invalidFields({ indicator: `Den Indikator „${input.indicator}“ gibt es nicht.` });
	const scope = await resolveScope(tc, input.scope);
	const values = await scopeValues(tc, item.code, scope.request);
	const found = valueAt(values.scope, input.baselineDate!);
	return found && found.value !== null ? { date: found.date, value: found.value } : null;
}

/** The SMART part of a goal: indicator, direction, scope, baseline (from the data unless entered) and target. */
async function smartValues(tc: TenantContext, input: Parsed) {
	const scope = await resolveScope(tc, input.scope);
	const none = {
		indicatorId: null,
		direction: null,
		baselineValue: null,
		baselineDate: null,
		baselineReason: null,
		targetValue: null,
		targetDate: null
	};
	if (!input.indicator) return { scope, values: none };
	if (input.level === 'leitziel') {
		invalidFields({
			indicator:
				'Ein Leitziel ist abstrakt und hat keinen Indikator; legen Sie ein Handlungsziel darunter an.'
		});
	}
	const item = (await indicatorsOf(tc)).find((i) => i.code === input.indicator);
	if (!item) invalidFields({ indicator: `Den Indikator „${input.indicator}“ gibt es nicht.` });
	// Without a stated direction, the indicator's polarity says which way is better.
	const direction =
		input.direction ??
		(item.polarity === 'higher_better' ? 'higher' : item.polarity === 'higher_worse' ? 'lower' : null);
	const missing: Record<string, string> = {};
	if (!direction) missing.direction = 'Bitte angeben, ob ein höherer oder ein niedrigerer Wert besser ist.';
	if (!input.baselineDate) missing.baselineDate = 'Bitte das Datum des Ausgangswerts angeben.';
	if (input.targetValue == null) missing.targetValue = 'Bitte einen Zielwert angeben.';
	if (!input.targetDate) missing.targetDate = 'Bitte ein Zieldatum angeben.';
	if (input.baselineValue != null && !input.baselineReason) {
		missing.baselineReason =
			'Ein eingegebener Ausgangswert braucht eine Begründung (sonst wird er aus den Daten genommen).';
	}
	if (Object.keys(missing).length > 0) invalidFields(missing);

	const values = await scopeValues(tc, item.code, scope.request);
	if (!values.scope.some((p) => p.value !== null)) {
		invalidFields({ indicator: `Der Indikator „${item.name}“ hat im gewählten Gebiet keine Werte.` });
	}
	let baseline = {
		value: input.baselineValue ?? null,
		date: input.baselineDate!,
		reason: input.baselineReason
	};
	if (baseline.value === null) {
		const found = valueAt(values.scope, input.baselineDate!);
		if (!found) {
			invalidFields({
				baselineDate: `Zum ${input.baselineDate} oder davor gibt es im Gebiet keinen Wert. Wählen Sie ein Datum mit Daten oder geben Sie den Ausgangswert mit Begründung ein.`
			});
		}
		baseline = { value: found.value, date: found.date, reason: null };
	}
	const problems = targetProblems({
		direction: direction!,
		baselineValue: baseline.value!,
		baselineDate: baseline.date,
		targetValue: input.targetValue!,
		targetDate: input.targetDate!
	});
	if (Object.keys(problems).length > 0) invalidFields(problems);
	return {
		scope,
		values: {
			indicatorId: item.id,
			direction: direction!,
			baselineValue: baseline.value,
			baselineDate: baseline.date,
			baselineReason: baseline.reason,
			targetValue: input.targetValue!,
			targetDate: input.targetDate!
		}
	};
}

/**
 * Creates the goal of the code or changes it: every field is checked first (and named in German),
 * then one transaction writes the goal, its chosen units and the audit entry with before and after.
 * `mode` is for forms that only create (a code in use is refused at the field) or only change
 * (an unknown code is not found); without it, the code decides.
 */
export async function saveGoal(
	tc: TenantContext,
	raw: unknown,
	mode: 'create' | 'update' | 'upsert' = 'upsert'
): Promise<GoalListItem> {
	const input = parseInput(goalInput, raw);
	const { db, tenant } = tc;
	const existing = await findGoalByCode(db, tenant.id, input.code);
	if (mode === 'update' && !existing) throw new AppError('goal.not_found', { goal: input.code });
	if (mode === 'create' && existing) {
		authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: input.ownerDepartmentId });
		invalidFields({ code: `Die Nummer „${input.code}“ hat schon ein anderes Ziel.` });
	}
	// Department planners change the goals of their department, before and after the change.
	if (existing)
		authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: existing.ownerDepartmentId });
	authorize(tc, 'data.write', { tenantId: tenant.id, departmentId: input.ownerDepartmentId });

	if (input.ownerDepartmentId && !(await findDepartment(db, tenant.id, input.ownerDepartmentId))) {
		invalidFields({ ownerDepartmentId: 'Diesen Fachbereich gibt es in diesem Mandanten nicht.' });
	}
	const topic = input.topic ? await findTopic(db, tenant.id, input.topic) : null;
	if (input.topic && !topic) invalidFields({ topic: `Das Handlungsfeld „${input.topic}“ gibt es nicht.` });
	let parentId: string | null = null;
	if (input.parent) {
		const parent = await findGoalByCode(db, tenant.id, input.parent);
		if (!parent) invalidFields({ parent: `Das übergeordnete Ziel „${input.parent}“ gibt es nicht.` });
		if (existing && (await isBelow(tc, parent.id, existing.id))) {
			invalidFields({ parent: 'Ein Ziel kann nicht unter sich selbst oder einem seiner Unterziele stehen.' });
		}
		parentId = parent.id;
	}
	const { scope, values: smart } = await smartValues(tc, input);
	const values: GoalValues = {
		code: input.code,
		parentId,
		topicId: topic?.id ?? null,
		level: input.level,
		title: input.title,
		rationale: input.rationale,
		...smart,
		scopeKind: input.scope.kind,
		scopeLayerId: scope.layerId,
		scopeIndexId: scope.indexId,
		scopeClassKind: input.scope.kind === 'index_class' ? input.scope.classKind : null,
		scopeClass: input.scope.kind === 'index_class' ? input.scope.class : null,
		scopeDate: input.scope.kind === 'index_class' ? input.scope.date : null,
		ownerDepartmentId: input.ownerDepartmentId,
		ownerName: input.ownerName,
		origin: input.origin,
		status: input.status
	};
	await db.transaction(async (tx) => {
		const row = existing
			? await updateGoal(tx, tenant.id, existing.id, { ...values, updatedAt: tc.now })
			: await insertGoal(tx, { tenantId: tenant.id, ...values });
		await replaceGoalUnits(tx, tenant.id, row!.id, scope.unitIds);
		await recordChange(tx, tc, {
			tenantId: tenant.id,
			entity: 'goal',
			entityId: row!.id,
			action: existing ? 'update' : 'create',
			before: existing ?? undefined,
			after: { ...row, unitIds: scope.unitIds }
		});
	});
	// A new or changed goal gets its rating in the history at once (in the background).
	dataChanged(tc);
	return (await findGoalByCode(db, tenant.id, input.code))!;
}

/** Whether `candidate` is `goalId` itself or lies below it in the hierarchy. */
async function isBelow(tc: TenantContext, candidate: string, goalId: string): Promise<boolean> {
	let level = [goalId];
	const seen = new Set<string>();
	while (level.length > 0) {
		if (level.includes(candidate)) return true;
		level.forEach((id) => seen.add(id));
		level = (await childGoalIds(tc.db, tc.tenant.id, level)).filter((id) => !seen.has(id));
	}
	return false;
}
