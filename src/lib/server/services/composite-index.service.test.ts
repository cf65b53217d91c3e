import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import { berlinDynamicsClasses, berlinStatusClasses } from '../../core/index/definition';
import type { DatabaseHandle } from '../db/client';
import { indexDownload } from '../exports/index-download';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { listAudit } from './audit.service';
import { compositeIndexResults, computeCompositeIndex, indexInputDates } from '../values/composite-index';
import { defineCompositeIndex, storeCompositeIndex } from './composite-index.service';
import { importObservations } from './import.service';
import { defineIndicator } from './indicator.service';
import { createLayer } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;

/**
 * Sozialräume imported from a table, without any geometry (statistics offices often deliver
 * values per code only). Counts per unit: unemployed, inhabitants 15–<65, SGB II, inhabitants.
 */
const data: Record<string, { y2016: number[] | null; y2014: number[] | null }> = {
	S1: { y2016: [30, 600, 50, 900], y2014: [36, 600, 55, 900] },
	S2: { y2016: [60, 700, 140, 1000], y2014: [50, 700, 120, 1000] },
	S3: { y2016: [12, 500, 20, 800], y2014: [15, 500, 22, 800] },
	S4: { y2016: [90, 800, 200, 1100], y2014: [80, 800, 180, 1100] },
	S5: { y2016: [5, 150, 10, 250], y2014: [5, 150, 10, 250] },
	S6: { y2016: [45, 650, 90, 950], y2014: [40, 650, 85, 950] },
	S7: { y2016: [20, 550, 30, 850], y2014: null }
};

const definition = {
	code: 'sozialindex',
	name: 'Sozialindex Teststadt',
	layer: 'sr',
	status: [
		{ indicator: 'quote_alo', weight: 2 },
		{ indicator: 'quote_sgb', weight: 1 }
	],
	dynamics: [{ indicator: 'quote_alo', weight: 1, windowYears: 2 }],
	combination: 'sum',
	restandardise: true,
	sdConvention: 'population',
	eligibility: {
		minimumPopulation: 300,
		populationVariable: 'ew',
		excluded: [{ unit: 'S6', reason: 'Großsiedlung im Umbau' }]
	},
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	const ctx = contextFor(handle.db, system);
	const bezirk = await createLayer(await tenantContext(ctx, world.slug), { code: 'bezirk', name: 'Bezirke' });
	const sr = await createLayer(await tenantContext(ctx, world.slug), {
		code: 'sr',
		name: 'Sozialräume',
		parent: 'bezirk'
	});
	const [a] = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [{ code: 'A', name: 'Nord' }]);
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		sr.id,
		Object.keys(data).map((code) => ({ code, name: `Sozialraum ${code}`, parentUnitId: a!.id }))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const planner = contextFor(handle.db, world.users.planner.actor);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	const names = ['alo', 'ew15', 'sgb', 'ew'];
	for (const [code, years] of Object.entries(data))
		for (const [date, values] of [
			['31.12.2016', years.y2016],
			['31.12.2014', years.y2014]
		] as const)
			values?.forEach((value, i) => lines.push(`${code};${date};${names[i]};${value}`));
	await importObservations(await tenantContext(planner, world.slug), {
		layer: 'sr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: { variables: names.map((code) => ({ code, name: code, kind: 'count' as const })) }
	});
	for (const [code, numerator, denominator] of [
		['quote_alo', 'alo', 'ew15'],
		['quote_sgb', 'sgb', 'ew']
	] as const)
		await defineIndicator(await tenantContext(planner, world.slug), {
			code,
			name: code,
			kind: 'rate',
			numerator: [numerator],
			denominator: [denominator],
			factor: 100,
			polarity: 'higher_worse'
		});
});
afterAll(() => handle?.close());

/** Plain arithmetic, independent of the core: z over the given units with sd over n. */
function zScores(values: number[]): number[] {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
	return values.map((v) => (v - mean) / sd);
}

function statusClassOf(index: number): string {
	if (index < -1) return '1';
	if (index <= 1) return '2';
	if (index <= 1.5) return '3';
	return '4';
}

