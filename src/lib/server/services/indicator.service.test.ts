import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from './audit.service';
import { defineIndicator, definitionOf, getIndicator, listIndicators } from './indicator.service';
import { setIndicatorWeight } from './indicator-weight.service';
import { defineVariable, ensureDefaultTopics } from './variable.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let home: TenantWorld;
let foreign: TenantWorld;

const kinderarmut = {
	code: 'kinderarmut',
	name: 'Kinderarmut',
	shortName: 'KA',
	kind: 'rate',
	numerator: ['sgb2_u15'],
	denominator: ['ew_u15'],
	factor: 100,
	polarity: 'higher_worse',
	unitLabel: '%',
	decimals: 1,
	topic: 'soziales',
	department: 'Jugendamt',
	metadata: {
		definition: 'Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren je 100 Einwohner unter 15 Jahren',
		formula: 'SGB-II-Empfänger <15 / Einwohner <15 × 100',
		source: 'Bundesagentur für Arbeit; Melderegister',
		stichtag: '31.12.',
		updateInterval: 'jährlich',
		licence: 'dl-de/by-2.0',
		levels: ['bezirk', 'planungsraum'],
		disclosureRule: 'Fallzahlen unter 3 werden nicht ausgewiesen',
		responsible: 'Jugendhilfeplanung'
	}
};

beforeAll(async () => {
	handle = await createTestDatabase();
	home = await createTenantWorld(handle.db, 'home');
	foreign = await createTenantWorld(handle.db, 'fremd');
	const root = await tenantContext(contextFor(handle.db, system), 'home');
	await ensureDefaultTopics(root);
	for (const [code, name] of [
		['sgb2_u15', 'SGB-II-Empfänger unter 15'],
		['ew_u15', 'Einwohner unter 15'],
		['ew', 'Einwohner']
	])
		await defineVariable(root, { code, name, source: 'Melderegister', topic: 'demografie' });
});
afterAll(() => handle?.close());

