import { machineTable, type MachineInfo } from '../lib/machine';
import type { Series } from '../lib/timing';

export interface B9Row {
	who: string;
	how: string;
	series: Series;
	outside: number;
	/** Points whose unit differs from turf's (−1 = outside counts as a unit). */
	disagreements: number;
}

export interface B9Result {
	points: number;
	units: number;
	bbox: [number, number, number, number];
	loads: { engine: string; ms: number }[];
	rows: B9Row[];
	turf: Series;
	turfOutside: number;
	skipped: string[];
	investigation: string[];
	machine: MachineInfo;
}

const de = (n: number, digits = 0) =>
	n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (ms: number) => `${de(ms / 1000, 2)} s`;
const runs = (series: Series) => series.runs.map((r) => de(r / 1000, 2)).join(' / ');

export function b9Report(r: B9Result): string {
	const rate = (ms: number) => de((r.points / ms) * 1000);
	const turfRow = `| turf.js + flatbush (Node) | \`booleanPointInPolygon\`, Vorauswahl über die Rechtecke der Polygone (Index je Lauf neu gebaut) | ${s(r.turf.median)} | ${runs(r.turf)} | ${rate(r.turf.median)} | 1,00 | ${de(r.turfOutside)} | – |`;
	const rows = r.rows
		.map(
			(row) =>
				`| ${row.who} | ${row.how} | ${s(row.series.median)} | ${runs(row.series)} | ${rate(row.series.median)} | ${de(row.series.median / r.turf.median, 2)} | ${de(row.outside)} | ${de(row.disagreements)} |`
		)
		.join('\n');
	const loads = r.loads.map((l) => `${l.engine}: ${s(l.ms)}`).join('; ');
	const agree = r.rows.every((row) => row.disagreements === 0);
	return `## B9 Punkt in Polygon: 1 Mio. Punkte → 447 Planungsräume

${de(r.points)} Punkte, gleichverteilt (Zufallszahlen mit festem Startwert, mulberry32) im umschließenden Rechteck
der ${de(r.units)} Berliner Planungsräume in EPSG:4326 (Länge ${de(r.bbox[0], 4)}–${de(r.bbox[2], 4)}, Breite
${de(r.bbox[1], 4)}–${de(r.bbox[3], 4)}); etwa die Hälfte liegt außerhalb Berlins und wird als „außerhalb“ gezählt.
Die Polygone (demo/berlin-lor-2006, EPSG:25833) wurden einmal mit PostGIS nach EPSG:4326 umgerechnet und als
GeoJSON mit 15 Nachkommastellen an beide Datenbanken und turf.js gegeben: alle drei sehen dieselben Koordinaten.
Gemessen in der Datenbank: ein \`INSERT INTO assignment … SELECT\`, der jedem Punkt höchstens eine Einheit gibt (Rand
zählt als innen, bei Gleichstand der kleinste Schlüssel), und das Zählen der Punkte außerhalb; Punkte, Polygone
und GiST-Index auf den Polygonen sind vorher geladen (nicht gemessen; Laden der Punkte per mehrzeiligem INSERT
aus Arrays, je 100.000: ${loads}). Median aus ${r.turf.runs.length} Läufen ohne Aufwärmlauf (ein Lauf dauert lange genug).
Punkte/s = 1 Mio. / Median; Verhältnis = Zeit PostGIS / Zeit turf (über 1: PostGIS ist langsamer).
${r.skipped.length ? `\n${r.skipped.join('\n')}\n` : ''}
| Wer | Wie | Median | Läufe (s) | Punkte/s | Zeit / Zeit turf | außerhalb | abweichend von turf |
| --- | --- | --- | --- | --- | --- | --- | --- |
${turfRow}
${rows}

| Prüfung | Ergebnis |
| --- | --- |
| gleiche Einheit für jeden Punkt in allen Varianten | ${agree ? 'ja, 0 Abweichungen' : '**nein**, siehe unten'} |
| Punkte außerhalb aller Planungsräume | ${de(r.turfOutside)} (${de((r.turfOutside / r.points) * 100, 1)} %) |
${r.investigation.length ? `\nAbweichungen untersucht:\n\n${r.investigation.map((l) => `- ${l}`).join('\n')}\n` : ''}
Die Zerlegung mit \`ST_Subdivide\` (höchstens 64 Stützpunkte je Teil) ist ein bekannter PostGIS-Kniff: kleine Teile
haben kleine Rechtecke, der Index schließt mehr aus, und jeder Test läuft über wenige Kanten. Die Variante „vom
Polygon aus“ nutzt, dass PostGIS ein Polygon, das in aufeinanderfolgenden Aufrufen gleich bleibt, einmal
vorbereitet (prepared geometry mit eigenem Kantenindex) und dann jeden Punkt schnell prüft; der Index auf den
Punkten wird im gemessenen Schritt gebaut. Die einfache Variante bleibt als ehrliche erste Zeile stehen.

${machineTable(r.machine)}`;
}
