/**
 * B6: disclosure control for a 5,000-block → 4-level hierarchy × 50 count variables (≤ 2 s), against
 * the same primary + hierarchical secondary suppression in SQL on embedded PGlite. Run through
 * `npm run bench -- b6`.
 */
import { hierarchyVariableEquations, type Cell, type Equation } from '../src/lib/core/disclosure/equations';
import { recoverableCells } from '../src/lib/core/disclosure/independent-check';
import { isPrimary, suppressCells, type SuppressionResult } from '../src/lib/core/disclosure/suppression';
import { defaultDisclosureRules } from '../src/lib/core/disclosure/rules';
import { buildCity, type City } from './b6/city';
import { b6Report } from './b6/report';
import { openPeer, statusesInSql, suppressInSql } from './b6/sql-peer';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { measure, seconds } from './lib/timing';

const rules = defaultDisclosureRules;
const key = (unit: string, variable: string) => `${unit}|${variable}`;

function suppressCity(city: City): { result: SuppressionResult; equations: Equation[]; cells: Cell[] } {
	const cells: Cell[] = [];
	city.variables.forEach((variable, v) =>
		city.units.forEach((unit, u) => cells.push({ id: key(unit.id, variable), value: city.values[v]![u]! }))
	);
	const nodes = city.units.map((u) => ({ id: u.id, parent: u.parent < 0 ? null : city.units[u.parent]!.id }));
	const equations = hierarchyVariableEquations(nodes, city.variables, [], key);
	return { result: suppressCells(cells, equations, rules), equations, cells };
}

/** Bands of B6's audit case: three variables and their sum, along the same hierarchy. */
const bandVariables = [10, 20, 30];

/**
 * The case with interlocking sums: three variables (age bands, say) and their sum per unit, along
 * the hierarchy — each unit's cells form a small table with the hierarchy's sums, so the exact
 * audit runs. Not part of the 2 s target; measured to show what the audit costs.
 */
function suppressBands(city: City): { result: SuppressionResult; equations: Equation[]; cells: Cell[] } {
	const bands = bandVariables.map((v) => city.variables[v]!);
	const cells: Cell[] = [];
	city.units.forEach((unit, u) => {
		let sum = 0;
		bandVariables.forEach((v, i) => {
			cells.push({ id: key(unit.id, bands[i]!), value: city.values[v]![u]! });
			sum += city.values[v]![u]!;
		});
		cells.push({ id: key(unit.id, 'summe'), value: sum });
	});
	const nodes = city.units.map((u) => ({ id: u.id, parent: u.parent < 0 ? null : city.units[u.parent]!.id }));
	const equations = hierarchyVariableEquations(
		nodes,
		[...bands, 'summe'],
		[{ total: 'summe', parts: bands }],
		key
	);
	return { result: suppressCells(cells, equations, rules), equations, cells };
}

/** Draws a sample of the suppressed cells and checks it with the independent solver. */
function independentCheck({ result, equations, cells }: ReturnType<typeof suppressCity>, maxCells: number) {
	const suppressed = cells.filter((c) => result.status.get(c.id) !== 'published').map((c) => c.id);
	const drawn = sample(suppressed, 200);
	const skipped: string[] = [];
	const recoverable = recoverableCells(equations, new Set(suppressed), drawn, { maxCells, skipped });
	return {
		sampled: drawn.length,
		checked: drawn.length - skipped.length,
		recoverable: recoverable.length,
		skipped: skipped.length
	};
}

/** Sums (parent, variable) with exactly one suppressed cell; `suppressed(v, u)` says whether a cell is. */
function oneEquationViolations(city: City, suppressed: (v: number, u: number) => boolean): number {
	let violations = 0;
	for (let v = 0; v < city.variables.length; v++) {
		const count = new Int32Array(city.units.length);
		city.units.forEach((unit, u) => {
			if (!suppressed(v, u)) return;
			count[u]!++;
			if (unit.parent >= 0) count[unit.parent]!++;
		});
		// count[p] = suppressed children + p itself: the size of p's sum when p has children.
		const hasChildren = new Uint8Array(city.units.length);
		for (const unit of city.units) if (unit.parent >= 0) hasChildren[unit.parent] = 1;
		for (let u = 0; u < city.units.length; u++) if (hasChildren[u] && count[u] === 1) violations++;
	}
	return violations;
}

/** A deterministic sample of suppressed cells for the independent (slow) exact check. */
function sample<T>(list: T[], n: number): T[] {
	if (list.length <= n) return list;
	const step = list.length / n;
	return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)]!);
}

export async function runB6(runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	log('B6: Stadt wird erzeugt (nicht gemessen) …');
	const city = buildCity();
	const progress = (what: string) => (ms: number) => log(`  ${what}: ${seconds(ms)}`);

	log(`Kern: ${city.variables.length} Variablen × ${city.units.length} Einheiten, ${runs} Läufe`);
	const engine = await measure(runs, async () => suppressCity(city), progress('Kern'));
	const { result, equations, cells } = suppressCity(city);

	log('SQL-Gegenstück auf PGlite: Daten laden (nicht gemessen) …');
	const db = await openPeer(city);
	let sqlCounts = { passes: 0, primary: 0, secondary: 0 };
	const sql = await measure(
		runs,
		async () => {
			sqlCounts = await suppressInSql(db, rules.minimumCount);
		},
		progress('SQL')
	);
	const sqlStatus = await statusesInSql(db, city);
	const version = (await db.query<{ v: string }>('select version() as v')).rows[0]!.v;
	await db.close();

	log('Prüfungen …');
	const engineSuppressed = (v: number, u: number) =>
		result.status.get(key(city.units[u]!.id, city.variables[v]!)) !== 'published';
	let primaryPublished = 0;
	let differing = 0;
	const statusCode = { published: 0, primary: 1, secondary: 2 } as const;
	city.variables.forEach((variable, v) =>
		city.units.forEach((unit, u) => {
			const s = result.status.get(key(unit.id, variable))!;
			if (s === 'published' && isPrimary(city.values[v]![u]!, rules)) primaryPublished++;
			if (statusCode[s] !== sqlStatus[v]![u]) differing++;
		})
	);
	const maxCells = 250;
	const check = independentCheck({ result, equations, cells }, maxCells);

	log(`Audit-Fall: 3 Bänder + Summe × ${city.units.length} Einheiten, ${runs} Läufe`);
	const bandSeries = await measure(runs, async () => suppressBands(city), progress('Audit-Fall'));
	const banded = suppressBands(city);
	const bandCheck = independentCheck(banded, maxCells);
	const markdown = b6Report({
		cells: cells.length,
		equations: equations.length,
		engine,
		engineCounts: {
			primary: result.primary,
			secondary: result.secondary,
			audited: result.audited,
			unprotected: result.unprotected.length
		},
		sql,
		sqlCounts,
		sqlVersion: version.split(' on ')[0]!,
		differing,
		checks: {
			primaryPublished,
			engineOneEquation: oneEquationViolations(city, engineSuppressed),
			sqlOneEquation: oneEquationViolations(city, (v, u) => sqlStatus[v]![u]! > 0),
			sample: check,
			maxCells
		},
		bands: {
			cells: banded.cells.length,
			series: bandSeries,
			primary: banded.result.primary,
			secondary: banded.result.secondary,
			audited: banded.result.audited,
			unprotected: banded.result.unprotected.length,
			sample: bandCheck
		},
		machine: machineInfo(loadAtStart)
	});
	writeSection('b6', markdown);
	log(markdown);
}
