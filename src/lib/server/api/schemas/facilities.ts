import { z } from 'zod';
import { pageSchema } from './common';
import {
	component,
	dateTime,
	described,
	nullableDate,
	nullableNumber,
	nullableText,
	nullableUuid,
	text,
	uuid
} from './registry';

/** The facility register: facilities, their kinds and Träger, what they return and accept. */
const codes = z.array(text);
const numberOrText = z.union([z.number(), z.string(), z.null()]);

export const capacitySchema = component(
	'Capacity',
	z.object({
		code: described(text, 'Platzart, z. B. u3, ue3'),
		places: described(z.int().min(0).nullable(), 'Plätze; null = nicht bekannt (nicht 0)')
	})
);

const facilityShape = {
	id: uuid,
	code: text,
	name: text,
	kindId: uuid,
	kindCode: text,
	kindName: text,
	lifePhases: described(codes.nullable(), 'Eigene Lebensphasen; null: die der Art'),
	kindLifePhases: codes,
	ageFrom: described(nullableNumber, 'Zielalter ab (Jahre); ohne eigene Angabe das der Art'),
	ageTo: described(nullableNumber, 'Zielalter bis unter (Jahre)'),
	kindAgeFrom: described(nullableNumber, 'Zielalter ab (Jahre) der Art'),
	kindAgeTo: described(nullableNumber, 'Zielalter bis unter (Jahre) der Art'),
	providerId: nullableUuid,
	providerName: nullableText,
	departmentId: nullableUuid,
	departmentName: nullableText,
	street: nullableText,
	postcode: nullableText,
	place: nullableText,
	lon: described(z.number(), 'Länge, WGS 84'),
	lat: described(z.number(), 'Breite, WGS 84'),
	validFrom: nullableDate,
	validTo: nullableDate,
	updatedAt: dateTime,
	capacities: z.array(capacitySchema)
};

export const facilitySchema = component('Facility', z.object(facilityShape));

export const facilityLocationSchema = component(
	'FacilityLocation',
	z.object({
		layerId: uuid,
		layerCode: text,
		layerName: text,
		unitId: described(nullableUuid, 'null: außerhalb aller Gebiete dieser Ebene'),
		unitCode: nullableText,
		unitName: nullableText
	})
);

export const facilityDetailSchema = component(
	'FacilityDetail',
	z.object({ ...facilityShape, locations: z.array(facilityLocationSchema) }),
	'Eine Einrichtung (wie Facility) mit ihrer Lage in jeder Raumebene'
);

export const facilityInputSchema = component(
	'FacilityInput',
	z.object({
		code: described(z.string().max(64), 'Kennung, eindeutig im Mandanten'),
		name: z.string().min(2).max(300),
		kind: described(text, 'Kürzel der Art, z. B. kita'),
		providerId: described(nullableUuid, 'Ein Träger-Konto kann nur den eigenen Träger angeben').optional(),
		departmentId: nullableUuid.optional(),
		lifePhases: described(codes.nullable(), 'Leer: die der Art').optional(),
		ageFrom: numberOrText.optional(),
		ageTo: numberOrText.optional(),
		street: nullableText.optional(),
		postcode: nullableText.optional(),
		place: nullableText.optional(),
		lat: described(z.union([z.number(), z.string()]), 'Breite, WGS 84 (Dezimalkomma erlaubt)'),
		lon: described(z.union([z.number(), z.string()]), 'Länge, WGS 84 (Dezimalkomma erlaubt)'),
		validFrom: nullableDate.optional(),
		validTo: nullableDate.optional(),
		capacities: described(
			z.record(z.string(), z.union([z.int(), z.string(), z.null()])),
			'Plätze je Platzart, z. B. { "u3": 20, "ue3": "" }; leer oder null = nicht bekannt'
		).optional()
	})
);

export const facilityCreatedSchema = component('FacilityCreated', z.object({ id: uuid }));

export const facilityKindSchema = component(
	'FacilityKind',
	z.object({
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
	})
);

const listOrText = z.union([codes, z.string()]);

export const facilityKindInputSchema = component(
	'FacilityKindInput',
	z.object({
		code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
		name: z.string().min(2).max(200),
		lifePhases: listOrText.optional(),
		ageFrom: numberOrText.optional(),
		ageTo: numberOrText.optional(),
		capacityCodes: described(listOrText, 'Liste oder durch Komma getrennt').optional(),
		departmentId: nullableUuid.optional(),
		description: nullableText.optional()
	})
);

const sector = z.enum(['oeffentlich', 'frei', 'privat', 'unbekannt']);

export const providerSchema = component(
	'Provider',
	z.object({ id: uuid, tenantId: uuid, name: text, sector })
);

export const newProviderSchema = component(
	'NewProvider',
	z.object({ name: z.string().min(2).max(200), sector: sector.optional() })
);

export const facilityPageSchema = pageSchema('FacilityPage', facilitySchema);
