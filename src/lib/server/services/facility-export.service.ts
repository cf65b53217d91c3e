import { can } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { validAt } from '../../core/facility/facility';
import { facilityUnitTable, type FacilityUnitTable } from '../../core/facility/facility-export';
import { facilityImportSources } from '../repositories/facility-import.repository';
import { findFacilityKindByCode } from '../repositories/facility-kind.repository';
import { assignFacilities, listFacilities } from '../repositories/facility.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { authorize, type ServiceContext } from './context';
import { resolveTenant } from './tenant.service';

export interface FacilitiesPerUnitQuery {
	layer: string;
	/** Only facilities of this kind (code). */
	kind?: string;
	/** Only facilities valid at this date (ISO); all when not given. */
	date?: string;
}

/**
 * The register per unit of a layer (issue 12: the CLI's `facility export`): facilities per kind and
 * places per capacity code, assigned as everywhere else (assignFacilities, through the hierarchy
 * on a layer without outlines); facilities outside every unit in a row of their own.
 */
export async function facilitiesPerUnit(
	ctx: ServiceContext,
	tenantSlug: string,
	query: FacilitiesPerUnitQuery
): Promise<{ layer: { code: string; name: string }; table: FacilityUnitTable; facilities: number }> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const layer = await findSpatialLayer(ctx.db, tenant.id, query.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: query.layer });
	if (query.kind && !(await findFacilityKindByCode(ctx.db, tenant.id, query.kind)))
		throw new AppError('facility_kind.not_found', { kind: query.kind });
	const [units, facilities, assignment] = await Promise.all([
		listSpatialUnits(ctx.db, tenant.id, layer.id),
		listFacilities(ctx.db, tenant.id, query.kind ? { kindCode: query.kind } : {}),
		assignFacilities(ctx.db, tenant.id, layer.id)
	]);
	const unitOf = new Map(assignment.map((a) => [a.facilityId, a.unitId]));
	const shown = facilities.filter((f) => !query.date || validAt(f, query.date));
	const table = facilityUnitTable(
		units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
		shown.map((f) => ({
			unitId: unitOf.get(f.id) ?? null,
			kindCode: f.kindCode,
			kindName: f.kindName,
			capacities: f.capacities
		}))
	);
	return { layer: { code: layer.code, name: layer.name }, table, facilities: shown.length };
}

/**
 * Where the register's facilities come from: the sources stated with its facility imports
 * (`--quelle`, the wizard's „Quelle“), for the source line under the register and the chain.
 */
export async function facilitySources(ctx: ServiceContext, tenantSlug: string): Promise<string[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	if (!can(ctx.actor, 'data.read', { tenantId: tenant.id })) return [];
	return facilityImportSources(ctx.db, tenant.id);
}
