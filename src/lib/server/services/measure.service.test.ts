import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { listAuditEntries } from '../repositories/audit.repository';
import { insertProvider } from '../repositories/provider.repository';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { textFile } from '../importers/readers/test-files';
import { saveGoal } from './goal.service';
import { importUnits, rollbackImport } from './import.service';
import { getMeasure, listMeasures, saveMeasure } from './measure.service';
import { reportMilestone, reportOutput, saveBudget, saveMilestones } from './measure-progress.service';
import { createLayer } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const otherProvider = 'Jugendhilfe Nord gGmbH';

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
	return error.fields ?? {};
}

const base = {
	code: 'M 1.1',
	title: 'Familienzentrum im Bergviertel',
	status: 'laufend',
	periodStart: '2026-01-01',
	periodEnd: '2028-12-31',
	goals: ['L 1'],
	units: [
		{ layer: 'pr', code: 'B1' },
		{ layer: 'pr', code: 'B2' }
	],
	lifePhases: ['alter_3_6'],
	targetGroups: ['Alleinerziehende']
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'massnahmenstadt');
	const root = contextFor(handle.db, system);
	const pr = await createLayer(await tenantContext(root, world.slug), { code: 'pr', name: 'Planungsräume' });
	await insertSpatialUnits(handle.db, world.tenantId, pr.id, [
		{ code: 'A1', name: 'Raum A1' },
		{ code: 'B1', name: 'Raum B1' },
		{ code: 'B2', name: 'Raum B2' }
	]);
	await insertProvider(handle.db, { tenantId: world.tenantId, name: otherProvider, sector: 'frei' });
	await saveGoal(await planner(), {
		code: 'L 1',
		title: 'Gutes Aufwachsen in allen Quartieren',
		level: 'leitziel'
	});
});
afterAll(() => handle?.close());

describe('saveMeasure', () => {
	it('stores a measure with its goals, units, departments and Träger, and audits it', async () => {
		const detail = await saveMeasure(await planner(), {
			...base,
			leadDepartmentId: world.jugendamtId,
			partnerDepartmentIds: [world.schulamtId],
			providers: ['Kita-Träger Beispiel']
		});
		expect(detail.measure).toMatchObject({
			code: 'M 1.1',
			status: 'laufend',
			goalCodes: ['L 1'],
			unitCount: 2
		});
		expect(detail.links.units.map((u) => u.code)).toEqual(['B1', 'B2']);
		expect(detail.links.partners.map((p) => p.name)).toEqual(['Schulverwaltungsamt']);
		expect(detail.links.providers.map((p) => p.name)).toEqual(['Kita-Träger Beispiel']);
		const { rows } = await listAuditEntries(handle.db, world.tenantId, {
			limit: 5,
			offset: 0,
			entity: 'measure'
		});
		expect(rows[0]).toMatchObject({ action: 'create', entityId: detail.measure.id });
	});

	it('refuses bad input by field in German and stores nothing', async () => {
		const fields = await refusal(
			saveMeasure(await planner(), {
				...base,
				code: 'M 9',
				periodStart: '2027-01-01',
				periodEnd: '2026-01-01'
			})
		);
		expect(fields.periodEnd).toMatch(/vor ihrem Beginn/);
		const links = await refusal(
			saveMeasure(await planner(), {
				...base,
				code: 'M 9',
				goals: ['Z 404'],
				units: [{ layer: 'pr', code: 'X9' }],
				providers: ['Unbekannter Träger']
			})
		);
		expect(links.goals).toMatch(/Z 404/);
		expect(links.units).toMatch(/pr\/X9/);
		expect(links.providers).toMatch(/Unbekannter Träger/);
		const phases = await refusal(
			saveMeasure(await planner(), { ...base, code: 'M 9', lifePhases: ['mond'] })
		);
		expect(phases.lifePhases).toMatch(/Lebensphasen/);
		expect((await listMeasures(await planner())).map((m) => m.code)).not.toContain('M 9');
	});

	it('lets a department planner change only the measures of their own department', async () => {
		const own = await as(world.users.department_planner.actor);
		await saveMeasure(own, { ...base, code: 'M 1.2', leadDepartmentId: world.jugendamtId });
		const foreign = await failure(
			saveMeasure(own, { ...base, code: 'M 1.3', leadDepartmentId: world.schulamtId })
		);
		expect(foreign.code).toBe('auth.forbidden');
		await saveMeasure(await planner(), { ...base, code: 'M 2.1', leadDepartmentId: world.schulamtId });
		expect(
			(await failure(saveMeasure(own, { ...base, code: 'M 2.1', leadDepartmentId: world.jugendamtId }))).code
		).toBe('auth.forbidden');
		expect((await getMeasure(await planner(), 'M 2.1')).measure.leadDepartmentId).toBe(world.schulamtId);
	});

	it('refuses a new measure under a number in use, and a change of an unknown one', async () => {
		const fields = await refusal(saveMeasure(await planner(), { ...base, title: 'Doppelt' }, 'create'));
		expect(fields.code).toMatch(/schon eine andere Maßnahme/);
		expect((await getMeasure(await planner(), 'M 1.1')).measure.title).toBe(base.title);
		const unknown = await failure(saveMeasure(await planner(), { ...base, code: 'M 8' }, 'update'));
		expect(unknown.code).toBe('measure.not_found');
	});

	it('is read by steering members and refused to viewers for writing', async () => {
		expect((await listMeasures(await as(world.users.steering.actor))).length).toBeGreaterThan(0);
		const viewer = await as(world.users.viewer.actor);
		expect((await failure(saveMeasure(viewer, { ...base, code: 'M 7' }))).code).toBe('auth.forbidden');
	});
});

