/**
 * What a reader can compute from a family of published tables: additive equations between cells
 * (a total is the sum of its parts). Secondary suppression protects against exactly these sums, so
 * every sum a publication shows or implies must be listed — the unit sums along the layer hierarchy
 * (parent total = Σ children), a table's margins, and sums between variables (0–<1 + 1–<2 + 2–<3 =
 * under 3). The builders here turn those structures into equations over cell ids.
 */

/** A count in one place of a publication; ids are the caller's and must be unique. */
export interface Cell {
	id: string;
	/** A non-negative count (persons, households, cases). */
	value: number;
}

/** total = Σ parts, each named by cell id. */
export interface Equation {
	total: string;
	parts: string[];
}

export interface HierarchyNode {
	id: string;
	/** null (or an id that is not among the nodes) for a root: its total is not the sum of anything. */
	parent: string | null;
}

/**
 * Parent totals = Σ children along a hierarchy of any depth: one equation for every node with
 * children (blocks → Sozialräume → Bezirke → city). Cell ids are the node ids.
 */
export function hierarchyEquations(nodes: readonly HierarchyNode[]): Equation[] {
	const known = new Set(nodes.map((n) => n.id));
	const children = new Map<string, string[]>();
	for (const node of nodes) {
		if (node.parent === null || !known.has(node.parent)) continue;
		const list = children.get(node.parent);
		if (list) list.push(node.id);
		else children.set(node.parent, [node.id]);
	}
	return [...children].map(([total, parts]) => ({ total, parts }));
}

/** The id of cell (row, column) in `tableEquations` and of (unit, variable) in `hierarchyVariableEquations`. */
export type CellKey = (first: string, second: string) => string;

export const defaultCellKey: CellKey = (first, second) => `${first}|${second}`;

/**
 * A two-way table with its margins: every row total is the sum of its row, every column total the
 * sum of its column, and the grand total the sum of the row totals and of the column totals.
 * Margins use `total` as the row or column label: key(r, total) is row r's total, key(total, c)
 * column c's, key(total, total) the grand total.
 */
export function tableEquations(
	rows: readonly string[],
	columns: readonly string[],
	total = 'Σ',
	key: CellKey = defaultCellKey
): Equation[] {
	const equations: Equation[] = [];
	for (const r of rows) equations.push({ total: key(r, total), parts: columns.map((c) => key(r, c)) });
	for (const c of columns) equations.push({ total: key(total, c), parts: rows.map((r) => key(r, c)) });
	equations.push({ total: key(total, total), parts: rows.map((r) => key(r, total)) });
	equations.push({ total: key(total, total), parts: columns.map((c) => key(total, c)) });
	return equations;
}

/**
 * Several count variables along one hierarchy, where some variables are sums of others (three
 * age bands make "under 3"): the hierarchy's equations for every variable, and at every unit the
 * variable sums. Cells are key(unit, variable). Together these form a table per level whose cells
 * are tied both ways — secondary suppression needs the exact audit there, not only the
 * one-equation rule.
 */
export function hierarchyVariableEquations(
	nodes: readonly HierarchyNode[],
	variables: readonly string[],
	variableSums: readonly Equation[] = [],
	key: CellKey = defaultCellKey
): Equation[] {
	const hierarchy = hierarchyEquations(nodes);
	const equations: Equation[] = [];
	for (const variable of variables)
		for (const eq of hierarchy)
			equations.push({
				total: key(eq.total, variable),
				parts: eq.parts.map((unit) => key(unit, variable))
			});
	for (const node of nodes)
		for (const sum of variableSums)
			equations.push({
				total: key(node.id, sum.total),
				parts: sum.parts.map((variable) => key(node.id, variable))
			});
	return equations;
}
