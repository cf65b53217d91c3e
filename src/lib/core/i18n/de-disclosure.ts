/** German texts of the disclosure settings (Verwaltung › Geheimhaltung). Merged into de.ts. */
export const deDisclosure = {
	'nav.geheimhaltung': 'Geheimhaltung',
	'disclosure.title': 'Geheimhaltung',
	'disclosure.intro':
		'Diese Regeln gelten für alles, was den internen Bereich verlässt: die öffentliche Schnittstelle, öffentliche API-Schlüssel und Exporte zur Veröffentlichung. Innerhalb des Mandanten sehen alle Rollen die vollständigen Werte.',
	'disclosure.published': 'Werte veröffentlichen',
	'disclosure.publishedHint':
		'Erst dann dürfen die Öffentlichkeit und öffentliche API-Schlüssel Indikatorwerte abrufen – immer mit diesen Regeln.',
	'disclosure.minimumCount': 'Mindestfallzahl k',
	'disclosure.minimumCountHint':
		'Zählwerte von Personen unter k werden nicht veröffentlicht („.“), dazu so viele weitere, dass sich keiner durch Differenzbildung errechnen lässt. Üblich: 3 oder 5.',
	'disclosure.method': 'Verfahren',
	'disclosure.method.suppress': 'Sperren: kleine Werte als „.“, mit Gegensperrung',
	'disclosure.method.round': 'Runden: alle Zählwerte auf ein Vielfaches der Basis (für Open Data)',
	'disclosure.roundingBase': 'Rundungsbasis',
	'disclosure.publishZeros': 'Nullen veröffentlichen',
	'disclosure.publishZerosHint':
		'Ohne Haken gilt auch 0 als kleiner Wert: Eine veröffentlichte 0 sagt über alle im Gebiet, dass niemand das Merkmal hat.',
	'disclosure.submit': 'Regeln speichern',
	'disclosure.saved': 'Die Geheimhaltungsregeln wurden gespeichert und im Protokoll vermerkt.',
	'disclosure.personCounts':
		'Welche Merkmale Personen zählen, steht beim Merkmal (Daten › Merkmale); nur diese unterliegen der Geheimhaltung.'
} as const;
