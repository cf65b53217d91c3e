import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { listAuditEntries } from '../repositories/audit.repository';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { checkAllGoals, checkGoalNow, ratingHistory, recordGoalRatings } from '../values/goal-check';
import { clearValueCache } from '../values/value-cache';
import { dataChangesSettled } from './data-change';
import { getGoal, listGoals, saveGoal } from './goal.service';
import { importObservations, rollbackImport } from './import.service';
import { defineIndicator } from './indicator.service';
import { createLayer } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

/**
 * Two districts (A, B) with two Planungsräume each; children and inhabitants at three dates. The
 * baselines expected below are worked out by hand from `counts`: sums of children over sums of
 * inhabitants of the units in scope, never a mean of their shares.
 */
let handle: DatabaseHandle;
let world: TenantWorld;

// code: children and inhabitants at 2020, 2022, 2024
const counts: Record<string, [number, number][]> = {
	A1: [
		[10, 100],
		[12, 100],
		[14, 100]
	],
	A2: [
		[30, 300],
		[30, 300],
		[33, 300]
	],
	B1: [
		[5, 50],
		[6, 50],
		[8, 50]
	],
	B2: [
		[40, 200],
		[38, 200],
		[36, 200]
	]
};
const years = [2020, 2022, 2024];

const as = async (actor: Actor) => tenantContext(contextFor(handle.db, actor), world.slug);
const planner = () => as(world.users.planner.actor);

async function refusal(promise: Promise<unknown>): Promise<Record<string, string>> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	expect((error as AppError).code).toBe('validation.invalid');
	return (error as AppError).fields ?? {};
}

const smart = {
	code: 'Z 1.1',
	title: 'Mehr Kinder in den Planungsräumen halten',
	level: 'handlungsziel',
	indicator: 'anteil_kinder',
	direction: 'higher',
	baselineDate: '2020-12-31',
	targetValue: 16,
	targetDate: '2030-12-31'
} as const;

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'zielstadt');
	const root = contextFor(handle.db, system);
	const bezirk = await createLayer(await tenantContext(root, world.slug), {
		code: 'bezirk',
		name: 'Bezirke'
	});
	const pr = await createLayer(await tenantContext(root, world.slug), {
		code: 'pr',
		name: 'Planungsräume',
		parent: 'bezirk'
	});
	const districts = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [
		{ code: 'A', name: 'Altstadt' },
		{ code: 'B', name: 'Bergviertel' }
	]);
	const idOf = new Map(districts.map((d) => [d.code, d.id]));
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		pr.id,
		Object.keys(counts).map((code) => ({ code, name: `Raum ${code}`, parentUnitId: idOf.get(code[0]!)! }))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const ctx = contextFor(handle.db, world.users.planner.actor);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, values] of Object.entries(counts))
		values.forEach(([children, inhabitants], i) =>
			lines.push(
				`${code};31.12.${years[i]};kinder;${children}`,
				`${code};31.12.${years[i]};ew;${inhabitants}`
			)
		);
	await importObservations(await tenantContext(ctx, world.slug), {
		layer: 'pr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: {
			variables: [
				{ code: 'kinder', name: 'Kinder', kind: 'count' },
				{ code: 'ew', name: 'Einwohner', kind: 'count' }
			]
		}
	});
	await defineIndicator(await tenantContext(ctx, world.slug), {
		code: 'anteil_kinder',
		name: 'Anteil Kinder',
		kind: 'rate',
		numerator: ['kinder'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_better'
	});
	clearValueCache();
});
afterAll(() => handle?.close());

