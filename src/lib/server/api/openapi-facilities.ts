/**
 * Component schemas of the facility register in the OpenAPI document (merged into openapi.ts):
 * what facility.service and facility-taxonomy.service return and accept.
 */
const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;
const nullableUuid = { type: ['string', 'null'], format: 'uuid' } as const;
const codes = { type: 'array', items: text } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
	type: 'object',
	properties,
	required
});

const capacity = object({
	code: { type: 'string', description: 'Platzart, z. B. u3, ue3' },
	places: { type: ['integer', 'null'], minimum: 0, description: 'Plätze; null = nicht bekannt (nicht 0)' }
});

const facility = object({
	id: uuid,
	code: text,
	name: text,
	kindId: uuid,
	kindCode: text,
	kindName: text,
	lifePhases: { type: ['array', 'null'], items: text, description: 'Eigene Lebensphasen; null: die der Art' },
	kindLifePhases: codes,
	ageFrom: { ...nullableNumber, description: 'Zielalter ab (Jahre); ohne eigene Angabe das der Art' },
	ageTo: { ...nullableNumber, description: 'Zielalter bis unter (Jahre)' },
	providerId: nullableUuid,
	providerName: nullableText,
	departmentId: nullableUuid,
	departmentName: nullableText,
	street: nullableText,
	postcode: nullableText,
	place: nullableText,
	lon: { type: 'number', description: 'Länge, WGS 84' },
	lat: { type: 'number', description: 'Breite, WGS 84' },
	validFrom: nullableDate,
	validTo: nullableDate,
	updatedAt: { type: 'string', format: 'date-time' },
	capacities: { type: 'array', items: capacity }
});

const location = object({
	layerId: uuid,
	layerCode: text,
	layerName: text,
	unitId: { ...nullableUuid, description: 'null: außerhalb aller Gebiete dieser Ebene' },
	unitCode: nullableText,
	unitName: nullableText
});

const numberOrText = { type: ['number', 'string', 'null'] } as const;

export const facilitySchemas = {
	Capacity: capacity,
	Facility: facility,
	FacilityLocation: location,
	FacilityDetail: {
		allOf: [ref('Facility'), object({ locations: { type: 'array', items: ref('FacilityLocation') } })]
	},
	FacilityInput: object(
		{
			code: { type: 'string', maxLength: 64, description: 'Kennung, eindeutig im Mandanten' },
			name: { type: 'string', minLength: 2, maxLength: 300 },
			kind: { type: 'string', description: 'Kürzel der Art, z. B. kita' },
			providerId: { ...nullableUuid, description: 'Ein Träger-Konto kann nur den eigenen Träger angeben' },
			departmentId: nullableUuid,
			lifePhases: { type: ['array', 'null'], items: text, description: 'Leer: die der Art' },
			ageFrom: numberOrText,
			ageTo: numberOrText,
			street: nullableText,
			postcode: nullableText,
			place: nullableText,
			lat: { type: ['number', 'string'], description: 'Breite, WGS 84 (Dezimalkomma erlaubt)' },
			lon: { type: ['number', 'string'], description: 'Länge, WGS 84 (Dezimalkomma erlaubt)' },
			validFrom: nullableDate,
			validTo: nullableDate,
			capacities: {
				type: 'object',
				additionalProperties: { type: ['integer', 'string', 'null'] },
				description: 'Plätze je Platzart, z. B. { "u3": 20, "ue3": "" }; leer oder null = nicht bekannt'
			}
		},
		['code', 'name', 'kind', 'lat', 'lon']
	),
	FacilityCreated: object({ id: uuid }),
	FacilityKind: object({
		id: uuid,
		tenantId: uuid,
		code: text,
		name: text,
		lifePhases: codes,
		ageFrom: nullableNumber,
		ageTo: nullableNumber,
		capacityCodes: codes,
		departmentId: nullableUuid,
		description: nullableText
	}),
	FacilityKindInput: object(
		{
			code: { type: 'string', pattern: '^[a-z][a-z0-9_]{1,39}$' },
			name: { type: 'string', minLength: 2, maxLength: 200 },
			lifePhases: { type: ['array', 'string'], items: text },
			ageFrom: numberOrText,
			ageTo: numberOrText,
			capacityCodes: {
				type: ['array', 'string'],
				items: text,
				description: 'Liste oder durch Komma getrennt'
			},
			departmentId: nullableUuid,
			description: nullableText
		},
		['code', 'name']
	),
	Provider: object(
		{
			id: uuid,
			tenantId: uuid,
			name: text,
			sector: { enum: ['oeffentlich', 'frei', 'privat', 'unbekannt'] }
		},
		['id', 'name', 'sector']
	),
	NewProvider: object(
		{
			name: { type: 'string', minLength: 2, maxLength: 200 },
			sector: { enum: ['oeffentlich', 'frei', 'privat', 'unbekannt'] }
		},
		['name']
	)
};
