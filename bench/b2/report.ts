import { machineTable, type MachineInfo } from '../lib/machine';
import { seconds, type Series } from '../lib/timing';
import { dates, indicators, layers, variableCount } from './city';

export interface B2Result {
	engine: 'pglite' | 'postgres';
	label: string;
	version: string;
	observations: number;
	service: Series;
	hand: Series;
	computeOnly: Series;
	check: { compared: number; worst: number; problems: string[] };
	machine: MachineInfo;
}

const targetMs = 1_500;
const de = (n: number) => n.toLocaleString('de-DE');
const runs = (s: Series) => s.runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ');
const verdict = (met: boolean) => (met ? '**erreicht**' : '**nicht erreicht**');

export function b2Report(r: B2Result): string {
	const values = indicators.length * dates.length * layers.reduce((s, l) => s + l.count, 0);
	const ratio = r.service.median / r.hand.median;
	const ratioCompute = r.service.median / r.computeOnly.median;
	const agreement = r.check.problems.length
		? `**Abweichungen:** ${r.check.problems.join('; ')}`
		: `alle ${de(r.check.compared)} Werte gleich (größte relative Abweichung ${r.check.worst.toExponential(1)})`;
	return `## B2 Indikatoren — ${r.engine === 'pglite' ? 'eingebettet (PGlite)' : 'PostgreSQL'}

${r.label}, ${r.version.split(',')[0]}. Stadt: ${layers.map((l) => `${de(l.count)} ${l.name}`).join(' → ')};
${variableCount} Zählvariablen × ${dates.length} Stichtage = ${de(r.observations)} Beobachtungen. Gemessen: alle
${indicators.length} Quoten auf allen ${layers.length} Ebenen an allen ${dates.length} Stichtagen = ${de(values)} Werte
(mit Zähler-, Nennersumme, Abdeckung, Status), Median aus ${r.service.runs.length} Läufen nach einem Aufwärmlauf.

| Messung | Median | Läufe (s) |
| --- | --- | --- |
| Service \`indicatorValueTable\` (eine Anfrage, Werte als Objekte in Node) | ${seconds(r.service.median)} | ${runs(r.service)} |
| Hand-SQL: eine GROUP BY, Zeilen zum Client | ${seconds(r.hand.median)} | ${runs(r.hand)} |
| Hand-SQL, nur berechnet (\`count(*)\` darüber, ohne Übertragung) | ${seconds(r.computeOnly.median)} | ${runs(r.computeOnly)} |

| Ziel | Ergebnis |
| --- | --- |
| ≤ 1,5 s | ${seconds(r.service.median)}: ${verdict(r.service.median <= targetMs)} |
| ≤ 2 × Hand-SQL | ${ratio.toFixed(2)} ×: ${verdict(ratio <= 2)} (gegen die reine Berechnung ohne Übertragung: ${ratioCompute.toFixed(2)} ×) |
| gleiche Zahlen wie Hand-SQL | ${agreement} |

${machineTable(r.machine)}`;
}