describe('a composite index on units without geometry', () => {
	it('is defined with the indicators’ polarities and refuses unknown parts with every problem at once', async () => {
		const planner = contextFor(handle.db, world.users.planner.actor);
		const bad = defineCompositeIndex(await tenantContext(planner, world.slug), {
			...definition,
			status: [{ indicator: 'gibt_es_nicht', weight: 1 }],
			eligibility: { ...definition.eligibility, excluded: [{ unit: 'S99', reason: 'x' }] }
		});
		await expect(bad).rejects.toMatchObject({
			code: 'index.invalid',
			fields: {
				'status[0].indicator': expect.stringContaining('gibt_es_nicht'),
				'eligibility.excluded[0].unit': expect.stringContaining('S99')
			}
		});
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		await expect(
			tenantContext(viewer, world.slug).then((tc) => defineCompositeIndex(tc, definition))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		const saved = await defineCompositeIndex(await tenantContext(planner, world.slug), definition);
		expect(saved.definition.status.map((s) => s.polarity)).toEqual(['higher_worse', 'higher_worse']);
		expect(saved.definition.dynamics[0]).toMatchObject({ windowYears: 2, polarity: 'higher_worse' });
		expect(await indexInputDates(await tenantContext(viewer, world.slug), 'sozialindex')).toEqual([
			'2014-12-31',
			'2016-12-31'
		]);
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), world.slug),
			{
				entity: 'composite_index'
			}
		);
		expect(audit.entries).toHaveLength(1);
	});

	it('computes z-values, indices, classes and reasons as an independent computation does', async () => {
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		const { units, result } = await computeCompositeIndex(
			await tenantContext(viewer, world.slug),
			'sozialindex',
			{
				date: '2016-12-31'
			}
		);
		const byCode = new Map(units.map((u, i) => [u.code, result.units[i]!]));
		// Eligible with all status values: S1–S4 and S7 (S5 has 250 inhabitants, S6 is excluded).
		const members = ['S1', 'S2', 'S3', 'S4', 'S7'];
		const rate = (code: string, n: number, d: number) =>
			(100 * data[code]!.y2016![n]!) / data[code]!.y2016![d]!;
		const zAlo = zScores(members.map((c) => rate(c, 0, 1)));
		const zSgb = zScores(members.map((c) => rate(c, 2, 3)));
		const status = zScores(members.map((_, i) => 2 * zAlo[i]! + zSgb[i]!));
		members.forEach((code, i) => {
			const r = byCode.get(code)!;
			expect(r.statusZ[0]).toBeCloseTo(zAlo[i]!, 10);
			expect(r.statusZ[1]).toBeCloseTo(zSgb[i]!, 10);
			expect(r.statusIndex).toBeCloseTo(status[i]!, 10);
			expect(r.statusClass?.code).toBe(statusClassOf(status[i]!));
		});
		// Dynamics: change of the unemployment rate over two years, over S1–S4 (S7 has no 2014).
		const dynamicsMembers = ['S1', 'S2', 'S3', 'S4'];
		const change = (code: string) =>
			rate(code, 0, 1) - (100 * data[code]!.y2014![0]!) / data[code]!.y2014![1]!;
		const dynamics = zScores(zScores(dynamicsMembers.map(change)));
		dynamicsMembers.forEach((code, i) => {
			const r = byCode.get(code)!;
			expect(r.dynamicsIndex).toBeCloseTo(dynamics[i]!, 10);
			expect(r.combinedClass).toBe(`${r.statusClass!.code}${r.dynamicsClass!.code}`);
		});
		expect(byCode.get('S5')).toMatchObject({ reason: 'population_below_minimum', statusClass: null });
		expect(byCode.get('S6')).toMatchObject({ reason: 'excluded', reasonDetail: 'Großsiedlung im Umbau' });
		expect(byCode.get('S7')).toMatchObject({
			reason: null,
			dynamicsReason: 'values_missing',
			dynamicsClass: null
		});
		expect(result.eligibleCount).toBe(5);
	});

	it('stores the results of every date with the definition, and gives a unit’s history', async () => {
		const planner = contextFor(handle.db, world.users.planner.actor);
		await expect(
			tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug).then((tc) =>
				storeCompositeIndex(tc, 'sozialindex')
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		const stored = await storeCompositeIndex(await tenantContext(planner, world.slug), 'sozialindex');
		expect(stored.map((s) => s.date)).toEqual(['2014-12-31', '2016-12-31']);
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		const latest = await compositeIndexResults(await tenantContext(viewer, world.slug), 'sozialindex');
		expect(latest.run?.date).toBe('2016-12-31');
		expect(latest.run?.definition.eligibility.excluded).toEqual(definition.eligibility.excluded);
		expect(latest.results).toHaveLength(7);
		const computed = stored[1]!;
		latest.results.forEach((row) => {
			const r = computed.result.units[computed.units.findIndex((u) => u.code === row.code)]!;
			expect(row.statusIndex).toBe(r.statusIndex);
			expect(row.combinedClass).toBe(r.combinedClass);
		});
		const history = await compositeIndexResults(await tenantContext(viewer, world.slug), 'sozialindex', {
			unit: 'S1'
		});
		expect(history.results.map((r) => r.date)).toEqual(['2014-12-31', '2016-12-31']);
		// Computing again replaces, never duplicates.
		await storeCompositeIndex(await tenantContext(planner, world.slug), 'sozialindex', {
			dates: ['2016-12-31']
		});
		expect(
			(await compositeIndexResults(await tenantContext(viewer, world.slug), 'sozialindex')).results
		).toHaveLength(7);
	});

	it('computes a variant for the sensitivity view without storing it', async () => {
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		const variant = await computeCompositeIndex(await tenantContext(viewer, world.slug), 'sozialindex', {
			date: '2016-12-31',
			definition: { ...definition, status: [{ indicator: 'quote_alo', weight: 1 }] }
		});
		expect(variant.definition.status).toHaveLength(1);
		const stored = await compositeIndexResults(await tenantContext(viewer, world.slug), 'sozialindex');
		expect(stored.run?.definition.status).toHaveLength(2);
	});
});

