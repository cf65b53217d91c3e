import { roles } from '../../core/auth/roles';
import { maxLimit } from '../web/paging';

/**
 * The component schemas of the OpenAPI document (JSON Schema 2020-12, as OpenAPI 3.1 uses it).
 * They describe what `resources.ts` and the services return; the e2e spec checks real answers.
 */
const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const date = { type: 'string', format: 'date' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
	type: 'object',
	properties,
	required
});

/** A page of a list: the shared frame of every paged answer. */
export function pageOf(itemSchema: string, extra: Record<string, unknown> = {}) {
	return object({
		...extra,
		items: { type: 'array', items: ref(itemSchema) },
		total: { type: 'integer', minimum: 0, description: 'Länge der ganzen Liste' },
		limit: { type: 'integer', minimum: 1, maximum: maxLimit },
		offset: { type: 'integer', minimum: 0 },
		next: { type: ['string', 'null'], description: 'Pfad der nächsten Seite; null auf der letzten' }
	});
}

const indicatorSummary = object({
	code: text,
	name: text,
	shortName: nullableText,
	kind: { enum: ['rate', 'change', 'direct'] },
	unitLabel: text,
	decimals: { type: 'integer' },
	polarity: { enum: ['higher_better', 'higher_worse', 'neutral'] }
});

const cell = {
	value: { ...nullableNumber, description: 'Der Indikatorwert; null, wo er fehlt' },
	numerator: { ...nullableNumber, description: 'Σ Zähler (Quote) bzw. Σ Wert × Gewicht' },
	denominator: { ...nullableNumber, description: 'Σ Nenner (Quote) bzw. Σ Gewicht' },
	covered: { type: 'integer', description: 'Quelleinheiten mit Daten' },
	total: { type: 'integer', description: 'Quelleinheiten insgesamt' },
	coverage: { ...nullableNumber, description: 'covered / total' },
	status: {
		enum: ['ok', 'missing', 'incomplete', 'suppressed'],
		description:
			'suppressed: aus Gründen der Geheimhaltung gesperrt (nur bei öffentlichem Zugriff; value, numerator und denominator sind dann null)'
	}
};

const geometry = {
	type: ['object', 'null'],
	description: 'GeoJSON-Geometrie (Polygon oder MultiPolygon) in EPSG:4326; null ohne Fläche',
	properties: { type: { enum: ['Polygon', 'MultiPolygon'] }, coordinates: { type: 'array' } },
	required: ['type', 'coordinates']
};

