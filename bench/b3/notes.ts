/** What was measured and tried for B3, kept in bench/RESULTS.md beside the numbers. */
export const b3Notes = `## B3 — Entwurf und was versucht wurde

Die Zwischenmessungen liefen während der Entwicklung auf derselben Maschine (2 Kerne, durch parallele
Tests anderer stark und wechselnd belastet, Last 5–7); sie taugen nur als Größenordnung. Auf 2 Kernen
teilen sich App, Datenbank und autocannon die Rechenzeit. Bei 50 gleichzeitigen Verbindungen folgt die
mittlere Latenz aus dem Durchsatz (Little: ≈ 50 / Anfragen je s); p95 ≤ 30 ms verlangt also über
rund 1.700 Anfragen/s.

1. **Ohne Cache** rechnet jede Anfrage die Werte neu (\`indicatorValues\`: Stichtage, Summen über die
   Vorfahren-Closure, Abdeckung; in PGlite 240 ms mit Stichtag, 420 ms ohne, je Anfrage). Mit 50
   Verbindungen auf PGlite: unter 1 Anfrage/s, fast alle Anfragen liefen in die 10-s-Grenze.
2. **Werte-Cache je Prozess** (\`src/lib/server/values/value-cache.ts\`): Schlüssel Mandant ×
   Indikator × Ebene × Stichtag („neuester“ eigens), gültig nur solange der Audit-Stempel des Mandanten
   (Zahl und jüngste Zeit der Audit-Einträge) derselbe ist wie vor der Berechnung. Jeder Import, jedes
   Zurücknehmen, jede (Neu-)Definition schreibt in seiner Transaktion einen Audit-Eintrag; so wird der
   Cache auch durch andere App-Server und die Kommandozeile ungültig. Kosten je Treffer: eine Abfrage.
3. **Profil** (\`node --cpu-prof\`, PostgreSQL): danach gingen die meisten Millisekunden in
   \`JSON.stringify\` der 447 Werte und ins Kodieren der ~70 kB Antwort. Jetzt wird eine ganze Ebene
   einmal je Cache-Eintrag serialisiert und als dieselben Bytes gesendet
   (\`src/lib/server/api/value-page.ts\`): 217 → 577 Anfragen/s in einer Einzelmessung unter Last.
4. **Mandant und Stempel in einer Abfrage** statt zwei. Übrig je Anfrage: die Prüfung des API-Schlüssels
   (drei Abfragen: Schlüssel, Person, Mitgliedschaften) und eine für Mandant + Stempel.
5. **PGlite** ist für diese Last nicht gebaut: eine einzige Verbindung, und jede Abfrage kostet 2–5 ms
   (WebAssembly, Abgleich des Datenverzeichnisses nach jeder Abfrage); schon \`select 1\` 4,5 ms. Der
   Peer mit einer einzigen (aggregierenden) Abfrage je Anfrage schafft dort 50–100 Anfragen/s. Auf
   PGlite ist das Ziel mit keiner Anfrage erreichbar, die die Datenbank überhaupt fragt.

Nächste Schritte, falls das Ziel auf PostgreSQL verfehlt bleibt: die Prüfung des API-Schlüssels in eine
Abfrage (Join über Schlüssel, Person und Mitgliedschaften) — das betrifft jeden API-Aufruf; mehrere
App-Prozesse hinter einem Lastverteiler (die App ist zustandslos, der Cache je Prozess bleibt korrekt).`;
