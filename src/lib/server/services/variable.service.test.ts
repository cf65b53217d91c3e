import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from './audit.service';
import {
	createTopic,
	defaultTopics,
	defineVariable,
	ensureDefaultTopics,
	getVariable,
	listTopics,
	listVariables
} from './variable.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let home: TenantWorld;
let foreign: TenantWorld;

beforeAll(async () => {
	handle = await createTestDatabase();
	home = await createTenantWorld(handle.db, 'home');
	foreign = await createTenantWorld(handle.db, 'fremd');
});
afterAll(() => handle?.close());

describe('topics', () => {
	it('a new tenant has the standard Handlungsfelder; ensuring them again creates nothing', async () => {
		const root = await tenantContext(contextFor(handle.db, system), 'home');
		const topics = await listTopics(
			await tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home')
		);
		expect(topics.map((t) => t.name).sort()).toEqual(
			['Arbeit', 'Bildung', 'Demografie', 'Gesundheit', 'Integration', 'Jugend', 'Soziales', 'Wohnen'].sort()
		);
		expect(topics).toHaveLength(defaultTopics.length);
		expect(await ensureDefaultTopics(root)).toEqual([]);
		// Each tenant has its own.
		const foreignTopics = await listTopics(
			await tenantContext(contextFor(handle.db, foreign.users.viewer.actor), 'fremd')
		);
		expect(foreignTopics.map((t) => t.id)).not.toContain(topics[0]!.id);
		expect(foreignTopics).toHaveLength(defaultTopics.length);
	});

	it('creates a topic of the tenant’s own (audited), refuses a duplicate, a viewer and a stranger', async () => {
		const planner = contextFor(handle.db, home.users.planner.actor);
		const created = await createTopic(await tenantContext(planner, 'home'), {
			code: 'kultur',
			name: 'Kultur und Freizeit'
		});
		expect(created).toMatchObject({ code: 'kultur', name: 'Kultur und Freizeit' });
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home'),
			{ entity: 'topic' }
		);
		expect(audit.entries.map((e) => [e.action, e.entityId])).toContainEqual(['create', created.id]);
		await expect(
			tenantContext(planner, 'home').then((tc) => createTopic(tc, { code: 'kultur', name: 'Kultur' }))
		).rejects.toMatchObject({
			code: 'topic.duplicate'
		});
		await expect(
			tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home').then((tc) =>
				createTopic(tc, { code: 'sport', name: 'Sport' })
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), 'home').then((tc) =>
				createTopic(tc, { code: 'sport', name: 'Sport' })
			)
		).rejects.toMatchObject({ code: 'auth.foreign_tenant' });
		expect(
			(
				await tenantContext(planner, 'fremd')
					.then(listTopics)
					.catch(() => [])
			).map((t) => t.code)
		).not.toContain('kultur');
	});
});

describe('variables', () => {
	it('defines a variable with defaults by kind and updates it by code, audited', async () => {
		const planner = await tenantContext(contextFor(handle.db, home.users.planner.actor), 'home');
		const created = await defineVariable(planner, {
			code: 'ew_u3',
			name: 'Einwohner unter 3 Jahren',
			source: 'Amt für Statistik Berlin-Brandenburg',
			topic: 'demografie'
		});
		expect(created).toMatchObject({
			kind: 'count',
			personCount: true,
			unitLabel: 'Personen',
			topicName: 'Demografie'
		});
		const rate = await defineVariable(planner, { code: 'quote', name: 'Eine Quote', kind: 'rate' });
		expect(rate).toMatchObject({ personCount: false, unitLabel: '%', topicCode: null });
		await defineVariable(planner, { code: 'ew_u3', name: 'Kinder unter 3 Jahren', topic: 'jugend' });
		expect(await getVariable(planner, 'ew_u3')).toMatchObject({
			name: 'Kinder unter 3 Jahren',
			topicCode: 'jugend',
			source: null
		});
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home'),
			{
				entity: 'variable'
			}
		);
		const update = audit.entries.find((e) => e.action === 'update');
		expect(update).toMatchObject({
			before: { name: 'Einwohner unter 3 Jahren' },
			after: { name: 'Kinder unter 3 Jahren' }
		});
		expect((await listVariables(planner)).map((v) => v.code)).toEqual(['ew_u3', 'quote']);
	});

	it('refuses bad input, unknown topics, viewers and strangers', async () => {
		const planner = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(planner, 'home').then((tc) => defineVariable(tc, { code: 'ä b', name: 'x' }))
		).rejects.toMatchObject({
			code: 'validation.invalid'
		});
		await expect(
			tenantContext(planner, 'home').then((tc) =>
				defineVariable(tc, { code: 'v', name: 'Variable', topic: 'mond' })
			)
		).rejects.toMatchObject({
			code: 'topic.not_found',
			message: expect.stringContaining('„mond“') as unknown as string
		});
		// The error lists the tenant's topics, so that the right code can be chosen.
		const error = (await defineVariable(await tenantContext(planner, 'home'), {
			code: 'v',
			name: 'Variable',
			topic: 'mond'
		}).catch((e: unknown) => e)) as Error;
		expect(error.message).toContain('„bildung“ (Bildung)');
		expect(error.message).toContain('„wohnen“ (Wohnen)');
		await expect(
			tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home').then((tc) =>
				defineVariable(tc, { code: 'v', name: 'Variable' })
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), 'home').then((tc) => listVariables(tc))
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
		await expect(tenantContext(planner, 'home').then((tc) => getVariable(tc, 'nix'))).rejects.toMatchObject({
			code: 'variable.not_found'
		});
	});
});
