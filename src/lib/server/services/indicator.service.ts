import { z } from 'zod';
import {
	changeModes,
	defaultUnitLabel,
	findBaseCycle,
	formulaProblems,
	indicatorKinds,
	polarities
} from '../../core/indicator/definition';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import {
	findIndicatorItem,
	indicatorBaseCodes,
	insertIndicator,
	listIndicatorItems,
	replaceRateVariables,
	updateIndicator,
	type IndicatorListItem,
	type IndicatorValues
} from '../repositories/indicator.repository';
import { listDepartments } from '../repositories/tenant.repository';
import { findTopic, listTopics } from '../repositories/topic.repository';
import { topicChoices } from '../../core/catalogue/default-topics';
import { findVariablesByCodes, findVariablesByIds } from '../repositories/variable.repository';
import { recordChange } from './audit.service';
import { dataChanged } from './data-change';
import { actorLabel, authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

const code = z
	.string()
	.trim()
	.regex(
		/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
		'1–64 Zeichen: Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich, Unterstrich'
	);
export const optionalCode = code.nullish().transform((v) => v ?? null);
/**
 * The variables a rate sums: a list, or one text with the codes joined by "+" or "," (as a form
 * field or a short YAML line states them).
 */
const codeSum = z
	.preprocess(
		(v) =>
			typeof v === 'string'
				? v
						.split(/[+,]/)
						.map((c) => c.trim())
						.filter((c) => c !== '')
				: v,
		z.array(code).max(50).nullish()
	)
	.transform((v) => (v && v.length > 0 ? v : null));
export const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);
/** Numbers from YAML or JSON as they are, from forms as text; an empty field is no value. */
const optionalNumber = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		(v) => (v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v),
		schema.optional()
	);

/** The fact sheet (DOMAIN.md §3): everything a reader needs to use the number correctly. */
const metadataInput = z
	.object({
		definition: text(4000),
		formula: text(1000),
		source: text(1000),
		stichtag: text(200),
		interpretation: text(4000),
		updateInterval: text(200),
		licence: text(200),
		levels: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
		disclosureRule: text(1000),
		responsible: text(200)
	})
	.strict();

/** The fact sheet fields a definition states; fields left empty are not stored. */
export type IndicatorMetadata = {
	[K in keyof z.output<typeof metadataInput>]?: NonNullable<z.output<typeof metadataInput>[K]>;
};

function withoutEmpty(metadata: z.output<typeof metadataInput>): IndicatorMetadata {
	return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== null && v !== undefined));
}

export const indicatorInput = z
	.object({
		code,
		name: z.string().trim().min(2).max(200),
		shortName: text(40),
		kind: z.enum(indicatorKinds, {
			error: 'Art: rate (Quote), change (Veränderung) oder direct (direkter Wert)'
		}),
		numerator: codeSum,
		denominator: codeSum,
		factor: optionalNumber(z.number({ error: 'Zahl erwartet' })),
		base: optionalCode,
		changeYears: optionalNumber(z.int({ error: 'ganze Zahl von Jahren' }).min(1).max(50)),
		changeMode: z.enum(changeModes, { error: 'points (Prozentpunkte) oder percent (Prozent)' }).nullish(),
		value: optionalCode,
		weight: optionalCode,
		/** Forms send "on"/"true" for a ticked box; files and the API a boolean. */
		weightStandIn: z
			.preprocess(
				(v) => (v === 'on' || v === 'true' ? true : v === '' || v === 'false' ? false : v),
				z.boolean()
			)
			.nullish()
			.transform((v) => v ?? false),
		weightNote: text(1000),
		polarity: z.enum(polarities, { error: 'higher_better, higher_worse oder neutral' }).default('neutral'),
		/** Without one, the kind's own unit (defaultUnitLabel); an empty text means: no unit. */
		unitLabel: z.string().trim().max(40).nullish(),
		decimals: optionalNumber(z.int({ error: 'ganze Zahl' }).min(0).max(6)),
		topic: optionalCode,
		department: text(200),
		metadata: metadataInput.prefault({}).transform(withoutEmpty)
	})
	.strict();

export type IndicatorDefinition = z.input<typeof indicatorInput>;

