/**
 * B1 import benchmark (standalone; see bench/RESULTS.md). Generates a long CSV of 1,000,000
 * observations (5,000 units × 20 variables × 10 dates, deterministic) in a temp folder, imports it
 * through importObservations into an embedded PGlite in a temp data dir — each run in a fresh
 * child process and database, so its peak RSS (VmHWM) is the run's own — and loads the same file
 * with psql's \copy into PostgreSQL 15 as the peer.
 *
 *   npm run bench -- b1 [--runs 5]      (or: npx tsx bench/b1-import.ts [--runs 3] [--keep])
 *
 * Writes its sections `b1` and `b1-notes` of bench/RESULTS.md.
 * Needs psql and a PostgreSQL 15 server as in the test setup (TEST_DATABASE_URL, default
 * postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres) for the peer; without it the peer is
 * skipped and said so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentLoad, machineInfo, machineTable } from './lib/machine';
import { writeSection } from './lib/results-file';
import { median } from './lib/timing';

const units = 5_000;
const variables = 20;
const dates = 10;
const rows = units * variables * dates;
const self = fileURLToPath(import.meta.url);
const serverUrl =
	process.env.TEST_DATABASE_URL ?? 'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';

const unitCode = (u: number) => String(10_000_000 + u);
const variableCode = (v: number) => `v${String(v + 1).padStart(2, '0')}`;

/** Deterministic counts: a small linear congruential generator, the same file on every machine. */
function generate(dir: string): { csv: string; unitsCsv: string } {
	const csv = path.join(dir, 'b1-observations.csv');
	const parts: string[] = [];
	let chunk = 'Schlüssel;Stichtag;Merkmal;Wert\n';
	let seed = 20_240_301;
	for (let u = 0; u < units; u++) {
		for (let v = 0; v < variables; v++) {
			for (let d = 0; d < dates; d++) {
				seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
				chunk += `${unitCode(u)};31.12.${2015 + d};${variableCode(v)};${seed % 5_000}\n`;
			}
		}
		if (chunk.length > 1 << 20) {
			parts.push(chunk);
			chunk = '';
		}
	}
	parts.push(chunk);
	writeFileSync(csv, parts.join(''));
	const unitsCsv = path.join(dir, 'b1-units.csv');
	const lines = [
		'Schlüssel;Name',
		...Array.from({ length: units }, (_, u) => `${unitCode(u)};Block ${u + 1}`)
	];
	writeFileSync(unitsCsv, `${lines.join('\n')}\n`);
	return { csv, unitsCsv };
}

