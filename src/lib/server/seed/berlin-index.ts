import {
	berlinDynamicsClasses,
	berlinStatusClasses,
	type IndexDefinition
} from '../../core/index/definition';
import { defineCompositeIndex, storeCompositeIndex } from '../services/composite-index.service';
import { listCompositeIndexes } from '../values/composite-index';
import { tenantContext, type TenantContext } from '../services/tenant-context';

export const berlinIndexCode = 'mss_2017';

/**
 * Berlin's Monitoring Soziale Stadtentwicklung 2017 as DOMAIN.md §1 describes the method: four
 * status indicators (unemployment, long-term unemployment, transfer receipt, child poverty) and
 * their changes over two years as dynamics, all oriented "higher = more disadvantage"; z over the
 * Planungsräume with at least 300 inhabitants, sd over n; sum of the z-values, standardised
 * again; status classes at −1 / +1 / +1.5, dynamics classes at −1 / +1, combined "1+" … "4−".
 * The DYNAMO columns are the published changes 31.12.2014 → 31.12.2016, hence no window here.
 */
export const berlinIndexDefinition: Omit<IndexDefinition, 'status' | 'dynamics'> & {
	status: { indicator: string; weight: number }[];
	dynamics: { indicator: string; weight: number; windowYears: null }[];
} = {
	code: berlinIndexCode,
	name: 'Monitoring Soziale Stadtentwicklung 2017',
	description:
		'Sozialindex nach der Methode des Berliner Monitorings Soziale Stadtentwicklung 2017 (SenSW Berlin): ' +
		'Status- und Dynamikindex je Planungsraum, Stand 31.12.2016.',
	layer: 'planungsraum',
	status: [1, 2, 3, 4].map((i) => ({ indicator: `mss_status${i}`, weight: 1 })),
	dynamics: [1, 2, 3, 4].map((i) => ({ indicator: `mss_dynamo${i}`, weight: 1, windowYears: null })),
	combination: 'sum',
	restandardise: true,
	sdConvention: 'population',
	eligibility: { minimumPopulation: 300, populationVariable: 'einwohner', excluded: [] },
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses,
	combinedSeparator: ''
};

/** Defines the demo index and computes it for every date with data, unless the tenant has it. */
export async function seedBerlinIndex(tc: TenantContext): Promise<void> {
	// The seed may have changed the data since `tc` was built: read them under the current version.
	const current = await tenantContext(tc, tc.tenant.slug);
	if ((await listCompositeIndexes(current)).some((i) => i.code === berlinIndexCode)) return;
	await defineCompositeIndex(current, berlinIndexDefinition);
	await storeCompositeIndex(current, berlinIndexCode);
}
