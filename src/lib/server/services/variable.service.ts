import { z } from 'zod';
import { defaultTopics, topicChoices } from '../../core/catalogue/default-topics';
import { AppError } from '../../core/errors';
import {
	findTopic,
	insertMissingTopics,
	insertTopic,
	listTopics as listTopicRows,
	type TopicRow
} from '../repositories/topic.repository';
import {
	findVariable,
	findVariablesByCodes,
	insertVariable,
	listVariables as listVariableRows,
	updateVariable,
	type VariableListItem
} from '../repositories/variable.repository';
import type { Database } from '../db/client';
import { recordChange } from './audit.service';
import { authorize, type ServiceContext } from './context';
import { resolveTenant } from './tenant.service';
import { parseInput } from './validation';

export { defaultTopics };

/** Creates the default topics the tenant lacks (safe to call again); returns those created. */
export async function ensureDefaultTopics(ctx: ServiceContext, tenantSlug: string): Promise<TopicRow[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id, departmentId: null });
	return ctx.db.transaction(async (tx) => {
		const created = await insertMissingTopics(tx, tenant.id, defaultTopics);
		for (const topic of created) {
			await recordChange(tx, ctx, {
				tenantId: tenant.id,
				entity: 'topic',
				entityId: topic.id,
				action: 'create',
				after: { code: topic.code, name: topic.name }
			});
		}
		return created;
	});
}

export async function listTopics(ctx: ServiceContext, tenantSlug: string): Promise<TopicRow[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	return listTopicRows(ctx.db, tenant.id);
}

const topicInput = z
	.object({
		code: z
			.string()
			.trim()
			.regex(
				/^[a-z0-9][a-z0-9_-]{0,63}$/,
				'1–64 Zeichen: Kleinbuchstaben ohne Umlaute, Ziffern, Bindestrich, Unterstrich'
			),
		name: z.string().trim().min(2).max(200)
	})
	.strict();

/** Creates a topic (Handlungsfeld) of the tenant's own, audited. */
export async function createTopic(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<TopicRow> {
	const values = parseInput(topicInput, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id, departmentId: null });
	return ctx.db.transaction(async (tx) => {
		if (await findTopic(tx, tenant.id, values.code))
			throw new AppError('topic.duplicate', { topic: values.code });
		const created = await insertTopic(tx, tenant.id, values);
		await recordChange(tx, ctx, {
			tenantId: tenant.id,
			entity: 'topic',
			entityId: created.id,
			action: 'create',
			after: { code: created.code, name: created.name }
		});
		return created;
	});
}

/** The topic of a code, or `topic.not_found` naming the tenant's topics. */
export async function requireTopic(db: Database, tenantId: string, code: string): Promise<TopicRow> {
	const topic = await findTopic(db, tenantId, code);
	if (topic) return topic;
	const available = topicChoices(await listTopicRows(db, tenantId));
	throw new AppError(
		'topic.not_found',
		{ topic: code, available },
		{ topic: `unbekannt; vorhanden: ${available}` }
	);
}

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);

const variableInput = z
	.object({
		code: z
			.string()
			.trim()
			.regex(
				/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
				'1–64 Zeichen: Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich, Unterstrich'
			),
		name: z.string().trim().min(2).max(200),
		kind: z
			.enum(['count', 'amount', 'rate'], { error: 'Art: count (Anzahl), amount (Betrag) oder rate (Quote)' })
			.default('count'),
		/** Counts of persons fall under disclosure control; by default every count is one. */
		personCount: z.boolean().optional(),
		unitLabel: optionalText(40),
		source: optionalText(500),
		topic: optionalText(64),
		description: optionalText(2000)
	})
	.strict();

/** Defines a variable or updates the one with the same code (audited with before and after). */
export async function defineVariable(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<VariableListItem> {
	const values = parseInput(variableInput, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id, departmentId: null });
	return ctx.db.transaction(async (tx) => {
		let topicId: string | null = null;
		if (values.topic) topicId = (await requireTopic(tx, tenant.id, values.topic)).id;
		const row = {
			code: values.code,
			name: values.name,
			kind: values.kind,
			personCount: values.personCount ?? values.kind === 'count',
			unitLabel:
				values.unitLabel ?? (values.kind === 'count' ? 'Personen' : values.kind === 'rate' ? '%' : ''),
			source: values.source,
			topicId,
			description: values.description
		};
		const before = await findVariable(tx, tenant.id, values.code);
		const saved = before
			? await updateVariable(tx, tenant.id, before.id, row)
			: await insertVariable(tx, tenant.id, row);
		await recordChange(tx, ctx, {
			tenantId: tenant.id,
			entity: 'variable',
			entityId: saved.id,
			action: before ? 'update' : 'create',
			before: before ? { ...before, tenantId: undefined } : undefined,
			after: { ...saved, tenantId: undefined }
		});
		return (await findVariablesByCodes(tx, tenant.id, [saved.code])).get(saved.code)!;
	});
}

export async function listVariables(ctx: ServiceContext, tenantSlug: string): Promise<VariableListItem[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	return listVariableRows(ctx.db, tenant.id);
}

export async function getVariable(
	ctx: ServiceContext,
	tenantSlug: string,
	code: string
): Promise<VariableListItem> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const found = (await findVariablesByCodes(ctx.db, tenant.id, [code])).get(code);
	if (!found) throw new AppError('variable.not_found', { variable: code });
	return found;
}
