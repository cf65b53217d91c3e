import { machineTable, type MachineInfo } from '../lib/machine';
import type { Series } from '../lib/timing';
import { dateCount, unitCount } from './data';

export interface B5Result {
	engine: 'pglite' | 'postgres';
	label: string;
	version: string;
	read: Series;
	compute: Series;
	objects: Series;
	peer: Series;
	check: { compared: number; disagreements: number; onThreshold: number; classified: number };
	machine: MachineInfo;
}

const targetMs = 300;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const runs = (s: Series) => s.runs.map((v) => v.toFixed(0)).join(' / ');
const verdict = (met: boolean) => (met ? '**erreicht**' : '**nicht erreicht**');
const de = (n: number) => n.toLocaleString('de-DE');

export function b5Report(r: B5Result): string {
	const ours = r.read.median + r.compute.median;
	const agreement =
		r.check.disagreements === 0
			? `alle ${de(r.check.compared)} Klassen (Status und Dynamik) gleich` +
				(r.check.onThreshold
					? `; ${r.check.onThreshold} Werte näher als 1e-9 an einer Grenze abweichend`
					: '')
			: `**${de(r.check.disagreements)} Abweichungen** von ${de(r.check.compared)}`;
	return `## B5 Sozialindex — ${r.engine === 'pglite' ? 'eingebettet (PGlite)' : 'PostgreSQL'}

${r.label}, ${r.version.split(',')[0]}. ${de(unitCount)} Gebiete × 6 Indikatoren (4 Status, 2 Dynamik) × ${dateCount} Stichtage
(+ Einwohnerzahl) in \`index_bench_value(unit, date, indicator, value)\`; Mindestzahl 300, 50 ausgeschlossene Gebiete,
gewichteter Mittelwert, erneut standardisiert, sd über n, Berliner Klassen. ${de(r.check.classified)} Statusklassen
über alle Stichtage. Median aus ${r.compute.runs.length} Läufen nach einem Aufwärmlauf.

| Messung | Median | Läufe (ms) |
| --- | --- | --- |
| Unser Lesen: ein SELECT, je Stichtag und Indikator eine Spalte (${r.engine === 'pglite' ? 'Text' : 'bytea'} → Float64Array) | ${ms(r.read.median)} | ${runs(r.read)} |
| Unser Rechnen: \`computeIndexColumns\` für alle ${dateCount} Stichtage (z, Index, Klassen) | ${ms(r.compute.median)} | ${runs(r.compute)} |
| Lesen + Rechnen | ${ms(ours)} | |
| zusätzlich: \`computeIndex\` mit einem Ergebnisobjekt je Gebiet und Stichtag (1 Mio. Objekte) | ${ms(r.objects.median)} | ${runs(r.objects)} |
| Peer: eine SQL-Abfrage (Pivot, Fensterfunktionen, Klassen; eine Zeile je Stichtag zurück) | ${ms(r.peer.median)} | ${runs(r.peer)} |

| Ziel | Ergebnis |
| --- | --- |
| Index ≤ 300 ms (Rechnen) | ${ms(r.compute.median)}: ${verdict(r.compute.median <= targetMs)} |
| Index ≤ 300 ms (mit Ergebnisobjekten) | ${ms(r.objects.median)}: ${verdict(r.objects.median <= targetMs)} |
| Verhältnis zum Peer | Lesen + Rechnen ${(ours / r.peer.median).toFixed(2)} × der SQL-Abfrage; Rechnen allein ${(r.compute.median / r.peer.median).toFixed(3)} × |
| gleiche Klassen wie der Peer | ${agreement} |

${machineTable(r.machine)}`;
}

/** How B5 is built and what its numbers mean (see the B5 sections). */
export const b5Notes = `## B5 — Aufbau und Lesart

- **Unser Weg** liest alle Werte mit *einem* SELECT: je Stichtag und Indikator eine Zeile, die Werte des
  Indikators nach Gebiet geordnet in einem Feld (PostgreSQL: \`bytea\` aus \`float8send\`, von node-postgres
  nativ dekodiert; PGlite: Text, weil PGlite \`bytea\` in JavaScript dekodiert und dafür länger braucht als für
  die Abfrage selbst). So entstehen 70 Float64Arrays statt 7 Mio. Zeilenobjekten. Dann rechnet
  \`computeIndexColumns\` (src/lib/core/index/columns.ts) je Stichtag: Eignung, Polarität, z über die
  Statistikgesamtheit, gewichteter Mittelwert, erneute Standardisierung, Klassen — alles in Spalten.
- **\`computeIndex\`** baut daraus ein Objekt je Gebiet (z-Werte, Index, Klassen, Grund). Bei 100.000
  Gebieten × 10 Stichtagen sind das 1 Mio. Objekte mit je zwei Arrays; das kostet ein Vielfaches der
  Rechnung. Für Berlin (542 Planungsräume) ist das belanglos; wer viele Gebiete speichert, nimmt die Spalten.
- **Peer** ist eine SQL-Abfrage auf derselben Engine: Pivot der langen Tabelle (\`max(...) filter\`,
  \`group by date, unit\`), Fensterfunktionen \`avg\`/\`stddev_pop\` je Stichtag, gewichteter Mittelwert,
  erneute Standardisierung, Klassen aus den Grenzen; zurück kommt je Stichtag eine Zeile mit den
  Klassenpositionen aller Gebiete. Beide Seiten bekommen \`work_mem = 256MB\`.
- **Vergleich:** jede Status- und Dynamikklasse jedes Gebiets an jedem Stichtag muss gleich sein;
  erlaubt wären nur Werte näher als 1e-9 an einer Grenze (kam nicht vor).
- **Maschine:** 2 Kerne, geteilt mit parallel laufenden Tests anderer (Last 5–9). Eine Eichschleife
  (430 Durchläufe über 100.000 Float64-Werte) brauchte in dieser Zeit 310–1.760 ms statt der rund 40 ms
  einer ruhigen Maschine; die Rechenzeiten oben sind daher eher obere Grenzen.`;
