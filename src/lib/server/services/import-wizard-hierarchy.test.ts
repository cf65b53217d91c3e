import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { fixture } from '../importers/readers/test-files';
import { UploadStore } from '../importers/upload-store';
import { listUnits } from './spatial-layer.service';
import {
	checkImportUpload,
	commitImportUpload,
	mapImportUpload,
	stageImportUpload
} from './import-wizard.service';
import { tenantContext } from './tenant-context';

/**
 * The import wizard's hierarchy option: a units upload of a flat LOR table whose mapping says
 * „übergeordnete Ebenen aus derselben Tabelle“ checks (warnings before commit) and then creates
 * Bezirk > Bezirksregion > Planungsraum, the Bezirk codes from the first two characters.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let store: UploadStore;
const planner = () => tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'hierarchie');
	store = new UploadStore(handle.db);
}, 120_000);
afterAll(async () => {
	await handle?.close();
});

describe('the wizard with parent levels from the same table', () => {
	it('checks without writing, shows the levels and cut names, then commits all levels', async () => {
		const upload = await stageImportUpload(
			await planner(),
			{
				target: { kind: 'units', layer: '', newLayer: { code: 'plr', name: 'Planungsraum' } },
				files: [fixture('good/lor-2006-hierarchie.csv')]
			},
			store
		);
		const view = await mapImportUpload(await planner(), upload.id, store);
		expect(view.preview.header).toContain('BZR_NAME');
		const mapping = {
			...view.mapping,
			code: 'PLR',
			name: 'PLR_NAME',
			parent: 'levels',
			'lvl.0.layer': 'bez',
			'lvl.0.layerName': 'Bezirk',
			'lvl.0.code': '',
			'lvl.0.prefix': '2',
			'lvl.0.name': '',
			'lvl.1.layer': 'bzr',
			'lvl.1.layerName': 'Bezirksregion',
			'lvl.1.code': 'BZR',
			'lvl.1.prefix': '',
			'lvl.1.name': 'BZR_NAME',
			'lvl.2.layer': '',
			'lvl.2.layerName': '',
			'lvl.2.code': '',
			'lvl.2.prefix': '',
			'lvl.2.name': ''
		};
		const before = await tableSnapshot(handle.db, world.tenantId);
		const check = await checkImportUpload(await planner(), upload.id, mapping, store);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.report).toMatchObject({ rows: 447, created: 12 + 138 + 447 });
		expect(
			check.report.warnings.some((w) => w.code === 'import.name_looks_cut' && w.column === 'BZR_NAME')
		).toBe(true);
		expect(await tableSnapshot(handle.db, world.tenantId)).toEqual(before);

		await commitImportUpload(await planner(), upload.id, store);
		const plr = await listUnits(await planner(), 'plr');
		expect(plr).toHaveLength(447);
		expect(plr.find((u) => u.code === '08010116')?.parentCode).toBe('080101');
		const bzr = await listUnits(await planner(), 'bzr');
		expect(bzr.find((u) => u.code === '080101')).toMatchObject({
			name: 'Schillerpromenade',
			parentCode: '08'
		});
	});
});
