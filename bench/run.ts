/**
 * Runs the benchmarks: `npm run bench` (all) or `npm run bench -- b2 [--runs 5] [--engine pglite|postgres]`.
 * Each benchmark writes its own section of bench/RESULTS.md and leaves the others as they are.
 * Benchmarks are not part of CI: they need minutes and a quiet machine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSection } from './lib/results-file';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Options {
	runs: number;
	engines: ('pglite' | 'postgres')[];
}

const benchmarks: Record<string, { summary: string; run: (options: Options) => Promise<void> }> = {
	b1: {
		summary: 'Import von 1 Mio. Beobachtungen (eigenständiges Skript bench/b1-import.ts)',
		async run(options) {
			const result = spawnSync(
				process.execPath,
				['--import', 'tsx', path.join(here, 'b1-import.ts'), '--runs', String(options.runs)],
				{ stdio: 'inherit' }
			);
			if (result.status !== 0) throw new Error(`B1 endete mit Code ${result.status}`);
		}
	},
	b2: {
		summary: '30 Quoten × 4 Ebenen × 10 Stichtage aus 2,5 Mio. Beobachtungen, gegen Hand-SQL',
		async run(options) {
			const { runB2, serverReachable } = await import('./b2/index');
			const { b2Notes } = await import('./b2/report');
			for (const engine of options.engines) {
				if (engine === 'postgres' && !(await serverReachable())) {
					console.log('B2 auf PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
					continue;
				}
				await runB2(engine, options.runs, (line) => console.log(line));
			}
			writeSection('b2-notes', b2Notes);
		}
	},
	b3: {
		summary: 'API: Werte eines Indikators für 447 Planungsräume, 50 Verbindungen, gegen node:http + Hand-SQL',
		async run(options) {
			for (const engine of options.engines) {
				const args = ['--runs', String(Math.min(options.runs, 3)), '--engine', engine];
				const result = spawnSync(
					process.execPath,
					['--import', 'tsx', path.join(here, 'b3-api.ts'), ...args],
					{
						stdio: 'inherit'
					}
				);
				if (result.status !== 0) throw new Error(`B3 (${engine}) endete mit Code ${result.status}`);
			}
			const { b3Notes } = await import('./b3/notes');
			writeSection('b3-notes', b3Notes);
		}
	},
	b4: {
		summary:
			'Browser: Monitoring-Karte umschalten, erstes Laden, JavaScript, 10.000 Einheiten, gegen MapLibre allein',
		async run(options) {
			const args = [path.join(here, 'b4-browser.ts'), '--runs', String(options.runs)];
			const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' });
			if (result.status !== 0) throw new Error(`B4 endete mit Code ${result.status}`);
		}
	},
	b5: {
		summary: 'Sozialindex: 100.000 Gebiete × 6 Indikatoren × 10 Stichtage, gegen eine SQL-Abfrage',
		async run(options) {
			const { runB5, serverReachable } = await import('./b5-index');
			for (const engine of options.engines) {
				if (engine === 'postgres' && !(await serverReachable())) {
					console.log('B5 auf PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
					continue;
				}
				await runB5(engine, options.runs, (line) => console.log(line));
			}
			const { b5Notes } = await import('./b5/report');
			writeSection('b5-notes', b5Notes);
		}
	},
	b6: {
		summary: 'Geheimhaltung: 5.000 Blöcke → 4 Ebenen × 50 Zählvariablen sperren, gegen SQL auf PGlite',
		async run(options) {
			const { runB6 } = await import('./b6-disclosure');
			await runB6(options.runs, (line) => console.log(line));
		}
	},
	b8: {
		summary: '2SFCA: 2.552 Berliner Kitas × 447 Planungsräume (Kern) gegen eine SQL-Abfrage mit ST_DWithin',
		async run(options) {
			const { runB8 } = await import('./b8-two-step-fca');
			await runB8(options.runs, (line) => console.log(line));
		}
	},
	b9: {
		summary:
			'Punkt in Polygon: 1 Mio. Punkte → 447 Planungsräume, PostGIS (PGlite, PostgreSQL) gegen turf.js',
		async run(options) {
			const { runB9 } = await import('./b9-point-in-polygon');
			// Heavy: 3 runs unless --runs is given.
			const runs = process.argv.includes('--runs') ? options.runs : 3;
			await runB9(options.engines, runs, (line) => console.log(line));
		}
	},
	b11: {
		summary:
			'Zielprüfung: 1.000 Ziele × bis zu 500 Gebiete × 10 Stichtage (≤ 1 s PostgreSQL, ≤ 2 s eingebettet), gegen eine SQL-Abfrage',
		async run(options) {
			const { runB11, runOverview, serverReachable } = await import('./b11-goals');
			await runOverview(options.runs, (line) => console.log(line));
			for (const engine of options.engines) {
				if (engine === 'postgres' && !(await serverReachable())) {
					console.log('B11 auf PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
					continue;
				}
				await runB11(engine, options.runs, (line) => console.log(line));
			}
			const { b11Notes } = await import('./b11/report');
			writeSection('b11-notes', b11Notes);
		}
	},
	b10: {
		summary:
			'Umschlüsselung nach Fläche: 5.000 Blöcke × 500 Bezirke (≤ 5 s auf PostgreSQL 15), gegen exaktes Clipping',
		async run(options) {
			const { runB10 } = await import('./b10-crosswalk');
			await runB10(options.engines, options.runs, (line) => console.log(line));
		}
	}
};

function parse(argv: string[]): { names: string[]; options: Options } {
	const names: string[] = [];
	const options: Options = { runs: 5, engines: ['pglite', 'postgres'] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 5);
		else if (arg === '--engine') options.engines = [argv[++i] === 'postgres' ? 'postgres' : 'pglite'];
		else if (arg === '--help' || arg === '-h') names.push('help');
		else names.push(arg.toLowerCase());
	}
	return { names, options };
}

async function main(): Promise<void> {
	const { names, options } = parse(process.argv.slice(2));
	if (names.includes('help')) {
		console.log('npm run bench -- [name …] [--runs N] [--engine pglite|postgres]\n');
		for (const [name, b] of Object.entries(benchmarks)) console.log(`  ${name}  ${b.summary}`);
		return;
	}
	const unknown = names.filter((n) => !(n in benchmarks));
	if (unknown.length)
		throw new Error(
			`Unbekannter Benchmark: ${unknown.join(', ')} (bekannt: ${Object.keys(benchmarks).join(', ')})`
		);
	for (const name of names.length ? names : Object.keys(benchmarks)) {
		console.log(`\n=== ${name}: ${benchmarks[name]!.summary}`);
		await benchmarks[name]!.run(options);
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
