import { facilityListPage, facilityListQuery } from '$lib/core/facility/facility-list';
import { facilitySources } from '$lib/server/services/facility-export.service';
import { listFacilities } from '$lib/server/services/facility.service';
import { listFacilityKinds, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 50;

/**
 * The register of offers: filtered (kind, provider, department, text), sorted and paged by a GET
 * form, so it works without JavaScript. The map fetches the same filtered list from the API.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const query = facilityListQuery(event.url.searchParams);
	const [facilities, total, kinds, providers, departments, sources] = await loadResult(async () => {
		const filtered = await listFacilities(tc, {
			kindCode: query.kind || undefined,
			providerId: query.provider || undefined,
			departmentId: query.department || undefined,
			search: query.search
		});
		const filterless = !query.kind && !query.provider && !query.department && !query.search;
		const all = filterless ? filtered.length : (await listFacilities(tc)).length;
		return Promise.all([
			filtered,
			all,
			listFacilityKinds(tc),
			listProviders(tc),
			listDepartments(tc),
			facilitySources(tc)
		]);
	});
	const listed = facilityListPage(facilities, query, pageSize);
	// The link to the form for those who may write at least some facility: the service checks each.
	const canWrite = capabilities.writeOwnFacilities;
	return {
		query,
		total,
		deleted: event.url.searchParams.get('geloescht'),
		canWrite,
		list: {
			matching: listed.matching,
			page: listed.page,
			pages: listed.pages,
			rows: listed.rows.map((f) => ({
				id: f.id,
				code: f.code,
				name: f.name,
				kindName: f.kindName,
				providerName: f.providerName,
				departmentName: f.departmentName,
				street: f.street,
				postcode: f.postcode,
				place: f.place,
				validFrom: f.validFrom,
				validTo: f.validTo,
				capacities: f.capacities
			}))
		},
		kinds: kinds.map((k) => ({ code: k.code, name: k.name })),
		providers: providers.map((p) => ({ id: p.id, name: p.name })),
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		sources
	};
};
