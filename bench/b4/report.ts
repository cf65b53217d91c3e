import { median } from '../lib/timing';
import type { FirstLoad, Script, Switch, Warmup } from './measure';
import { percentile } from './measure';
import { berlinDates, berlinIndicators } from './states';
import { rasterIndicators } from './raster';

export interface RecolourResult {
	/** null: the page did not keep the contract (see problems). */
	app: Switch[] | null;
	peer: Switch[];
}

export interface B4Result {
	chromium: string;
	warmups: Warmup[];
	/** The GeoJSON the app's map loaded (and the peer drew), per layer. */
	geoJson: { berlin: string; raster: string };
	berlin: RecolourResult;
	raster: RecolourResult;
	loads: FirstLoad[];
	scripts: Script[];
	withoutMap: Script[];
	frames: { app: number[] | null; peer: number[] };
	problems: string[];
	runs: number;
	switchesPerKind: number;
}

export const targets = { switchMs: 150, firstLoadMs: 2000, jsKb: 350 };

const ms = (n: number | null | undefined) =>
	n === null || n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const reached = (ok: boolean | null) =>
	ok === null ? '**nicht gemessen**' : ok ? '**erreicht**' : '**nicht erreicht**';

function summary(switches: Switch[], kind?: Switch['kind']) {
	const chosen = kind ? switches.filter((s) => s.kind === kind) : switches;
	const marks = chosen.map((s) => s.marks).filter((m): m is number => m !== null);
	return {
		n: chosen.length,
		marks: marks.length ? median(marks) : null,
		p95: marks.length ? percentile(marks, 95) : null,
		frame: median(chosen.map((s) => s.frame).filter((m): m is number => m !== null)),
		wall: median(chosen.map((s) => s.wall)),
		missing: chosen.length - marks.length
	};
}

function switchRows(name: string, switches: Switch[] | null): string[] {
	if (!switches) return [`| ${name} | – | – | – | – | – | nicht gemessen (siehe oben) |`];
	return (['indikator', 'datum', undefined] as const).map((kind) => {
		const s = summary(switches, kind);
		const label = kind === 'indikator' ? 'Indikator' : kind === 'datum' ? 'Stichtag' : 'beide';
		return `| ${name}: ${label} | ${ms(s.marks)} | ${ms(s.p95)} | ${ms(s.frame)} | ${ms(s.wall)} | ${s.n} | ${s.missing ? `${s.missing} ohne Marke` : ''} |`;
	});
}

function switchTable(result: RecolourResult, peerLabel: string): string {
	return [
		'| Umschalten | Median (Marken) | p95 (Marken) | Median bis Bild (Doppel-rAF) | Median Wandzeit (Treiber) | Anzahl | |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...switchRows('App', result.app),
		...switchRows(peerLabel, result.peer)
	].join('\n');
}

function frameRow(name: string, deltas: number[] | null): string {
	if (!deltas || deltas.length === 0) return `| ${name} | – | – | – | – | nicht gemessen |`;
	const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
	const slow = deltas.filter((d) => d > 33.4).length;
	return `| ${name} | ${median(deltas).toFixed(1)} ms | ${percentile(deltas, 95).toFixed(1)} ms | ${(1000 / mean).toFixed(0)} | ${((100 * slow) / deltas.length).toFixed(0)} % | ${deltas.length} |`;
}

