import { machineTable, type MachineInfo } from '../lib/machine';
import type { Series } from '../lib/timing';
import { dates, goalCount, unitCount } from './city';

export interface Agreement {
	compared: number;
	/** How many ratings (scopes and units) fell into each class. */
	counts: Record<string, number>;
	problems: string[];
}

export interface B11Result {
	engine: 'pglite' | 'postgres';
	label: string;
	version: string;
	goalUnits: number;
	cold: Series;
	warm: Series;
	peer: Series;
	record: number;
	agreement: Agreement;
	machine: MachineInfo;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const runs = (s: Series) => s.runs.map((v) => v.toFixed(0)).join(' / ');
const verdict = (met: boolean) => (met ? '**erreicht**' : '**nicht erreicht**');
const de = (n: number) => n.toLocaleString('de-DE');
const ratingNames: Record<string, string> = {
	reached: 'erreicht',
	on_track: 'auf Kurs',
	at_risk: 'gefährdet',
	off_track: 'nicht auf Kurs',
	no_data: 'keine Daten'
};

export function b11Report(r: B11Result): string {
	const targetMs = r.engine === 'postgres' ? 1_000 : 2_000;
	const a = r.agreement;
	const mix = Object.entries(a.counts)
		.map(([rating, n]) => `${ratingNames[rating] ?? rating} ${de(n)}`)
		.join(', ');
	const agreement = a.problems.length
		? `**${de(a.problems.length)} Abweichungen** von ${de(a.compared)}, z. B. ${a.problems[0]}`
		: `alle ${de(a.compared)} Bewertungen, aktuellen Werte und Projektionen gleich (${mix})`;
	return `## B11 Zielprüfung — ${r.engine === 'pglite' ? 'eingebettet (PGlite)' : 'PostgreSQL'}

${r.label}, ${r.version.split(',')[0]}. ${de(goalCount)} Ziele auf 10 Quoten über je 1 … ${unitCount} von ${unitCount}
Sozialräumen (zusammen ${de(r.goalUnits)} Ziel-Gebiete), ${dates.length} Stichtage. Geprüft wird jedes Ziel als
Ganzes und in jedem Gebiet: Reihe, Fünfjahrestrend, Projektion, Bewertung. Median aus ${r.cold.runs.length} Läufen nach einem Aufwärmlauf.

| Messung | Median | Läufe (ms) |
| --- | --- | --- |
| Unsere Prüfung kalt: \`checkAllGoals\` mit leerem Werte-Cache (wie nach einer Datenänderung) | ${ms(r.cold.median)} | ${runs(r.cold)} |
| Unsere Prüfung warm (Werte im Cache) | ${ms(r.warm.median)} | ${runs(r.warm)} |
| Peer: eine SQL-Abfrage derselben Bewertungen (Zeilen zum Client) | ${ms(r.peer.median)} | ${runs(r.peer)} |
| zur Information: Bewertungen speichern (\`recordGoalRatings\`, erster Lauf, alle Ziele und Gebiete) | ${ms(r.record)} | |

| Ziel | Ergebnis |
| --- | --- |
| volle Prüfung ≤ ${de(targetMs)} ms (kalt) | ${ms(r.cold.median)}: ${verdict(r.cold.median <= targetMs)} |
| Verhältnis zum Peer | kalt ${(r.cold.median / r.peer.median).toFixed(2)} ×, warm ${(r.warm.median / r.peer.median).toFixed(2)} × der SQL-Abfrage |
| gleiche Ergebnisse wie der Peer | ${agreement} |

${machineTable(r.machine)}`;
}

export interface B11Overview {
	goals: number;
	cold: Series;
	warm: Series;
	machine: MachineInfo;
}

export function b11OverviewReport(r: B11Overview): string {
	return `## B11 Steuerungsübersicht auf dem Demo

Berliner Demo (eingebettet, PGlite im Speicher) mit ihrem Beispielplan, ${r.goals} Ziele. Gemessen wird, was die
Seite \`/app/berlin/steuerung\` lädt: alle Ziele geprüft, Indikatoren, Handlungsfelder, Ämter, Präsenter — im
Prozess, ohne HTTP und Rendern. Kalt: Caches geleert (wie nach einem Start oder einer Datenänderung).
Median aus ${r.warm.runs.length} Läufen nach einem Aufwärmlauf.

| Messung | Median | Läufe (ms) |
| --- | --- | --- |
| Übersicht kalt | ${ms(r.cold.median)} | ${runs(r.cold)} |
| Übersicht warm | ${ms(r.warm.median)} | ${runs(r.warm)} |

| Ziel | Ergebnis |
| --- | --- |
| Übersicht ≤ 300 ms warm | ${ms(r.warm.median)}: ${verdict(r.warm.median <= 300)} |

${machineTable(r.machine)}`;
}

/** How B11 is built and what its numbers mean (see the B11 sections). */
export const b11Notes = `## B11 — Aufbau und Lesart

- **Plan:** 10 Bezirke → 500 Sozialräume, 5 Einwohnerzahlen und 10 Zählmerkmale je Sozialraum an 10 Stichtagen
  (2015–2024), 10 Quoten. 1.000 Ziele (Handlungsziele, Gebietsbezug „gewählte Gebiete“) auf je einer Quote
  über 1 … 500 zufällig gewählte Sozialräume, Richtung, Basiswert 2015, Zielwert und Zieldatum 2022–2030; die
  Zählwerte driften je Gebiet, so fallen Ziele in jede Bewertung. Erzeugt mit festem Startwert, nicht gemessen.
- **Unsere Prüfung** ist \`checkAllGoals\` (src/lib/server/values/goal-check.ts), dieselbe Funktion wie die
  Steuerungsübersicht und die Bewertung nach jeder Datenänderung: eine Abfrage für die Ziele, eine für die Gebiete
  aller Ziele (je Ziel eine Liste, gehalten bis zur nächsten Änderung), je Quote die Werte aller Sozialräume über
  den Werte-Cache; die Reihe jedes Gebiets wird einmal je Quote sortiert und ihr Fünfjahrestrend berechnet
  (\`seriesFacts\`), dann je Ziel nur noch Zielwert und Projektion (\`checkFacts\`). Der Wert des ganzen
  Gebietsbezugs ist Σ Zähler / Σ Nenner über seine Gebiete, summiert über Spalten je Gebietsposition
  (core/monitoring/cell-columns.ts). *Kalt* heißt: Werte-Cache und Mandanten-Memo geleert, wie nach einer
  Datenänderung. Wohin die kalte Zeit geht (PostgreSQL, gemessen am 7.12.): die Werte der 10 Quoten neu
  berechnen ≈ 0,8 s (davon ≈ 0,3 s Abfragen), die Gebiete der Ziele ≈ 0,25 s, die Prüfung selbst ≈ 0,5 s.
- **Peer** ist eine SQL-Abfrage auf derselben Engine, von Hand für genau diesen Plan geschrieben: Zähler und
  Nenner je Gebiet und Stichtag, je Ziel die Reihen der Gebiete und die Summenreihe, letzter Wert, erster Wert im
  Fünfjahresfenster, Projektion, Bewertung mit denselben Grenzen (5 % und 20 % der Restdistanz, Toleranz 1e-9).
  Beide Seiten bekommen \`work_mem = 256MB\`.
- **Vergleich:** jede Bewertung (ganzer Gebietsbezug und jedes Gebiet) muss gleich sein, aktuelle Werte und
  Projektionen bis auf 1e-9 relativ.
- **Bewertungen speichern** (\`recordGoalRatings\`) schreibt nach jeder Datenänderung für jedes Ziel, dessen
  Bewertung sich bewegt hat, eine Zeile für den ganzen Gebietsbezug und eine je Gebiet — hier im ersten Lauf rund
  250.000 Zeilen, als Arrays in einer Anweisung je 50.000 Zeilen (vorher eine Anweisung je Ziel: Minuten).
- **Die Übersicht auf dem Demo** misst, was die Seite lädt, im Prozess (ohne HTTP und Rendern).`;
