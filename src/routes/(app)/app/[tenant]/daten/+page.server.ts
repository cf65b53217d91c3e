import { listImports } from '$lib/server/services/import.service';
import { listIndicators } from '$lib/server/services/indicator.service';
import { listLayers } from '$lib/server/services/spatial-layer.service';
import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** How many of the latest imports the overview shows; the import history has them all. */
const latestImports = 5;

/** The data basis at a glance: layers with their units, variables, indicators, latest imports. */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const [layers, variables, indicators, imports] = await loadResult(() =>
		Promise.all([
			listLayers(tc),
			listVariables(tc),
			listIndicators(tc),
			listImports(tc, { page: 1, pageSize: latestImports })
		])
	);
	return {
		layers: layers.map((l) => ({
			code: l.code,
			name: l.name,
			parentCode: l.parentCode,
			depth: l.depth,
			unitCount: l.unitCount,
			validFrom: l.validFrom,
			validTo: l.validTo
		})),
		variableCount: variables.length,
		indicatorCount: indicators.length,
		imports: {
			total: imports.total,
			latest: imports.imports.map((i) => ({
				id: i.id,
				kind: i.kind,
				fileName: i.fileName,
				at: i.at,
				actor: i.actor,
				rows: i.rows,
				layerCode: i.layerCode,
				status: i.status
			}))
		}
	};
};
