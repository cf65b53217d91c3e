import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { parseRawCsv } from '../../../../test/support/raw-csv';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { areaProfile } from '../values/area-profile';
import { listAudit } from '../services/audit.service';
import { indicatorValues } from '../values/indicator-values';
import { listIndicators } from '../services/indicator.service';
import { setIndicatorWeight } from '../services/indicator-weight.service';
import { areaValues } from '../values/monitoring';
import { listLayers } from '../services/spatial-layer.service';
import { createTenant } from '../services/tenant.service';
import { berlinDataDir, seedBerlin } from './berlin';
import { seedBerlinWeights } from './berlin-weights';
import { tenantContext } from '../services/tenant-context';

/**
 * Issue 12: the MSS shares above the Planungsraum. The expected numbers are computed here from the
 * raw mss-2017.csv (Σ share × EW2016 / Σ EW2016 by code prefix), not through the platform's code.
 */
let handle: DatabaseHandle;
const ctx = () => contextFor(handle.db, system);
const date = '2016-12-31';
const upper = { bezirk: 2, prognoseraum: 4, bezirksregion: 6 } as const;

const mss = parseRawCsv(readFileSync(path.join(berlinDataDir, 'mss-2017.csv'), 'utf8'));

function weightedByPrefix(column: string, digits: number): Map<string, number> {
	const sums = new Map<string, { x: number; w: number }>();
	for (const row of mss) {
		if (row[column] === 'NA') continue;
		const s = sums.get(row.SCHLUESSEL!.slice(0, digits)) ?? { x: 0, w: 0 };
		s.x += Number(row[column]) * Number(row.EW2016);
		s.w += Number(row.EW2016);
		sums.set(row.SCHLUESSEL!.slice(0, digits), s);
	}
	return new Map([...sums].map(([code, s]) => [code, s.x / s.w]));
}

beforeAll(async () => {
	handle = await createTestDatabase();
	await createTenant(ctx(), { slug: 'berlin', name: 'Berlin (Beispiel)', kind: 'kreisfreie_stadt' });
	await seedBerlin(await tenantContext(ctx(), 'berlin'));
}, 600_000);
afterAll(() => handle?.close());

describe('the MSS shares above the Planungsraum', () => {
	it('estimates every status share at every upper level from shares × inhabitants, as the raw file gives it', async () => {
		for (const column of ['STATUS1', 'STATUS2', 'STATUS3', 'STATUS4']) {
			for (const [layer, digits] of Object.entries(upper)) {
				const expected = weightedByPrefix(column, digits);
				const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
					indicator: `mss_${column.toLowerCase()}`,
					layer,
					date
				});
				expect(set.values.filter((v) => v.value !== null).length, `${column} ${layer}`).toBe(expected.size);
				for (const v of set.values) {
					// A unit whose Planungsräume are all NA (Großer Tiergarten) stays missing, never 0.
					if (!expected.has(v.code)) expect(v.value, `${column} ${v.code}`).toBeNull();
					else expect(v.value, `${column} ${v.code}`).toBeCloseTo(expected.get(v.code)!, 9);
				}
				expect(set.notice.unavailable).toBeNull();
				expect(set.notice.estimate?.weightCode).toBe('einwohner');
				// Only Transferbezug is a share of all inhabitants; the others use them as a stated stand-in.
				expect(set.notice.estimate?.standIn).toBe(column !== 'STATUS3');
				expect(set.notice.estimate?.short).toContain('„Einwohner“');
			}
		}
		// Spot check against a number worked out by hand from the file: Mitte, Transferbezug ≈ 19,37 %.
		const mitte = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'mss_status3',
			layer: 'bezirk',
			date
		});
		expect(mitte.values.find((v) => v.code === '01')!.value).toBeCloseTo(19.372, 3);
	});

	it('names the stand-in and what it stands for', async () => {
		const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'mss_status4',
			layer: 'bezirk',
			date
		});
		expect(set.notice.estimate!.text).toContain('Ersatz');
		expect(set.notice.estimate!.text).toContain('unter 15 Jahren');
	});

	it('keeps the values imported at the Planungsraum as they are, without calling them estimates', async () => {
		const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'mss_status4',
			layer: 'planungsraum',
			date
		});
		expect(set.values.find((v) => v.code === '01011101')!.value).toBe(20.51);
		expect(set.values.find((v) => v.code === '01011102')!.value).toBeNull();
		expect(set.notice).toEqual({ estimate: null, unavailable: null });
	});

	it('leaves the changes in percentage points at the Planungsraum and says why above it', async () => {
		for (const i of [1, 2, 3, 4]) {
			for (const layer of Object.keys(upper)) {
				const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
					indicator: `mss_dynamo${i}`,
					layer,
					date
				});
				expect(set.values.every((v) => v.value === null)).toBe(true);
				expect(set.notice.unavailable?.code).toBe('no_weight');
				expect(set.notice.unavailable?.text).toContain('Prozentpunkten');
			}
			const own = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
				indicator: `mss_dynamo${i}`,
				layer: 'planungsraum',
				date
			});
			expect(own.values.filter((v) => v.value !== null).length).toBeGreaterThan(400);
		}
	});
});

