import { z } from 'zod';
import { defaultDisclosureRules, rulesProblems, type DisclosureRules } from '../../core/disclosure/rules';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import {
	findDisclosureSetting,
	upsertDisclosureSetting
} from '../repositories/disclosure-setting.repository';
import { recordChange } from './audit.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/** A tenant's disclosure rules and whether it publishes its values at all. */
export interface DisclosureSettings extends DisclosureRules {
	published: boolean;
}

export const defaultDisclosureSettings: DisclosureSettings = { ...defaultDisclosureRules, published: false };

/** The settings as stored, or the defaults (k = 3, suppression, nothing published). */
export async function disclosureSettingsOf(db: Database, tenantId: string): Promise<DisclosureSettings> {
	const row = await findDisclosureSetting(db, tenantId);
	if (!row) return defaultDisclosureSettings;
	return {
		minimumCount: row.minimumCount,
		method: row.method,
		roundingBase: row.roundingBase as DisclosureRules['roundingBase'],
		publishZeros: row.publishZeros,
		published: row.published
	};
}

export async function getDisclosureSettings(tc: TenantContext): Promise<DisclosureSettings> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return disclosureSettingsOf(tc.db, tc.tenant.id);
}

const settingsInput = z.object({
	minimumCount: z.coerce.number().int().min(1).max(100).optional(),
	method: z.enum(['suppress', 'round']).optional(),
	roundingBase: z.coerce
		.number()
		.refine((v) => v === 3 || v === 5 || v === 10, 'Basis 3, 5 oder 10')
		.optional(),
	publishZeros: z.boolean().optional(),
	published: z.boolean().optional()
});

/** Changes the rules (administration only: they decide what leaves the tenant); audited. */
export async function setDisclosureSettings(tc: TenantContext, input: unknown): Promise<DisclosureSettings> {
	const changes = parseInput(settingsInput, input);
	authorize(tc, 'tenant.manage', { tenantId: tc.tenant.id });
	return tc.db.transaction(async (tx) => {
		const before = await disclosureSettingsOf(tx, tc.tenant.id);
		const after = { ...before, ...changes } as DisclosureSettings;
		const problems = rulesProblems(after);
		if (problems.length > 0)
			throw new AppError(
				'disclosure.invalid',
				{ details: problems.map((p) => p.message).join(' ') },
				Object.fromEntries(problems.map((p) => [p.field, p.message]))
			);
		await upsertDisclosureSetting(tx, { tenantId: tc.tenant.id, ...after });
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'disclosure_setting',
			entityId: tc.tenant.id,
			action: 'update',
			before,
			after
		});
		return after;
	});
}
