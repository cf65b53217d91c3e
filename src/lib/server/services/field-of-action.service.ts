import { z } from 'zod';
import { listDepartments } from '../repositories/tenant.repository';
import {
	findTopic,
	insertTopic,
	listTopics,
	renameTopic,
	replaceTopicDepartments,
	topicDepartments
} from '../repositories/topic.repository';
import { recordChange } from './audit.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Handlungsfelder: the tenant's fields of action (Bildung, Gesundheit, Wohnen, Teilhabe und Armut …)
 * with the departments that own them. They are the topics of the indicator catalogue too, so a goal
 * of the field "Bildung" and the indicators of the topic "Bildung" meet on one page. Shared data of
 * the tenant: planners and the administration edit them.
 */

export interface FieldOfAction {
	id: string;
	code: string;
	name: string;
	departments: { id: string; name: string }[];
}

export const fieldOfActionInput = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[a-z0-9_]{2,40}$/, 'Kürzel aus Kleinbuchstaben, Ziffern und _, z. B. teilhabe_armut'),
	name: z.string().trim().min(2, 'Bitte einen Namen angeben').max(120),
	departmentIds: z.array(z.uuid()).default([])
});

export async function listFieldsOfAction(tc: TenantContext): Promise<FieldOfAction[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const [topics, owners, departments] = await Promise.all([
		listTopics(tc.db, tc.tenant.id),
		topicDepartments(tc.db, tc.tenant.id),
		listDepartments(tc.db, tc.tenant.id)
	]);
	const nameOf = new Map(departments.map((d) => [d.id, d.name]));
	return topics.map((t) => ({
		id: t.id,
		code: t.code,
		name: t.name,
		departments: (owners.get(t.id) ?? [])
			.map((id) => ({ id, name: nameOf.get(id)! }))
			.sort((a, b) => a.name.localeCompare(b.name, 'de'))
	}));
}

/** Creates the field of the code or renames it and sets its departments, audited. */
export async function saveFieldOfAction(tc: TenantContext, raw: unknown): Promise<FieldOfAction> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	const input = parseInput(fieldOfActionInput, raw);
	const known = new Set((await listDepartments(tc.db, tc.tenant.id)).map((d) => d.id));
	if (input.departmentIds.some((id) => !known.has(id)))
		invalidFields({ departmentIds: 'Einen der Fachbereiche gibt es in diesem Mandanten nicht.' });
	const departmentIds = [...new Set(input.departmentIds)];
	const existing = await findTopic(tc.db, tc.tenant.id, input.code);
	const owners = existing ? ((await topicDepartments(tc.db, tc.tenant.id)).get(existing.id) ?? []) : [];
	await tc.db.transaction(async (tx) => {
		const row = existing
			? await renameTopic(tx, tc.tenant.id, existing.id, input.name)
			: await insertTopic(tx, tc.tenant.id, { code: input.code, name: input.name });
		await replaceTopicDepartments(tx, tc.tenant.id, row.id, departmentIds);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'topic',
			entityId: row.id,
			action: existing ? 'update' : 'create',
			before: existing ? { ...existing, departmentIds: owners } : undefined,
			after: { ...row, departmentIds }
		});
	});
	return (await listFieldsOfAction(tc)).find((f) => f.code === input.code)!;
}
