import { z } from 'zod';
import { AppError } from '../../core/errors';
import { bodyKinds, memberRoles } from '../../core/steering/steering';
import {
	bodyMembers,
	findBody,
	findBodyByName,
	insertBody,
	insertBodyMember,
	listBodies as listBodyRows,
	setMemberLeft,
	type BodyListItem,
	type BodyMemberRow,
	type BodyRow
} from '../repositories/body.repository';
import { listMeetings, type MeetingListItem } from '../repositories/meeting.repository';
import { findMembership, findUserById } from '../repositories/user.repository';
import { recordChange } from './audit.service';
import { authorize } from './context';
import { isoDate, optionalText } from './measure.service';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Gremien (issue 16): the bodies that decide on the plan, with their members. Planners (and the
 * administration) set them up and keep their members; everyone who reads the tenant's data sees them.
 * Members are users of the tenant or external people without a login.
 */

export const bodyInput = z.object({
	name: z.string().trim().min(3, 'Bitte einen Namen angeben, z. B. „Lenkungsgruppe Sozialplanung“').max(200),
	kind: z.enum(bodyKinds, { error: 'Bitte die Art des Gremiums wählen' }),
	description: optionalText(4000)
});

export const memberInput = z
	.object({
		/** A user of the tenant; or, without one, an external person by name. */
		userId: z
			.uuid()
			.nullish()
			.or(z.literal(''))
			.transform((v) => v || null),
		name: optionalText(200),
		organisation: optionalText(200),
		email: z
			.email('Das ist keine gültige E-Mail-Adresse (z. B. name@stadt.de)')
			.nullish()
			.or(z.literal(''))
			.transform((v) => v || null),
		role: z.enum(memberRoles).default('mitglied')
	})
	.superRefine((m, ctx) => {
		if (!m.userId && !m.name)
			ctx.addIssue({
				code: 'custom',
				path: ['name'],
				message: 'Bitte einen Benutzer wählen oder den Namen einer externen Person angeben'
			});
	});

export interface BodyDetail {
	body: BodyRow;
	members: BodyMemberRow[];
	meetings: MeetingListItem[];
}

export async function listBodies(tc: TenantContext): Promise<BodyListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listBodyRows(tc.db, tc.tenant.id, tc.now);
}

/** The body of the id, for a reader of the tenant (unknown and foreign look the same). */
export async function bodyOf(tc: TenantContext, id: string): Promise<BodyRow> {
	const found = z.uuid().safeParse(id).success ? await findBody(tc.db, tc.tenant.id, id) : undefined;
	if (!found) throw new AppError('body.not_found', { body: id });
	return found;
}

export async function getBody(tc: TenantContext, id: string): Promise<BodyDetail> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const found = await bodyOf(tc, id);
	return {
		body: found,
		members: await bodyMembers(tc.db, tc.tenant.id, found.id),
		meetings: await listMeetings(tc.db, tc.tenant.id, found.id)
	};
}

export async function createBody(tc: TenantContext, raw: unknown): Promise<BodyRow> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const input = parseInput(bodyInput, raw);
	if (await findBodyByName(tc.db, tc.tenant.id, input.name))
		throw new AppError('body.duplicate', { body: input.name });
	return tc.db.transaction(async (tx) => {
		const row = await insertBody(tx, { tenantId: tc.tenant.id, ...input });
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'body',
			entityId: row.id,
			action: 'create',
			after: row
		});
		return row;
	});
}

/** Adds a member: a user of the tenant (name and e-mail taken from the account) or an external person. */
export async function addMember(tc: TenantContext, bodyId: string, raw: unknown): Promise<BodyMemberRow> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const found = await bodyOf(tc, bodyId);
	const input = parseInput(memberInput, raw);
	let person = { name: input.name ?? '', email: input.email };
	if (input.userId) {
		const user = await findUserById(tc.db, input.userId);
		const member = user && (await findMembership(tc.db, tc.tenant.id, user.id));
		if (!user || !member) invalidFields({ userId: 'Diesen Benutzer gibt es in diesem Mandanten nicht.' });
		person = { name: input.name ?? user.displayName, email: input.email ?? user.email };
	}
	const current = await bodyMembers(tc.db, tc.tenant.id, found.id);
	const twice = current.some(
		(m) =>
			m.leftOn === null &&
			(input.userId ? m.userId === input.userId : m.name.toLowerCase() === person.name.toLowerCase())
	);
	if (twice) invalidFields({ name: `${person.name} gehört dem Gremium bereits an.` });
	return tc.db.transaction(async (tx) => {
		const row = await insertBodyMember(tx, {
			tenantId: tc.tenant.id,
			bodyId: found.id,
			userId: input.userId,
			name: person.name,
			organisation: input.organisation,
			email: person.email,
			role: input.role
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'body_member',
			entityId: row.id,
			action: 'create',
			after: row
		});
		return row;
	});
}

/** A member leaves the body on a date; the row stays for the attendance of earlier meetings. */
export async function memberLeaves(
	tc: TenantContext,
	bodyId: string,
	memberId: string,
	raw: unknown
): Promise<BodyMemberRow> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const found = await bodyOf(tc, bodyId);
	const { leftOn } = parseInput(z.object({ leftOn: isoDate }), raw);
	const before = (await bodyMembers(tc.db, tc.tenant.id, found.id)).find((m) => m.id === memberId);
	if (!before) throw new AppError('not_found');
	if (before.leftOn)
		invalidFields({ leftOn: `${before.name} ist bereits am ${before.leftOn} ausgeschieden.` });
	return tc.db.transaction(async (tx) => {
		const row = (await setMemberLeft(tx, tc.tenant.id, memberId, leftOn))!;
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'body_member',
			entityId: row.id,
			action: 'update',
			before,
			after: row
		});
		return row;
	});
}
