import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	doublePrecision,
	foreignKey,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { tenantKey, tenantScoped } from './tenants';

/** Handlungsfeld: Demografie, Bildung, Jugend, Soziales, Arbeit, Gesundheit, Wohnen … */
export const topic = pgTable(
	'topic',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull()
	},
	(t) => [tenantKey(t), unique('topic_code').on(t.tenantId, t.code)]
);

export const variableKind = pgEnum('variable_kind', ['count', 'amount', 'rate']);

/** Something counted or measured per unit and date: "Einwohner 0–<3", "SGB-II-Empfänger <15". */
export const variable = pgTable(
	'variable',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		kind: variableKind('kind').notNull().default('count'),
		/** Counts of persons fall under disclosure control. */
		personCount: boolean('person_count').notNull().default(true),
		unitLabel: text('unit_label').notNull().default('Personen'),
		source: text('source'),
		topicId: uuid('topic_id'),
		description: text('description')
	},
	(t) => [
		tenantKey(t),
		unique('variable_code').on(t.tenantId, t.code),
		foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topic.tenantId, topic.id] })
	]
);

/** The long table everything reads: one value of a variable for a unit at a date. */
export const observation = pgTable(
	'observation',
	{
		tenantId: uuid('tenant_id').notNull(),
		variableId: uuid('variable_id').notNull(),
		unitId: uuid('unit_id').notNull(),
		date: date('date').notNull(),
		value: doublePrecision('value').notNull(),
		importId: uuid('import_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.variableId, t.unitId, t.date] }),
		index('observation_import').on(t.tenantId, t.importId)
	]
);

/** Why a value is missing, after the Destatis Zeichenerklärung (core/imports/observation-missing-codes). */
export const missingReason = pgEnum('missing_reason', ['secret', 'locked', 'later', 'uncertain', 'missing']);

/**
 * Values a file marks as missing with a code ("." geheim, "x" gesperrt, "/" unsicher, "-9999" …):
 * kept apart from `observation`, so that no reader can take them for a number — a missing value is
 * the absence of an observation, and this table says why. Rows are kept per import (so that a
 * rollback removes exactly its own); a reason applies where no observation exists for the same
 * variable, unit and date (the file's code never replaces a stored value).
 */
export const observationMissing = pgTable(
	'observation_missing',
	{
		tenantId: uuid('tenant_id').notNull(),
		importId: uuid('import_id').notNull(),
		variableId: uuid('variable_id').notNull(),
		unitId: uuid('unit_id').notNull(),
		date: date('date').notNull(),
		reason: missingReason('reason').notNull(),
		/** The code as written in the file, e.g. "." or "-9999". */
		code: text('code').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.importId, t.variableId, t.unitId, t.date] }),
		index('observation_missing_key').on(t.tenantId, t.variableId, t.date, t.unitId)
	]
);

export const importKind = pgEnum('import_kind', ['units', 'observations', 'facilities']);
export const importStatus = pgEnum('import_status', ['committed', 'rolled_back']);

/** Provenance of every imported number: which file, whose, when, how much. */
export const dataImport = pgTable(
	'data_import',
	{
		...tenantScoped(),
		kind: importKind('kind').notNull(),
		fileName: text('file_name').notNull(),
		sha256: text('sha256').notNull(),
		userId: uuid('user_id'),
		actor: text('actor').notNull(),
		at: timestamp('at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		rows: integer('rows').notNull(),
		layerId: uuid('layer_id'),
		variableCodes: text('variable_codes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Options used (delimiter, encoding, CRS, mapping) and warnings, for the record. */
		details: jsonb('details')
			.notNull()
			.default(sql`'{}'::jsonb`),
		status: importStatus('status').notNull().default('committed'),
		rolledBackAt: timestamp('rolled_back_at', { withTimezone: true })
	},
	(t) => [tenantKey(t), index('data_import_at').on(t.tenantId, t.at)]
);

/**
 * Values an observation import replaced (same variable, unit and date), with the import they came
 * from, so that rolling the import back restores them instead of leaving a hole.
 */
export const observationReplaced = pgTable(
	'observation_replaced',
	{
		tenantId: uuid('tenant_id').notNull(),
		/** The import that replaced the value. */
		importId: uuid('import_id').notNull(),
		variableId: uuid('variable_id').notNull(),
		unitId: uuid('unit_id').notNull(),
		date: date('date').notNull(),
		value: doublePrecision('value').notNull(),
		/** The import the replaced value came from. */
		previousImportId: uuid('previous_import_id').notNull()
	},
	// No primary key: rows are only ever read by import (one import cannot replace the same value
	// twice), and a five-column key would make replacing a million values several times slower.
	(t) => [
		index('observation_replaced_import').on(t.tenantId, t.importId),
		index('observation_replaced_previous').on(t.tenantId, t.previousImportId)
	]
);
