import { sessionCookie } from '../web/cookies';
import { maxLimit } from '../web/paging';
import { maxSimplifyMetres } from '../services/spatial-layer.service';
import { infrastructurePaths } from './openapi-infrastructure';
import { planningPaths } from './openapi-planning';
import { tenantPaths } from './openapi-tenant';
import {
	errorRef,
	jsonBody,
	layer,
	paging,
	pathParam,
	query,
	read,
	ref,
	t,
	tenant,
	write
} from './openapi-operations';
import { componentSchemas } from './schemas/components';

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. The paths are written
 * here next to the routes (openapi.test.ts checks that every route file is described and nothing
 * else); the bodies they refer to are generated from the zod schemas in ./schemas, which
 * response-schemas.test.ts holds against real answers.
 */
const index = pathParam('index', 'Code des Sozialindex, z. B. mss_2017');

const paths: Record<string, Record<string, unknown>> = {
	...infrastructurePaths,
	...planningPaths,
	'/health': {
		get: {
			tags: ['Betrieb'],
			summary: 'Betriebsbereitschaft (200 bereit, 503 sonst); ohne Anmeldung',
			security: [],
			responses: { 200: jsonBody(ref('Health'), 'Bereit'), 503: jsonBody(ref('Health'), 'Nicht bereit') }
		}
	},
	'/openapi.json': {
		get: {
			tags: ['Betrieb'],
			summary: 'Dieses Dokument (OpenAPI 3.1); ohne Anmeldung',
			security: [],
			responses: { 200: jsonBody({ type: 'object' }, 'Das OpenAPI-Dokument') }
		}
	},
	'/session': {
		get: {
			tags: ['Konto'],
			summary: 'Angemeldete Person, Mandanten und Rollen sowie das CSRF-Token für Sitzungs-Aufrufe',
			responses: { 200: jsonBody(ref('Session'), 'Angemeldet'), 401: errorRef('Unauthenticated') }
		}
	},
	...tenantPaths,
	[`${t}/layers`]: read('Raumebenen', 'Raumebenen von oben nach unten', ref('LayerPage'), [
		tenant,
		...paging()
	]),
	[`${t}/layers/{layer}`]: read('Raumebenen', 'Eine Raumebene', ref('Layer'), [tenant, layer]),
	[`${t}/layers/{layer}/units`]: read(
		'Raumebenen',
		'Raumeinheiten einer Ebene nach Schlüssel (ohne Flächen)',
		ref('UnitPage'),
		[tenant, layer, ...paging(maxLimit)]
	),
	[`${t}/layers/{layer}/units.geojson`]: {
		get: {
			tags: ['Raumebenen'],
			summary: 'Alle Raumeinheiten einer Ebene als GeoJSON (EPSG:4326, 6 Nachkommastellen), nicht geblättert',
			parameters: [
				tenant,
				layer,
				query(
					'simplify',
					`Vereinfachung (ST_SimplifyPreserveTopology) mit dieser Toleranz in METERN, berechnet im metrischen Koordinatensystem der Ebene; 0 bis ${maxSimplifyMetres}`,
					{ type: 'number', minimum: 0, maximum: maxSimplifyMetres, default: 0 }
				)
			],
			responses: {
				200: {
					description: 'FeatureCollection',
					content: { 'application/geo+json': { schema: ref('UnitFeatureCollection') } }
				},
				400: errorRef('BadRequest'),
				401: errorRef('Unauthenticated'),
				403: errorRef('Forbidden'),
				404: errorRef('NotFound')
			}
		}
	},
	[`${t}/layers/{layer}/units/{unit}`]: read('Raumebenen', 'Eine Raumeinheit', ref('Unit'), [
		tenant,
		layer,
		pathParam('unit', 'Schlüssel der Raumeinheit')
	]),
	[`${t}/variables`]: read('Variablen', 'Variablen nach Schlüssel', ref('VariablePage'), [
		tenant,
		...paging()
	]),
	[`${t}/variables/{variable}`]: read('Variablen', 'Eine Variable', ref('Variable'), [
		tenant,
		pathParam('variable', 'Schlüssel der Variable')
	]),
	[`${t}/indicators`]: read(
		'Indikatoren',
		'Indikatoren mit Definition und Steckbrief',
		ref('IndicatorPage'),
		[tenant, ...paging()]
	),
	[`${t}/indicators/{indicator}`]: read(
		'Indikatoren',
		'Ein Indikator: Definition, Steckbrief, Variablen und Stichtage mit Daten',
		ref('IndicatorDetail'),
		[tenant, pathParam('indicator', 'Schlüssel des Indikators')]
	),
	[`${t}/indicators/{indicator}/weight`]: {
		parameters: [tenant, pathParam('indicator', 'Schlüssel des Indikators')],
		put: write(
			'Indikatoren',
			'Gewicht eines direkt importierten Indikators setzen (Zusammenfassung nach oben; protokolliert)',
			200,
			ref('Indicator'),
			ref('IndicatorWeightInput')
		)
	},
	[`${t}/indicators/{indicator}/values`]: read(
		'Werte',
		'Werte eines Indikators für alle Einheiten einer Ebene zu einem Stichtag. Ohne Anmeldung oder mit einem öffentlichen API-Schlüssel: nur bei Mandanten, die veröffentlichen, und nur mit Geheimhaltung (gesperrte Werte: status suppressed, Wert null; oder Zählwerte auf eine Basis gerundet)',
		ref('IndicatorValuePage'),
		[
			tenant,
			pathParam('indicator', 'Schlüssel des Indikators'),
			query('layer', 'Raumebene', { type: 'string' }, true),
			query('date', 'Stichtag JJJJ-MM-TT (Vorgabe: der jüngste mit Daten)', {
				type: 'string',
				format: 'date'
			}),
			...paging(maxLimit)
		]
	),
	[`${t}/indexes`]: {
		parameters: [tenant],
		...read(
			'Sozialindex',
			'Sozialindizes mit Definition und berechneten Stichtagen',
			{
				type: 'array',
				items: ref('CompositeIndex')
			},
			[]
		),
		post: write(
			'Sozialindex',
			'Sozialindex definieren oder ersetzen (Planung, Administration)',
			201,
			ref('CompositeIndex'),
			ref('CompositeIndexDefinition')
		)
	},
	[`${t}/indexes/{index}`]: read('Sozialindex', 'Ein Sozialindex', ref('CompositeIndex'), [tenant, index]),
	[`${t}/indexes/{index}/results`]: read(
		'Sozialindex',
		'Gespeicherte Ergebnisse eines Stichtags (Vorgabe: der jüngste) oder einer Einheit über alle Stichtage',
		ref('CompositeIndexResults'),
		[
			tenant,
			index,
			query('date', 'Stichtag JJJJ-MM-TT', { type: 'string', format: 'date' }),
			query('unit', 'Schlüssel einer Einheit: deren Ergebnisse über alle Stichtage')
		]
	),
	[`${t}/indexes/{index}/runs`]: {
		parameters: [tenant, index],
		post: write(
			'Sozialindex',
			'Sozialindex berechnen und speichern (ersetzt frühere Ergebnisse derselben Stichtage)',
			201,
			{ type: 'array', items: ref('CompositeIndexRun') },
			ref('CompositeIndexRunRequest')
		)
	},
	[`${t}/indicators/{indicator}/values/{unit}`]: read(
		'Werte',
		'Zeitreihe eines Indikators für eine Raumeinheit (alle Stichtage, aufsteigend)',
		ref('TimeSeries'),
		[
			tenant,
			pathParam('indicator', 'Schlüssel des Indikators'),
			pathParam('unit', 'Schlüssel der Raumeinheit'),
			query('layer', 'Raumebene der Einheit', { type: 'string' }, true)
		]
	)
};