function child(args: string[]): Record<string, number> {
	const result = spawnSync(process.execPath, ['--import', 'tsx', self, ...args], {
		encoding: 'utf8',
		maxBuffer: 1 << 24,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	if (result.status !== 0) throw new Error(`child ${args[1]} failed:\n${result.stdout}`);
	const last = result.stdout.trim().split('\n').pop()!;
	return JSON.parse(last) as Record<string, number>;
}

function peakRssMb(): number {
	const line = readFileSync('/proc/self/status', 'utf8')
		.split('\n')
		.find((l) => l.startsWith('VmHWM:'));
	return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
}

/** In a child: a migrated embedded database with one tenant and a layer of 5,000 units. */
async function prepare(dataDir: string, unitsCsv: string): Promise<void> {
	const { openDatabase } = await import('../src/lib/server/db/client');
	const { migrateDatabase } = await import('../src/lib/server/db/migrate');
	const { createTenant } = await import('../src/lib/server/services/tenant.service');
	const { importUnits } = await import('../src/lib/server/services/import.service');
	const { tenantContext } = await import('../src/lib/server/services/tenant-context');
	const handle = await openDatabase({ engine: 'pglite', dataDir });
	await migrateDatabase(handle);
	const ctx = { db: handle.db, actor: { kind: 'system' as const, label: 'bench' }, now: new Date() };
	await createTenant(ctx, { slug: 'bench', name: 'Benchstadt', kind: 'kreisfreie_stadt' });
	const bytes = new Uint8Array(readFileSync(unitsCsv));
	await importUnits(await tenantContext(ctx, 'bench'), {
		layer: { code: 'block', name: 'Block' },
		files: [{ name: 'units.csv', bytes }]
	});
	await handle.close();
	console.log(JSON.stringify({ ok: 1 }));
}

/** In a child: the timed import. */
async function runImport(dataDir: string, csv: string): Promise<void> {
	const { openDatabase } = await import('../src/lib/server/db/client');
	const { importObservations } = await import('../src/lib/server/services/import.service');
	const { tenantContext } = await import('../src/lib/server/services/tenant-context');
	const handle = await openDatabase({ engine: 'pglite', dataDir });
	const ctx = { db: handle.db, actor: { kind: 'system' as const, label: 'bench' }, now: new Date() };
	const tc = await tenantContext(ctx, 'bench');
	const rssBefore = process.memoryUsage().rss / 2 ** 20;
	const phases: Record<string, number> = {};
	const start = performance.now();
	const bytes = new Uint8Array(readFileSync(csv));
	const report = await importObservations(
		tc,
		{
			layer: 'block',
			files: [{ name: 'b1-observations.csv', bytes }],
			format: 'long',
			options: {
				variables: Array.from({ length: variables }, (_, v) => ({
					code: variableCode(v),
					name: `Merkmal ${v + 1}`,
					kind: 'count' as const
				}))
			}
		},
		(phase, done, total) => {
			const at = (performance.now() - start) / 1000;
			if (done === total) phases[phase] = at;
			// The write phase reports the staged rows, then two steps: replaced values set aside, values inserted.
			if (phase === 'write' && done === total - 2) phases.staged = at;
		}
	);
	const seconds = (performance.now() - start) / 1000;
	const peakRss = peakRssMb();
	// For the record, not the target: the same file once more replaces all its values, with the
	// indexes in place (the incremental path every later import takes).
	let again = 0;
	if (process.argv.includes('--again')) {
		const restart = performance.now();
		const second = await importObservations(tc, {
			layer: 'block',
			files: [{ name: 'b1-observations.csv', bytes }],
			format: 'long'
		});
		if (second.replaced !== rows) throw new Error(`${second.replaced} statt ${rows} Werte ersetzt`);
		again = (performance.now() - restart) / 1000;
	}
	await handle.close();
	console.log(
		JSON.stringify({
			seconds,
			stored: report.created,
			rssBefore,
			peakRss,
			peakRssAgain: peakRssMb(),
			read: phases.read ?? 0,
			validate: phases.validate ?? 0,
			staged: phases.staged ?? 0,
			write: phases.write ?? 0,
			again
		})
	);
}

function psql(url: string, command: string): { ok: boolean; seconds: number; out: string } {
	const start = performance.now();
	const result = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], {
		encoding: 'utf8',
		env: { ...process.env, PGOPTIONS: '-c datestyle=ISO,DMY' }
	});
	return {
		ok: result.status === 0,
		seconds: (performance.now() - start) / 1000,
		out: `${result.stdout}${result.stderr}`
	};
}

/** The peer: psql \copy of the same file, into a text table and into a typed table with primary key. */
function peer(csv: string): { text: number; typed: number } | string {
	const db = 'querschnitt_bench_b1';
	const url = new URL(serverUrl);
	url.pathname = `/${db}`;
	const admin = psql(serverUrl, `drop database if exists ${db}; `);
	if (!admin.ok) return `PostgreSQL nicht erreichbar: ${admin.out.trim()}`;
	psql(serverUrl, `create database ${db}`);
	const tables = `create table b1_text (unit text, date text, variable text, value text);
		create table b1_typed (unit text not null, date date not null, variable text not null, value float8 not null, primary key (variable, unit, date));`;
	psql(url.toString(), tables);
	const copy = (table: string) =>
		psql(url.toString(), `\\copy ${table} from '${csv}' with (format csv, delimiter ';', header true)`);
	const text = copy('b1_text');
	const typed = copy('b1_typed');
	psql(serverUrl, `drop database if exists ${db}`);
	if (!text.ok || !typed.ok) return `COPY fehlgeschlagen: ${text.out}${typed.out}`;
	return { text: text.seconds, typed: typed.seconds };
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	if (args[0] === '--child') {
		if (args[1] === 'prepare') return prepare(args[2]!, args[3]!);
		return runImport(args[2]!, args[3]!);
	}
	const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 3) : 3;
	const dir = mkdtempSync(path.join(os.tmpdir(), 'querschnitt-b1-'));
	try {
		console.log(`B1: ${rows.toLocaleString('de-DE')} Beobachtungen erzeugen in ${dir} …`);
		const { csv, unitsCsv } = generate(dir);
		const load = currentLoad();
		const results: Record<string, number>[] = [];
		const peers: { text: number; typed: number }[] = [];
		for (let run = 1; run <= runs; run++) {
			const dataDir = path.join(dir, `pglite-${run}`);
			mkdirSync(dataDir);
			child(['--child', 'prepare', dataDir, unitsCsv]);
			const result = child(['--child', 'import', dataDir, csv, ...(run === runs ? ['--again'] : [])]);
			if (result.stored !== rows) throw new Error(`${result.stored} statt ${rows} Werte gespeichert`);
			results.push(result);
			rmSync(dataDir, { recursive: true, force: true });
			const p = peer(csv);
			if (typeof p === 'string') console.log(p);
			else peers.push(p);
			console.log(
				`Lauf ${run}: ${result.seconds.toFixed(2)} s (lesen bis ${result.read.toFixed(2)}, prüfen bis ${result.validate.toFixed(2)}, bereitgestellt bis ${result.staged.toFixed(2)}, geschrieben bis ${result.write.toFixed(2)}), ` +
					`${Math.round(rows / result.seconds).toLocaleString('de-DE')} Zeilen/s, Spitze RSS ${Math.round(result.peakRss)} MB` +
					(typeof p === 'string'
						? ''
						: `; COPY Text ${p.text.toFixed(2)} s, COPY typisiert+PK ${p.typed.toFixed(2)} s`)
			);
		}
		writeSection('b1', report(results, peers, load));
		writeSection('b1-notes', notes);
		console.log('B1: Ergebnis in bench/RESULTS.md (Abschnitte b1, b1-notes).');
	} finally {
		if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
	}
}