describe('budget', () => {
	it('refuses negative amounts, unnamed programmes, unexplained overruns and double lines, keeping the old budget', async () => {
		const ctx = await planner();
		await saveBudget(ctx, 'M 1.1', [
			{ year: 2026, source: 'haushalt', planned: '120.000,00', approved: 100000, spent: 40000 }
		]);
		const fields = await refusal(
			saveBudget(ctx, 'M 1.1', [
				{ year: 2027, source: 'haushalt', planned: -5 },
				{ year: 2027, source: 'foerderprogramm', planned: 1000 },
				{ year: 2028, source: 'haushalt', approved: 100, spent: 150 },
				{ year: 2028, source: 'haushalt', planned: 10 }
			])
		);
		expect(fields['0.planned']).toMatch(/negativ/);
		expect(fields['1.programme']).toMatch(/Förderprogramm/);
		expect(fields['2.note']).toMatch(/begründen/);
		expect(fields['3.year']).toMatch(/schon eine Zeile/);
		const { budget } = await getMeasure(ctx, 'M 1.1');
		expect(budget).toHaveLength(1);
		expect(budget[0]).toMatchObject({ year: 2026, planned: 120000, approved: 100000, spent: 40000 });
	});

	it('accepts an overrun with a note and a named programme', async () => {
		const lines = await saveBudget(await planner(), 'M 1.1', [
			{
				year: 2026,
				source: 'haushalt',
				planned: 100000,
				approved: 100000,
				spent: 104000,
				note: 'Tariferhöhung'
			},
			{ year: 2026, source: 'foerderprogramm', programme: 'ESF Plus', planned: 50000, approved: 50000 }
		]);
		// Ordered by year and source as the enum lists them: Haushalt before Förderprogramm.
		expect(lines.map((l) => [l.source, l.programme, l.spent])).toEqual([
			['haushalt', '', 104000],
			['foerderprogramm', 'ESF Plus', null]
		]);
	});
});

