import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { topic, variable } from '../db/schema';

export type VariableRow = typeof variable.$inferSelect;
export type VariableValues = Omit<VariableRow, 'tenantId' | 'id'>;

/** A variable as listed and shown on fact sheets: with the code and name of its topic. */
export interface VariableListItem extends VariableRow {
	topicCode: string | null;
	topicName: string | null;
}

export async function insertVariable(
	db: Database,
	tenantId: string,
	values: VariableValues
): Promise<VariableRow> {
	const [row] = await db
		.insert(variable)
		.values({ tenantId, ...values })
		.returning();
	return row!;
}

export async function updateVariable(
	db: Database,
	tenantId: string,
	id: string,
	values: VariableValues
): Promise<VariableRow> {
	const [row] = await db
		.update(variable)
		.set(values)
		.where(and(eq(variable.tenantId, tenantId), eq(variable.id, id)))
		.returning();
	return row!;
}

export async function findVariable(
	db: Database,
	tenantId: string,
	code: string
): Promise<VariableRow | undefined> {
	const [row] = await db
		.select()
		.from(variable)
		.where(and(eq(variable.tenantId, tenantId), eq(variable.code, code)));
	return row;
}

const listColumns = { variable, topicCode: topic.code, topicName: topic.name };

function flatten(rows: { variable: VariableRow; topicCode: string | null; topicName: string | null }[]) {
	return rows.map((r) => ({ ...r.variable, topicCode: r.topicCode, topicName: r.topicName }));
}

/** Variables by code (one query for all codes of a definition or a file). */
export async function findVariablesByCodes(
	db: Database,
	tenantId: string,
	codes: readonly string[]
): Promise<Map<string, VariableListItem>> {
	if (codes.length === 0) return new Map();
	const rows = await db
		.select(listColumns)
		.from(variable)
		.leftJoin(topic, and(eq(topic.tenantId, variable.tenantId), eq(topic.id, variable.topicId)))
		.where(and(eq(variable.tenantId, tenantId), inArray(variable.code, [...new Set(codes)])));
	return new Map(flatten(rows).map((v) => [v.code, v]));
}

/** Variables by id, e.g. those an indicator refers to. */
export async function findVariablesByIds(
	db: Database,
	tenantId: string,
	ids: readonly string[]
): Promise<Map<string, VariableListItem>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select(listColumns)
		.from(variable)
		.leftJoin(topic, and(eq(topic.tenantId, variable.tenantId), eq(topic.id, variable.topicId)))
		.where(and(eq(variable.tenantId, tenantId), inArray(variable.id, [...new Set(ids)])));
	return new Map(flatten(rows).map((v) => [v.id, v]));
}

export async function listVariables(db: Database, tenantId: string): Promise<VariableListItem[]> {
	const rows = await db
		.select(listColumns)
		.from(variable)
		.leftJoin(topic, and(eq(topic.tenantId, variable.tenantId), eq(topic.id, variable.topicId)))
		.where(eq(variable.tenantId, tenantId))
		.orderBy(asc(variable.code));
	return flatten(rows);
}