describe('a composite index with a validity flag', () => {
	it('excludes the units whose imported flag is 0, names the flag, and refuses an unknown flag', async () => {
		const planner = contextFor(handle.db, world.users.planner.actor);
		// The flag is a variable like any other: 1 = gültig, 0 = ungültig (S3 invalid; S7 has no flag).
		await importObservations(await tenantContext(planner, world.slug), {
			layer: 'sr',
			files: [
				textFile(
					'gueltig.csv',
					['Schlüssel;Stichtag;Merkmal;Wert', 'S1;31.12.2016;gueltig;1', 'S2;31.12.2016;gueltig;1']
						.concat(['S3;31.12.2016;gueltig;0', 'S4;31.12.2016;gueltig;1', 'S5;31.12.2016;gueltig;1'])
						.concat(['S6;31.12.2016;gueltig;1'])
						.join('\n')
				)
			],
			format: 'long',
			options: { variables: [{ code: 'gueltig', name: 'Gültigkeit', kind: 'count' as const }] }
		});
		const flagged = {
			...definition,
			code: 'mit_flag',
			eligibility: {
				...definition.eligibility,
				validityFlag: { variable: 'gueltig', validValue: 1, whenMissing: 'include' }
			}
		};
		await expect(
			tenantContext(planner, world.slug).then((tc) =>
				defineCompositeIndex(tc, {
					...flagged,
					eligibility: { ...flagged.eligibility, validityFlag: { variable: 'gibt_es_nicht' } }
				})
			)
		).rejects.toMatchObject({
			code: 'index.invalid',
			fields: { 'eligibility.validityFlag.variable': expect.stringContaining('gibt_es_nicht') }
		});
		const saved = await defineCompositeIndex(await tenantContext(planner, world.slug), flagged);
		expect(saved.definition.eligibility.validityFlag).toEqual({
			variable: 'gueltig',
			validValue: 1,
			whenMissing: 'include'
		});
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		const { units, result } = await computeCompositeIndex(
			await tenantContext(viewer, world.slug),
			'mit_flag',
			{
				date: '2016-12-31'
			}
		);
		const byCode = new Map(units.map((u, i) => [u.code, result.units[i]!]));
		expect(byCode.get('S3')).toMatchObject({
			reason: 'excluded',
			statusClass: null,
			reasonDetail: 'Ungültig laut Merkmal „gueltig“: Wert 0, gültig ist 1'
		});
		// S7 has no flag and is included (whenMissing: include); S6 keeps its listed reason.
		expect(byCode.get('S7')!.statusClass).not.toBeNull();
		expect(byCode.get('S6')!.reasonDetail).toBe('Großsiedlung im Umbau');
		// The status index over S1, S2, S4, S7 only, as an independent computation gives it.
		const members = ['S1', 'S2', 'S4', 'S7'];
		const rate = (code: string, n: number, d: number) =>
			(100 * data[code]!.y2016![n]!) / data[code]!.y2016![d]!;
		const zAlo = zScores(members.map((c) => rate(c, 0, 1)));
		const zSgb = zScores(members.map((c) => rate(c, 2, 3)));
		const status = zScores(members.map((_, i) => 2 * zAlo[i]! + zSgb[i]!));
		members.forEach((code, i) => expect(byCode.get(code)!.statusIndex).toBeCloseTo(status[i]!, 10));
		expect(result.eligibleCount).toBe(4);
	});
});

describe('the Sozialindex table as a file', () => {
	it('writes class codes with their labels, and the flag’s reason, for the date asked', async () => {
		const viewer = await tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug);
		const file = await indexDownload(viewer, new URLSearchParams({ index: 'mit_flag' }));
		expect(file.filename).toBe('mit_flag_2016-12-31.csv');
		const lines = (file.body as string).slice(1).trim().split('\r\n');
		const header = lines[0]!.split(';');
		const rows = lines.slice(1).map((l) => l.split(';'));
		const cell = (row: string[], name: string) => row[header.indexOf(name)]!;
		expect(header).toEqual(
			expect.arrayContaining([
				'Statusklasse (Bezeichnung)',
				'Dynamikklasse (Bezeichnung)',
				'Gesamtklasse (Bezeichnung)'
			])
		);
		const labels: Record<string, string> = {
			'1': 'hoch',
			'2': 'mittel',
			'3': 'niedrig',
			'4': 'sehr niedrig'
		};
		for (const row of rows)
			expect(cell(row, 'Statusklasse (Bezeichnung)')).toBe(labels[cell(row, 'Statusklasse')] ?? '');
		const s3 = rows.find((r) => r[0] === 'S3')!;
		expect(cell(s3, 'Nicht klassifiziert, weil')).toContain('Ungültig laut Merkmal');
		await expect(
			indexDownload(viewer, new URLSearchParams({ index: 'mit_flag', datum: '31.12.2016' }))
		).rejects.toMatchObject({ code: 'validation.invalid' });
	});
});
