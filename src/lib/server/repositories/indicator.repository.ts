import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { department, indicator, indicatorVariable, topic, variable } from '../db/schema';

export type IndicatorRow = typeof indicator.$inferSelect;
export type IndicatorValues = Omit<IndicatorRow, 'tenantId' | 'id'>;

/** A variable summed in a rate's numerator or denominator. */
export interface RateVariable {
	id: string;
	code: string;
}

/** An indicator with the codes of everything it refers to, as definitions and fact sheets name them. */
export interface IndicatorListItem extends IndicatorRow {
	/** The variables a rate sums above and below the line, in the order of its definition; empty otherwise. */
	numeratorVariables: RateVariable[];
	denominatorVariables: RateVariable[];
	valueCode: string | null;
	weightCode: string | null;
	weightName: string | null;
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

const valueVariable = alias(variable, 'value_variable');
const weightVariable = alias(variable, 'weight_variable');
const base = alias(indicator, 'base');

function listQuery(db: Database) {
	const sameTenant = (t: { tenantId: AnyPgColumn }) => eq(t.tenantId, indicator.tenantId);
	return db
		.select({
			indicator,
			valueCode: valueVariable.code,
			weightCode: weightVariable.code,
			weightName: weightVariable.name,
			baseCode: base.code,
			topicCode: topic.code,
			topicName: topic.name,
			departmentName: department.name
		})
		.from(indicator)
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

/** The rows with the variables of their rates (one more query for all of them). */
async function withRateVariables(
	db: Database,
	tenantId: string,
	rows: ListRow[]
): Promise<IndicatorListItem[]> {
	const rateIds = rows.filter((r) => r.indicator.kind === 'rate').map((r) => r.indicator.id);
	const terms =
		rateIds.length === 0
			? []
			: await db
					.select({
						indicatorId: indicatorVariable.indicatorId,
						role: indicatorVariable.role,
						id: variable.id,
						code: variable.code
					})
					.from(indicatorVariable)
					.innerJoin(
						variable,
						and(
							eq(variable.tenantId, indicatorVariable.tenantId),
							eq(variable.id, indicatorVariable.variableId)
						)
					)
					.where(
						and(eq(indicatorVariable.tenantId, tenantId), inArray(indicatorVariable.indicatorId, rateIds))
					)
					.orderBy(asc(indicatorVariable.position));
	return rows.map(({ indicator: row, ...codes }) => {
		const mine = terms.filter((t) => t.indicatorId === row.id);
		const of = (role: 'numerator' | 'denominator') =>
			mine.filter((t) => t.role === role).map(({ id, code }) => ({ id, code }));
		return { ...row, ...codes, numeratorVariables: of('numerator'), denominatorVariables: of('denominator') };
	});
}

/** Replaces the variables a rate sums (none for other kinds). */
export async function replaceRateVariables(
	db: Database,
	tenantId: string,
	indicatorId: string,
	variables: { numerator: readonly string[]; denominator: readonly string[] }
): Promise<void> {
	await db
		.delete(indicatorVariable)
		.where(and(eq(indicatorVariable.tenantId, tenantId), eq(indicatorVariable.indicatorId, indicatorId)));
	const rows = (['numerator', 'denominator'] as const).flatMap((role) =>
		variables[role].map((variableId, position) => ({ tenantId, indicatorId, role, variableId, position }))
	);
	if (rows.length > 0) await db.insert(indicatorVariable).values(rows);
}

export async function listIndicatorItems(db: Database, tenantId: string): Promise<IndicatorListItem[]> {
	const rows = await listQuery(db).where(eq(indicator.tenantId, tenantId)).orderBy(asc(indicator.code));
	return withRateVariables(db, tenantId, rows);
}

export async function findIndicatorItem(
	db: Database,
	tenantId: string,
	code: string
): Promise<IndicatorListItem | undefined> {
	const rows = await listQuery(db).where(and(eq(indicator.tenantId, tenantId), eq(indicator.code, code)));
	return (await withRateVariables(db, tenantId, rows))[0];
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
	return new Map((await withRateVariables(db, tenantId, rows)).map((i) => [i.code, i]));
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