export const schemas = {
	Error: object({
		error: object(
			{
				code: { ...text, description: 'Stabiler Fehlercode, z. B. layer.not_found' },
				message: { ...text, description: 'Deutsche Meldung für Menschen' },
				fields: {
					type: 'object',
					additionalProperties: text,
					description: 'Feld → Meldung (bei Eingabefehlern)'
				},
				problems: {
					type: 'array',
					items: { type: 'object' },
					description: 'Alle Probleme eines abgelehnten Imports (Datei, Zeile, Spalte, Code)'
				}
			},
			['code', 'message']
		)
	}),
	Health: object({ status: { enum: ['starting', 'ready', 'unavailable'] } }),
	Session: object({
		user: object({ id: text, username: text, displayName: text }),
		csrfToken: text,
		memberships: {
			type: 'array',
			items: object({ tenant: text, tenantName: text, role: { enum: roles }, departmentId: nullableText })
		}
	}),
	Tenant: { type: 'object', properties: { slug: text, name: text, departments: { type: 'array' } } },
	Department: object({ id: text, name: text, shortName: nullableText }, ['id', 'name']),
	NewDepartment: object({ name: text, shortName: nullableText }, ['name']),
	Member: { type: 'object', properties: { userId: text, username: text, role: { enum: roles } } },
	NewUser: object(
		{
			username: text,
			displayName: text,
			email: nullableText,
			password: text,
			role: { enum: roles },
			departmentId: nullableText,
			providerId: nullableText
		},
		['username', 'displayName', 'password', 'role']
	),
	RoleAssignment: object({ role: { enum: roles }, departmentId: nullableText, providerId: nullableText }, [
		'role'
	]),
	Ok: object({ ok: { const: true } }),
	AuditPage: object({
		entries: { type: 'array', items: { type: 'object' } },
		total: { type: 'integer' },
		page: { type: 'integer' },
		pageSize: { type: 'integer' }
	}),
	ImportSummary: {
		type: 'object',
		properties: {
			id: text,
			kind: text,
			fileName: text,
			sha256: text,
			actor: text,
			at: text,
			rows: { type: 'integer' },
			layerCode: nullableText,
			variableCodes: { type: ['array', 'null'], items: text },
			status: text,
			rolledBackAt: nullableText
		}
	},
	ImportJob: object({
		id: text,
		state: { enum: ['running', 'done', 'failed'] },
		progress: object({ phase: text, done: { type: 'integer' }, total: { type: 'integer' } }),
		startedAt: text,
		finishedAt: nullableText,
		report: { type: ['object', 'null'] },
		error: { oneOf: [{ $ref: '#/components/schemas/Error/properties/error' }, { type: 'null' }] }
	}),
	Import: {
		type: 'object',
		description: 'Ein Import mit Herkunft (Datei, SHA-256, wer, wann, Zeilen) und Bericht in details',
		properties: { id: text, kind: text, fileName: text, sha256: text, status: text, details: {} }
	},
	RollbackResult: object({
		importId: text,
		kind: text,
		deleted: { type: 'integer' },
		restored: { type: 'integer' },
		message: text
	}),
	Layer: object({
		code: text,
		name: text,
		parentCode: nullableText,
		depth: { type: 'integer', description: '0 = oberste Ebene' },
		unitCount: { type: 'integer' },
		metricSrid: { type: 'integer', description: 'Metrisches Koordinatensystem (EPSG)' },
		validFrom: nullableDate,
		validTo: nullableDate,
		description: nullableText
	}),
	Unit: object({
		code: text,
		name: text,
		parentCode: nullableText,
		hasGeometry: { type: 'boolean' },
		validFrom: nullableDate,
		validTo: nullableDate
	}),
	UnitFeatureCollection: object({
		type: { const: 'FeatureCollection' },
		features: {
			type: 'array',
			items: object({
				type: { const: 'Feature' },
				id: text,
				properties: object({ code: text, name: text, parentCode: nullableText }),
				geometry
			})
		}
	}),
	Variable: object({
		code: text,
		name: text,
		kind: { enum: ['count', 'amount', 'rate'] },
		personCount: { type: 'boolean' },
		unitLabel: text,
		source: nullableText,
		topic: nullableText,
		topicName: nullableText,
		description: nullableText
	}),
	Indicator: {
		type: 'object',
		description: 'Die Definition, wie defineIndicator sie liest, mit Steckbrief (metadata)',
		properties: {
			code: text,
			name: text,
			shortName: nullableText,
			kind: { enum: ['rate', 'change', 'direct'] },
			numerator: { type: ['array', 'null'], items: text, description: 'Summierte Zählervariablen' },
			denominator: { type: ['array', 'null'], items: text, description: 'Summierte Nennervariablen' },
			factor: nullableNumber,
			base: nullableText,
			changeYears: { type: ['integer', 'null'] },
			changeMode: { enum: ['points', 'percent', null] },
			value: nullableText,
			weight: nullableText,
			weightStandIn: {
				type: ['boolean', 'null'],
				description: 'Gewicht ist ein Ersatz für die Bezugsbevölkerung'
			},
			weightNote: nullableText,
			polarity: { enum: ['higher_better', 'higher_worse', 'neutral'] },
			unitLabel: text,
			decimals: { type: 'integer' },
			topic: nullableText,
			topicName: nullableText,
			department: nullableText,
			metadata: {
				type: 'object',
				description:
					'Steckbrief: definition, formula, source, stichtag, interpretation, updateInterval, licence, levels, disclosureRule, responsible'
			}
		},
		required: ['code', 'name', 'kind', 'polarity', 'unitLabel', 'decimals', 'metadata']
	},
	IndicatorDetail: {
		allOf: [
			ref('Indicator'),
			object({
				variables: {
					type: 'array',
					items: object({
						role: { enum: ['numerator', 'denominator', 'value', 'weight'] },
						code: text,
						name: text,
						unitLabel: text,
						source: nullableText,
						topicName: nullableText
					})
				},
				base: { oneOf: [object({ code: text, name: text }), { type: 'null' }] },
				dates: { type: 'array', items: date, description: 'Stichtage mit Daten, aufsteigend' }
			})
		]
	},
	IndicatorSummary: indicatorSummary,
	IndicatorValue: object({ code: text, name: text, ...cell }),
	TimeSeriesPoint: object({ date, ...cell }),
	TimeSeries: object({
		indicator: ref('IndicatorSummary'),
		layer: text,
		unit: object({ code: text, name: text }),
		items: { type: 'array', items: ref('TimeSeriesPoint') }
	}),
	CompositeIndexDefinition: {
		type: 'object',
		description:
			'Definition eines Sozialindex (wie für „querschnitt index define“): code, name, layer, status und dynamics (indicator, weight, polarity, windowYears), combination, restandardise, sdConvention, eligibility (minimumPopulation, populationVariable, excluded, validityFlag: {variable, validValue, whenMissing}), statusClasses, dynamicsClasses, combinedSeparator',
		required: ['code', 'name', 'layer', 'status']
	},
	CompositeIndex: object({
		code: text,
		name: text,
		description: { type: ['string', 'null'] },
		layer: text,
		definition: ref('CompositeIndexDefinition'),
		updatedAt: { type: 'string', format: 'date-time' },
		computedDates: { type: 'array', items: date }
	}),
	CompositeIndexRun: object({ date, eligible: { type: 'integer' }, classified: { type: 'integer' } }),
	CompositeIndexResults: object({
		index: ref('CompositeIndex'),
		run: {
			type: ['object', 'null'],
			description: 'Berechnung mit der verwendeten Definition und den Mittelwerten und Standardabweichungen'
		},
		results: {
			type: 'array',
			items: object({
				date,
				code: text,
				name: text,
				z: { type: 'object', description: 'z-Werte je Indikator: { status: {...}, dynamics: {...} }' },
				statusIndex: nullableNumber,
				statusClass: { type: ['string', 'null'] },
				dynamicsIndex: nullableNumber,
				dynamicsClass: { type: ['string', 'null'] },
				combinedClass: { type: ['string', 'null'] },
				reason: { type: ['string', 'null'] },
				reasonDetail: { type: ['string', 'null'] },
				dynamicsReason: { type: ['string', 'null'] }
			})
		}
	})
};
