import { pathParam, paging, query, read, ref, t, tenant, write } from './openapi-operations';

/** The paths of the social infrastructure (issue 6): crosswalks, supply and need, the prevention chain, the facility register. */
const crosswalk = pathParam('crosswalk', 'Kennung (UUID) der Umschlüsselung');

export const infrastructurePaths: Record<string, Record<string, unknown>> = {
	[`${t}/crosswalks`]: {
		parameters: [tenant],
		...read(
			'Umschlüsselung',
			'Umschlüsselungen zwischen Raumebenen (ohne Gewichte)',
			{ type: 'array', items: { type: 'object' } },
			[]
		),
		post: write(
			'Umschlüsselung',
			'Umschlüsselung berechnen; ersetzt die desselben Ebenenpaars, Verfahrens und Datums (Planung, Administration)',
			201,
			{ type: 'object' },
			ref('CrosswalkRequest')
		)
	},
	[`${t}/crosswalks/{crosswalk}`]: {
		parameters: [tenant, crosswalk],
		...read(
			'Umschlüsselung',
			'Eine Umschlüsselung mit Zusammenfassung und allen Gewichten',
			{ type: 'object' },
			[]
		),
		delete: write(
			'Umschlüsselung',
			'Umschlüsselung löschen (Planung, Administration)',
			200,
			ref('CrosswalkDeleted')
		)
	},
	[`${t}/crosswalks/{crosswalk}/convert`]: read(
		'Umschlüsselung',
		'Ein Merkmal (Anzahl, Betrag) oder einen Quoten-Indikator auf die Zielebene umschlüsseln, mit Summenprüfung',
		{ type: 'object' },
		[
			tenant,
			crosswalk,
			query('variable', 'Schlüssel des Merkmals (Anzahl oder Betrag)'),
			query('indicator', 'Schlüssel eines Quoten-Indikators (Zähler und Nenner werden umgeschlüsselt)'),
			query('date', 'Stichtag JJJJ-MM-TT (Vorgabe: der jüngste mit Daten)', {
				type: 'string',
				format: 'date'
			})
		]
	),
	[`${t}/supply`]: read(
		'Versorgung',
		'Versorgungsquote, Platzbedarf, Fehlbedarf und 2SFCA je Einheit einer Raumebene für eine Altersgruppe; Einrichtungen außerhalb aller Einheiten; Summen',
		{ type: 'object' },
		[
			tenant,
			query('layer', 'Raumebene', { type: 'string' }, true),
			query('band', 'Kürzel der Altersgruppe (aus den Einstellungen, z. B. u3)', { type: 'string' }, true),
			query('date', 'Stichtag JJJJ-MM-TT (Vorgabe: der jüngste mit Bevölkerungsdaten)', {
				type: 'string',
				format: 'date'
			})
		]
	),
	[`${t}/supply/settings`]: {
		parameters: [tenant],
		...read(
			'Versorgung',
			'Altersgruppen, Bedarfsquoten und Einzugsbereich der Versorgung',
			{ type: 'object' },
			[]
		),
		put: write(
			'Versorgung',
			'Einstellungen der Versorgung ersetzen (Planung, Administration)',
			200,
			{ type: 'object' },
			ref('SupplySettingsInput')
		)
	},
	[`${t}/prevention-chain`]: read(
		'Versorgung',
		'Präventionskette: Lebensphasen × Einheiten mit Angeboten, Plätzen, Ämtern, Lücken und Doppelstrukturen',
		{ type: 'object' },
		[
			tenant,
			query('layer', 'Raumebene', { type: 'string' }, true),
			query('reach', 'unit (nur im Gebiet, Vorgabe) oder neighbourhood (mit Nachbargebieten)', {
				enum: ['unit', 'neighbourhood']
			}),
			query('units', 'Schlüssel der Einheiten, durch Komma getrennt (Vorgabe: alle)'),
			query('date', 'Nur Angebote, die an diesem Tag gelten (JJJJ-MM-TT)', { type: 'string', format: 'date' })
		]
	),
	[`${t}/facilities`]: {
		parameters: [tenant],
		...read(
			'Angebote',
			'Einrichtungen nach Name, gefiltert; ein Träger-Konto sieht nur die eigenen',
			ref('FacilityPage'),
			[
				query('kind', 'Nur Einrichtungen dieser Art (Kürzel, z. B. kita)'),
				query('provider', 'Nur Einrichtungen dieses Trägers (UUID)'),
				query('department', 'Nur Einrichtungen dieses Fachbereichs (UUID)'),
				query('q', 'Suche in Kennung, Name, Art, Träger und Adresse (alle Wörter)'),
				...paging()
			]
		),
		post: write(
			'Angebote',
			'Einrichtung anlegen (Planung, Administration; Fachplanung für den eigenen Fachbereich; Träger für sich)',
			201,
			ref('FacilityCreated'),
			ref('FacilityInput')
		)
	},
	[`${t}/facilities/{facility}`]: {
		parameters: [tenant, pathParam('facility', 'Kennung (UUID) der Einrichtung')],
		...read(
			'Angebote',
			'Eine Einrichtung mit Plätzen und ihrer Lage in jeder Raumebene',
			ref('FacilityDetail'),
			[]
		),
		put: write(
			'Angebote',
			'Einrichtung ändern (alle Felder wie beim Anlegen)',
			200,
			ref('Ok'),
			ref('FacilityInput')
		),
		delete: write('Angebote', 'Einrichtung löschen', 200, ref('Ok'))
	},
	[`${t}/facility-kinds`]: {
		parameters: [tenant],
		...read(
			'Angebote',
			'Arten von Angeboten (Systematik des Mandanten)',
			{ type: 'array', items: ref('FacilityKind') },
			[]
		),
		post: write(
			'Angebote',
			'Art anlegen oder (gleiches Kürzel) ändern (Planung, Administration)',
			201,
			ref('FacilityKind'),
			ref('FacilityKindInput')
		)
	},
	[`${t}/providers`]: {
		parameters: [tenant],
		...read(
			'Angebote',
			'Träger; ein Träger-Konto sieht nur den eigenen',
			{ type: 'array', items: ref('Provider') },
			[]
		),
		post: write(
			'Angebote',
			'Träger anlegen (Planung, Administration)',
			201,
			ref('Provider'),
			ref('NewProvider')
		)
	}
};
