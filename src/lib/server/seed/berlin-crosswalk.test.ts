import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { convertVariable } from '../services/crosswalk-conversion.service';
import { computeCrosswalk, listCrosswalks } from '../services/crosswalk.service';
import { listUnits } from '../services/spatial-layer.service';
import { createTenant } from '../services/tenant.service';
import { berlinDataDir, importBerlinInhabitants, importBerlinLayers } from './berlin';
import { hexagonLayer, seedBerlinCrosswalk } from './berlin-crosswalk';
import { tenantContext } from '../services/tenant-context';

/**
 * Crosswalks on the real Berlin shapes. Nested layers are the check of the method: Planungsraum →
 * Bezirk through a crosswalk must give the hierarchy's sums, computed here from the raw CSV.
 */
let handle: DatabaseHandle;
const ctx = () => contextFor(handle.db, system);

/** Inhabitants 2016 per Bezirk (first two digits of the Planungsraum), straight from the file. */
function inhabitantsPerBezirk(): Map<string, number> {
	const [header, ...lines] = readFileSync(path.join(berlinDataDir, 'einwohner-kinder-2001-2016.csv'), 'utf8')
		.trim()
		.split('\n');
	const columns = header!.split(',').map((c) => c.replaceAll('"', ''));
	const plr = columns.indexOf('PLR');
	const ew = columns.indexOf('2016_E_E');
	const sums = new Map<string, number>();
	for (const line of lines) {
		const cells = line.split(',').map((c) => c.replaceAll('"', ''));
		const bezirk = cells[plr]!.slice(0, 2);
		sums.set(bezirk, (sums.get(bezirk) ?? 0) + Number(cells[ew]));
	}
	return sums;
}

beforeAll(async () => {
	handle = await createTestDatabase();
	await createTenant(ctx(), { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' });
	await importBerlinLayers(await tenantContext(ctx(), 'berlin'));
	await importBerlinInhabitants(await tenantContext(ctx(), 'berlin'));
}, 600_000);
afterAll(() => handle?.close());

describe('crosswalks on the Berlin LOR', () => {
	it('Planungsraum → Bezirk, weighted by inhabitants, gives the hierarchy sums', async () => {
		// The Planungsraum as its own weighting layer: each goes whole to the Bezirk holding its point.
		const cw = await computeCrosswalk(await tenantContext(ctx(), 'berlin'), {
			from: 'planungsraum',
			to: 'bezirk',
			method: 'population',
			weightVariable: 'einwohner',
			weightLayer: 'planungsraum',
			date: '2016-12-31'
		});
		const result = await convertVariable(await tenantContext(ctx(), 'berlin'), {
			crosswalk: cw.id,
			variable: 'einwohner',
			date: '2016-12-31'
		});
		const expected = inhabitantsPerBezirk();
		expect(result.targets).toHaveLength(12);
		for (const t of result.targets) expect(Math.abs(t.value! - expected.get(t.code)!)).toBeLessThan(1e-6);
		expect(result.totals.preserved).toBe(true);
	});

	it('Planungsraum → Bezirk by area shows how far the digitising of two files differs', async () => {
		// The Bezirk shapes (TopoJSON) and the Planungsräume (GeoJSON) come from different files: by
		// area, people cross Bezirk boundaries along them. The total is kept; each Bezirk is off
		// by well under 1 %. This is why population (or assignment) weights are preferred.
		const cw = await computeCrosswalk(await tenantContext(ctx(), 'berlin'), {
			from: 'planungsraum',
			to: 'bezirk',
			method: 'areal'
		});
		const result = await convertVariable(await tenantContext(ctx(), 'berlin'), {
			crosswalk: cw.id,
			variable: 'einwohner',
			date: '2016-12-31'
		});
		const expected = inhabitantsPerBezirk();
		for (const t of result.targets) {
			const wanted = expected.get(t.code)!;
			expect(Math.abs(t.value! - wanted) / wanted).toBeLessThan(0.01);
		}
		const named = result.losses.reduce((sum, l) => sum + l.lost, 0);
		expect(Math.abs(result.totals.shown + named - result.totals.source)).toBeLessThan(1e-6);
	});

	it('Bezirksregion → Bezirk weighted by the inhabitants of the Planungsräume gives the hierarchy sums', async () => {
		const cw = await computeCrosswalk(await tenantContext(ctx(), 'berlin'), {
			from: 'bezirksregion',
			to: 'bezirk',
			method: 'population',
			weightVariable: 'einwohner',
			weightLayer: 'planungsraum',
			date: '2016-12-31'
		});
		const result = await convertVariable(await tenantContext(ctx(), 'berlin'), {
			crosswalk: cw.id,
			variable: 'einwohner',
			date: '2016-12-31'
		});
		const expected = inhabitantsPerBezirk();
		for (const t of result.targets) expect(Math.abs(t.value! - expected.get(t.code)!)).toBeLessThan(1e-6);
	});
});

describe('the demo hexagons', () => {
	it('are a layer of their own with a Planungsraum → Sechseck crosswalk that keeps the inhabitants', async () => {
		await seedBerlinCrosswalk(await tenantContext(ctx(), 'berlin'));
		const hexagons = await listUnits(await tenantContext(ctx(), 'berlin'), hexagonLayer);
		expect(hexagons.length).toBeGreaterThan(150);
		expect(hexagons[0]).toMatchObject({ code: 'H001', name: 'Sechseck 1' });
		const cw = (await listCrosswalks(await tenantContext(ctx(), 'berlin'))).find(
			(c) => c.toLayerCode === hexagonLayer
		)!;
		expect(cw.method).toBe('areal');
		const result = await convertVariable(await tenantContext(ctx(), 'berlin'), {
			crosswalk: cw.id,
			variable: 'einwohner',
			date: '2016-12-31'
		});
		const total = [...inhabitantsPerBezirk().values()].reduce((a, b) => a + b, 0);
		expect(result.totals.source).toBe(total);
		// What does not arrive is named, unit by unit, and accounts for the whole difference.
		const named = result.losses.reduce((sum, l) => sum + l.lost, 0);
		expect(Math.abs(result.totals.shown + named - total)).toBeLessThan(1e-6);
		// The hexagons are clipped to Berlin's outline, so almost everything arrives.
		expect(Math.abs(named)).toBeLessThan(total * 1e-3);
		// A Planungsraum split by hexagons really is split.
		expect(cw.weightCount).toBeGreaterThan(447);
	});
});
