import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, type TenantWorld } from '../../../../test/support/fixtures';
import { createPlanWorld, planSnapshot } from '../../../../test/support/plan-world';
import { createTestDatabase } from '../../../../test/support/test-db';
import { isImportFailed } from '../../core/imports/import-failed';
import type { ImportProblem } from '../../core/imports/problems';
import type { DatabaseHandle } from '../db/client';
import { readXlsx } from '../importers/readers/xlsx';
import { fixture } from '../importers/readers/test-files';
import { listAuditEntries } from '../repositories/audit.repository';
import { dataChangesSettled } from './data-change';
import { getGoal, listGoals } from './goal.service';
import { getMeasure, listMeasures } from './measure.service';
import { exportPlan, importPlan, planTemplate } from './plan-import.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
let other: TenantWorld;

const planFiles = ['ziele.csv', 'massnahmen.csv', 'haushalt.csv', 'meilensteine.csv'].map((f) =>
	fixture(`plan/${f}`)
);
const as = (w: TenantWorld, role: keyof TenantWorld['users'] = 'planner') =>
	tenantContext(contextFor(handle.db, w.users[role].actor), w.slug);

async function problemsOf(promise: Promise<unknown>): Promise<ImportProblem[]> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(isImportFailed(error), String(error)).toBe(true);
	return [...(error as { problems: ImportProblem[] }).problems];
}

/** What a goal and a measure are, without ids and times: equal across tenants after a round trip. */
async function planOf(w: TenantWorld) {
	const tc = await as(w);
	const goals = await Promise.all(
		(await listGoals(tc)).map(async (g) => {
			const full = await getGoal(tc, g.code);
			return {
				code: g.code,
				parent: g.parentCode,
				level: g.level,
				title: g.title,
				topic: g.topicCode,
				indicator: g.indicatorCode,
				scope: [g.scopeKind, g.scopeLayerCode, full.unitIds.length],
				direction: g.direction,
				baseline: [g.baselineValue, g.baselineDate, g.baselineReason],
				target: [g.targetValue, g.targetDate],
				owner: [g.ownerDepartmentName, g.ownerName],
				origin: g.origin,
				status: g.status,
				rationale: g.rationale
			};
		})
	);
	const measures = await Promise.all(
		(await listMeasures(tc)).map(async (m) => {
			const d = await getMeasure(tc, m.code);
			return {
				code: m.code,
				title: m.title,
				description: m.description,
				status: m.status,
				period: [m.periodStart, m.periodEnd],
				lead: m.leadDepartmentName,
				lifePhases: m.lifePhases,
				targetGroups: m.targetGroups,
				goals: d.links.goals.map((g) => g.code),
				units: d.links.units.map((u) => `${u.layerCode}/${u.code}`),
				partners: d.links.partners.map((p) => p.name),
				providers: d.links.providers.map((p) => p.name),
				budget: d.budget.map((b) => [b.year, b.source, b.programme, b.planned, b.approved, b.spent, b.note]),
				milestones: d.milestones.map((s) => [s.title, s.dueOn, s.doneOn])
			};
		})
	);
	return { goals, measures };
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createPlanWorld(handle.db, 'planstadt');
	other = await createPlanWorld(handle.db, 'partnerstadt');
});
afterAll(async () => {
	await dataChangesSettled();
	await handle?.close();
});

