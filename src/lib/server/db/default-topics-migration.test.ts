import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTopics } from '../../core/catalogue/default-topics';
import { projectRoot } from './project-root';

/**
 * Migration 0005 gives tenants that existed before it the standard Handlungsfelder as literal
 * SQL; new tenants get core/catalogue/default-topics.ts through createTenant. The two lists must
 * not drift apart.
 */
describe('migration 0005: default topics', () => {
	it('inserts exactly the topics of core/catalogue/default-topics.ts', () => {
		const sqlText = readFileSync(
			path.join(projectRoot(), 'src/lib/server/db/migrations/0005_observation_missing_codes.sql'),
			'utf8'
		);
		const values = sqlText.slice(sqlText.indexOf('INSERT INTO "topic"'));
		const pairs = [...values.matchAll(/\('([a-z]+)', '([^']+)'\)/g)].map((m) => ({ code: m[1], name: m[2] }));
		expect(pairs).toEqual(defaultTopics.map((t) => ({ code: t.code, name: t.name })));
	});
});
