import { AppError } from '../../core/errors';
import { defaultLifePhases, offerLifePhases } from '../../core/supply/life-phases';
import { preventionChain, type ChainReach, type PreventionChain } from '../../core/supply/prevention-chain';
import { capacityLabel } from '../../core/facility/capacity-codes';
import { validAt } from '../../core/facility/facility';
import { assignFacilities, listFacilities } from '../repositories/facility.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { layerNeighbourPairs } from '../repositories/unit-relations.repository';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';

/** Kinds where several providers in one unit are the rule (Trägervielfalt, § 3 SGB VIII), not a Doppelstruktur. */
const pluralProviderKinds = ['kita', 'kindertagespflege'];

export interface PreventionChainQuery {
	layer: string;
	reach?: ChainReach;
	/** Only facilities valid at this date (ISO); all when not given. */
	date?: string | null;
	/** Only these units (codes); all units of the layer when not given. */
	units?: readonly string[];
}

/**
 * The prevention chain (Präventionskette, issue 6 item 4): life phases × units of a layer with the
 * offers in reach of every department, gaps and overlaps (core/supply/prevention-chain.ts).
 */
export async function preventionChainOf(
	tc: TenantContext,
	query: PreventionChainQuery
): Promise<PreventionChain & { layer: { code: string; name: string } }> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const layer = await findSpatialLayer(tc.db, tc.tenant.id, query.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: query.layer });
	const reach = query.reach ?? 'unit';
	const [units, facilities, assignment, pairs] = await Promise.all([
		listSpatialUnits(tc.db, tc.tenant.id, layer.id),
		listFacilities(tc.db, tc.tenant.id),
		assignFacilities(tc.db, tc.tenant.id, layer.id),
		reach === 'neighbourhood'
			? layerNeighbourPairs(tc.db, tc.tenant.id, layer.id, layer.metricSrid)
			: Promise.resolve([])
	]);
	const neighbours = new Map<string, string[]>();
	for (const pair of pairs)
		neighbours.set(pair.unitId, [...(neighbours.get(pair.unitId) ?? []), pair.neighbourId]);
	const unitOf = new Map(assignment.map((a) => [a.facilityId, a.unitId]));
	const shown = query.units && query.units.length > 0 ? new Set(query.units) : null;
	const chain = preventionChain({
		phases: defaultLifePhases,
		units: units
			.filter((u) => !shown || shown.has(u.code))
			.map((u) => ({ id: u.id, code: u.code, name: u.name, neighbours: neighbours.get(u.id) ?? [] })),
		offers: facilities
			.filter((f) => !query.date || validAt(f, query.date))
			.map((f) => ({
				facilityId: f.id,
				name: f.name,
				kindCode: f.kindCode,
				kindLabel: f.kindName,
				lifePhases:
					f.lifePhases && f.lifePhases.length > 0
						? f.lifePhases
						: offerLifePhases(f.kindLifePhases, f.ageFrom ?? f.kindAgeFrom, f.ageTo ?? f.kindAgeTo),
				departmentId: f.departmentId,
				departmentName: f.departmentName,
				providerId: f.providerId,
				providerName: f.providerName,
				unitId: unitOf.get(f.id) ?? null,
				capacities: f.capacities.map((c) => ({ ...c, label: capacityLabel(c.code) }))
			})),
		reach,
		pluralProviderKinds
	});
	return { ...chain, layer: { code: layer.code, name: layer.name } };
}
