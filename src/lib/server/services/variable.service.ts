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
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

export { defaultTopics };

/** Creates the default topics the tenant lacks (safe to call again); returns those created. */
export async function ensureDefaultTopics(tc: TenantContext): Promise<TopicRow[]> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		const created = await insertMissingTopics(tx, tc.tenant.id, defaultTopics);
		for (const topic of created) {
			await recordChange(tx, tc, {
				tenantId: tc.tenant.id,
				entity: 'topic',
				entityId: topic.id,
				action: 'create',
				after: { code: topic.code, name: topic.name }
			});
		}
		return created;
	});
}

export async function listTopics(tc: TenantContext): Promise<TopicRow[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listTopicRows(tc.db, tc.tenant.id);
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
export async function createTopic(tc: TenantContext, input: unknown): Promise<TopicRow> {
	const values = parseInput(topicInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		if (await findTopic(tx, tc.tenant.id, values.code))
			throw new AppError('topic.duplicate', { topic: values.code });
		const created = await insertTopic(tx, tc.tenant.id, values);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
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
export async function defineVariable(tc: TenantContext, input: unknown): Promise<VariableListItem> {
	const values = parseInput(variableInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		let topicId: string | null = null;
		if (values.topic) topicId = (await requireTopic(tx, tc.tenant.id, values.topic)).id;
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
		const before = await findVariable(tx, tc.tenant.id, values.code);
		const saved = before
			? await updateVariable(tx, tc.tenant.id, before.id, row)
			: await insertVariable(tx, tc.tenant.id, row);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'variable',
			entityId: saved.id,
			action: before ? 'update' : 'create',
			before: before ? { ...before, tenantId: undefined } : undefined,
			after: { ...saved, tenantId: undefined }
		});
		return (await findVariablesByCodes(tx, tc.tenant.id, [saved.code])).get(saved.code)!;
	});
}

export async function listVariables(tc: TenantContext): Promise<VariableListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listVariableRows(tc.db, tc.tenant.id);
}

export async function getVariable(tc: TenantContext, code: string): Promise<VariableListItem> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const found = (await findVariablesByCodes(tc.db, tc.tenant.id, [code])).get(code);
	if (!found) throw new AppError('variable.not_found', { variable: code });
	return found;
}
