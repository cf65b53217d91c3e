import { sql } from 'drizzle-orm';
import {
	doublePrecision,
	foreignKey,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	uuid,
	unique
} from 'drizzle-orm/pg-core';
import { variable, topic } from './data';
import { department, tenant } from './tenants';

export const indicatorKind = pgEnum('indicator_kind', ['rate', 'change', 'direct']);
export const polarity = pgEnum('polarity', ['higher_better', 'higher_worse', 'neutral']);
export const changeMode = pgEnum('change_mode', ['points', 'percent']);

/**
 * How a number is derived from observations (DOMAIN.md §3):
 * - rate: Σ numerator / Σ denominator × factor, always from sums, never from averaged rates;
 * - change: the change of another indicator over n years, in percentage points or per cent;
 * - direct: an imported value, aggregated upwards only through a weight variable.
 */
export const indicator = pgTable(
	'indicator',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenant.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull().defaultRandom(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		kind: indicatorKind('kind').notNull(),
		numeratorId: uuid('numerator_id'),
		denominatorId: uuid('denominator_id'),
		factor: doublePrecision('factor').notNull().default(100),
		baseIndicatorId: uuid('base_indicator_id'),
		changeYears: integer('change_years'),
		changeMode: changeMode('change_mode'),
		valueVariableId: uuid('value_variable_id'),
		weightVariableId: uuid('weight_variable_id'),
		polarity: polarity('polarity').notNull().default('neutral'),
		unitLabel: text('unit_label').notNull().default('%'),
		decimals: integer('decimals').notNull().default(1),
		topicId: uuid('topic_id'),
		departmentId: uuid('department_id'),
		/** Fact sheet: definition, source, Stichtag, interpretation, update interval, licence, levels, disclosure rule. */
		metadata: jsonb('metadata')
			.notNull()
			.default(sql`'{}'::jsonb`)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.id] }),
		unique('indicator_code').on(t.tenantId, t.code),
		foreignKey({ columns: [t.tenantId, t.numeratorId], foreignColumns: [variable.tenantId, variable.id] }),
		foreignKey({ columns: [t.tenantId, t.denominatorId], foreignColumns: [variable.tenantId, variable.id] }),
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
