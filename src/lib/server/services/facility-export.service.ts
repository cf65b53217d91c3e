import { can } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { validAt } from '../../core/facility/facility';
import { facilityUnitTable, type FacilityUnitTable } from '../../core/facility/facility-export';
import { facilityImportSources } from '../repositories/facility-import.repository';
import { findFacilityKindByCode } from '../repositories/facility-kind.repository';
import { assignFacilities, listFacilities } from '../repositories/facility.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';

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
	tc: TenantContext,
	query: FacilitiesPerUnitQuery
): Promise<{ layer: { code: string; name: string }; table: FacilityUnitTable; facilities: number }> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const layer = await findSpatialLayer(tc.db, tc.tenant.id, query.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: query.layer });
	if (query.kind && !(await findFacilityKindByCode(tc.db, tc.tenant.id, query.kind)))
		throw new AppError('facility_kind.not_found', { kind: query.kind });
	const [units, facilities, assignment] = await Promise.all([
		listSpatialUnits(tc.db, tc.tenant.id, layer.id),
		listFacilities(tc.db, tc.tenant.id, query.kind ? { kindCode: query.kind } : {}),
		assignFacilities(tc.db, tc.tenant.id, layer.id)
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
export async function facilitySources(tc: TenantContext): Promise<string[]> {
	if (!can(tc.actor, 'data.read', { tenantId: tc.tenant.id })) return [];
	return facilityImportSources(tc.db, tc.tenant.id);
}
