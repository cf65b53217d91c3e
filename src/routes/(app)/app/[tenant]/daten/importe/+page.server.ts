import { listImports } from '$lib/server/services/import.service';
import { serviceContext } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 25;

/** The import history: every import of the tenant with its provenance, newest first. */
export const load: PageServerLoad = async (event) => {
	const { tenant, capabilities } = await event.parent();
	const requested = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10);
	const page = Number.isFinite(requested) && requested >= 1 ? requested : 1;
	const ctx = serviceContext(event);
	const history = await loadResult(() => listImports(ctx, tenant.slug, { page, pageSize }));
	return { history, canImport: capabilities.writeSharedData };
};
