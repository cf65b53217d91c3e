import type { Actor } from '../../core/auth/policy';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { seedBerlin } from './berlin';
import { demoLoginLine, demoLogins, ensureDemoAccounts, type DemoLogin } from './demo-accounts';
import { upgradeAgeLabels, upgradeRegionNames } from './demo-upgrade';
import { seedBerlinFacilities } from './berlin-facilities';
import { seedBerlinIndex } from './berlin-index';
import { seedBerlinWeights } from './berlin-weights';
import { findTenantBySlug } from '../repositories/tenant.repository';
import { listLayers } from '../services/spatial-layer.service';
import { tenantContext } from '../services/tenant-context';
import { createDepartment, createTenant } from '../services/tenant.service';
import { seedBerlinPlan } from './berlin-plan';
import { seedBerlinSteering } from './berlin-steering';

export const demoTenantSlug = 'berlin';
export const demoTenantName = 'Berlin (Beispiel)';
/** The planner account of the demo; `demoAccounts` (seed/demo-accounts.ts) has the admin too. */
export const demoUsername = 'demo';
export { demoAccounts, type DemoLogin } from './demo-accounts';

/** What the start can tell a person about the demo: the accounts the demo password opens. */
export interface DemoInfo {
	tenantSlug: string;
	tenantName: string;
	logins: DemoLogin[];
	/** One plain German line naming them (no colour codes), or null when none opens. */
	loginLine: string | null;
}

const demoDepartments = [
	{ name: 'Jugendamt', shortName: 'Jug' },
	{ name: 'Schul- und Sportamt', shortName: 'Schul' },
	{ name: 'Amt für Soziales', shortName: 'Soz' },
	{ name: 'Gesundheitsamt', shortName: 'Ges' },
	{ name: 'Jobcenter', shortName: 'JC' },
	{ name: 'Sozialraumorientierte Planungskoordination', shortName: 'SPK' }
];

/**
 * The demo tenant "Berlin (Beispiel)" with its departments, a planner and an admin account
 * (seed/demo-accounts.ts) and the real Berlin data (seed/berlin.ts), created once on an empty
 * database through the same services a user would use (so it is audited too). A start
 * interrupted while loading the data loads them again. Demo databases of earlier versions are
 * brought up to date (seed/demo-upgrade.ts). Prints one line with the demo login and returns it.
 */
export async function seedDemo(db: Database, config: Config): Promise<DemoInfo> {
	const ctx = { db, actor: { kind: 'system', label: 'demo' } satisfies Actor, now: new Date() };
	const created = !(await findTenantBySlug(db, demoTenantSlug));
	if (created) {
		await createTenant(ctx, {
			slug: demoTenantSlug,
			name: demoTenantName,
			kind: 'kreisfreie_stadt',
			ags: '11000000'
		});
	}
	const tc = await tenantContext(ctx, demoTenantSlug);
	if (created) for (const department of demoDepartments) await createDepartment(tc, department);
	await ensureDemoAccounts(tc, config.demo.password);
	if ((await listLayers(tc)).length === 0) {
		console.log(
			'[querschnitt] Lade die Berliner Beispieldaten (nur beim ersten Start, je nach Rechner bis zu einigen Minuten) …'
		);
		const started = Date.now();
		await seedBerlin(tc);
		console.log(`[querschnitt] Beispieldaten geladen (${Math.round((Date.now() - started) / 1000)} s).`);
	}
	// Demo databases from before the social index get it on their next start; a demo whose data
	// were changed by hand may lack what it needs, which must not stop the start.
	else {
		await seedBerlinIndex(tc).catch((error: Error) =>
			console.warn(`[querschnitt] Der Beispiel-Sozialindex wurde nicht angelegt: ${error.message}`)
		);
		// The MSS shares' weights (issue 12): audited, and a no-op once they are set.
		await seedBerlinWeights(tc)
			.then((changed) => {
				if (changed.length > 0)
					console.log(`[querschnitt] Gewichte der MSS-Indikatoren gesetzt: ${changed.join(', ')}.`);
			})
			.catch((error: Error) =>
				console.warn(`[querschnitt] Die Gewichte der MSS-Indikatoren wurden nicht gesetzt: ${error.message}`)
			);
		await seedBerlinFacilities(tc).catch((error: Error) =>
			console.warn(`[querschnitt] Die Beispiel-Einrichtungen wurden nicht angelegt: ${error.message}`)
		);
		// The example plan (issue 15): once, on a demo that has no goals yet.
		await tenantContext(ctx, demoTenantSlug)
			.then(seedBerlinPlan)
			.catch((error: Error) =>
				console.warn(`[querschnitt] Der Beispiel-Plan wurde nicht angelegt: ${error.message}`)
			);
		// The example steering group (issue 16): once, on a demo that has no bodies yet.
		await tenantContext(ctx, demoTenantSlug)
			.then(seedBerlinSteering)
			.catch((error: Error) =>
				console.warn(`[querschnitt] Die Beispiel-Lenkungsgruppe wurde nicht angelegt: ${error.message}`)
			);
		await upgradeRegionNames(tc).catch((error: Error) =>
			console.warn(`[querschnitt] Die Namen der Bezirksregionen wurden nicht ergänzt: ${error.message}`)
		);
		await upgradeAgeLabels(tc).catch((error: Error) =>
			console.warn(
				`[querschnitt] Die Altersangaben der Beispieldaten wurden nicht angepasst: ${error.message}`
			)
		);
	}
	const logins = await demoLogins(db, config.demo.password);
	const loginLine = demoLoginLine(logins, demoTenantName);
	if (loginLine) console.log(`[querschnitt] ${loginLine}`);
	return { tenantSlug: demoTenantSlug, tenantName: demoTenantName, logins, loginLine };
}