describe('defineIndicator', () => {
	it('stores a rate with its fact sheet and audits it', async () => {
		const tc = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		const saved = await defineIndicator(tc, kinderarmut);
		expect(saved).toMatchObject({
			code: 'kinderarmut',
			numeratorVariables: [{ code: 'sgb2_u15', id: expect.any(String) }],
			departmentName: 'Jugendamt'
		});
		const sheet = await getIndicator(tc, 'kinderarmut');
		expect(sheet.definition).toEqual({
			...kinderarmut,
			base: null,
			changeYears: null,
			changeMode: null,
			value: null,
			weight: null,
			weightStandIn: null,
			weightNote: null
		});
		expect(sheet.variables.map((v) => [v.role, v.code, v.source])).toEqual([
			['numerator', 'sgb2_u15', 'Melderegister'],
			['denominator', 'ew_u15', 'Melderegister']
		]);
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home'),
			{
				entity: 'indicator'
			}
		);
		expect(audit.entries[0]).toMatchObject({ action: 'create', actor: home.users.planner.username });
		expect(audit.entries[0]!.after).toMatchObject({
			numerator: ['sgb2_u15'],
			metadata: { licence: 'dl-de/by-2.0' }
		});
	});

	it('replaces a definition with the same code, with before and after in the audit', async () => {
		const tc = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		await defineIndicator(tc, { ...kinderarmut, factor: 1000, unitLabel: '‰' });
		const admin = await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home');
		const { entries } = await listAudit(admin, { entity: 'indicator' });
		const entry = entries.find((e) => e.action === 'update');
		expect(entry).toMatchObject({
			action: 'update',
			before: { factor: 100 },
			after: { factor: 1000, unitLabel: '‰' }
		});
		expect((await listIndicators(tc)).filter((i) => i.code === 'kinderarmut')).toHaveLength(1);
	});

	it('reads back what definitionOf writes out (the CLI round trip)', async () => {
		const tc = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		const sheet = await getIndicator(tc, 'kinderarmut');
		const again = await defineIndicator(tc, definitionOf(sheet.indicator));
		expect(definitionOf(again)).toEqual(sheet.definition);
	});

	it('sums several variables in a numerator, in the stated order, and refuses a variable twice', async () => {
		const ctx = contextFor(handle.db, home.users.planner.actor);
		const saved = await defineIndicator(await tenantContext(ctx, 'home'), {
			code: 'anteil_u15_sgb2',
			name: 'Summe',
			kind: 'rate',
			numerator: 'sgb2_u15 + ew_u15',
			denominator: ['ew']
		});
		expect(saved.numeratorVariables.map((v) => v.code)).toEqual(['sgb2_u15', 'ew_u15']);
		const sheet = await getIndicator(await tenantContext(ctx, 'home'), 'anteil_u15_sgb2');
		expect(sheet.definition).toMatchObject({ numerator: ['sgb2_u15', 'ew_u15'], denominator: ['ew'] });
		expect(sheet.variables.map((v) => [v.role, v.code])).toEqual([
			['numerator', 'sgb2_u15'],
			['numerator', 'ew_u15'],
			['denominator', 'ew']
		]);
		// Redefined with one variable less: the sum shrinks, nothing of the old one stays.
		const again = await defineIndicator(await tenantContext(ctx, 'home'), {
			...sheet.definition,
			numerator: ['ew_u15']
		});
		expect(again.numeratorVariables.map((v) => v.code)).toEqual(['ew_u15']);
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, { ...sheet.definition, numerator: ['ew', 'ew'] })
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { numerator: '„ew“ steht zweimal in der Summe' }
		});
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, { ...sheet.definition, numerator: ['ew', 'nix', 'nada'] })
			)
		).rejects.toMatchObject({ fields: { numerator: 'Variable „nix“, „nada“ existiert nicht' } });
	});

	it('names a missing variable, topic or base in German', async () => {
		const ctx = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, {
					...kinderarmut,
					code: 'x',
					denominator: 'gibtsnicht',
					topic: 'weltraum'
				})
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: {
				denominator: 'Variable „gibtsnicht“ existiert nicht',
				topic: expect.stringMatching(
					/^Handlungsfeld „weltraum“ existiert nicht; vorhanden: .*„demografie“ \(Demografie\)/
				) as unknown as string
			},
			message: expect.stringContaining('Die Definition des Indikators „x“ ist ungültig')
		});
	});

	it('refuses incomplete formulas, fields of another kind and unknown keys', async () => {
		const ctx = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, { code: 'q', name: 'Quote', kind: 'rate', numerator: 'ew' })
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { denominator: expect.stringContaining('fehlt') }
		});
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, {
					code: 'q',
					name: 'Quote',
					kind: 'direct',
					value: 'ew',
					base: 'kinderarmut'
				})
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { base: expect.stringContaining('gehört nicht') }
		});
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, {
					code: 'q',
					name: 'Quote',
					kind: 'rate',
					numerator: 'ew',
					denominator: 'ew',
					nenner: 'x'
				})
			)
		).rejects.toMatchObject({ code: 'validation.invalid' });
	});

	it('refuses a change indicator that would close a cycle', async () => {
		const ctx = contextFor(handle.db, home.users.planner.actor);
		const change = { kind: 'change', changeYears: 2, changeMode: 'points' };
		await defineIndicator(await tenantContext(ctx, 'home'), {
			code: 'd1',
			name: 'Veränderung 1',
			base: 'kinderarmut',
			...change
		});
		await defineIndicator(await tenantContext(ctx, 'home'), {
			code: 'd2',
			name: 'Veränderung 2',
			base: 'd1',
			...change
		});
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, { code: 'd1', name: 'Veränderung 1', base: 'd2', ...change })
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { base: 'Zirkelbezug: d1 → d2 → d1' }
		});
		await expect(
			tenantContext(ctx, 'home').then((tc) =>
				defineIndicator(tc, { code: 'd3', name: 'Selbst', base: 'd3', ...change })
			)
		).rejects.toMatchObject({
			fields: { base: 'Indikator „d3“ existiert nicht' }
		});
	});
});