describe('importPlan', () => {
	it('checks the files without keeping anything (--pruefen)', async () => {
		const before = await planSnapshot(handle.db, world.tenantId);
		const report = await importPlan(await as(world), planFiles, { dryRun: true });
		expect(report).toMatchObject({
			dryRun: true,
			goalsCreated: 3,
			measuresCreated: 2,
			budgetLines: 3,
			milestones: 2
		});
		expect(await planSnapshot(handle.db, world.tenantId)).toEqual(before);
	});

	it('stores goals (parents after children in the file), measures, budgets and milestones', async () => {
		const report = await importPlan(await as(world), planFiles);
		expect(report).toMatchObject({
			dryRun: false,
			rows: { goals: 3, measures: 2, budget: 3, milestones: 2 },
			goalsCreated: 3,
			goalsUpdated: 0,
			measuresCreated: 2,
			budgetLines: 3,
			milestones: 2
		});
		const tc = await as(world);
		const z11 = await getGoal(tc, 'Z 1.1');
		expect(z11).toMatchObject({
			parentCode: 'L 1',
			level: 'handlungsziel',
			topicCode: 'jugend',
			direction: 'higher'
		});
		// From the data: (10 + 30) / (100 + 300) × 100 at 31.12.2020, the two Planungsräume of the scope.
		expect(z11.baselineValue).toBeCloseTo(10, 10);
		expect(z11.baselineDate).toBe('2020-12-31');
		expect(z11.targetValue).toBe(16.5);
		expect(z11.unitIds).toHaveLength(2);
		const z12 = await getGoal(tc, 'Z 1.2');
		expect(z12).toMatchObject({
			baselineValue: 12.5,
			baselineReason: 'Schätzung aus dem Sozialbericht 2022',
			targetDate: '2028-12-31',
			direction: 'lower',
			ownerDepartmentName: 'Schulverwaltungsamt',
			status: 'entwurf'
		});
		const m11 = await getMeasure(tc, 'M 1.1');
		expect(m11.measure.lifePhases).toEqual(['alter_0_3', 'alter_3_6']);
		expect(m11.measure.targetGroups).toEqual(['Alleinerziehende', 'Familien mit kleinen Kindern']);
		expect(m11.links.goals.map((g) => g.code)).toEqual(['L 1', 'Z 1.1']);
		expect(m11.budget.map((b) => [b.year, b.planned, b.approved, b.spent])).toEqual([
			[2026, 10000, 8000, 7500.5],
			[2027, 5000, 5000, 6000]
		]);
		expect(m11.milestones.map((m) => [m.title, m.dueOn, m.doneOn])).toEqual([
			['Konzept abgestimmt', '2026-06-30', '2026-06-15'],
			['Eröffnung', '2027-03-01', null]
		]);
		const audit = await listAuditEntries(handle.db, world.tenantId, { limit: 1000, offset: 0 });
		const entities = audit.rows.map((a) => a.entity);
		expect(entities.filter((e) => e === 'goal')).toHaveLength(3);
		expect(entities.filter((e) => e === 'measure')).toHaveLength(2);
		expect(entities.filter((e) => e === 'plan_import')).toHaveLength(1);
	});

	it('updates by number on a second import and keeps the rest', async () => {
		const report = await importPlan(await as(world), planFiles);
		expect(report).toMatchObject({
			goalsCreated: 0,
			goalsUpdated: 3,
			measuresCreated: 0,
			measuresUpdated: 2
		});
		expect((await listGoals(await as(world))).length).toBe(3);
	});

	it('exports exactly the import layout: into another tenant it gives the same plan', async () => {
		const bytes = await exportPlan(await as(world));
		const sheet = await readXlsx({ name: 'plan.xlsx', bytes }, { sheet: 'Ziele' });
		expect(sheet.ok && sheet.value.rows.map((r) => r.cells[0])).toEqual(['L 1', 'Z 1.1', 'Z 1.2']);
		const before = await planOf(world);
		await importPlan(await as(other), [{ name: 'plan.xlsx', bytes }]);
		expect(await planOf(other)).toEqual(before);
		// And back again: the export of the copy is the same workbook content.
		const again = await readXlsx(
			{ name: 'plan.xlsx', bytes: await exportPlan(await as(other)) },
			{ sheet: 'Maßnahmen' }
		);
		const first = await readXlsx({ name: 'plan.xlsx', bytes }, { sheet: 'Maßnahmen' });
		expect(again.ok && again.value.rows).toEqual(first.ok && first.value.rows);
	});

	it('reads the blank template as a plan without rows', async () => {
		const bytes = await planTemplate(await as(world));
		const before = await planSnapshot(handle.db, world.tenantId);
		const report = await importPlan(await as(world), [{ name: 'vorlage.xlsx', bytes }]);
		expect(report).toMatchObject({
			rows: { goals: 0, measures: 0, budget: 0, milestones: 0 },
			goalsCreated: 0
		});
		// Nothing changed but the import's own audit entry.
		const after = await planSnapshot(handle.db, world.tenantId);
		expect({ ...after, audit_entry: '' }).toEqual({ ...before, audit_entry: '' });
	});

	it('refuses a viewer, and a department planner for goals of another department', async () => {
		await expect(importPlan(await as(world, 'viewer'), planFiles, { dryRun: true })).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		const problems = await problemsOf(
			importPlan(await as(world, 'department_planner'), planFiles, { dryRun: true })
		);
		expect(problems.filter((p) => p.code === 'import.forbidden_row').map((p) => [p.file, p.row])).toEqual([
			['massnahmen.csv', 3],
			['ziele.csv', 3]
		]);
	});
});
