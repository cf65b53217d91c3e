import { machineTable, type MachineInfo } from '../lib/machine';
import type { Series } from '../lib/timing';

export interface B10Row {
	engine: 'pglite' | 'postgres';
	label: string;
	series: Series;
	loadMs: number;
	/** Of the last run: the SQL (intersections and unit areas to Node) and arealWeights. */
	sqlMs: number;
	coreMs: number;
	weights: number;
	/** Largest |w(PostGIS + core) − w(clipping)| over all pairs, a missing pair counting as 0. */
	maxDifference: number;
	worst: string;
	/** Largest |Σ_t w_st − 1| over the blocks. */
	maxSumError: number;
}

export interface B10Result {
	blocks: number;
	districts: number;
	pairs: number;
	clipMs: number;
	rows: B10Row[];
	skipped: string[];
	machine: MachineInfo;
}

const targetMs = 5_000;
const de = (n: number, digits = 0) =>
	n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => `${de(n, n < 10 ? 2 : 0)} ms`;
const runs = (s: Series) => s.runs.map((r) => de(r, 0)).join(' / ');

export function b10Report(r: B10Result): string {
	const rows = r.rows
		.map(
			(row) =>
				`| ${row.label} | ${ms(row.series.median)} | ${runs(row.series)} | ${ms(row.sqlMs)} / ${ms(row.coreMs)} | ${de(row.weights)} | ${row.maxDifference.toExponential(1)} | ${row.maxSumError.toExponential(1)} | ${ms(row.loadMs)} |`
		)
		.join('\n');
	const server = r.rows.find((row) => row.engine === 'postgres');
	const goal = server
		? `${ms(server.series.median)}: ${server.series.median <= targetMs ? '**erreicht**' : '**nicht erreicht**'}`
		: 'nicht gemessen (kein Server)';
	const agree = r.rows.every((row) => row.maxDifference <= 1e-6);
	return `## B10 Umschlüsselung nach Fläche: 5.000 Blöcke × 500 Bezirke

Zwei erzeugte, nicht ineinander aufgehende Zerlegungen desselben Rechtecks im Raum Berlin (EPSG:25833,
370–415 km Ost, 5.800–5.837 km Nord): ${de(r.blocks)} Blöcke (Gitter 125 × 40) und ${de(r.districts)} Bezirke (Gitter 20 × 25), jeder
innere Gitterpunkt zufällig (fester Startwert) um bis zu 20 % der Zellgröße verschoben; alle Zellen sind konvexe
Vierecke. Gespeichert wie in der App als MultiPolygon in EPSG:4326 mit GiST-Index (Laden nicht gemessen, Spalte
rechts). Gemessen: die PostGIS-Abfrage bench/b10/intersections-sql.ts (alle sich schneidenden Paare über die Indizes,
A(s ∩ t) und A(s) nach \`ST_Transform\` in EPSG:25833, dazu die Flächen aller Einheiten beider Ebenen) bis in Node
und \`arealWeights\` (src/lib/core/crosswalk/weights.ts, Splittergrenze 0, damit jedes Gewicht verglichen wird);
Median aus ${r.rows[0]?.series.runs.length ?? 0} Läufen nach einem Aufwärmlauf.
Unabhängige Prüfung: dieselben Gewichte ohne PostGIS, durch exaktes Clipping der erzeugten Vierecke
(Sutherland–Hodgman) und Gaußsche Trapezformel in EPSG:25833 (bench/b10/clip.ts): ${de(r.pairs)} Paare in ${ms(r.clipMs)}.
${r.skipped.length ? `\n${r.skipped.join('\n')}\n` : ''}
| Datenbank | Median | Läufe (ms) | davon SQL / arealWeights (letzter Lauf) | Gewichte | max. Abweichung zum Clipping | max. abs(Σ_t w − 1) | Laden |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows}

| Ziel / Prüfung | Ergebnis |
| --- | --- |
| ≤ 5 s auf PostgreSQL 15 (Median) | ${goal} |
| jedes Gewicht gleich bis 1e-6 | ${agree ? 'ja' : '**nein**'} (größte Abweichung ${Math.max(...r.rows.map((row) => row.maxDifference)).toExponential(1)}) |

${
	r.rows.some((row) => row.weights === 0)
		? `**Befund PGlite:** Die Abfrage liefert dort keine einzige Zeile (und keinen Fehler), sobald \`ST_Intersection\` zwei
Ergebnisse von \`ST_Transform\` bekommt (PGlite 0.5.8, PostGIS 3.6.2, GEOS 3.14.0); \`ST_Intersects\` allein,
\`ST_Area(ST_Transform(geom))\` und \`ST_Transform(ST_Intersection(a, b))\` liefern Zeilen. Dasselbe Muster steht in
\`assignParentsByOverlap\` (unit-import.repository.ts) — dort ungeprüft. Die Prüfung schlägt deshalb für PGlite fehl.

`
		: ''
}Die Abweichungen kommen aus der Hin- und Rückrechnung der Eckpunkte (EPSG:25833 → 4326 zum Speichern, → 25833
für die Fläche), nicht aus dem Verfahren.

${machineTable(r.machine)}`;
}