export function report(result: B4Result, machine: string): string {
	const app = result.berlin.app ? summary(result.berlin.app) : null;
	const appSwitch = app?.marks ?? null;
	const loadsPainted = result.loads.map((l) => l.mapPainted).filter((m): m is number => m !== null);
	const painted =
		loadsPainted.length === result.loads.length && loadsPainted.length ? median(loadsPainted) : null;
	const dcl = median(result.loads.map((l) => l.domContentLoaded));
	const load = median(result.loads.map((l) => l.load));
	const sum = (scripts: Script[]) => scripts.reduce((a, s) => a + s.gzip, 0);
	const maplibre = result.scripts.filter((s) => s.maplibre);
	const rest = result.scripts.filter((s) => !s.maplibre);
	const withoutMapMaplibre = result.withoutMap.filter((s) => s.maplibre);
	const rasterApp = result.raster.app ? summary(result.raster.app) : null;
	const fileName = (s: Script) => new URL(s.url).pathname.split('/').pop();
	const problems = result.problems.length
		? `\n**Nicht gemessen** (Vertrag der Seite: \`#indikator\`, \`#datum\`, \`performance.mark('qs-monitoring-input')\`,
\`performance.mark('qs-map-painted')\`, \`.qs-choropleth[data-painted]\`):\n\n${result.problems.map((p) => `- ${p}`).join('\n')}\n`
		: '';
	return `## B4 Browser — Monitoring-Arbeitsbereich in Chromium

Headless ${result.chromium.startsWith('1') ? `Chromium ${result.chromium}` : result.chromium} (Debian, \`--headless --disable-gpu\`: WebGL in Software) über Playwright,
Fenster 1280 × 900, gegen die gebaute App (\`npm start\`, eingebettete Datenbank, Berliner Beispieldaten) auf localhost.
Umschalten: abwechselnd Indikator (\`#indikator\`: ${berlinIndicators.join(' ↔ ')}) und Stichtag (\`#datum\`, Pfeiltaste:
${berlinDates.map((d) => d.slice(0, 4)).join(' ↔ ')}), ${result.switchesPerKind} Mal je Art nach 2 × 2 Aufwärm-Wechseln; gemessen
\`qs-monitoring-input\` → \`qs-map-painted\` (Marken der Seite) und zur Kontrolle die Wandzeit im Treiber (Eingabe bis
\`data-painted\` gezählt, Abfrage je Frame). Peer: eine schlichte MapLibre-Seite ohne App (bench/b4/peer.html), dasselbe
GeoJSON, dieselben Farben (Quantile, 5 Klassen, vorab berechnet), per \`setFeatureState\` gesetzt, „gezeichnet“ beim
nächsten \`idle\` wie in der App — die Kosten von MapLibre allein, ohne Laden der Werte. „Bis Bild“: bis zum
zweiten \`requestAnimationFrame\` nach dem Hochzählen von \`data-painted\` (mit WebGL in Software rechnet der
GPU-Prozess nach der Marke noch weiter). GeoJSON der Karte: \`${result.geoJson.berlin}\` bzw. \`${result.geoJson.raster}\`.
${problems}
### 447 Planungsräume

${switchTable(result.berlin, 'Peer (MapLibre allein)')}

### Erstes Laden und JavaScript

Erster Aufruf jeder Seite nach dem Start des Servers (Werte-Cache leer; nicht in den Medianen):

| Seite | erstes Byte | load | Karte gezeichnet |
| --- | --- | --- | --- |
${result.warmups.map((w) => `| ${w.label} | ${ms(w.responseStart)} | ${ms(w.load)} | ${ms(w.mapPainted)} |`).join('\n')}

Kalt (je Lauf ein neuer Browser-Kontext, leerer Cache, angemeldet), \`/app/berlin/monitoring?indikator=${berlinIndicators[0]}&ebene=planungsraum\`,
Median aus ${result.loads.length} Läufen, ab Navigationsbeginn.

| Messung | Median | Läufe |
| --- | --- | --- |
| erstes Byte der Seite (Server) | ${ms(median(result.loads.map((l) => l.responseStart)))} | ${result.loads.map((l) => l.responseStart.toFixed(0)).join(' / ')} |
| DOMContentLoaded | ${ms(dcl)} | ${result.loads.map((l) => l.domContentLoaded.toFixed(0)).join(' / ')} |
| load | ${ms(load)} | ${result.loads.map((l) => l.load.toFixed(0)).join(' / ')} |
| Karte gezeichnet (\`qs-map-painted\`, erste Marke) | ${ms(painted)} | ${result.loads.map((l) => (l.mapPainted === null ? '–' : l.mapPainted.toFixed(0))).join(' / ')} |

JavaScript der Seite (alle JS-Antworten des Kontexts einschließlich Worker, jede mit gzip Stufe 9 gepackt):

| | Dateien | roh | gzip |
| --- | --- | --- | --- |
| alles | ${result.scripts.length} | ${kb(result.scripts.reduce((a, s) => a + s.bytes, 0))} | ${kb(sum(result.scripts))} |
| davon MapLibre (${maplibre.map(fileName).join(', ') || '–'}) | ${maplibre.length} | ${kb(maplibre.reduce((a, s) => a + s.bytes, 0))} | ${kb(sum(maplibre))} |
| **ohne MapLibre** | ${rest.length} | ${kb(rest.reduce((a, s) => a + s.bytes, 0))} | **${kb(sum(rest))}** |
| Seite ohne Karte (\`/app/berlin/daten/indikatoren\`) | ${result.withoutMap.length} | ${kb(result.withoutMap.reduce((a, s) => a + s.bytes, 0))} | ${kb(sum(result.withoutMap))}; MapLibre geladen: ${withoutMapMaplibre.length ? `**ja** (${withoutMapMaplibre.map(fileName).join(', ')})` : 'nein'} |

### Synthetische Ebene mit 10.000 Rasterzellen

100 × 100 Quadrate über Berlins Ausdehnung, per \`importUnits\` (GeoJSON) und \`importObservations\` (90.000 Werte)
in den Mandanten \`b4-raster\` importiert; Quoten ${rasterIndicators.join(' ↔ ')}, Stichtage 2023 ↔ 2024.

${switchTable(result.raster, 'Peer (MapLibre allein)')}

Verschieben der Karte: 6 Züge mit der Maus (je 40 Schritte à 6 px, etwa einer je Frame), Abstände der
\`requestAnimationFrame\`-Rückrufe der Seite währenddessen.

| Verschieben | Median Frame | p95 Frame | Bilder/s | Frames > 33 ms | Frames |
| --- | --- | --- | --- | --- | --- |
${frameRow('App', result.frames.app)}
${frameRow('Peer (MapLibre allein)', result.frames.peer)}

| Ziel | Ergebnis |
| --- | --- |
| Umschalten (447 Planungsräume) ≤ ${targets.switchMs} ms, Median | ${ms(appSwitch)}: ${reached(appSwitch === null ? null : appSwitch <= targets.switchMs)} (Peer: ${ms(summary(result.berlin.peer).marks)}) |
| Erstes Laden bis interaktiv ≤ 2 s | Karte gezeichnet ${ms(painted)}: ${reached(painted === null ? null : painted <= targets.firstLoadMs)} (load ${ms(load)}) |
| JavaScript ≤ ${targets.jsKb} KB gzip ohne MapLibre | ${kb(sum(rest))}: ${reached(result.scripts.length === 0 ? null : sum(rest) <= targets.jsKb * 1024)} |
| MapLibre nur, wo eine Karte ist | ${withoutMapMaplibre.length ? '**nicht erreicht**' : '**erreicht**'} (Seite ohne Karte lädt ${withoutMapMaplibre.length ? 'MapLibre' : 'kein MapLibre'}) |
| 10.000 Einheiten: flüssig verschieben und umfärben | Umfärben ${ms(rasterApp?.marks)}, Frame ${result.frames.app?.length ? `${median(result.frames.app).toFixed(1)} ms (p95 ${percentile(result.frames.app, 95).toFixed(1)} ms)` : '–'} |

${machine}
| Browser | ${result.chromium} |`;
}