describe('who may define and read indicators', () => {
	it('lets a viewer read but not define', async () => {
		const viewer = contextFor(handle.db, home.users.viewer.actor);
		expect((await listIndicators(await tenantContext(viewer, 'home'))).length).toBeGreaterThan(0);
		expect((await getIndicator(await tenantContext(viewer, 'home'), 'kinderarmut')).indicator.code).toBe(
			'kinderarmut'
		);
		await expect(
			tenantContext(viewer, 'home').then((tc) => defineIndicator(tc, { ...kinderarmut, code: 'v' }))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
	});

	it('lets a department planner define only indicators of their own department', async () => {
		const own = contextFor(handle.db, home.users.department_planner.actor);
		await expect(
			tenantContext(own, 'home').then((tc) => defineIndicator(tc, { ...kinderarmut, code: 'jugend1' }))
		).resolves.toMatchObject({
			departmentName: 'Jugendamt'
		});
		for (const department of ['Schulverwaltungsamt', null]) {
			await expect(
				tenantContext(own, 'home').then((tc) =>
					defineIndicator(tc, { ...kinderarmut, code: 'fremd1', department })
				)
			).rejects.toMatchObject({
				code: 'auth.forbidden'
			});
		}
		// Taking over another department's indicator by naming one's own department is refused too.
		const planner = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		await defineIndicator(planner, {
			...kinderarmut,
			code: 'schule1',
			department: 'Schulverwaltungsamt'
		});
		await expect(
			tenantContext(own, 'home').then((tc) => defineIndicator(tc, { ...kinderarmut, code: 'schule1' }))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
	});

	it('refuses another tenant and unknown departments', async () => {
		const stranger = contextFor(handle.db, foreign.users.admin.actor);
		await expect(
			tenantContext(stranger, 'home').then((tc) => defineIndicator(tc, kinderarmut))
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
		await expect(tenantContext(stranger, 'home').then((tc) => listIndicators(tc))).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
		const admin = contextFor(handle.db, home.users.admin.actor);
		await expect(
			tenantContext(admin, 'home').then((tc) =>
				defineIndicator(tc, { ...kinderarmut, department: 'Marsamt' })
			)
		).rejects.toMatchObject({
			code: 'department.not_found'
		});
		await expect(tenantContext(admin, 'home').then((tc) => getIndicator(tc, 'nix'))).rejects.toMatchObject({
			code: 'indicator.not_found'
		});
	});
});

describe('weights of directly imported shares and units by kind (issue 12)', () => {
	const share = {
		code: 'anteil_direkt',
		name: 'Anteil (importiert)',
		kind: 'direct',
		value: 'sgb2_u15',
		polarity: 'higher_worse'
	};

	it('shows no unit where none is stated and none follows from the kind, never "%" by default', async () => {
		const tc = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		await defineVariable(await tenantContext(contextFor(handle.db, system), 'home'), {
			code: 'index_wert',
			name: 'Indexwert',
			kind: 'amount',
			unitLabel: ''
		});
		const direct = await defineIndicator(tc, {
			...share,
			code: 'ohne_einheit',
			value: 'index_wert'
		});
		expect(direct.unitLabel).toBe('');
		// A direct value takes its variable's unit; a rate per 100 is "%", per 1,000 "‰".
		expect((await defineIndicator(tc, share)).unitLabel).toBe('Personen');
		const rate = { code: 'q', name: 'Quote', kind: 'rate', numerator: 'sgb2_u15', denominator: 'ew_u15' };
		expect((await defineIndicator(tc, rate)).unitLabel).toBe('%');
		expect((await defineIndicator(tc, { ...rate, factor: 1000 })).unitLabel).toBe('‰');
		const change = { code: 'dq', name: 'Veränderung', kind: 'change', base: 'q', changeYears: 2 };
		expect((await defineIndicator(tc, { ...change, changeMode: 'points' })).unitLabel).toBe('Prozentpunkte');
		// An explicitly empty unit stays empty; a stated one is kept.
		expect((await defineIndicator(tc, { ...rate, unitLabel: '' })).unitLabel).toBe('');
		expect((await defineIndicator(tc, { ...rate, unitLabel: 'je 100 EW' })).unitLabel).toBe('je 100 EW');
	});

	it('sets a weight, a stated stand-in or none with a reason, audited with who and when', async () => {
		const planner = await tenantContext(
			contextFor(handle.db, home.users.planner.actor, new Date('2026-12-01T10:00:00Z')),
			'home'
		);
		await defineIndicator(planner, share);
		const saved = await setIndicatorWeight(planner, 'anteil_direkt', {
			weight: 'ew',
			weightStandIn: true,
			weightNote: 'Einwohner insgesamt statt Einwohner unter 15 Jahren'
		});
		expect(saved).toMatchObject({
			weightCode: 'ew',
			weightName: 'Einwohner',
			weightStandIn: true,
			weightSetBy: home.users.planner.username,
			weightSetAt: new Date('2026-12-01T10:00:00Z')
		});
		const { entries } = await listAudit(
			await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home'),
			{
				entity: 'indicator'
			}
		);
		const entry = entries.find((e) => (e.after as { weight?: string } | null)?.weight === 'ew');
		expect(entry).toMatchObject({
			action: 'update',
			before: { code: 'anteil_direkt', weight: null, weightStandIn: false },
			after: { weight: 'ew', weightStandIn: true, weightNote: expect.stringContaining('unter 15') }
		});
		// Redefining with the same weight keeps who set it and when.
		const later = await tenantContext(
			contextFor(handle.db, home.users.admin.actor, new Date('2026-12-02T10:00:00Z')),
			'home'
		);
		const again = await defineIndicator(later, {
			...definitionOf(saved),
			name: 'Anteil, neu benannt'
		});
		expect(again.weightSetAt).toEqual(new Date('2026-12-01T10:00:00Z'));
		const none = await setIndicatorWeight(later, 'anteil_direkt', {
			weight: null,
			weightNote: 'Bezugsbevölkerung unbekannt'
		});
		expect(none).toMatchObject({
			weightCode: null,
			weightStandIn: false,
			weightNote: 'Bezugsbevölkerung unbekannt'
		});
	});

	it('refuses a stand-in without saying what it stands in for, a weight on a rate, and a viewer', async () => {
		const planner = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(planner, 'home').then((tc) =>
				setIndicatorWeight(tc, 'anteil_direkt', { weight: 'ew', weightStandIn: true })
			)
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { weightNote: expect.stringContaining('Ersatz') }
		});
		await expect(
			tenantContext(planner, 'home').then((tc) =>
				setIndicatorWeight(tc, 'anteil_direkt', { weightStandIn: true, weightNote: 'x' })
			)
		).rejects.toMatchObject({ code: 'indicator.invalid', fields: { weightStandIn: expect.any(String) } });
		await expect(
			tenantContext(planner, 'home').then((tc) => setIndicatorWeight(tc, 'kinderarmut', { weight: 'ew' }))
		).rejects.toMatchObject({
			code: 'indicator.invalid',
			fields: { weight: expect.stringContaining('Quoten') }
		});
		const viewer = contextFor(handle.db, home.users.viewer.actor);
		await expect(
			tenantContext(viewer, 'home').then((tc) => setIndicatorWeight(tc, 'anteil_direkt', { weight: 'ew' }))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
	});
});
