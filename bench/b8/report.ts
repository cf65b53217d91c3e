import { machineTable, type MachineInfo } from '../lib/machine';
import type { Series } from '../lib/timing';
import { needRates, type PlausibilityRow } from './plausibility';

export interface B8Case {
	band: string;
	catchment: number;
	decay: 'none' | 'gaussian';
	pairs: number;
	core: Series;
	sql: Series;
	/** Largest |A_i(core) − A_i(SQL)| over the Planungsräume. */
	maxDifference: number;
	/** |Σ A_i·P_i − Σ S_j| / Σ S_j over the Kitas that reach demand. */
	conservation: number;
	/** Kitas whose catchment holds no children. */
	unreached: number;
	/** Planungsräume that are unknown when unknown places stay unknown (strict). */
	unknownStrict: number;
}

export interface B8Result {
	cases: B8Case[];
	kitas: number;
	units: number;
	outside: number;
	unknownPlaces: Record<string, number>;
	plausibility: PlausibilityRow[];
	engine: string;
	machine: MachineInfo;
}

const targetMs = 1_000;
const de = (n: number, digits = 0) =>
	n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => `${de(n, n < 10 ? 2 : 0)} ms`;
const runs = (s: Series) => s.runs.map((r) => de(r, r < 10 ? 2 : 0)).join(' / ');
const maybe = (n: number | null, digits = 0) => (n === null ? '–' : de(n, digits));
const decayName = { none: 'ohne Abstandsgewichtung', gaussian: 'Gauß (Dai 2010)' };

export function b8Report(r: B8Result): string {
	const worst = Math.max(...r.cases.map((c) => c.core.median));
	const caseRows = r.cases
		.map(
			(c) =>
				`| ${c.band}, ${de(c.catchment)} m, ${decayName[c.decay]} | ${de(c.pairs)} | ${ms(c.core.median)} | ${runs(c.core)} | ${ms(c.sql.median)} | ${runs(c.sql)} | ${de(c.sql.median / c.core.median, 0)} × | ${c.maxDifference.toExponential(1)} | ${c.conservation.toExponential(1)} | ${de(c.unreached)} | ${de(c.unknownStrict)} |`
		)
		.join('\n');
	const plausibilityRows = r.plausibility
		.map(
			(p) =>
				`| ${p.code === 'Berlin' ? '**Berlin**' : `${p.code} ${p.name}`} | ${p.band} | ${maybe(p.children)} | ${maybe(p.places)} | ${maybe(p.coverageRate, 1)} | ${de(p.none, 1)} | ${de(p.gaussian, 1)} | ${maybe(p.placesNeeded)} | ${maybe(p.shortfall)} | ${maybe(p.surplus)} |`
		)
		.join('\n');
	const unknown = Object.entries(r.unknownPlaces)
		.map(([band, n]) => `${de(n)} ohne Plätze ${band.split(' ')[0]}`)
		.join(', ');
	return `## B8 2SFCA: Kita-Plätze im Einzugsbereich (2.552 Kitas × 447 Planungsräume)

Echte Daten (demo/berlin-lor-2006): ${de(r.kitas)} Kitas (Stand etwa 2017, WGS84, mit PostGIS nach EPSG:25833
projiziert) gegen ${de(r.units)} Planungsräume (Repräsentativpunkt \`ST_PointOnSurface\`), Kinder 0–<3 und 3–<6
am 31.12.2016. Gemessen: ein Aufruf von \`twoStepFca\` (src/lib/core/supply/two-step-fca.ts) einschließlich
Paarsuche (nach x sortierte Nachfrageorte, Streifen ± d0) und beider Schritte; Median aus ${r.cases[0]!.core.runs.length} Läufen nach einem
Aufwärmlauf. Gegenstück: dieselbe 2SFCA als eine SQL-Abfrage mit \`ST_DWithin\` und GiST-Indizes auf ${r.engine}
(Daten und Indizes vorher geladen, nicht gemessen). Kitas ohne Platzangabe (${unknown}) zählen hier in Kern und
SQL mit 0 Plätzen; die letzte Spalte zeigt, wie viele Planungsräume unbekannt blieben, wenn fehlende Plätze
fehlend bleiben (so rechnet der Kern, wenn man ihm \`null\` gibt).

| Fall | Paare (W > 0) | Kern Median | Läufe (ms) | SQL Median | Läufe (ms) | SQL / Kern | max. Abweichung A_i | Erhaltung Σ A·P = Σ S (rel. Fehler) | Kitas ohne Kinder im Einzugsbereich | Planungsräume unbekannt (streng) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${caseRows}

| Ziel / Prüfung | Ergebnis |
| --- | --- |
| ≤ 1 s (langsamster Fall, Median) | ${ms(worst)}: ${worst <= targetMs ? '**erreicht**' : '**nicht erreicht**'} |
| Kern und SQL gleich bis 1e-9 je Planungsraum | ${r.cases.every((c) => c.maxDifference <= 1e-9) ? 'ja, in allen Fällen' : '**nein**'} |
| Kitas außerhalb aller Planungsräume | ${de(r.outside)} |

Plausibilität je Bezirk (erste zwei Stellen des LOR-Schlüssels): Plätze der Kitas im Bezirk (Punkt in Polygon),
Versorgungsquote = Plätze / Kinder × 100, daneben die 2SFCA-Versorgung als Plätze je 100 Kinder, mit der
Kinderzahl gewichtet (Σ A_i · P_i / Σ P_i × 100; U3 1.000 m, Ü3 1.500 m). Platzbedarf, Fehlbedarf und Überhang
mit den Beispiel-Bedarfsquoten aus DOMAIN.md §4 (U3 ${needRates.u3} %, Ü3 ${needRates.ue3} %; zur Veranschaulichung, nicht Berlins
Planungswerte) über src/lib/core/supply/need.ts. Die U3-Plätze der Datei gelten für Kinder unter 3 Jahren, die
Kinderzahl 0–<3 schließt die unter Einjährigen ein, die selten eine Kita besuchen: die U3-Quote ist daher niedrig.
Die Ü3-Plätze gelten bis zur Einschulung (etwa 6,5 Jahre), die Kinderzahl 3–<6: Quoten über 100 sind erwartbar.

| Bezirk | Altersgruppe | Kinder | Plätze | Versorgungsquote | 2SFCA ohne Gewichtung | 2SFCA Gauß | Platzbedarf | Fehlbedarf | Überhang |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${plausibilityRows}

Lesart: Über ganz Berlin liegt die 2SFCA-Zahl unter der Versorgungsquote, weil Kitas ohne Kinder im
Einzugsbereich (Spalte oben) ihre Plätze niemandem geben. Zwischen den Bezirken wirken Plätze über die Grenzen:
wo die 2SFCA-Zahl über der Versorgungsquote liegt, versorgen Kitas jenseits der Bezirksgrenze mit. Der
Repräsentativpunkt je Planungsraum ist eine grobe Näherung der Wohnorte: große Planungsräume am Stadtrand
erreichen mit 1 km nur die Kitas nahe ihrem Punkt. Die streng gerechnete Spalte zeigt, wie weit sich eine
einzige fehlende Platzzahl ausbreitet: ein Dienst muss fehlende Plätze sichtbar machen, nicht still als 0 zählen.

${machineTable(r.machine)}`;
}
