import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TenantContext } from '../services/tenant-context';
import { computeCrosswalk } from '../services/crosswalk.service';
import { importUnits } from '../services/import.service';
import { berlinDataDir } from './berlin-data';

/** The demo's non-nested layer: hexagons built for the demo (scripts/build-demo-hexagons.ts), not official areas. */
export const hexagonLayer = 'sechseck';

/**
 * Issue 6, item 6: a second layer that does not nest in the LOR and the crosswalk Planungsraum →
 * Sechseck. The crosswalk is AREAL only: a population-weighted one needs a layer finer than its
 * source (the service refuses the source itself, which would give each Planungsraum wholly to one
 * hexagon), and the Planungsraum is the finest layer with inhabitants in the demo data. Called
 * from seedBerlin after the layers (and inhabitants) are in.
 */
export async function seedBerlinCrosswalk(tc: TenantContext): Promise<void> {
	await importUnits(tc, {
		layer: { code: hexagonLayer, name: 'Sechseck (Demo)', metricSrid: 25833 },
		files: [
			{
				name: 'demo-sechsecke.geojson',
				bytes: new Uint8Array(readFileSync(path.join(berlinDataDir, 'demo-sechsecke.geojson')))
			}
		],
		options: { code: 'code', name: 'name' }
	});
	await computeCrosswalk(tc, { from: 'planungsraum', to: hexagonLayer, method: 'areal' });
}
