import { getSupplySettings, setSupplySettings } from '$lib/server/services/supply-settings.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The age bands, Bedarfsquoten and catchment of the supply analysis. */
export const GET = (event) => apiResult(async () => getSupplySettings(await tenantContextOf(event)));

/** Replaces the settings (planners and administration). */
export const PUT = (event) =>
	apiResult(async () => setSupplySettings(await tenantContextOf(event), await jsonBody(event.request)));