/** A stored indicator as a definition, with codes instead of ids: what `defineIndicator` reads back. */
export function definitionOf(item: IndicatorListItem) {
	return {
		code: item.code,
		name: item.name,
		shortName: item.shortName,
		kind: item.kind,
		numerator: item.kind === 'rate' ? item.numeratorVariables.map((v) => v.code) : null,
		denominator: item.kind === 'rate' ? item.denominatorVariables.map((v) => v.code) : null,
		factor: item.kind === 'rate' ? item.factor : null,
		base: item.baseCode,
		changeYears: item.changeYears,
		changeMode: item.changeMode,
		value: item.valueCode,
		weight: item.weightCode,
		weightStandIn: item.kind === 'direct' ? item.weightStandIn : null,
		weightNote: item.kind === 'direct' ? item.weightNote : null,
		polarity: item.polarity,
		unitLabel: item.unitLabel,
		decimals: item.decimals,
		topic: item.topicCode,
		department: item.departmentName,
		metadata: item.metadata as IndicatorMetadata
	};
}

export function invalid(indicatorCode: string, fields: Record<string, string>): AppError {
	const details = Object.entries(fields)
		.map(([field, message]) => `${field}: ${message}`)
		.join('; ');
	return new AppError('indicator.invalid', { indicator: indicatorCode, details }, fields);
}

async function departmentIdByName(
	db: Database,
	tenantId: string,
	name: string | null
): Promise<string | null> {
	if (!name) return null;
	const wanted = name.toLowerCase();
	const found = (await listDepartments(db, tenantId)).find(
		(d) => d.name.toLowerCase() === wanted || d.shortName?.toLowerCase() === wanted
	);
	if (!found) throw new AppError('department.not_found', {}, { department: `„${name}“ unbekannt` });
	return found.id;
}

/**
 * The weight fields of a row: the stated weight and, when it differs from the stored one, who set
 * it and when (the provenance shown with every estimate; the audit log keeps the history).
 */
function weightProvenance(
	ctx: ServiceContext,
	before: IndicatorListItem | undefined,
	values: { weight: string | null; weightStandIn: boolean; weightNote: string | null }
) {
	const same =
		before &&
		before.weightCode === values.weight &&
		before.weightStandIn === values.weightStandIn &&
		before.weightNote === values.weightNote;
	const stated = values.weight !== null || values.weightNote !== null;
	return {
		weightStandIn: values.weightStandIn,
		weightNote: values.weightNote,
		weightSetBy: same ? before.weightSetBy : stated ? actorLabel(ctx.actor) : null,
		weightSetAt: same ? before.weightSetAt : stated ? ctx.now : null
	};
}

/**
 * Defines an indicator or replaces the definition with the same code, audited with before and
 * after. Department planners define only indicators of their own department (and cannot move
 * one of another department into theirs).
 */
export async function defineIndicator(tc: TenantContext, input: unknown): Promise<IndicatorListItem> {
	const defined = await writeIndicator(tc, input);
	dataChanged(tc);
	return defined;
}

/**
 * The definition itself, in the caller's transaction if it has one (a list of definitions writes
 * them together, services/indicator-definitions.service.ts, and says once that the data changed).
 */
