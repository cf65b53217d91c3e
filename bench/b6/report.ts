import { machineTable, type MachineInfo } from '../lib/machine';
import { seconds, type Series } from '../lib/timing';
import { levels, variableCount } from './city';

export interface SampleCheck {
	sampled: number;
	checked: number;
	recoverable: number;
	skipped: number;
}

export interface B6Result {
	cells: number;
	equations: number;
	engine: Series;
	engineCounts: { primary: number; secondary: number; audited: number; unprotected: number };
	sql: Series;
	sqlCounts: { primary: number; secondary: number; passes: number };
	sqlVersion: string;
	/** Cells whose status differs between engine and SQL peer. */
	differing: number;
	checks: {
		primaryPublished: number;
		engineOneEquation: number;
		sqlOneEquation: number;
		sample: SampleCheck;
		maxCells: number;
	};
	bands: {
		cells: number;
		series: Series;
		primary: number;
		secondary: number;
		audited: number;
		unprotected: number;
		sample: SampleCheck;
	};
	machine: MachineInfo;
}

const targetMs = 2_000;
const de = (n: number) => n.toLocaleString('de-DE');
const runs = (s: Series) => s.runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ');
const sampleText = (s: SampleCheck, max: number) =>
	`${de(s.sampled)} gesperrte Zellen gezogen, ${de(s.checked)} geprüft, ${de(s.recoverable)} errechenbar` +
	(s.skipped
		? `; ${de(s.skipped)} nicht geprüft (zusammenhängende gesperrte Menge > ${de(max)} Zellen, dichte Ränge zu teuer)`
		: '');
const verdict = (met: boolean) => (met ? '**erreicht**' : '**nicht erreicht**');

export function b6Report(r: B6Result): string {
	const c = r.checks;
	const ratio = r.engine.median / r.sql.median;
	return `## B6 Geheimhaltung (Zellsperrung)

Erzeugte Stadt: ${levels.map((l) => `${de(l.count)} ${l.name}`).join(' → ')}; ${variableCount} Zählvariablen mit
kleinräumigen Fallzahlen (Blockwerte exponentiell um Mittelwerte von 0,3 bis 40, viele 0–5) =
${de(r.cells)} Zellen, ${de(r.equations)} Summengleichungen (Elternsumme = Σ Kinder, je Variable). Regel: k = 3,
Nullen gesperrt. Gemessen: alle ${variableCount} Variablen in einem Aufruf von \`suppressCells\`, einschließlich
Aufbau der Zellen und Gleichungen (\`hierarchyVariableEquations\`); Median aus ${r.engine.runs.length} Läufen nach
einem Aufwärmlauf.

| Messung | Median | Läufe (s) | primär | sekundär |
| --- | --- | --- | --- | --- |
| Kern \`suppressCells\` (TypeScript, Node) | ${seconds(r.engine.median)} | ${runs(r.engine)} | ${de(r.engineCounts.primary)} | ${de(r.engineCounts.secondary)} |
| SQL-Gegenstück auf ${r.sqlVersion}: primär (1 UPDATE) + sekundär als Fixpunkt (${r.sqlCounts.passes} UPDATE-Durchgänge) | ${seconds(r.sql.median)} | ${runs(r.sql)} | ${de(r.sqlCounts.primary)} | ${de(r.sqlCounts.secondary)} |

| Ziel / Prüfung | Ergebnis |
| --- | --- |
| ≤ 2 s | ${seconds(r.engine.median)}: ${verdict(r.engine.median <= targetMs)} |
| Verhältnis Kern / SQL | ${ratio.toFixed(2)} × |
| nichts unter k veröffentlicht | ${c.primaryPublished === 0 ? 'ja' : `**nein: ${de(c.primaryPublished)} Zellen**`} |
| keine Summe mit genau einer gesperrten Zelle (Kern / SQL) | ${de(c.engineOneEquation)} / ${de(c.sqlOneEquation)} Summen verletzt |
| unabhängige exakte Prüfung (Rangvergleich, BigInt) auf einer Stichprobe | ${sampleText(c.sample, c.maxCells)} |
| exakter Audit im Kern | ${de(r.engineCounts.audited)} Zellen geprüft (Hierarchie = Wald von Summen: Audit entfällt, siehe audit.ts), ${de(r.engineCounts.unprotected)} ungeschützt |
| Kern und SQL gleich | ${r.differing === 0 ? 'alle Zellen gleich' : `${de(r.differing)} Zellen mit anderem Status (SQL entscheidet je Durchgang alle Summen zugleich, der Kern nacheinander in fester Reihenfolge)`} |

Zusätzlich, ohne Ziel: der Fall mit verschränkten Summen, in dem der exakte Audit läuft — drei Variablen
(etwa Altersbänder) und ihre Summe je Einheit entlang derselben Hierarchie (${de(r.bands.cells)} Zellen).

| Audit-Fall | Median | Läufe (s) | primär | sekundär | im Audit | ungeschützt | unabhängige Prüfung |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 3 Bänder + Summe × ${de(levels.reduce((s, l) => s + l.count, 0))} Einheiten | ${seconds(r.bands.series.median)} | ${runs(r.bands.series)} | ${de(r.bands.primary)} | ${de(r.bands.secondary)} | ${de(r.bands.audited)} | ${de(r.bands.unprotected)} | ${sampleText(r.bands.sample, c.maxCells)} |

Was das Verfahren nicht leistet: Schranken. Eine gesperrte Zelle ist nicht errechenbar, aber ≥ 0 und
höchstens Summe minus veröffentlichte Teile; ist der mitgesperrte Partner klein, ist dieses Intervall eng.
Schutzintervalle (wie in τ-ARGUS) sind nicht umgesetzt.

${machineTable(r.machine)}`;
}
