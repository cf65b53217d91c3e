import { listImports } from '$lib/server/services/import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 25;

/** The import history: every import of the tenant with its provenance, newest first. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const requested = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10);
	const page = Number.isFinite(requested) && requested >= 1 ? requested : 1;
	const tc = await loadResult(() => tenantContextOf(event));
	const history = await loadResult(() => listImports(tc, { page, pageSize }));
	return { history, canImport: capabilities.writeSharedData };
};