const number = (n: number) => Math.round(n).toLocaleString('de-DE');
const s2 = (n: number) => `${n.toFixed(2)} s`;

function report(
	results: Record<string, number>[],
	peers: { text: number; typed: number }[],
	load: number
): string {
	const seconds = median(results.map((r) => r.seconds));
	const rate = rows / seconds;
	const peak = Math.max(...results.map((r) => r.peakRss));
	const typed = peers.length ? median(peers.map((p) => p.typed)) : Number.NaN;
	const text = peers.length ? median(peers.map((p) => p.text)) : Number.NaN;
	const last = results.at(-1)!;
	const verdict = (ok: boolean) => (ok ? '**erreicht**' : '**nicht erreicht**');
	const phases = (r: Record<string, number>) =>
		`${s2(r.read!)} / ${s2(r.validate! - r.read!)} / ${s2(r.staged! - r.validate!)} / ${s2(r.write! - r.staged!)}`;
	return [
		'## B1 Import — 1 Mio. Beobachtungen in die eingebettete Datenbank',
		'',
		`Erzeugte Langformat-CSV (Semikolon, deutsche Stichtage, 30 MB): ${number(units)} Einheiten × ${variables} Merkmale × ${dates} Stichtage = ${number(rows)} Zeilen,`,
		'importiert mit `importObservations` in PGlite (frisches Datenverzeichnis, je Lauf ein eigener Prozess; gemessen vom',
		'Einlesen der Datei bis zum Commit, Spitzen-RSS = VmHWM des Prozesses). Vergleich: `\\copy` derselben Datei mit psql',
		'in PostgreSQL 15 — in eine Tabelle aus Textspalten ohne Index und in eine typisierte Tabelle mit Primärschlüssel.',
		`Median aus ${results.length} Läufen.`,
		'',
		'| Messung | Median | Läufe (s) |',
		'| --- | --- | --- |',
		`| Import (PGlite) | ${s2(seconds)} = ${number(rate)} Zeilen/s | ${results.map((r) => r.seconds.toFixed(2)).join(', ')} |`,
		`| davon lesen / prüfen / DB-Prüfung + bereitstellen / schreiben (letzter Lauf) | ${phases(last)} | |`,
		`| Spitzen-RSS | ${number(peak)} MB (nach Öffnen der Datenbank ${number(last.rssBefore!)} MB) | ${results.map((r) => number(r.peakRss!)).join(', ')} |`,
		`| psql \\copy, Texttabelle ohne Index | ${s2(text)} | ${peers.map((p) => p.text.toFixed(2)).join(', ')} |`,
		`| psql \\copy, typisiert mit Primärschlüssel | ${s2(typed)} | ${peers.map((p) => p.typed.toFixed(2)).join(', ')} |`,
		`| nur zur Information: dieselbe Datei erneut (ersetzt alle ${number(rows)} Werte, bewahrt sie für Rückgängig) | ${s2(last.again!)}, Spitzen-RSS ${number(last.peakRssAgain!)} MB | |`,
		'',
		'| Ziel | Ergebnis |',
		'| --- | --- |',
		`| ≥ 150.000 Zeilen/s | ${number(rate)} Zeilen/s: ${verdict(rate >= 150_000)} |`,
		`| ≤ 3 × COPY | ${(seconds / typed).toFixed(1)} × COPY mit Primärschlüssel: ${verdict(seconds <= 3 * typed)}; ${(seconds / text).toFixed(1)} × COPY in Texttabelle: ${verdict(seconds <= 3 * text)} |`,
		`| Spitzen-RSS ≤ 2,5 GB | ${number(peak)} MB: ${verdict(peak <= 2560)} |`,
		'',
		machineTable(machineInfo(load))
	].join('\n');
}