describe('saveGoal', () => {
	it('takes the baseline of the whole tenant from the data: children over inhabitants of the city', async () => {
		const goal = await saveGoal(await planner(), smart);
		// 2020: (10 + 30 + 5 + 40) / (100 + 300 + 50 + 200) = 85 / 650.
		expect(goal.baselineValue).toBeCloseTo((85 / 650) * 100, 10);
		expect(goal.baselineDate).toBe('2020-12-31');
		expect(goal.baselineReason).toBeNull();
		expect(goal).toMatchObject({ indicatorCode: 'anteil_kinder', scopeKind: 'tenant', status: 'entwurf' });
	});

	it('takes the baseline of chosen units from their sums, at the latest date before the one given', async () => {
		const goal = await saveGoal(await planner(), {
			...smart,
			code: 'Z 1.2',
			scope: { kind: 'units', layer: 'pr', units: ['A1', 'B1'] },
			baselineDate: '2023-06-30'
		});
		// 2022 is the latest date on or before 30.06.2023: (12 + 6) / (100 + 50).
		expect(goal.baselineValue).toBeCloseTo((18 / 150) * 100, 10);
		expect(goal.baselineDate).toBe('2022-12-31');
		expect((await getGoal(await planner(), 'Z 1.2')).unitIds).toHaveLength(2);
	});

	it('takes the direction from the indicator’s polarity when none is given', async () => {
		const { direction: _direction, ...withoutDirection } = smart;
		const goal = await saveGoal(await planner(), { ...withoutDirection, code: 'Z 1.5' });
		expect(goal.direction).toBe('higher');
	});

	it('keeps an entered baseline only with its reason', async () => {
		const fields = await refusal(saveGoal(await planner(), { ...smart, code: 'Z 1.3', baselineValue: 12 }));
		expect(Object.keys(fields)).toEqual(['baselineReason']);
		const goal = await saveGoal(await planner(), {
			...smart,
			code: 'Z 1.3',
			baselineValue: '12,5',
			baselineReason: 'Wert des Kita-Entwicklungsplans 2020'
		});
		expect(goal).toMatchObject({
			baselineValue: 12.5,
			baselineReason: 'Wert des Kita-Entwicklungsplans 2020'
		});
	});

	it('refuses bad goals by field and stores nothing', async () => {
		const before = (await listGoals(await planner())).length;
		// Higher is better, but the target lies below the baseline (13.1 %), and before its date.
		const wrong = await refusal(
			saveGoal(await planner(), { ...smart, code: 'Z 9', targetValue: 10, targetDate: '2019-12-31' })
		);
		expect(Object.keys(wrong).sort()).toEqual(['targetDate', 'targetValue']);
		expect(wrong.targetValue).toMatch(/nicht unter dem Ausgangswert/);
		const noDate = await refusal(
			saveGoal(await planner(), { ...smart, code: 'Z 9', baselineDate: '2019-12-31' })
		);
		expect(noDate.baselineDate).toMatch(/keinen Wert/);
		const unknownUnit = await refusal(
			saveGoal(await planner(), {
				...smart,
				code: 'Z 9',
				scope: { kind: 'units', layer: 'pr', units: ['A1', 'X9'] }
			})
		);
		expect(unknownUnit['scope.units']).toMatch(/X9/);
		const leitziel = await refusal(saveGoal(await planner(), { ...smart, code: 'Z 9', level: 'leitziel' }));
		expect(Object.keys(leitziel)).toEqual(['indicator']);
		expect((await listGoals(await planner())).length).toBe(before);
	});

	it('builds the hierarchy and refuses a circle', async () => {
		const ctx = await planner();
		await saveGoal(ctx, {
			code: 'L 1',
			title: 'Gutes Aufwachsen für alle Kinder',
			level: 'leitziel',
			origin: 'gesamtstrategie'
		});
		await saveGoal(ctx, { ...smart, code: 'Z 1.4', parent: 'L 1' });
		expect((await getGoal(ctx, 'Z 1.4')).parentCode).toBe('L 1');
		const circle = await refusal(
			saveGoal(ctx, {
				code: 'L 1',
				title: 'Gutes Aufwachsen für alle Kinder',
				level: 'leitziel',
				parent: 'Z 1.4'
			})
		);
		expect(circle.parent).toMatch(/unter sich selbst/);
	});

	it('lets a department planner change the goals of the own department only, and audits before and after', async () => {
		const own = await as(world.users.department_planner.actor);
		await saveGoal(own, { ...smart, code: 'Z 2.1', ownerDepartmentId: world.jugendamtId });
		await saveGoal(own, { ...smart, code: 'Z 2.1', ownerDepartmentId: world.jugendamtId, targetValue: 17 });
		await expect(
			saveGoal(own, { ...smart, code: 'Z 2.2', ownerDepartmentId: world.schulamtId })
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		await expect(saveGoal(own, { ...smart, code: 'Z 1.1' })).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		await expect(
			saveGoal(await as(world.users.viewer.actor), { ...smart, code: 'Z 2.3' })
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		const entries = (
			await listAuditEntries(handle.db, world.tenantId, { limit: 200, offset: 0, entity: 'goal' })
		).rows;
		const change = entries.find(
			(e) => e.action === 'update' && (e.after as { code: string }).code === 'Z 2.1'
		);
		expect((change?.before as { targetValue: number }).targetValue).toBe(16);
		expect((change?.after as { targetValue: number }).targetValue).toBe(17);
	});
});

describe('saveGoal modes of the forms', () => {
	it('refuses to create over a goal of the same number, and to change a goal that does not exist', async () => {
		const ctx = await planner();
		const taken = await refusal(saveGoal(ctx, { ...smart, title: 'Ein anderes Ziel' }, 'create'));
		expect(taken.code).toMatch(/Z 1\.1.*schon/);
		expect((await getGoal(ctx, 'Z 1.1')).title).toBe(smart.title);
		await expect(saveGoal(ctx, { ...smart, code: 'Z 9.9' }, 'update')).rejects.toMatchObject({
			code: 'goal.not_found'
		});
		await expect(getGoal(ctx, 'Z 9.9')).rejects.toMatchObject({ code: 'goal.not_found' });
	});

	it('refuses a viewer before telling whether a number is taken', async () => {
		await expect(saveGoal(await as(world.users.viewer.actor), smart, 'create')).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
	});
});

describe('checkGoalNow', () => {
	// 31.12.2020 → 31.12.2024: 1461 days; 31.12.2024 → 31.12.2030: 2191 days (2028 is a leap year).
	const ahead = 2191 / 1461;

	it('rates the whole city from its sums: 85/650, 86/650, 91/650 % → 16 % by 2030 is missed', async () => {
		const { scope } = await checkGoalNow(await planner(), 'Z 1.1');
		const first = (85 / 650) * 100;
		const last = (91 / 650) * 100;
		const projected = last + (last - first) * ahead;
		expect(scope!.current).toEqual({ date: '2024-12-31', value: expect.closeTo(last, 10) });
		expect(scope!.projected).toBeCloseTo(projected, 10);
		// Misses 16 by 0.62 of the remaining 2.0 points: more than 20 %.
		expect(scope!.shortfall).toBeCloseTo(16 - projected, 10);
		expect(scope!.rating).toBe('off_track');
	});

	it('rates the scope of chosen units and each unit against the same target', async () => {
		const result = await checkGoalNow(await planner(), 'Z 1.2');
		// Scope A1 + B1: 15/150, 18/150, 22/150 → projected far beyond 16.
		const last = (22 / 150) * 100;
		expect(result.scope!.projected).toBeCloseTo(last + (last - 10) * ahead, 10);
		expect(result.scope!.rating).toBe('on_track');
		const byCode = new Map(result.units.map((u) => [u.unit.code, u.check]));
		expect([...byCode.keys()].sort()).toEqual(['A1', 'B1']);
		// A1: 10, 12, 14 % → 14 + 4 × 2191/1461 ≈ 20.0 %.
		expect(byCode.get('A1')!.projected).toBeCloseTo(14 + 4 * ahead, 10);
		expect(byCode.get('A1')!.rating).toBe('on_track');
		// B1: 16 % in 2024 meets the target already.
		expect(byCode.get('B1')).toMatchObject({
			rating: 'reached',
			reason: { code: 'reached', date: '2024-12-31' }
		});
	});

	it('checks every goal for the overview as it checks one, with the scope’s series', async () => {
		const tc = await planner();
		const all = await checkAllGoals(tc);
		expect(all.map((r) => r.goal.code)).toEqual((await listGoals(tc)).map((g) => g.code));
		const one = await checkGoalNow(tc, 'Z 1.1');
		const same = all.find((r) => r.goal.code === 'Z 1.1')!;
		expect(same.scope).toEqual(one.scope);
		expect(same.series.map((p) => p.date)).toEqual(['2020-12-31', '2022-12-31', '2024-12-31']);
		expect(same.series[0]!.value).toBeCloseTo((85 / 650) * 100, 10);

		// As of a Stichtag (the plan check's): the values dated later are left out, in the scope and in each unit.
		const earlier = (await checkAllGoals(tc, '2022-12-31')).find((r) => r.goal.code === 'Z 1.1')!;
		expect(earlier.scope!.current).toEqual({ date: '2022-12-31', value: same.series[1]!.value });
		for (const { check } of earlier.units) expect(check.current?.date ?? '2022-12-31').toBe('2022-12-31');
		expect(earlier.units.map((u) => u.unit.code)).toEqual(same.units.map((u) => u.unit.code));
	});

	it('has no computed check for a qualitative goal', async () => {
		const result = await checkGoalNow(await planner(), 'L 1');
		expect(result).toMatchObject({ scope: null, units: [] });
	});
});

describe('the rating history', () => {
	it('follows every data change by itself: an import changes the rating, its rollback restores it', async () => {
		// Saving a goal rated it in the background (services/data-change.ts).
		await dataChangesSettled();
		const before = await ratingHistory(await planner(), 'Z 1.1');
		expect(before.at(-1)).toMatchObject({ rating: 'off_track', valueDate: '2024-12-31' });
		// Nothing moved since: asked again, nothing is written.
		expect(await recordGoalRatings(await planner())).toBe(0);

		// 2026: 16 + 48 + 8 + 32 = 104 children of 650 inhabitants: 16 %, the target of Z 1.1.
		const children2026: Record<string, number> = { A1: 16, A2: 48, B1: 8, B2: 32 };
		const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
		for (const [code, values] of Object.entries(counts))
			lines.push(`${code};31.12.2026;kinder;${children2026[code]}`, `${code};31.12.2026;ew;${values[0]![1]}`);
		const imported = await importObservations(
			await tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug),
			{
				layer: 'pr',
				files: [textFile('werte-2026.csv', lines.join('\n'))],
				format: 'long',
				options: {}
			}
		);
		await dataChangesSettled();
		let history = await ratingHistory(await planner(), 'Z 1.1');
		expect(history).toHaveLength(before.length + 1);
		expect(history.at(-1)).toMatchObject({
			rating: 'reached',
			valueDate: '2026-12-31',
			currentValue: expect.closeTo(16, 10)
		});

		await rollbackImport(
			await tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug),
			imported.importId
		);
		await dataChangesSettled();
		history = await ratingHistory(await planner(), 'Z 1.1');
		expect(history).toHaveLength(before.length + 2);
		expect(history.at(-1)).toMatchObject({
			rating: 'off_track',
			valueDate: '2024-12-31',
			currentValue: before.at(-1)!.currentValue
		});
	});
});
