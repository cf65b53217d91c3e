import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { listAuditEntries } from '../repositories/audit.repository';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { saveGoal } from './goal.service';
import { getMeasure, listMeasures } from './measure.service';
import { authorizeMeasureForm, saveMeasurePlan } from './measure-plan.service';
import { createLayer } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

/**
 * The measure form's save: measure, budget and milestones all or nothing, every problem named with
 * part, row and field, the audit entries of each part written in the same transaction.
 */
let handle: DatabaseHandle;
let world: TenantWorld;

const as = async (actor: Actor) => tenantContext(contextFor(handle.db, actor), world.slug);
const planner = () => as(world.users.planner.actor);

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}
async function refusal(promise: Promise<unknown>): Promise<Record<string, string>> {
	const error = await failure(promise);
	expect(error.code).toBe('validation.invalid');
	return error.fields;
}
async function auditCount(entity: string): Promise<number> {
	const { rows } = await listAuditEntries(handle.db, world.tenantId, { limit: 500, offset: 0, entity });
	return rows.length;
}

const measure = () => ({
	code: 'M 5.1',
	title: 'Stadtteilmütter im Bergviertel',
	status: 'laufend',
	periodStart: '2026-01-01',
	periodEnd: '2028-12-31',
	leadDepartmentId: world.jugendamtId,
	goals: ['L 5'],
	units: [{ layer: 'pr', code: 'B1' }],
	providers: ['Kita-Träger Beispiel']
});
const twoLines = [
	{ year: '2026', source: 'haushalt', planned: '12.500,00', approved: '10000', spent: '2500,50' },
	{
		year: '2026',
		source: 'foerderprogramm',
		programme: 'ESF Plus',
		planned: 5000,
		approved: 5000,
		spent: '1200.50'
	}
];

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'planstadt');
	const root = await tenantContext(contextFor(handle.db, system), world.slug);
	const pr = await createLayer(root, { code: 'pr', name: 'Planungsräume' });
	await insertSpatialUnits(handle.db, world.tenantId, pr.id, [
		{ code: 'B1', name: 'Raum B1' },
		{ code: 'B2', name: 'Raum B2' }
	]);
	await saveGoal(await planner(), { code: 'L 5', title: 'Gutes Aufwachsen', level: 'leitziel' });
});
afterAll(() => handle?.close());