const notes = `## B1 — Entwurf und was versucht wurde

Gemessen während der Entwicklung auf derselben, durch parallele Tests wechselnd belasteten Maschine
(2 Kerne, Last 2–6); die Zahlen sind eine Größenordnung.

- **Weg der Daten**: Die Datei wird gelesen (Leser: ~1,3–2 s für 1 Mio. Zeilen), Zelle für Zelle geprüft
  in Typed Arrays (Indizes auf die Schlüssel, Merkmale und Stichtage der Datei; ~1 s), gegen die Datenbank
  mit je *einer* Abfrage für Einheiten und Merkmale geprüft, dann als Zahlen-Text (vier Ganzzahlen je Zeile,
  14 MB) per \`COPY … FROM '/dev/blob'\` in eine temporäre Tabelle gestellt und mit *einem*
  \`INSERT … SELECT\` übernommen; die IDs kommen per Array-Index aus Parametern (\`($1::uuid[])[s.u + 1]\`,
  ~0,25 s statt ~1,2 s mit drei Joins auf \`unnest … with ordinality\`). Auf PostgreSQL (node-postgres, ohne
  COPY) wird in Blöcken von 100.000 Zeilen per \`unnest\` bereitgestellt.
- **Die Grenze ist das Schreiben in PGlite**: 1 Mio. Zeilen in \`observation\` kosten allein für den Heap
  ~1,1–1,8 s, der Primärschlüssel (tenant, variable, unit, date — drei UUIDs) Zeile für Zeile weitere
  ~3,3–4 s, der Index auf import_id ~1,7 s (WASM, ein Kern). Sortierte Eingabe half kaum (5,6 → 5,0 s).
  COPY direkt in \`observation\` mit UUID-Text war langsamer (Text 2,2 s + COPY 5,9 s), \`unnest\` mit
  1 Mio. Elementen als Parameter ebenso (4,8 s nur fürs Bereitstellen). \`full_page_writes = off\` und
  größere WAL-Puffer sparten nur am Heap (1,8 → 1,1 s).
- **Umgesetzt**: Ist der Import größer als die Tabelle (nur eingebettet: eine Verbindung, niemand wartet),
  werden Primärschlüssel und Indizes von \`observation\` innerhalb der Import-Transaktion entfernt und nach dem
  Einfügen aus ihren eigenen Katalog-Definitionen neu gebaut (~2,4 s + 0,4 s statt ~5 s). Danach bleibt
  der Weg Zeile für Zeile.
- **Nicht erreicht**: 150.000 Zeilen/s. Mit Lesen + Prüfen (~2,5 s, davon ~1,5 s im vorhandenen CSV-Leser)
  und ~6 s Datenbank bleiben auf dieser Maschine ~100.000–115.000 Zeilen/s. Weitere Hebel, nicht umgesetzt:
  ein Streaming-Leser, der direkt in Typed Arrays parst (spart ~1 s), PGlite in einem Worker parallel zum
  Parsen, kleinerer Primärschlüssel (Ganzzahl-IDs statt UUIDs) — eine Schemaentscheidung.
- **≤ 3 × COPY** hängt an der Last: in Läufen bei Last ~3 (derselbe Tag) 9,0–10,3 s, das 2,5- bis 2,9-Fache
  von COPY in die typisierte Tabelle mit Primärschlüssel (dem fairen Vergleich: auch dort wird ein
  B-Baum gepflegt); bei Last > 5 darüber. Gegen COPY in eine Texttabelle ohne Index (0,5–0,9 s) ist das
  Dreifache mit Index und WASM nicht erreichbar.
- **Ersetzen** (dieselben Schlüssel noch einmal): alte Werte werden nach \`observation_replaced\` verschoben,
  damit \`rollbackImport\` sie wiederherstellt; das kostet bei 1 Mio. Werten ~9 s zusätzlich (Löschen per
  Hash-Join und Einfügen). Ohne Primärschlüssel auf \`observation_replaced\` (nur zwei Indizes nach Import)
  ~2 s weniger als mit.
`;

await main();