/** What was tried on the way, with the numbers seen on the development machine (see the B2 sections). */
export const b2Notes = `## B2 — Entwurf und was versucht wurde

Gemessen während der Entwicklung auf derselben Maschine (2 Kerne, durch parallele Tests stark und
wechselnd belastet, Last 2–9); Zahlen daher nur als Größenordnung.

1. **Erster Entwurf** (Σ über die Vorfahren-Closure, gruppiert nach Einheit, Ebene, Stichtag und Abstand,
   Ergebnis als Zeilen): auf PostgreSQL 15 ≈ 2 × Hand-SQL. Ursachen laut \`EXPLAIN ANALYZE\`:
   (a) der Join \`variable_id = a OR variable_id = b\` wurde zur Nested Loop mit 75 Mio. Vergleichen —
   ersetzt durch eine Liste (Term, Variable, Rolle) und einen Hash-Join; (b) der Gruppenschlüssel mit
   Abstand und Ebene ließ den Planer 6,3 statt 1,7 Mio. Gruppen schätzen und auf Platte sortieren.
2. **Eigene Beobachtungen getrennt**: Werte an der Zieleinheit selbst (Abstand 0) werden nicht
   aggregiert, nur was darunter liegt — bei Blöcken als Zielebene entfällt so die größte Gruppierung
   (1,5 Mio. Gruppen), die übrigen 4,5 Mio. Zeilen fallen in 168.000 Gruppen. Abstände werden als
   min/max je Gruppe mitgeführt; liegen Daten auf mehreren Ebenen, rechnet eine zweite, seltene Abfrage.
3. **Übertragung**: 1,7 Mio. Ergebniszeilen zu lesen kostete auf PGlite ≈ 19 s, mehr als die Abfrage
   selbst (Hand-SQL: ≈ 6 s Berechnung, ≈ 38 s mit Zeilen). Die Werte reisen daher als eine Zeile je
   Term × Ebene × Stichtag mit kommagetrennten Spalten (\`string_agg\`): auf PGlite ≈ 12 s statt ≈ 27 s.
   Als Arrays (\`array_agg\`) war es langsamer (node-postgres parst Arrays elementweise).
4. **Planer-Einstellungen für große Anfragen** (\`SET LOCAL\` in ihrer Transaktion; das Hand-SQL bekommt
   \`work_mem\` und \`jit = off\` ebenso, \`enable_sort = off\` nicht, weil es damit langsamer wurde, auf
   PGlite ≈ 25 → 31 s): \`work_mem = 256MB\` (mit 4 MB lagern die Hash-Tabellen aus, auf PGlite in sein
   Speicher-Dateisystem, ≈ 2 × langsamer); \`enable_sort = off\` (über CTEs schätzt der Planer bis zu
   4,7 Mio. statt 168.000 Gruppen und sortiert dann 4,5 Mio. Zeilen auf Platte: auf PGlite 19–28 s statt
   12–14 s für die Abfrage); \`jit = off\` (PostgreSQL 15 brauchte 0,7 s zum Übersetzen, ohne Gewinn).
5. **Eine Anfrage für alle Ebenen** statt vier (eine je Ebene): ≈ 30 % schneller, weil die Paare
   (Zähler, Nenner je Block) nur einmal gebildet werden. Zielobjekte als Position in der Einheitenliste
   statt UUID (60 MB weniger Text); die Einheitenliste und die Summen kommen aus einem Snapshot
   (Transaktion mit REPEATABLE READ), damit die Positionen dieselben Einheiten meinen.
6. **Node-Seite**: Hilfsobjekte je Einheit werden wiederverwendet; laut Profil machte die Speicherbereinigung
   vorher ≈ 2 s je Lauf aus.
7. \`ANALYZE\` nach dem Laden; die Beobachtungen werden per Seq-Scan gelesen (fast alle Variablen nötig),
   ein weiterer Index bringt hier nichts. Neu ist nur der Index (tenant, ancestor_id, distance) für
   Zeitreihen einer Einheit und die seltene Paarung über Ebenen.
8. **Nicht umgesetzt**: Summen Ebene für Ebene nach oben rollen (Blöcke → Sozialräume → …) statt über die
   Closure (4,5 Mio. Join-Zeilen → ≈ 1,7 Mio.); das spart geschätzt 2–4 s, macht das SQL aber von der
   Tiefe der Hierarchie abhängig. Paare per FULL JOIN statt GROUP BY zu bilden war langsamer (PGlite 5–8 s
   statt 2,6–4,8 s).

Das Ziel von 1,5 s verfehlt auf dieser Maschine auch das Hand-SQL selbst deutlich (PostgreSQL: 3,4 s nur
für die Berechnung, 6,3 s mit Zeilen). Gegen die reine Berechnung braucht der Dienst 2,5 ×: Er wählt je
Einheit die Quellebene, zählt die Abdeckung, überträgt 1,7 Mio. Werte mit ihren Summen und baut daraus
die Ergebnisobjekte in Node.`;
