import { sql } from 'drizzle-orm';
import {
	check,
	date,
	doublePrecision,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { point } from './geometry';
import { departmentForeignKey, tenantKey, tenantScoped } from './tenants';

/**
 * A kind of offer in the tenant's own taxonomy (Kita, Kindertagespflege, Grundschule, Familienzentrum …).
 * The life phases and age range are the defaults of its facilities; the capacity codes name the places
 * a facility of this kind counts (e.g. `u3` and `ue3` for a Kita).
 */
export const facilityKind = pgTable(
	'facility_kind',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		/** Life phase codes (core/supply/life-phases.ts) this kind of offer serves. */
		lifePhases: text('life_phases')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		ageFrom: doublePrecision('age_from'),
		ageTo: doublePrecision('age_to'),
		capacityCodes: text('capacity_codes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		departmentId: uuid('department_id'),
		description: text('description')
	},
	(t) => [
		tenantKey(t),
		unique('facility_kind_code').on(t.tenantId, t.code),
		departmentForeignKey(t.tenantId, t.departmentId)
	]
);

/** Träger: the organisation that runs facilities (public, free or private). */
export const provider = pgTable(
	'provider',
	{
		...tenantScoped(),
		name: text('name').notNull(),
		/** öffentlich, frei (freie Jugendhilfe, Wohlfahrtsverband), privat, unbekannt. */
		sector: text('sector').notNull().default('unbekannt')
	},
	(t) => [tenantKey(t), unique('provider_name').on(t.tenantId, t.name)]
);

/** An offer or facility (Angebot/Einrichtung) with its location. Units that contain it are found by PostGIS. */
export const facility = pgTable(
	'facility',
	{
		...tenantScoped(),
		/** The id in the source (Kita-Nummer, Schulnummer); unique in the tenant. */
		code: text('code').notNull(),
		name: text('name').notNull(),
		kindId: uuid('kind_id').notNull(),
		providerId: uuid('provider_id'),
		departmentId: uuid('department_id'),
		/** Overrides the kind's life phases and age range where set. */
		lifePhases: text('life_phases').array(),
		ageFrom: doublePrecision('age_from'),
		ageTo: doublePrecision('age_to'),
		street: text('street'),
		postcode: text('postcode'),
		place: text('place'),
		geom: point('geom').notNull(),
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		importId: uuid('import_id'),
		updatedAt: timestamp('updated_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('facility_code').on(t.tenantId, t.code),
		foreignKey({ columns: [t.tenantId, t.kindId], foreignColumns: [facilityKind.tenantId, facilityKind.id] }),
		foreignKey({ columns: [t.tenantId, t.providerId], foreignColumns: [provider.tenantId, provider.id] }),
		departmentForeignKey(t.tenantId, t.departmentId),
		index('facility_geom').using('gist', t.geom),
		index('facility_provider').on(t.tenantId, t.providerId)
	]
);

/** Places of one facility by capacity code (u3, ue3, plaetze …); null places = not known. */
export const facilityCapacity = pgTable(
	'facility_capacity',
	{
		tenantId: uuid('tenant_id').notNull(),
		facilityId: uuid('facility_id').notNull(),
		code: text('code').notNull(),
		places: integer('places')
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.facilityId, t.code] }),
		foreignKey({
			columns: [t.tenantId, t.facilityId],
			foreignColumns: [facility.tenantId, facility.id]
		}).onDelete('cascade'),
		check('facility_capacity_places', sql`${t.places} is null or ${t.places} >= 0`)
	]
);
