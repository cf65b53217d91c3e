import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { department, indicator, topic, variable } from '../db/schema';

export type IndicatorRow = typeof indicator.$inferSelect;
export type IndicatorValues = Omit<IndicatorRow, 'tenantId' | 'id'>;

/** An indicator with the codes of everything it refers to, as definitions and fact sheets name them. */
export interface IndicatorListItem extends IndicatorRow {
	numeratorCode: string | null;
	denominatorCode: string | null;
	valueCode: string | null;
	weightCode: string | null;
	baseCode: string | null;
	topicCode: string | null;
	topicName: string | null;
	departmentName: string | null;
}

export async function insertIndicator(
	db: Database,
	tenantId: string,
	values: IndicatorValues
): Promise<IndicatorRow> {
	const [row] = await db
		.insert(indicator)
		.values({ tenantId, ...values })
		.returning();
	return row!;
}

export async function updateIndicator(
	db: Database,
	tenantId: string,
	id: string,
	values: IndicatorValues
): Promise<IndicatorRow> {
	const [row] = await db
		.update(indicator)
		.set(values)
		.where(and(eq(indicator.tenantId, tenantId), eq(indicator.id, id)))
		.returning();
	return row!;
}

const numerator = alias(variable, 'numerator');
const denominator = alias(variable, 'denominator');
const valueVariable = alias(variable, 'value_variable');
const weightVariable = alias(variable, 'weight_variable');
const base = alias(indicator, 'base');

function listQuery(db: Database) {
	const sameTenant = (t: { tenantId: AnyPgColumn }) => eq(t.tenantId, indicator.tenantId);
	return db
		.select({
			indicator,
			numeratorCode: numerator.code,
			denominatorCode: denominator.code,
			valueCode: valueVariable.code,
			weightCode: weightVariable.code,
			baseCode: base.code,
			topicCode: topic.code,
			topicName: topic.name,
			departmentName: department.name
		})
		.from(indicator)
		.leftJoin(numerator, and(sameTenant(numerator), eq(numerator.id, indicator.numeratorId)))
		.leftJoin(denominator, and(sameTenant(denominator), eq(denominator.id, indicator.denominatorId)))
		.leftJoin(valueVariable, and(sameTenant(valueVariable), eq(valueVariable.id, indicator.valueVariableId)))
		.leftJoin(
			weightVariable,
			and(sameTenant(weightVariable), eq(weightVariable.id, indicator.weightVariableId))
		)
		.leftJoin(base, and(sameTenant(base), eq(base.id, indicator.baseIndicatorId)))
		.leftJoin(topic, and(sameTenant(topic), eq(topic.id, indicator.topicId)))
		.leftJoin(department, and(sameTenant(department), eq(department.id, indicator.departmentId)));
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['where']>>[number];

function flatten({ indicator: row, ...codes }: ListRow): IndicatorListItem {
	return { ...row, ...codes };
}

export async function listIndicatorItems(db: Database, tenantId: string): Promise<IndicatorListItem[]> {
	const rows = await listQuery(db).where(eq(indicator.tenantId, tenantId)).orderBy(asc(indicator.code));
	return rows.map(flatten);
}

export async function findIndicatorItem(
	db: Database,
	tenantId: string,
	code: string
): Promise<IndicatorListItem | undefined> {
	const [row] = await listQuery(db).where(and(eq(indicator.tenantId, tenantId), eq(indicator.code, code)));
	return row && flatten(row);
}

export async function findIndicatorItemsByCodes(
	db: Database,
	tenantId: string,
	codes: readonly string[]
): Promise<Map<string, IndicatorListItem>> {
	if (codes.length === 0) return new Map();
	const rows = await listQuery(db).where(
		and(eq(indicator.tenantId, tenantId), inArray(indicator.code, [...new Set(codes)]))
	);
	return new Map(rows.map(flatten).map((i) => [i.code, i]));
}

/** Code → code of the base indicator, for every indicator of the tenant (to refuse cycles). */
export async function indicatorBaseCodes(
	db: Database,
	tenantId: string
): Promise<Map<string, string | null>> {
	const rows = await db
		.select({ code: indicator.code, baseCode: base.code })
		.from(indicator)
		.leftJoin(base, and(eq(base.tenantId, indicator.tenantId), eq(base.id, indicator.baseIndicatorId)))
		.where(eq(indicator.tenantId, tenantId));
	return new Map(rows.map((r) => [r.code, r.baseCode]));
}
