// B4, step 1 (own process, so that the embedded database is free again afterwards): the demo
// database (tenant "berlin") and a bench tenant "b4-raster" with the synthetic 10,000-cell layer,
// imported through the real import services. Writes, into the folder given as first argument,
// the colours every measured state should show (for the plain MapLibre peer) and prints API tokens
// as the last line of stdout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { classify } from '../../src/lib/core/monitoring/classification';
import { classColours } from '../../src/lib/core/monitoring/palette';
import { loadConfig } from '../../src/lib/server/config';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { findUserByLogin } from '../../src/lib/server/repositories/user.repository';
import { createApiToken } from '../../src/lib/server/services/api-token.service';
import { actorOfUser } from '../../src/lib/server/services/auth.service';
import { importObservations, importUnits } from '../../src/lib/server/services/import.service';
import { defineIndicator } from '../../src/lib/server/services/indicator.service';
import { indicatorValues } from '../../src/lib/server/values/indicator-values';
import { demoUsername, seedDemo } from '../../src/lib/server/seed/demo';
import { contextFor, createTenantWorld, system } from '../../test/support/fixtures';
import {
	rasterCounts,
	rasterCsv,
	rasterDates,
	rasterGeoJson,
	rasterIndicators,
	rasterLayer,
	rasterSlug
} from './raster';
import { berlinStates, rasterStates, type PeerStates, type ViewState } from './states';
import { tenantContext } from '../../src/lib/server/services/tenant-context';

const outDir = process.argv[2];
if (!outDir) throw new Error('Aufruf: prepare.ts <Ausgabeordner>');

const encode = (text: string) => new TextEncoder().encode(text);

async function tokenOf(db: Database, login: string): Promise<string> {
	const user = await findUserByLogin(db, login);
	if (!user) throw new Error(`Benutzer ${login} fehlt`);
	const actor = await actorOfUser(db, user);
	const { token } = await createApiToken(
		{ db, actor, now: new Date() },
		{ name: 'Benchmark B4', expiresInDays: 1 }
	);
	return token;
}

async function buildRaster(db: Database): Promise<void> {
	const world = await createTenantWorld(db, rasterSlug);
	const planner = await tenantContext(contextFor(db, world.users.planner.actor), rasterSlug);
	await importUnits(planner, {
		layer: { code: rasterLayer, name: 'Raster (synthetisch)', metricSrid: 25833 },
		files: [{ name: 'raster.geojson', bytes: encode(rasterGeoJson()) }],
		options: { crs: 4326, code: 'code', name: 'name' }
	});
	const counts = rasterCounts();
	await importObservations(planner, {
		layer: rasterLayer,
		files: [{ name: 'raster-werte.csv', bytes: encode(rasterCsv(counts)) }],
		format: 'long',
		options: {
			variables: [
				{ code: 'ew', name: 'Einwohner', kind: 'count' },
				{ code: 'a', name: 'Gruppe A', kind: 'count' },
				{ code: 'b', name: 'Gruppe B', kind: 'count' }
			]
		}
	});
	for (const [i, code] of rasterIndicators.entries())
		await defineIndicator(planner, {
			code,
			name: `Anteil Gruppe ${i === 0 ? 'A' : 'B'}`,
			kind: 'rate',
			numerator: [i === 0 ? 'a' : 'b'],
			denominator: ['ew'],
			factor: 100,
			polarity: 'neutral',
			unitLabel: '%',
			decimals: 1
		});
	// The service's numbers against the generated counts: a benchmark on wrong numbers means nothing.
	const set = await indicatorValues(await tenantContext(contextFor(db, system), rasterSlug), {
		indicator: 'quote_a',
		layer: rasterLayer,
		date: rasterDates[0]
	});
	const expected = new Map(
		counts.filter((c) => c.date === rasterDates[0]).map((c) => [c.code, (100 * c.a) / c.ew])
	);
	const wrong = set.values.filter((v) => Math.abs((v.value ?? Number.NaN) - expected.get(v.code)!) > 1e-9);
	if (set.values.length !== 10_000 || wrong.length > 0)
		throw new Error(`Raster: ${set.values.length} Werte, ${wrong.length} abweichend`);
}

/** Quantiles in five classes on the sequential scheme: what the map shows by default for a neutral rate. */
async function coloursOf(db: Database, slug: string, state: ViewState): Promise<Record<string, string>> {
	const set = await indicatorValues(await tenantContext(contextFor(db, system), slug), {
		indicator: state.indicator,
		layer: state.layer,
		date: state.date
	});
	const values = set.values.filter((v) => v.value !== null).map((v) => v.value!);
	const { breaks } = classify(values, { method: 'quantile', classes: 5 });
	const colours = classColours(breaks, { kind: 'sequential', polarity: 'neutral' });
	const result: Record<string, string> = {};
	for (const v of set.values) {
		if (v.value === null) continue;
		let k = 0;
		while (k < colours.length - 1 && v.value > breaks[k + 1]!) k++;
		result[v.code] = colours[k]!;
	}
	return result;
}

const config = loadConfig();
const handle = await openDatabase(config.database);
try {
	await migrateDatabase(handle);
	await seedDemo(handle.db, config);
	await buildRaster(handle.db);
	for (const [name, slug, states] of [
		['berlin', 'berlin', berlinStates],
		['raster', rasterSlug, rasterStates]
	] as const) {
		const peer: PeerStates = { states: [] };
		for (const state of states)
			peer.states.push({ ...state, colours: await coloursOf(handle.db, slug, state) });
		writeFileSync(path.join(outDir, `${name}-states.json`), JSON.stringify(peer));
	}
	const tokens = {
		berlin: await tokenOf(handle.db, demoUsername),
		raster: await tokenOf(handle.db, `${rasterSlug}-admin`)
	};
	console.log(JSON.stringify(tokens));
} finally {
	await handle.close();
}
