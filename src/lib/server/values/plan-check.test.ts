import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { defineCompositeIndex, storeCompositeIndex } from '../services/composite-index.service';
import { saveGoal } from '../services/goal.service';
import { importObservations } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { saveMeasure } from '../services/measure.service';
import { saveBudget, saveMilestones } from '../services/measure-progress.service';
import { createLayer } from '../services/spatial-layer.service';
import { tenantContext } from '../services/tenant-context';
import { planCheck } from './plan-check';
import type { z } from 'zod';
import * as planning from '../api/schemas/planning';
import { listFieldsOfAction } from '../services/field-of-action.service';
import { getMeasure, listMeasures } from '../services/measure.service';
import { reportOutput } from '../services/measure-progress.service';
import { pageOf } from '../web/paging';
import { measureDetailResource, measureResource } from '../api/presenters/planning';
import { goalDetailResource, goalResource } from '../api/presenters/goals';
import { assessGoal, latestAssessmentsOf, listAssessments } from '../services/goal-assessment.service';
import { checkAllGoals, checkGoalNow, ratingHistory, recordGoalRatings } from './goal-check';
import { indicatorUnits } from './goal-facts';

/**
 * Eight Sozialräume in two Bezirke; the unemployment rate is 1 % in S1–S6 and 20 % in S7 and S8.
 * With one indicator the Sozialindex is its z-value: mean 5.75, standard deviation 8.23 (of the
 * population) or 8.80 (of the sample), so S7 and S8 lie 1.73 or 1.62 deviations above the mean —
 * beyond Berlin's 1.5, in status class 4 "sehr niedrig" either way, and every other unit below −0.6.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const rates: Record<string, number> = { S1: 1, S2: 1, S3: 1, S4: 1, S5: 1, S6: 1, S7: 20, S8: 20 };
const planner = async () => tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'planstadt');
	const root = contextFor(handle.db, system);
	const bezirk = await createLayer(await tenantContext(root, world.slug), {
		code: 'bezirk',
		name: 'Bezirke'
	});
	const sr = await createLayer(await tenantContext(root, world.slug), {
		code: 'sr',
		name: 'Sozialräume',
		parent: 'bezirk'
	});
	const [a, b] = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [
		{ code: 'A', name: 'Nord' },
		{ code: 'B', name: 'Süd' }
	]);
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		sr.id,
		Object.keys(rates).map((code, i) => ({ code, name: `Gebiet ${code}`, parentUnitId: (i < 4 ? a : b)!.id }))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const ctx = contextFor(handle.db, world.users.planner.actor);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, rate] of Object.entries(rates))
		lines.push(`${code};31.12.2016;alo;${rate * 10}`, `${code};31.12.2016;ew;1000`);
	await importObservations(await tenantContext(ctx, world.slug), {
		layer: 'sr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: { variables: ['alo', 'ew'].map((code) => ({ code, name: code, kind: 'count' as const })) }
	});
	await defineIndicator(await tenantContext(ctx, world.slug), {
		code: 'q',
		name: 'Arbeitslosenquote',
		kind: 'rate',
		numerator: ['alo'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_worse'
	});
	await defineCompositeIndex(await tenantContext(ctx, world.slug), {
		code: 'si',
		name: 'Sozialindex',
		layer: 'sr',
		status: [{ indicator: 'q', weight: 1 }]
	});
	await storeCompositeIndex(await tenantContext(ctx, world.slug), 'si');
	const tc = await planner();
	await saveGoal(tc, { code: 'L 1', title: 'Teilhabe in allen Quartieren', level: 'leitziel' });
	await saveGoal(tc, { code: 'L 2', title: 'Gesund aufwachsen', level: 'leitziel' });
});
afterAll(() => handle?.close());

describe('planCheck', () => {
	it('finds the units of greatest need and which of them no measure serves, through their Bezirk too', async () => {
		const before = await planCheck(await planner(), '2027-03-01');
		expect(before.unservedNeedUnits.map((u) => [u.code, u.classLabel, u.indexName])).toEqual([
			['S7', 'sehr niedrig', 'Sozialindex'],
			['S8', 'sehr niedrig', 'Sozialindex']
		]);
		// A measure for the Bezirk serves both of its Sozialräume.
		await saveMeasure(await planner(), {
			code: 'M 1',
			title: 'Quartiersmanagement Süd',
			status: 'laufend',
			goals: ['L 1'],
			units: [{ layer: 'bezirk', code: 'B' }]
		});
		expect((await planCheck(await planner(), '2027-03-01')).unservedNeedUnits).toEqual([]);
		// Narrowed to S7, it leaves S8 without a measure; a finished measure serves nothing now.
		await saveMeasure(await planner(), {
			code: 'M 1',
			title: 'Quartiersmanagement Süd',
			status: 'laufend',
			goals: ['L 1'],
			units: [{ layer: 'sr', code: 'S7' }]
		});
		await saveMeasure(await planner(), {
			code: 'M 2',
			title: 'Stadtteilmütter (beendet)',
			status: 'abgeschlossen',
			goals: ['L 1'],
			units: [{ layer: 'sr', code: 'S8' }]
		});
		expect((await planCheck(await planner(), '2027-03-01')).unservedNeedUnits.map((u) => u.code)).toEqual([
			'S8'
		]);
	});

	it('reports overdue milestones, the budget by year, measures without goal and goals without measure', async () => {
		const tc = await planner();
		await saveMeasure(tc, { code: 'M 3', title: 'Lotsendienst', status: 'geplant' });
		await saveMilestones(tc, 'M 1', [
			{ title: 'Büro eröffnet', dueOn: '2027-01-15' },
			{ title: 'Erster Bericht', dueOn: '2027-06-30' }
		]);
		await saveBudget(tc, 'M 1', [
			{ year: 2026, source: 'haushalt', planned: 80000, approved: 80000, spent: 86000, note: 'Mieterhöhung' },
			{
				year: 2026,
				source: 'foerderprogramm',
				programme: 'Sozialer Zusammenhalt',
				planned: 20000,
				approved: 20000,
				spent: 10000
			}
		]);
		const check = await planCheck(tc, '2027-03-01');
		expect(check.overdueMilestones.map((m) => [m.measure.code, m.title, m.daysOverdue])).toEqual([
			['M 1', 'Büro eröffnet', 45]
		]);
		expect(
			check.budget.map((b) => [b.measure.code, b.year, b.planned, b.approved, b.spent, b.overrun])
		).toEqual([['M 1', 2026, 100000, 100000, 96000, false]]);
		expect(check.measuresWithoutGoal.map((m) => m.code)).toEqual(['M 3']);
		expect(check.goalsWithoutMeasure.map((g) => g.code)).toEqual(['L 2']);
	});
});

/** The API's answers (built as their routes build them, sent through JSON) against their schemas. */
describe('the planning API documents what it answers', () => {
	function expectDocumented(schema: z.ZodType, body: unknown) {
		const json = JSON.parse(JSON.stringify(body));
		const parsed = schema.safeParse(json);
		expect(parsed.error?.issues ?? [], 'Antwort widerspricht dem Schema').toEqual([]);
		expect(parsed.data, 'Antwort hat Felder, die das Schema nicht kennt').toStrictEqual(json);
	}

	it('measures, a measure in full, the plan check and the fields of action', async () => {
		const tc = await planner();
		await reportOutput(tc, 'M 1', {
			figure: 'Beratungen',
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31',
			value: 12
		});
		const url = new URL(`http://localhost/api/v1/tenants/${world.slug}/measures`);
		expectDocumented(
			planning.measurePageSchema,
			pageOf((await listMeasures(tc)).map(measureResource), { limit: 100, offset: 0 }, url)
		);
		const detail = await getMeasure(tc, 'M 1');
		expect(detail.budget.length * detail.milestones.length * detail.outputs.length).toBeGreaterThan(0);
		expectDocumented(planning.measureDetailSchema, measureDetailResource(detail));
		expectDocumented(planning.planCheckSchema, await planCheck(tc, '2027-03-01'));
		for (const field of await listFieldsOfAction(tc)) expectDocumented(planning.fieldOfActionSchema, field);
	});

	it('goals with their rating now: from the data, or from the latest assessment', async () => {
		const tc = await planner();
		await saveGoal(tc, {
			code: 'Z 1',
			title: 'Arbeitslosigkeit im Süden senken',
			level: 'handlungsziel',
			parent: 'L 1',
			indicator: 'q',
			scope: { kind: 'units', layer: 'sr', units: ['S7', 'S8'] },
			baselineDate: '2016-12-31',
			targetValue: 10,
			targetDate: '2030-12-31'
		});
		await assessGoal(tc, 'L 2', {
			assessedOn: '2026-11-30',
			rating: 'at_risk',
			text: 'Noch keine Maßnahme beschlossen.'
		});
		await recordGoalRatings(await planner());
		const [checks, units, latest] = await Promise.all([
			checkAllGoals(tc),
			indicatorUnits(tc),
			latestAssessmentsOf(tc)
		]);
		const goals = checks.map((c) =>
			goalResource(c, units.get(c.goal.indicatorCode ?? '') ?? null, latest.get(c.goal.id) ?? null)
		);
		const url = new URL(`http://localhost/api/v1/tenants/${world.slug}/goals`);
		expectDocumented(planning.goalPageSchema, pageOf(goals, { limit: 100, offset: 0 }, url));
		const byCode = new Map(goals.map((g) => [g.code, g]));
		// One date of data: no trend, so no rating from the data yet; the current value is S7 and S8 together.
		expect(byCode.get('Z 1')).toMatchObject({
			rating: 'no_data',
			current: { date: '2016-12-31', value: 20 }
		});
		expect(byCode.get('L 2')).toMatchObject({
			rating: 'at_risk',
			ratingReason: 'Noch keine Maßnahme beschlossen.'
		});
		expect(byCode.get('L 1')?.rating).toBeNull();
		for (const code of ['Z 1', 'L 2']) {
			const detail = goalDetailResource(
				await checkGoalNow(tc, code),
				units.get(byCode.get(code)!.indicatorCode ?? '') ?? null,
				await ratingHistory(tc, code),
				await listAssessments(tc, code)
			);
			expectDocumented(planning.goalDetailSchema, detail);
		}
	});

	it('refuses a date that is none', async () => {
		const error = await planCheck(await planner(), '1.3.2027').catch((e: unknown) => e);
		expect((error as { code: string }).code).toBe('validation.invalid');
	});
});
