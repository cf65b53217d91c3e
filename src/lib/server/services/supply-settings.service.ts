import { z } from 'zod';
import { AppError } from '../../core/errors';
import {
	defaultSupplySettings,
	supplySettingsProblems,
	type SupplySettings
} from '../../core/supply/supply-settings';
import type { Database } from '../db/client';
import { findSupplySettings, upsertSupplySettings } from '../repositories/supply-setting.repository';
import { recordChange } from './audit.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

export async function supplySettingsOf(db: Database, tenantId: string): Promise<SupplySettings> {
	return (await findSupplySettings(db, tenantId)) ?? defaultSupplySettings;
}

export async function getSupplySettings(tc: TenantContext): Promise<SupplySettings> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return supplySettingsOf(tc.db, tc.tenant.id);
}

const codes = z.array(z.string().trim().min(1).max(64));
const decayInput = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('none') }),
	z.object({ kind: z.literal('linear') }),
	z.object({ kind: z.literal('gaussian') }),
	z.object({
		kind: z.literal('steps'),
		rings: z.array(z.object({ upTo: z.number().positive(), weight: z.number().min(0) })).min(1)
	})
]);
const settingsInput = z.object({
	bands: z.array(
		z.object({
			code: z.string().trim(),
			label: z.string().trim().min(1).max(100),
			capacityCode: z.string().trim().min(1).max(32),
			kindCodes: codes,
			populationVariables: codes,
			needRate: z.number().min(0).max(100).nullable()
		})
	),
	catchment: z.number().positive().max(100_000),
	decay: decayInput
});

/**
 * Sets the age bands, Bedarfsquoten and catchment (shared planning data: planners and
 * administration); audited with before and after.
 */
export async function setSupplySettings(tc: TenantContext, input: unknown): Promise<SupplySettings> {
	const settings: SupplySettings = parseInput(settingsInput, input);
	const problems = supplySettingsProblems(settings);
	if (problems.length > 0) throw new AppError('validation.invalid', { details: problems.join('; ') });
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	await tc.db.transaction(async (tx) => {
		const before = await findSupplySettings(tx, tc.tenant.id);
		await upsertSupplySettings(tx, tc.tenant.id, settings);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'supply_setting',
			entityId: tc.tenant.id,
			action: before ? 'update' : 'create',
			before: before ?? null,
			after: settings
		});
	});
	return settings;
}
