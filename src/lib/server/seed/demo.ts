import type { Actor } from '../../core/auth/policy';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { verifyPassword } from '../auth/password';
import { seedBerlin } from './berlin';
import { seedBerlinFacilities } from './berlin-facilities';
import { seedBerlinIndex } from './berlin-index';
import { seedBerlinWeights } from './berlin-weights';
import { findTenantBySlug } from '../repositories/tenant.repository';
import { findUserByLogin } from '../repositories/user.repository';
import { listLayers } from '../services/spatial-layer.service';
import { createDepartment, createTenant } from '../services/tenant.service';
import { createUser } from '../services/user.service';

export const demoTenantSlug = 'berlin';
export const demoUsername = 'demo';

const demoDepartments = [
	{ name: 'Jugendamt', shortName: 'Jug' },
	{ name: 'Schul- und Sportamt', shortName: 'Schul' },
	{ name: 'Amt für Soziales', shortName: 'Soz' },
	{ name: 'Gesundheitsamt', shortName: 'Ges' },
	{ name: 'Jobcenter', shortName: 'JC' },
	{ name: 'Sozialraumorientierte Planungskoordination', shortName: 'SPK' }
];

/**
 * The demo tenant "Berlin (Beispiel)" with its departments, an admin account and the real Berlin
 * data (seed/berlin.ts), created once on an empty database through the same services a user
 * would use (so it is audited too). A start interrupted while loading the data loads them again.
 */
export async function seedDemo(db: Database, config: Config): Promise<void> {
	const ctx = { db, actor: { kind: 'system', label: 'demo' } satisfies Actor, now: new Date() };
	if (!(await findTenantBySlug(db, demoTenantSlug))) {
		await createTenant(ctx, {
			slug: demoTenantSlug,
			name: 'Berlin (Beispiel)',
			kind: 'kreisfreie_stadt',
			ags: '11000000'
		});
		for (const department of demoDepartments) await createDepartment(ctx, demoTenantSlug, department);
		await createUser(ctx, demoTenantSlug, {
			username: demoUsername,
			email: 'demo@querschnitt.invalid',
			displayName: 'Demo-Planerin',
			password: config.demo.password,
			role: 'admin'
		});
	}
	if ((await listLayers(ctx, demoTenantSlug)).length === 0) {
		console.log('[querschnitt] Lade die Berliner Beispieldaten (einmalig, etwa eine halbe Minute) …');
		await seedBerlin(ctx, demoTenantSlug);
	}
	// Demo databases from before the social index get it on their next start; a demo whose data
	// were changed by hand may lack what it needs, which must not stop the start.
	else {
		await seedBerlinIndex(ctx, demoTenantSlug).catch((error: Error) =>
			console.warn(`[querschnitt] Der Beispiel-Sozialindex wurde nicht angelegt: ${error.message}`)
		);
		// The MSS shares' weights (issue 12): audited, and a no-op once they are set.
		await seedBerlinWeights(ctx, demoTenantSlug)
			.then((changed) => {
				if (changed.length > 0)
					console.log(`[querschnitt] Gewichte der MSS-Indikatoren gesetzt: ${changed.join(', ')}.`);
			})
			.catch((error: Error) =>
				console.warn(`[querschnitt] Die Gewichte der MSS-Indikatoren wurden nicht gesetzt: ${error.message}`)
			);
		await seedBerlinFacilities(ctx, demoTenantSlug).catch((error: Error) =>
			console.warn(`[querschnitt] Die Beispiel-Kitas wurden nicht angelegt: ${error.message}`)
		);
	}
	const demo = await findUserByLogin(db, demoUsername);
	if (demo && !demo.disabled && (await verifyPassword(demo.passwordHash, config.demo.password))) {
		console.log(
			`[querschnitt] Demo-Zugang: Benutzername „${demoUsername}“, Passwort „${config.demo.password}“ (Mandant „Berlin (Beispiel)“).`
		);
	}
}
