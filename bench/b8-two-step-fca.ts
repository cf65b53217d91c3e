/**
 * B8: the two-step floating catchment area method (src/lib/core/supply/two-step-fca.ts) for the
 * real 2,552 Berlin Kitas × 447 Planungsräume (≤ 1 s), against the same 2SFCA as one SQL query with
 * ST_DWithin on embedded PGlite + PostGIS; both must agree to 1e-9 per Planungsraum. Writes the b8
 * section of bench/RESULTS.md with a Versorgungsquote per Bezirk as plausibility check. Run through
 * `npm run bench -- b8`.
 */
import type { DistanceDecay } from '../src/lib/core/supply/distance-decay';
import { twoStepFca } from '../src/lib/core/supply/two-step-fca';
import { bands, loadB8, type B8Data, type Band } from './b8/data';
import { b8Report, type B8Case } from './b8/report';
import { plausibility } from './b8/plausibility';
import { twoStepFcaInSql, type SqlDecay } from './b8/sql-peer';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { measure, seconds } from './lib/timing';

const cases: { band: Band; catchment: number; decay: SqlDecay }[] = [
	{ band: bands[0]!, catchment: 1000, decay: 'gaussian' },
	{ band: bands[0]!, catchment: 1000, decay: 'none' },
	{ band: bands[1]!, catchment: 1500, decay: 'gaussian' },
	{ band: bands[1]!, catchment: 1500, decay: 'none' }
];

/** Unknown places (NaN in the file) count as 0 places here, as the SQL peer does; strict: unknown. */
function coreInput(data: B8Data, band: Band, catchment: number, decay: SqlDecay, strict = false) {
	const places = data.kitas.places[band.code];
	return {
		facilities: {
			x: data.kitas.x,
			y: data.kitas.y,
			supply: strict ? places : places.map((p) => (Number.isNaN(p) ? 0 : p))
		},
		demand: { x: data.units.x, y: data.units.y, population: data.units.children[band.code] },
		catchment,
		decay: { kind: decay } as DistanceDecay
	};
}

export async function runB8(runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	log('B8: Kitas und Planungsräume laden, mit PostGIS projizieren (nicht gemessen) …');
	const data = await loadB8();
	const progress = (what: string) => (ms: number) => log(`  ${what}: ${seconds(ms)}`);
	const results: B8Case[] = [];
	const accessibility = new Map<string, Float64Array>();
	for (const c of cases) {
		const name = `${c.band.code} ${c.catchment} m ${c.decay}`;
		const input = coreInput(data, c.band, c.catchment, c.decay);
		const core = await measure(runs, async () => twoStepFca(input), progress(`Kern ${name}`));
		const result = twoStepFca(input);
		const sql = await measure(
			runs,
			() => twoStepFcaInSql(data.db, c.band, c.decay, c.catchment),
			progress(`SQL ${name}`)
		);
		const peer = await twoStepFcaInSql(data.db, c.band, c.decay, c.catchment);
		let maxDifference = 0;
		result.accessibility.forEach((a, i) => {
			maxDifference = Math.max(maxDifference, Math.abs(a! - peer[i]!));
		});
		const served = result.accessibility.reduce((s: number, a, i) => s + a! * input.demand.population[i]!, 0);
		const reached = result.reachesDemand.reduce((s, r, j) => s + (r ? input.facilities.supply[j]! : 0), 0);
		const strict = twoStepFca(coreInput(data, c.band, c.catchment, c.decay, true));
		results.push({
			band: c.band.label,
			catchment: c.catchment,
			decay: c.decay,
			pairs: result.pairs,
			core,
			sql,
			maxDifference,
			conservation: Math.abs(served - reached) / reached,
			unreached: result.reachesDemand.filter((r) => !r).length,
			unknownStrict: strict.accessibility.filter((a) => a === null).length
		});
		accessibility.set(
			`${c.band.code}|${c.decay}`,
			Float64Array.from(result.accessibility, (a) => a!)
		);
	}
	const table = plausibility(data, accessibility);
	const markdown = b8Report({
		cases: results,
		kitas: data.kitas.x.length,
		units: data.units.codes.length,
		outside: data.kitas.unit.filter((u) => u < 0).length,
		unknownPlaces: Object.fromEntries(
			bands.map((b) => [b.label, data.kitas.places[b.code].filter((p) => Number.isNaN(p)).length])
		),
		plausibility: table,
		engine: data.postgis,
		machine: machineInfo(loadAtStart)
	});
	await data.handle.close();
	writeSection('b8', markdown);
	log(markdown);
}