const errorResponse = (description: string) => ({
	description,
	content: { 'application/json': { schema: ref('Error') } }
});

export function openApiDocument(serverUrl = '/api/v1') {
	return {
		openapi: '3.1.1',
		info: {
			title: 'Querschnitt API',
			version: '1.0.0',
			description:
				'REST-Schnittstelle der gemeinsamen Datenbasis (Raumebenen, Raumeinheiten, Variablen, Indikatoren, Werte) und der Verwaltung eines Mandanten. Anmeldung per API-Schlüssel (Authorization: Bearer …, unter „Mein Konto“ erzeugt) oder per Sitzungs-Cookie (ändernde Aufrufe dann mit Kopfzeile x-csrf-token). Listen werden mit limit und offset geblättert; die Antwort nennt total und den Pfad der nächsten Seite (next). Fehler: { error: { code, message, fields?, problems? } } mit deutscher Meldung.',
			license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' }
		},
		servers: [{ url: serverUrl }],
		security: [{ bearerToken: [] }, { sessionCookie: [] }],
		tags: [
			'Betrieb',
			'Konto',
			'Mandant',
			'Importe',
			'Raumebenen',
			'Variablen',
			'Indikatoren',
			'Werte',
			'Sozialindex',
			'Angebote'
		].map((name) => ({ name })),
		paths,
		components: {
			securitySchemes: {
				bearerToken: {
					type: 'http',
					scheme: 'bearer',
					description:
						'Persönlicher API-Schlüssel (unter „Mein Konto“); handelt mit den Rechten seiner Person'
				},
				sessionCookie: {
					type: 'apiKey',
					in: 'cookie',
					name: sessionCookie,
					description:
						'Sitzung der Web-Oberfläche. POST/PATCH/DELETE brauchen zusätzlich die Kopfzeile x-csrf-token (aus GET /session).'
				}
			},
			responses: {
				BadRequest: errorResponse('Ungültige Eingabe (validation.invalid), z. B. limit außerhalb 1–1000'),
				Unauthenticated: errorResponse('Nicht angemeldet oder Schlüssel ungültig'),
				Forbidden: errorResponse('Keine Berechtigung oder fremder Mandant'),
				NotFound: errorResponse('Unbekannter Mandant, Ebene, Einheit, Variable oder Indikator'),
				Conflict: errorResponse('Widerspruch zum gespeicherten Stand (z. B. Dublette)')
			},
			schemas: componentSchemas()
		}
	};
}
