/** What B4's numbers mean and what they do not show; written with the section by b4-browser.ts. */
export const b4Notes = `## B4 — Einordnung und was offen ist

Beobachtet in den Läufen vom 22.11.2026 (2 Kerne, geteilt, Last 2–8); Größenordnungen, keine Gesetze.

1. **Software-WebGL**: \`--disable-gpu\` lässt Chromium WebGL in SwiftShader auf der CPU rechnen. Die Marke
   \`qs-map-painted\` (MapLibres \`idle\`) kommt, wenn die Zeichenbefehle abgesetzt sind; das Bild entsteht danach im
   GPU-Prozess. Beim Peer liegen dazwischen ≈ 130 ms (447 Flächen) bzw. ≈ 600 ms (10.000 Zellen); beim Verschieben
   schafft selbst MapLibre allein nur ≈ 5 Bilder/s. Mit echter Grafikkarte sind Zeichnen und Verschieben
   um ein Vielfaches schneller; die Frame-Zeiten hier sind die untere Schranke eines Rechners ohne GPU.
2. **Umschalten (447)**: App ≈ 375 ms gegen ≈ 10 ms für MapLibre allein (bis zur Marke). Der Unterschied ist
   nicht das Zeichnen, sondern der Weg der App: Navigation mit SvelteKit (\`goto\`, \`load\` auf dem Server),
   dann Neuaufbau von Tabelle (alle Zeilen), Legende, Diagrammen und Karte im Browser. Auf dem Server kostet
   ein warmer Wechsel ≈ 50–90 ms (Werte, Listen und Stichtage aus dem Cache; Zeitreihe, Streudiagramm und
   Matrix kommen nachgereicht als Stream). Nicht aufgeschlüsselt: der Anteil des Renderns — nächster Schritt:
   ein Profil (\`page.context().tracing\`) eines Wechsels.
3. **Erster Aufruf nach dem Serverstart**: Planungsräume ≈ 1,5 s bis zum ersten Byte. Im ersten Lauf (01:32 UTC)
   waren es 30–52 s: die Zeitreihe rechnete die ganze Ebene über alle 16 Stichtage. Seitdem rechnet sie nur
   die gewählten Gebiete (je Gebiet eine kleine Abfrage) und die Stadt über die oberste Ebene. Das Raster
   braucht weiter ≈ 53 s: es hat keine übergeordnete Ebene, die Stadt wird also aus allen 10.000 Zellen über
   alle Stichtage summiert.
4. **Erstes Laden (warm)**: HTML nach ≈ 0,2 s, \`load\` nach ≈ 0,9 s, die Karte erst nach ≈ 2,5 s: MapLibre
   (1,6 MB roh), sein Worker und das GeoJSON werden erst nach dem Hydrieren geladen, dann in Software gezeichnet.
5. **10.000 Einheiten**: Umfärben in der App ≈ 5 s gegen ≈ 55 ms für MapLibre allein bis zur Marke;
   Verschieben ≈ 200 ms je Frame (Peer ≈ 220 ms). Für diese Größe ist die App nicht flüssig. Vermutete
   Hauptursache: die Tabelle baut bei jedem Wechsel alle 10.000 Zeilen neu auf (nicht virtualisiert);
   nicht aufgeschlüsselt.
6. **Kontrolle der Messung**: Wandzeit im Treiber und „bis Bild“ (Doppel-\`requestAnimationFrame\` in der
   Seite) liegen 30–500 ms über der Marke; die Reihenfolge App/Peer ist in allen drei Messarten dieselbe.
7. Eine Messung braucht ≈ 20 min (davon ≈ 4 min Vorbereitung der Datenbank). Zum Arbeiten am Benchmark:
   \`B4_SWITCHES=3\` und \`B4_REUSE=<Ordner mit data/, out/ und out/tokens.json>\` (überspringt die Vorbereitung).`;
