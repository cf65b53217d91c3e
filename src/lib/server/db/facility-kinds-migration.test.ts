import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultFacilityKinds } from '../../core/facility/kinds';
import { projectRoot } from './project-root';

/**
 * Migration 0004 gives tenants that existed before it the default taxonomy as literal SQL; new
 * tenants get core/facility/kinds.ts through createTenant. The two lists must not drift apart.
 */
describe('migration 0004: default facility kinds', () => {
	it('inserts exactly the kinds of core/facility/kinds.ts, with their names, phases, ages and capacities', () => {
		const sqlText = readFileSync(
			path.join(projectRoot(), 'src/lib/server/db/migrations/0004_facilities_crosswalks.sql'),
			'utf8'
		);
		const values = [
			...sqlText.matchAll(
				/\('([a-z_]+)', '([^']*)', array\[([^\]]*)\]::text\[\], ([\d.]+|null)::float8, ([\d.]+|null)::float8, array\[([^\]]*)\]::text\[\]\)/g
			)
		].map((m) => ({
			code: m[1],
			name: m[2],
			lifePhases: m[3] ? m[3].split(', ').map((s) => s.slice(1, -1)) : [],
			ageFrom: m[4] === 'null' ? null : Number(m[4]),
			ageTo: m[5] === 'null' ? null : Number(m[5]),
			capacityCodes: m[6] ? m[6].split(', ').map((s) => s.slice(1, -1)) : []
		}));
		expect(values).toEqual(
			defaultFacilityKinds.map((k) => ({
				code: k.code,
				name: k.name,
				lifePhases: [...k.lifePhases],
				ageFrom: k.ageFrom,
				ageTo: k.ageTo,
				capacityCodes: [...k.capacityCodes]
			}))
		);
	});
});