export async function writeIndicator(tc: TenantContext, input: unknown): Promise<IndicatorListItem> {
	const values = parseInput(indicatorInput, input);
	const problems = formulaProblems(values);
	if (Object.keys(problems).length > 0) throw invalid(values.code, problems);
	return tc.db.transaction(async (tx) => {
		const departmentId = await departmentIdByName(tx, tc.tenant.id, values.department);
		authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId });
		const before = await findIndicatorItem(tx, tc.tenant.id, values.code);
		if (before) authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: before.departmentId });

		const refs = {
			numerator: values.numerator ?? [],
			denominator: values.denominator ?? [],
			value: values.value ? [values.value] : [],
			weight: values.weight ? [values.weight] : []
		};
		const variables = await findVariablesByCodes(tx, tc.tenant.id, Object.values(refs).flat());
		const missing: Record<string, string> = {};
		for (const [field, codes] of Object.entries(refs)) {
			const unknown = codes.filter((c) => !variables.has(c));
			if (unknown.length > 0) missing[field] = `Variable „${unknown.join('“, „')}“ existiert nicht`;
		}
		const topic = values.topic ? await findTopic(tx, tc.tenant.id, values.topic) : undefined;
		if (values.topic && !topic) {
			const available = topicChoices(await listTopics(tx, tc.tenant.id));
			missing.topic = `Handlungsfeld „${values.topic}“ existiert nicht; vorhanden: ${available}`;
		}
		let baseId: string | null = null;
		if (values.base) {
			const base = await findIndicatorItem(tx, tc.tenant.id, values.base);
			if (!base) missing.base = `Indikator „${values.base}“ existiert nicht`;
			else {
				const cycle = findBaseCycle(values.code, values.base, await indicatorBaseCodes(tx, tc.tenant.id));
				if (cycle) missing.base = `Zirkelbezug: ${cycle.join(' → ')}`;
				baseId = base.id;
			}
		}
		if (Object.keys(missing).length > 0) throw invalid(values.code, missing);

		const idOf = (ref: string | null) => (ref ? variables.get(ref)!.id : null);
		const row: IndicatorValues = {
			code: values.code,
			name: values.name,
			shortName: values.shortName,
			kind: values.kind,
			factor: values.factor ?? 100,
			baseIndicatorId: baseId,
			changeYears: values.changeYears ?? null,
			changeMode: values.changeMode ?? null,
			valueVariableId: idOf(values.value),
			weightVariableId: idOf(values.weight),
			...weightProvenance(tc, before, values),
			polarity: values.polarity,
			unitLabel:
				values.unitLabel ??
				defaultUnitLabel({
					...values,
					valueUnitLabel: values.value ? variables.get(values.value)!.unitLabel : null
				}),
			decimals: values.decimals ?? 1,
			topicId: topic?.id ?? null,
			departmentId,
			metadata: values.metadata
		};
		const saved = before
			? await updateIndicator(tx, tc.tenant.id, before.id, row)
			: await insertIndicator(tx, tc.tenant.id, row);
		await replaceRateVariables(tx, tc.tenant.id, saved.id, {
			numerator: refs.numerator.map((c) => variables.get(c)!.id),
			denominator: refs.denominator.map((c) => variables.get(c)!.id)
		});
		const after = (await findIndicatorItem(tx, tc.tenant.id, saved.code))!;
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'indicator',
			entityId: saved.id,
			action: before ? 'update' : 'create',
			before: before ? definitionOf(before) : undefined,
			after: definitionOf(after)
		});
		return after;
	});
}

export async function listIndicators(tc: TenantContext): Promise<IndicatorListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listIndicatorItems(tc.db, tc.tenant.id);
}

export interface FactSheetVariable {
	role: 'numerator' | 'denominator' | 'value' | 'weight';
	code: string;
	name: string;
	unitLabel: string;
	source: string | null;
	topicName: string | null;
}

export interface IndicatorFactSheet {
	indicator: IndicatorListItem;
	definition: ReturnType<typeof definitionOf>;
	variables: FactSheetVariable[];
	base: { code: string; name: string } | null;
}

/** What the fact sheet page shows: the definition and the variables it is computed from, with their sources. */
export async function getIndicator(tc: TenantContext, indicatorCode: string): Promise<IndicatorFactSheet> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const item = await findIndicatorItem(tc.db, tc.tenant.id, indicatorCode);
	if (!item) throw new AppError('indicator.not_found', { indicator: indicatorCode });
	const roles = [
		...item.numeratorVariables.map((v) => ['numerator', v.id] as const),
		...item.denominatorVariables.map((v) => ['denominator', v.id] as const),
		['value', item.valueVariableId] as const,
		['weight', item.weightVariableId] as const
	];
	const byId = await findVariablesByIds(
		tc.db,
		tc.tenant.id,
		roles.flatMap(([, id]) => (id ? [id] : []))
	);
	const variables = roles.flatMap(([role, id]) => {
		const v = id ? byId.get(id) : undefined;
		return v
			? [
					{
						role,
						code: v.code,
						name: v.name,
						unitLabel: v.unitLabel,
						source: v.source,
						topicName: v.topicName
					}
				]
			: [];
	});
	const base = item.baseCode ? await findIndicatorItem(tc.db, tc.tenant.id, item.baseCode) : undefined;
	return {
		indicator: item,
		definition: definitionOf(item),
		variables,
		base: base ? { code: base.code, name: base.name } : null
	};
}