describe('every demo indicator at every level', () => {
	it('has values or says in German why not', async () => {
		const indicators = await listIndicators(await tenantContext(ctx(), 'berlin'));
		const layers = await listLayers(await tenantContext(ctx(), 'berlin'));
		expect(indicators.length).toBeGreaterThanOrEqual(16);
		expect(layers.map((l) => l.code)).toEqual(
			expect.arrayContaining([...Object.keys(upper), 'planungsraum'])
		);
		const silent: string[] = [];
		for (const indicator of indicators)
			for (const layer of layers) {
				const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
					indicator: indicator.code,
					layer: layer.code
				});
				const withValue = set.values.filter((v) => v.value !== null).length;
				const reason = set.notice.unavailable?.text ?? '';
				if (withValue === 0 && !/^(Keine|Zu diesem)/.test(reason))
					silent.push(`${indicator.code} × ${layer.code}`);
				// A reason only where there is nothing to show.
				if (withValue > 0) expect(set.notice.unavailable).toBeNull();
			}
		expect(silent).toEqual([]);
		// 17 indicators × 5 layers, each computed from the observations: slow on a shared machine.
	}, 300_000);

	it('explains the hexagons, which lie outside the hierarchy of the data', async () => {
		const set = await indicatorValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'anteil_kinder_unter_3',
			layer: 'sechseck'
		});
		expect(set.notice.unavailable?.code).toBe('not_above_data');
		expect(set.notice.unavailable?.text).toContain('„Planungsraum“');
	});

	it('gives the monitoring workspace and the area profile the same notices', async () => {
		const shown = await areaValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'mss_status4',
			layer: 'bezirk'
		});
		expect(shown.notice.estimate?.standIn).toBe(true);
		// The city value is estimated the same way: Σ share × inhabitants over all Planungsräume.
		expect(shown.city.value).toBeCloseTo(weightedByPrefix('STATUS4', 0).get('')!, 9);
		const dynamo = await areaValues(await tenantContext(ctx(), 'berlin'), {
			indicator: 'mss_dynamo4',
			layer: 'bezirk'
		});
		expect(dynamo.notice.unavailable?.code).toBe('no_weight');
		const profile = await areaProfile(await tenantContext(ctx(), 'berlin'), {
			layer: 'bezirk',
			units: ['01']
		});
		const rows = new Map(profile.rows.map((r) => [r.indicator.code, r]));
		expect(rows.get('mss_dynamo1')?.notice.unavailable?.code).toBe('no_weight');
		expect(rows.get('mss_status1')?.notice.estimate?.standIn).toBe(true);
		expect(rows.get('anteil_kinder_unter_3')?.notice).toEqual({ estimate: null, unavailable: null });
	});
});

describe('the weight step for existing demo databases', () => {
	it('writes nothing when the weights are set, and restores them audited when they are not', async () => {
		expect(await seedBerlinWeights(await tenantContext(ctx(), 'berlin'))).toEqual([]);
		// A demo from before issue 12: Arbeitslosigkeit without a weight.
		await setIndicatorWeight(await tenantContext(ctx(), 'berlin'), 'mss_status1', { weight: null });
		const before = (
			await listAudit(await tenantContext(ctx(), 'berlin'), { entity: 'indicator', pageSize: 200 })
		).total;
		expect(await seedBerlinWeights(await tenantContext(ctx(), 'berlin'))).toEqual(['mss_status1']);
		const audit = await listAudit(await tenantContext(ctx(), 'berlin'), {
			entity: 'indicator',
			pageSize: 200
		});
		expect(audit.total).toBe(before + 1);
		const entry = audit.entries.find((e) => (e.after as { code?: string } | null)?.code === 'mss_status1')!;
		expect(entry.after).toMatchObject({ weight: 'einwohner', weightStandIn: true });
		expect(entry.before).toMatchObject({ weight: null });
		const item = (await listIndicators(await tenantContext(ctx(), 'berlin'))).find(
			(i) => i.code === 'mss_status1'
		)!;
		expect(item.weightSetBy).toBe('test');
		expect(item.weightSetAt).toBeInstanceOf(Date);
	});
});
