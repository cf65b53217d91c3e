import { sql } from 'drizzle-orm';
import {
	boolean,
	doublePrecision,
	foreignKey,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid,
	unique
} from 'drizzle-orm/pg-core';
import { variable, topic } from './data';
import { department, tenantKey, tenantScoped } from './tenants';

export const indicatorKind = pgEnum('indicator_kind', ['rate', 'change', 'direct']);
export const polarity = pgEnum('polarity', ['higher_better', 'higher_worse', 'neutral']);
export const changeMode = pgEnum('change_mode', ['points', 'percent']);

/**
 * How a number is derived from observations (DOMAIN.md §3):
 * - rate: Σ numerator / Σ denominator × factor, always from sums, never from averaged rates; numerator
 *   and denominator may each be the sum of several variables (children 0–1 + 1–2 + 2–3 = under 3),
 *   held in `indicator_variable`;
 * - change: the change of another indicator over n years, in percentage points or per cent;
 * - direct: an imported value, aggregated upwards only through a weight variable.
 */
export const indicator = pgTable(
	'indicator',
	{
		...tenantScoped(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		kind: indicatorKind('kind').notNull(),
		factor: doublePrecision('factor').notNull().default(100),
		baseIndicatorId: uuid('base_indicator_id'),
		changeYears: integer('change_years'),
		changeMode: changeMode('change_mode'),
		valueVariableId: uuid('value_variable_id'),
		weightVariableId: uuid('weight_variable_id'),
		/**
		 * The weight is not the values' reference population but a stand-in for it (total inhabitants
		 * for a share of under-15s); allowed only when stated, and `weight_note` says what it stands in for.
		 */
		weightStandIn: boolean('weight_stand_in').notNull().default(false),
		/** Why this weight (or, without one, why none fits): shown wherever the values are aggregated or missing. */
		weightNote: text('weight_note'),
		/** Provenance of the weight setting: who set it last and when (the audit log keeps every change). */
		weightSetBy: text('weight_set_by'),
		weightSetAt: timestamp('weight_set_at', { withTimezone: true }),
		polarity: polarity('polarity').notNull().default('neutral'),
		unitLabel: text('unit_label').notNull().default(''),
		decimals: integer('decimals').notNull().default(1),
		topicId: uuid('topic_id'),
		departmentId: uuid('department_id'),
		/** Fact sheet: definition, source, Stichtag, interpretation, update interval, licence, levels, disclosure rule. */
		metadata: jsonb('metadata')
			.notNull()
			.default(sql`'{}'::jsonb`)
	},
	(t) => [
		tenantKey(t),
		unique('indicator_code').on(t.tenantId, t.code),
		foreignKey({
			columns: [t.tenantId, t.valueVariableId],
			foreignColumns: [variable.tenantId, variable.id]
		}),
		foreignKey({
			columns: [t.tenantId, t.weightVariableId],
			foreignColumns: [variable.tenantId, variable.id]
		}),
		foreignKey({ columns: [t.tenantId, t.baseIndicatorId], foreignColumns: [t.tenantId, t.id] }),
		foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topic.tenantId, topic.id] }),
		foreignKey({
			columns: [t.tenantId, t.departmentId],
			foreignColumns: [department.tenantId, department.id]
		})
	]
);

export const rateRole = pgEnum('rate_role', ['numerator', 'denominator']);

/**
 * The variables a rate sums in its numerator and its denominator. A unit counts towards a sum only
 * where every variable of that sum has a value: a numerator missing one age band is not smaller, it
 * is unknown. `position` keeps the order the definition states.
 */
export const indicatorVariable = pgTable(
	'indicator_variable',
	{
		tenantId: uuid('tenant_id').notNull(),
		indicatorId: uuid('indicator_id').notNull(),
		role: rateRole('role').notNull(),
		variableId: uuid('variable_id').notNull(),
		position: integer('position').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.indicatorId, t.role, t.variableId] }),
		foreignKey({
			columns: [t.tenantId, t.indicatorId],
			foreignColumns: [indicator.tenantId, indicator.id]
		}).onDelete('cascade'),
		foreignKey({ columns: [t.tenantId, t.variableId], foreignColumns: [variable.tenantId, variable.id] })
	]
);
