import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SupplySettings } from '../../core/supply/supply-settings';
import { listFacilities } from '../repositories/facility.repository';
import { findSupplySettings } from '../repositories/supply-setting.repository';
import type { TenantContext } from '../services/tenant-context';
import { importFacilities } from '../services/facility-import.service';
import { setSupplySettings } from '../services/supply-settings.service';
import { berlinDataDir } from './berlin-data';
import { seedBerlinSchoolsAndYouth } from './berlin-schools-youth';

/**
 * The Berlin Kitas of 2017 (places under and over 3) and the comparison with the children of 2016
 * (issue 6, item 6). Bedarfsquoten as in DOMAIN.md §4's example: 55 % for under 3, 98 % for 3 to
 * school entry. The file has no Träger and no department; both stay empty.
 */
export const berlinSupplySettings: SupplySettings = {
	bands: [
		{
			code: 'u3',
			label: 'unter 3 Jahre',
			capacityCode: 'u3',
			kindCodes: ['kita', 'kindertagespflege'],
			populationVariables: ['einwohner_00_01', 'einwohner_01_02', 'einwohner_02_03'],
			needRate: 55
		},
		{
			code: 'ue3',
			label: '3 bis unter 6 Jahre',
			capacityCode: 'ue3',
			kindCodes: ['kita'],
			populationVariables: ['einwohner_03_05', 'einwohner_05_06'],
			needRate: 98
		}
	],
	catchment: 1000,
	decay: { kind: 'none' }
};

/**
 * Imports the Kitas and sets the supply bands, each only where the tenant has none yet; then the
 * schools and youth centres (berlin-schools-youth.ts).
 */
export async function seedBerlinFacilities(tc: TenantContext): Promise<void> {
	if ((await listFacilities(tc.db, tc.tenant.id, { kindCode: 'kita' })).length === 0) {
		const name = 'kitas-2017.csv';
		await importFacilities(tc, {
			file: { name, bytes: new Uint8Array(readFileSync(path.join(berlinDataDir, name))) },
			options: {
				fixedKind: 'kita',
				capacities: { u3: 'under', ue3: 'over' },
				street: 'address',
				postcode: 'plz',
				place: 'district',
				source: 'Kita-Verzeichnis der SenBJF Berlin, Stand etwa 2017, dl-de/by-2.0'
			}
		});
	}
	if (!(await findSupplySettings(tc.db, tc.tenant.id))) await setSupplySettings(tc, berlinSupplySettings);
	await seedBerlinSchoolsAndYouth(tc);
}
