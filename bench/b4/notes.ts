/** What B4's numbers mean and what they do not show; written with the section by b4-browser.ts. */
export const b4Notes = `## B4 — Einordnung und was offen ist

Beobachtet in den Läufen vom 22.11.2026 (2 Kerne, geteilt, Last 2–8); Größenordnungen, keine Gesetze.

1. **Software-WebGL**: \`--disable-gpu\` lässt Chromium WebGL in SwiftShader auf der CPU rechnen. Die Marke
   \`qs-map-painted\` (MapLibres \`idle\`) kommt, wenn die Zeichenbefehle abgesetzt sind; das Bild entsteht danach im
   GPU-Prozess. Beim Peer liegen dazwischen ≈ 130 ms (447 Flächen) bzw. ≈ 600 ms (10.000 Zellen); beim Verschieben
   schafft selbst MapLibre allein nur ≈ 5 Bilder/s. Mit echter Grafikkarte sind Zeichnen und Verschieben
   um ein Vielfaches schneller; die Frame-Zeiten hier sind die untere Schranke eines Rechners ohne GPU.
2. **Umschalten (447)**: App ≈ 400 ms gegen ≈ 10 ms für MapLibre allein (bis zur Marke). Der Unterschied ist
   nicht das Zeichnen, sondern der Weg der App: Navigation mit SvelteKit (\`goto\`, \`load\` auf dem Server mit
   Werten, Klassen, Tabelle), dann Neuaufbau von Tabelle, Legende und Karte im Browser. Indikatorwechsel
   (≈ 520 ms) kosten mehr als Stichtagswechsel (≈ 300 ms). Nicht aufgeschlüsselt: Anteil Server
   (\`__data.json\`) gegen Svelte-Rendering — nächster Schritt: die Antwortzeit der Datenanfrage je Wechsel
   mitschreiben (\`request.timing()\`) und ein Profil (\`page.context().tracing\`) eines Wechsels.
3. **Erster Aufruf nach dem Serverstart**: 30–52 s bis zum ersten Byte für die Planungsräume, 51–70 s für
   das Raster (PGlite, leerer Werte-Cache); danach 0,2–0,6 s. Die Ursache ist nicht untersucht. Da der Cache
   nach jedem Import verfällt (Audit-Stempel), trifft das auch die erste Ansicht nach einem Import.
4. **Erstes Laden (warm)**: HTML nach ≈ 0,3 s, \`load\` nach ≈ 1,3 s, die Karte erst nach ≈ 3 s: MapLibre
   (1,6 MB roh), sein Worker und das GeoJSON werden erst nach dem Hydrieren geladen, dann in Software gezeichnet.
5. **10.000 Einheiten**: Umfärben in der App 2–8 s (Stichtag ≈ 2,5 s, Indikator ≈ 6 s) gegen ≈ 60 ms für
   MapLibre allein bis zur Marke; Verschieben ≈ 300 ms je Frame (Peer ≈ 220 ms). Für diese Größe ist die App
   nicht flüssig; die Anteile von Server, Tabelle und Karte sind nicht aufgeschlüsselt.
6. **Kontrolle der Messung**: Wandzeit im Treiber und „bis Bild“ (Doppel-\`requestAnimationFrame\` in der
   Seite) liegen 30–500 ms über der Marke; die Reihenfolge App/Peer ist in allen drei Messarten dieselbe.
7. Eine Messung braucht ≈ 20 min (davon ≈ 4 min Vorbereitung der Datenbank). Zum Arbeiten am Benchmark:
   \`B4_SWITCHES=3\` und \`B4_REUSE=<Ordner mit data/, out/ und out/tokens.json>\` (überspringt die Vorbereitung).`;
