import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	date,
	doublePrecision,
	foreignKey,
	index,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { goalLevels, goalOrigins, goalScopeKinds, goalStatuses } from '../../../core/planning/goal';
import { ratings, type RatingReason } from '../../../core/planning/goal-check';
import { compositeIndex } from './composite-index';
import { topic } from './data';
import { indicator } from './indicators';
import { spatialLayer, spatialUnit } from './spatial';
import { departmentForeignKey, tenantKey, tenantScoped } from './tenants';

export const goalLevel = pgEnum('goal_level', goalLevels);
export const goalOrigin = pgEnum('goal_origin', goalOrigins);
export const goalStatus = pgEnum('goal_status', goalStatuses);
export const goalScopeKind = pgEnum('goal_scope_kind', goalScopeKinds);
export const goalDirection = pgEnum('goal_direction', ['higher', 'lower']);
export const goalRating = pgEnum('goal_rating', ratings);

/** The departments that own a Handlungsfeld (topic): they answer for its goals. */
export const topicDepartment = pgTable(
	'topic_department',
	{
		tenantId: uuid('tenant_id').notNull(),
		topicId: uuid('topic_id').notNull(),
		departmentId: uuid('department_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.topicId, t.departmentId] }),
		foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topic.tenantId, topic.id] }).onDelete(
			'cascade'
		),
		departmentForeignKey(t.tenantId, t.departmentId).onDelete('cascade')
	]
);

/**
 * A goal of the plan: a Leitziel (no indicator) or a SMART Handlungs-/Wirkungsziel with an indicator,
 * a scope, a direction, a baseline and a target. A goal without an indicator is qualitative and is
 * checked by its owner's dated assessments (goal_assessment).
 */
export const goal = pgTable(
	'goal',
	{
		...tenantScoped(),
		/** The goal's number in the plan ("Z 2.1"), unique in the tenant: imports and the CLI name goals by it. */
		code: text('code').notNull(),
		parentId: uuid('parent_id'),
		topicId: uuid('topic_id'),
		level: goalLevel('level').notNull(),
		title: text('title').notNull(),
		rationale: text('rationale'),
		indicatorId: uuid('indicator_id'),
		direction: goalDirection('direction'),
		scopeKind: goalScopeKind('scope_kind').notNull().default('tenant'),
		/** The layer of the units (scope `units`) or of the index classes (scope `index_class`). */
		scopeLayerId: uuid('scope_layer_id'),
		scopeIndexId: uuid('scope_index_id'),
		/** Which class of the index: status, dynamics or combined. */
		scopeClassKind: text('scope_class_kind'),
		scopeClass: text('scope_class'),
		scopeDate: date('scope_date'),
		baselineValue: doublePrecision('baseline_value'),
		baselineDate: date('baseline_date'),
		/** Set when the baseline was entered instead of taken from the data: why. */
		baselineReason: text('baseline_reason'),
		targetValue: doublePrecision('target_value'),
		targetDate: date('target_date'),
		ownerDepartmentId: uuid('owner_department_id'),
		ownerName: text('owner_name'),
		origin: goalOrigin('origin').notNull(),
		status: goalStatus('status').notNull().default('entwurf'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		updatedAt: timestamp('updated_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('goal_code').on(t.tenantId, t.code),
		foreignKey({
			columns: [t.tenantId, t.parentId],
			foreignColumns: [t.tenantId, t.id] as [AnyPgColumn, AnyPgColumn]
		}),
		foreignKey({ columns: [t.tenantId, t.topicId], foreignColumns: [topic.tenantId, topic.id] }),
		foreignKey({ columns: [t.tenantId, t.indicatorId], foreignColumns: [indicator.tenantId, indicator.id] }),
		foreignKey({
			columns: [t.tenantId, t.scopeLayerId],
			foreignColumns: [spatialLayer.tenantId, spatialLayer.id]
		}),
		foreignKey({
			columns: [t.tenantId, t.scopeIndexId],
			foreignColumns: [compositeIndex.tenantId, compositeIndex.id]
		}),
		departmentForeignKey(t.tenantId, t.ownerDepartmentId),
		index('goal_parent').on(t.tenantId, t.parentId)
	]
);

/** A row of a goal (chosen unit, assessment, rating, a measure's link): it goes with its goal. */
export const ofGoal = (t: { tenantId: AnyPgColumn; goalId: AnyPgColumn }) =>
	foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goal.tenantId, goal.id] }).onDelete(
		'cascade'
	);

/** The chosen units of a goal whose scope is `units`. */
export const goalUnit = pgTable(
	'goal_unit',
	{
		tenantId: uuid('tenant_id').notNull(),
		goalId: uuid('goal_id').notNull(),
		unitId: uuid('unit_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.goalId, t.unitId] }),
		ofGoal(t),
		foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [spatialUnit.tenantId, spatialUnit.id] })
	]
);

/** The owner's dated assessment of a qualitative goal (one without an indicator). */
export const goalAssessment = pgTable(
	'goal_assessment',
	{
		...tenantScoped(),
		goalId: uuid('goal_id').notNull(),
		assessedOn: date('assessed_on').notNull(),
		rating: goalRating('rating').notNull(),
		text: text('text').notNull(),
		author: text('author').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [tenantKey(t), ofGoal(t)]
);

/**
 * The history of a goal's check: one row per goal and unit (null: the whole scope) each time the
 * rating was computed under a new data version, so that a planner can show how it moved.
 */
export const goalRatingEntry = pgTable(
	'goal_rating_entry',
	{
		...tenantScoped(),
		goalId: uuid('goal_id').notNull(),
		unitId: uuid('unit_id'),
		checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
		/** The tenant's data version (audit stamp) the check was computed under. */
		dataVersion: text('data_version').notNull(),
		rating: goalRating('rating').notNull(),
		/** The value the rating was measured by, and its Stichtag. */
		currentValue: doublePrecision('current_value'),
		valueDate: date('value_date'),
		progress: doublePrecision('progress'),
		projected: doublePrecision('projected'),
		shortfall: doublePrecision('shortfall'),
		reason: jsonb('reason').$type<RatingReason>().notNull()
	},
	(t) => [
		tenantKey(t),
		ofGoal(t),
		foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [spatialUnit.tenantId, spatialUnit.id] }),
		index('goal_rating_entry_goal').on(t.tenantId, t.goalId, t.checkedAt)
	]
);