describe('what a Träger may do', () => {
	it('sees only the measures it runs', async () => {
		const traeger = await as(world.users.provider.actor);
		await saveMeasure(await planner(), { ...base, code: 'M 3.1', providers: [otherProvider] });
		const codes = (await listMeasures(traeger)).map((m) => m.code);
		expect(codes).toEqual(['M 1.1']);
		expect((await failure(getMeasure(traeger, 'M 3.1'))).code).toBe('auth.forbidden');
		// An unknown measure looks the same as a foreign one.
		expect((await failure(getMeasure(traeger, 'M 404'))).code).toBe('auth.forbidden');
		expect((await failure(getMeasure(await planner(), 'M 404'))).code).toBe('measure.not_found');
	});

	it('reports output figures and milestones of its own measures, and nothing else', async () => {
		const traeger = await as(world.users.provider.actor);
		const figure = {
			figure: 'Erreichte Familien',
			periodStart: '2026-01-01',
			periodEnd: '2026-06-30',
			value: '37'
		};
		const first = await reportOutput(traeger, 'M 1.1', figure);
		expect(first).toMatchObject({ value: 37, reportedBy: world.users.provider.username });
		// A second report for the same period replaces the first.
		await reportOutput(traeger, 'M 1.1', { ...figure, value: 41 });
		expect((await getMeasure(traeger, 'M 1.1')).outputs.map((o) => o.value)).toEqual([41]);
		expect((await failure(reportOutput(traeger, 'M 3.1', figure))).code).toBe('auth.forbidden');
		const bad = await refusal(
			reportOutput(traeger, 'M 1.1', { ...figure, periodEnd: '2025-12-31', value: 3 })
		);
		expect(bad.periodEnd).toBeDefined();
		expect((await refusal(reportOutput(traeger, 'M 1.1', { ...figure, value: -1 }))).value).toMatch(/ab 0/);

		await saveMilestones(await planner(), 'M 1.1', [
			{ title: 'Räume angemietet', dueOn: '2026-03-31' },
			{ title: 'Eröffnung', dueOn: '2026-09-01' }
		]);
		const [rooms] = (await getMeasure(traeger, 'M 1.1')).milestones;
		expect((await reportMilestone(traeger, 'M 1.1', rooms!.id, '2026-03-15')).doneOn).toBe('2026-03-15');
		// The measure itself, its budget and its milestones stay with the planners.
		expect((await failure(saveMeasure(traeger, base))).code).toBe('auth.forbidden');
		expect((await failure(saveBudget(traeger, 'M 1.1', []))).code).toBe('auth.forbidden');
		expect((await failure(saveMilestones(traeger, 'M 1.1', []))).code).toBe('auth.forbidden');
		const { rows } = await listAuditEntries(handle.db, world.tenantId, {
			limit: 10,
			offset: 0,
			entity: 'measure_output'
		});
		expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update']);
	});
});

describe('rolling back the units a measure serves', () => {
	it('is refused in German, naming the measure, until the measure no longer names them', async () => {
		const ctx = contextFor(handle.db, world.users.planner.actor);
		const imported = await importUnits(await tenantContext(ctx, world.slug), {
			layer: { code: 'sr', name: 'Sozialräume' },
			files: [textFile('sozialraeume.csv', 'Schlüssel;Name\nS1;Sozialraum Nord\nS2;Sozialraum Süd')]
		});
		await saveMeasure(await planner(), { ...base, code: 'M 4.1', units: [{ layer: 'sr', code: 'S1' }] });
		const blocked = await failure(rollbackImport(await tenantContext(ctx, world.slug), imported.importId));
		expect(blocked.code).toBe('import.rollback_blocked');
		expect(blocked.message).toMatch(/in der Steuerung verwendet: die Maßnahmen M 4\.1/);
		expect((await getMeasure(await planner(), 'M 4.1')).links.units.map((u) => u.code)).toEqual(['S1']);

		await saveMeasure(await planner(), { ...base, code: 'M 4.1', units: [] });
		const done = await rollbackImport(await tenantContext(ctx, world.slug), imported.importId);
		expect(done.deleted).toBe(2);
	});
});