describe('saveMeasurePlan', () => {
	it('creates a measure with its budget and milestones in one go, each part audited', async () => {
		const [measures, budgets, stones] = await Promise.all([
			auditCount('measure'),
			auditCount('measure_budget'),
			auditCount('measure_milestone')
		]);
		const detail = await saveMeasurePlan(
			await planner(),
			{ ...measure(), budget: twoLines, milestones: [{ title: 'Räume angemietet', dueOn: '2026-03-01' }] },
			'create'
		);
		expect(detail.measure).toMatchObject({ code: 'M 5.1', goalCodes: ['L 5'], unitCount: 1 });
		// 12.500,00 in German notation is 12500; 2500,50 is 2500.5; 1200.50 (as a program sends it) is 1200.5.
		expect(detail.budget.map((l) => [l.year, l.source, l.programme, l.planned, l.approved, l.spent])).toEqual(
			[
				[2026, 'haushalt', '', 12500, 10000, 2500.5],
				[2026, 'foerderprogramm', 'ESF Plus', 5000, 5000, 1200.5]
			]
		);
		expect(detail.milestones.map((m) => [m.title, m.dueOn, m.doneOn])).toEqual([
			['Räume angemietet', '2026-03-01', null]
		]);
		expect(await auditCount('measure')).toBe(measures + 1);
		expect(await auditCount('measure_budget')).toBe(budgets + 1);
		expect(await auditCount('measure_milestone')).toBe(stones + 1);
	});

	it('refuses a new measure with one bad budget line and stores nothing of it', async () => {
		const before = await auditCount('measure');
		const fields = await refusal(
			saveMeasurePlan(
				await planner(),
				{
					...measure(),
					code: 'M 5.2',
					budget: [
						{ year: '2026', source: 'haushalt', planned: '1000' },
						{ year: '2026', source: 'foerderprogramm', approved: '-100' }
					],
					milestones: [{ title: 'Start', dueOn: '2026-02-01' }]
				},
				'create'
			)
		);
		expect(fields).toEqual({
			'budget.1.approved': 'Haushalt, Zeile 2, Bewilligt: Beträge dürfen nicht negativ sein.',
			'budget.1.programme': 'Haushalt, Zeile 2, Förderprogramm: Bitte den Namen des Förderprogramms angeben.'
		});
		expect((await listMeasures(await planner())).map((m) => m.code)).not.toContain('M 5.2');
		expect(await auditCount('measure')).toBe(before);
	});

	it('names every problem of measure, budget and milestones at once', async () => {
		const fields = await refusal(
			saveMeasurePlan(
				await planner(),
				{
					...measure(),
					code: 'M 5.3',
					periodStart: '2027-01-01',
					periodEnd: '2026-01-01',
					budget: [{ year: '2026', source: 'haushalt', approved: '1000', spent: '1200' }],
					milestones: [
						{ title: 'Start', dueOn: '2026-02-01' },
						{ title: 'Ende', dueOn: '31.12.2026' }
					]
				},
				'create'
			)
		);
		expect(fields.periodEnd).toBe('Das Ende der Laufzeit liegt vor ihrem Beginn.');
		expect(fields['budget.0.note']).toBe(
			'Haushalt, Zeile 1, Anmerkung: Die Ausgaben liegen über dem bewilligten Betrag: bitte in einer Anmerkung begründen.'
		);
		expect(fields['milestones.1.dueOn']).toBe('Meilensteine, Zeile 2, Fällig am: Datum im Format JJJJ-MM-TT');
		expect(Object.keys(fields).sort()).toEqual(['budget.0.note', 'milestones.1.dueOn', 'periodEnd']);
	});

	it('leaves a measure, its budget and milestones as they were when an edit has a bad line', async () => {
		const tc = await planner();
		const before = await getMeasure(tc, 'M 5.1');
		const audits = await auditCount('measure');
		const fields = await refusal(
			saveMeasurePlan(
				tc,
				{
					...measure(),
					title: 'Neuer Titel, der nicht gespeichert werden darf',
					units: [{ layer: 'pr', code: 'B2' }],
					budget: [
						{ year: '2027', source: 'haushalt', planned: '1' },
						{ year: '2027', source: 'haushalt', planned: '2' }
					],
					milestones: []
				},
				'update'
			)
		);
		expect(fields['budget.1.year']).toMatch(/^Haushalt, Zeile 2, Jahr: Für 2027 gibt es schon eine Zeile/);
		const after = await getMeasure(tc, 'M 5.1');
		expect(after.measure.title).toBe(before.measure.title);
		expect(after.links.units.map((u) => u.code)).toEqual(['B1']);
		expect(after.budget).toEqual(before.budget);
		expect(after.milestones).toEqual(before.milestones);
		expect(await auditCount('measure')).toBe(audits);
	});

	it('replaces the budget and milestones on edit, and leaves them when the lists are not given', async () => {
		const tc = await planner();
		const edited = await saveMeasurePlan(
			tc,
			{
				...measure(),
				budget: [
					{
						year: '2027',
						source: 'haushalt',
						planned: '7000',
						approved: '6000',
						spent: '6500',
						note: 'Nachtrag'
					}
				],
				milestones: [{ title: 'Räume angemietet', dueOn: '2026-03-01', doneOn: '2026-02-27' }]
			},
			'update'
		);
		expect(edited.budget.map((l) => [l.year, l.planned, l.approved, l.spent, l.note])).toEqual([
			[2027, 7000, 6000, 6500, 'Nachtrag']
		]);
		expect(edited.milestones.map((m) => m.doneOn)).toEqual(['2026-02-27']);
		const titleOnly = await saveMeasurePlan(tc, { ...measure(), title: 'Stadtteilmütter' }, 'update');
		expect(titleOnly.measure.title).toBe('Stadtteilmütter');
		expect(titleOnly.budget).toEqual(edited.budget);
		expect(titleOnly.milestones).toEqual(edited.milestones);
	});

	it('lets a department planner save only the measures of the own department', async () => {
		const own = await as(world.users.department_planner.actor);
		const refused = await failure(
			saveMeasurePlan(
				own,
				{ ...measure(), code: 'M 5.9', leadDepartmentId: world.schulamtId, budget: [] },
				'create'
			)
		);
		expect(refused.code).toBe('auth.forbidden');
		// Bad rows do not hide that the measure is not theirs.
		const notOwn = await failure(
			saveMeasurePlan(
				own,
				{
					...measure(),
					code: 'M 5.9',
					leadDepartmentId: world.schulamtId,
					budget: [{ year: 'x', source: 'haushalt' }]
				},
				'create'
			)
		);
		expect(notOwn.code).toBe('auth.forbidden');
		await expect(authorizeMeasureForm(own)).resolves.toBeUndefined();
		await expect(authorizeMeasureForm(own, 'M 5.1')).resolves.toBeUndefined();
		const viewer = await as(world.users.viewer.actor);
		expect((await failure(authorizeMeasureForm(viewer))).code).toBe('auth.forbidden');
		const provider = await as(world.users.provider.actor);
		expect((await failure(authorizeMeasureForm(provider, 'M 5.1'))).code).toBe('auth.forbidden');
	});
});
