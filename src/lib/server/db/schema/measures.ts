import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	date,
	doublePrecision,
	foreignKey,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { fundingSources, measureStatuses } from '../../../core/planning/measure';
import { facility, provider } from './facilities';
import { ofGoal } from './goals';
import { spatialUnit } from './spatial';
import { departmentForeignKey, tenantKey, tenantScoped } from './tenants';

export const measureStatus = pgEnum('measure_status', measureStatuses);
export const fundingSource = pgEnum('funding_source', fundingSources);

/**
 * A Maßnahme: what the tenant and its partners do for one or more goals, where, for whom, with whose
 * money and with what result. Its links (goals, units, partner departments, Träger, facilities) are
 * tables of their own below.
 */
export const measure = pgTable(
	'measure',
	{
		...tenantScoped(),
		/** The measure's number in the plan ("M 2.1.3"), unique in the tenant. */
		code: text('code').notNull(),
		title: text('title').notNull(),
		description: text('description'),
		status: measureStatus('status').notNull().default('geplant'),
		periodStart: date('period_start'),
		periodEnd: date('period_end'),
		leadDepartmentId: uuid('lead_department_id'),
		/** Life phase codes of the prevention chain (core/supply/life-phases.ts) the measure serves. */
		lifePhases: text('life_phases')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Target groups in the planners' words (Alleinerziehende, Neuzugewanderte …). */
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		updatedAt: timestamp('updated_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('measure_code').on(t.tenantId, t.code),
		departmentForeignKey(t.tenantId, t.leadDepartmentId)
	]
);

/** A row of a measure (link, budget line, milestone, output): it goes with its measure. */
const ofMeasure = (t: { tenantId: AnyPgColumn; measureId: AnyPgColumn }) =>
	foreignKey({ columns: [t.tenantId, t.measureId], foreignColumns: [measure.tenantId, measure.id] }).onDelete(
		'cascade'
	);

/** The goals a measure serves (many to many). */
export const measureGoal = pgTable(
	'measure_goal',
	{
		tenantId: uuid('tenant_id').notNull(),
		measureId: uuid('measure_id').notNull(),
		goalId: uuid('goal_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.measureId, t.goalId] }),
		ofMeasure(t),
		ofGoal(t),
		index('measure_goal_goal').on(t.tenantId, t.goalId)
	]
);

/** The units a measure serves, of any layer. */
export const measureUnit = pgTable(
	'measure_unit',
	{
		tenantId: uuid('tenant_id').notNull(),
		measureId: uuid('measure_id').notNull(),
		unitId: uuid('unit_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.measureId, t.unitId] }),
		ofMeasure(t),
		foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [spatialUnit.tenantId, spatialUnit.id] }),
		index('measure_unit_unit').on(t.tenantId, t.unitId)
	]
);

/** Departments that take part besides the lead department. */
export const measurePartner = pgTable(
	'measure_partner',
	{
		tenantId: uuid('tenant_id').notNull(),
		measureId: uuid('measure_id').notNull(),
		departmentId: uuid('department_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.measureId, t.departmentId] }),
		ofMeasure(t),
		departmentForeignKey(t.tenantId, t.departmentId)
	]
);

/** The Träger that run a measure: they report its progress and output figures, and nothing else. */
export const measureProvider = pgTable(
	'measure_provider',
	{
		tenantId: uuid('tenant_id').notNull(),
		measureId: uuid('measure_id').notNull(),
		providerId: uuid('provider_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.measureId, t.providerId] }),
		ofMeasure(t),
		foreignKey({ columns: [t.tenantId, t.providerId], foreignColumns: [provider.tenantId, provider.id] }),
		index('measure_provider_provider').on(t.tenantId, t.providerId)
	]
);

/** Facilities of the register where a measure takes place. */
export const measureFacility = pgTable(
	'measure_facility',
	{
		tenantId: uuid('tenant_id').notNull(),
		measureId: uuid('measure_id').notNull(),
		facilityId: uuid('facility_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.measureId, t.facilityId] }),
		ofMeasure(t),
		foreignKey({
			columns: [t.tenantId, t.facilityId],
			foreignColumns: [facility.tenantId, facility.id]
		}).onDelete('cascade')
	]
);

/** One year's money of a measure from one source, in euros: planned, approved, spent. */
export const measureBudget = pgTable(
	'measure_budget',
	{
		...tenantScoped(),
		measureId: uuid('measure_id').notNull(),
		year: integer('year').notNull(),
		source: fundingSource('source').notNull(),
		/** The funding programme's name (source `foerderprogramm`). */
		programme: text('programme').notNull().default(''),
		planned: doublePrecision('planned'),
		approved: doublePrecision('approved'),
		spent: doublePrecision('spent'),
		/** Required when more was spent than approved: why. */
		note: text('note')
	},
	(t) => [
		tenantKey(t),
		unique('measure_budget_line').on(t.tenantId, t.measureId, t.year, t.source, t.programme),
		ofMeasure(t)
	]
);

/** A milestone with its due date; done when `doneOn` is set. */
export const measureMilestone = pgTable(
	'measure_milestone',
	{
		...tenantScoped(),
		measureId: uuid('measure_id').notNull(),
		title: text('title').notNull(),
		dueOn: date('due_on').notNull(),
		doneOn: date('done_on')
	},
	(t) => [tenantKey(t), ofMeasure(t)]
);

/** An output figure (Leistungskennzahl, e.g. participants reached) reported for one period. */
export const measureOutput = pgTable(
	'measure_output',
	{
		...tenantScoped(),
		measureId: uuid('measure_id').notNull(),
		figure: text('figure').notNull(),
		periodStart: date('period_start').notNull(),
		periodEnd: date('period_end').notNull(),
		value: doublePrecision('value').notNull(),
		reportedBy: text('reported_by').notNull(),
		reportedAt: timestamp('reported_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('measure_output_period').on(t.tenantId, t.measureId, t.figure, t.periodStart, t.periodEnd),
		ofMeasure(t)
	]
);
