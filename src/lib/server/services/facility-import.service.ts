import { randomUUID } from 'node:crypto';
import { membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { ImportRestriction } from '../../core/facility/import-permissions';
import { readFacilitySource, writeFacilities, type FacilityImportReport } from '../importers/facility-import';
import { facilityImportSchema, type FacilityImportInput } from '../importers/facility-import-options';
import type { ImportWrite } from '../importers/types';
import { findProvider } from '../repositories/provider.repository';
import { findDepartment } from '../repositories/tenant.repository';
import { recordChange } from './audit.service';
import { actorLabel, actorUserId, authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

export type { FacilityImportReport, FacilityImportInput };

export interface FacilityImportMode {
	/** „Nur prüfen“: every check, including the database's, then a rollback. */
	dryRun?: boolean;
}

/** Thrown inside a dry run's transaction to roll it back, carrying the report out. */
class DryRunFinished extends Error {
	constructor(readonly report: FacilityImportReport) {
		super('dry run finished');
	}
}

/**
 * Who may import which rows: planners and admins all; a department planner the rows of their
 * department, a provider (Träger) the rows of its own provider (policy: facilities.write).
 */
async function restrictionOf(ctx: ServiceContext, tenantId: string): Promise<ImportRestriction> {
	const membership = membershipIn(ctx.actor, tenantId);
	if (membership?.role === 'department_planner' && membership.departmentId) {
		authorize(ctx, 'facilities.write', { tenantId, departmentId: membership.departmentId });
		const department = await findDepartment(ctx.db, tenantId, membership.departmentId);
		return {
			kind: 'department',
			departmentId: membership.departmentId,
			departmentName: department?.name ?? ''
		};
	}
	if (membership?.role === 'provider') {
		if (!membership.providerId) throw new AppError('auth.forbidden');
		authorize(ctx, 'facilities.write', { tenantId, providerId: membership.providerId });
		const provider = await findProvider(ctx.db, tenantId, membership.providerId);
		if (!provider) throw new AppError('auth.forbidden');
		return { kind: 'provider', providerId: provider.id, providerName: provider.name };
	}
	authorize(ctx, 'facilities.write', { tenantId, departmentId: null });
	return { kind: 'none' };
}

/**
 * Imports facilities (Angebote/Einrichtungen) from one CSV, XLSX or GeoJSON file: reads and checks
 * every row, transforms the points to EPSG:4326 and checks them against the tenant's area, then
 * in one transaction creates the providers named, inserts or updates the facilities by code
 * (capacities replaced) and records the import and an audit entry. Any error throws ImportFailed
 * with every problem, and nothing is written. With `dryRun` the report is returned, nothing kept.
 */
export async function importFacilities(
	tc: TenantContext,
	input: FacilityImportInput,
	mode: FacilityImportMode = {}
): Promise<FacilityImportReport> {
	const values = parseInput(facilityImportSchema, input);
	const restriction = await restrictionOf(tc, tc.tenant.id);
	const source = await readFacilitySource(values);
	const run = () =>
		tc.db.transaction(async (tx) => {
			const write: ImportWrite = {
				tenantId: tc.tenant.id,
				importId: randomUUID(),
				userId: actorUserId(tc.actor),
				actor: actorLabel(tc.actor),
				now: tc.now
			};
			const report = await writeFacilities(tx, values, source, restriction, write);
			await recordChange(tx, tc, {
				tenantId: tc.tenant.id,
				entity: 'data_import',
				entityId: report.importId,
				action: 'create',
				after: {
					kind: 'facilities',
					fileName: report.file,
					rows: report.rows,
					created: report.created,
					updated: report.updated,
					providersCreated: report.providersCreated.length,
					warnings: report.warnings.length
				}
			});
			if (mode.dryRun) throw new DryRunFinished(report);
			return report;
		});
	try {
		return await run();
	} catch (caught) {
		if (caught instanceof DryRunFinished) return caught.report;
		throw caught;
	}
}
