/**
 * The generated city of B6: 5,000 blocks → 500 Sozialräume → 60 Stadtteile → 12 Bezirke → 1 city,
 * and 50 count variables with small-area counts as they are (many 0–5: a variable's block counts
 * are exponential around its mean, the means spread from 0.3 to 40). Deterministic (own LCG), so
 * every run and the SQL peer see the same numbers; parents hold the sums of their children.
 */
export const levels = [
	{ name: 'Blöcke', prefix: 'B', count: 5_000 },
	{ name: 'Sozialräume', prefix: 'S', count: 500 },
	{ name: 'Stadtteile', prefix: 'T', count: 60 },
	{ name: 'Bezirke', prefix: 'Z', count: 12 },
	{ name: 'Stadt', prefix: 'C', count: 1 }
] as const;

export const variableCount = 50;

export interface City {
	/** Units from the blocks up; `parent` indexes into `units`, −1 for the city. */
	units: { id: string; level: number; parent: number }[];
	variables: string[];
	/** values[v][u]: the count of variable v in unit u. */
	values: Int32Array[];
}

function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return (s + 0.5) / 4294967296;
	};
}

export function buildCity(seed = 20261122): City {
	const random = lcg(seed);
	const units: City['units'] = [];
	const firstOf: number[] = [];
	levels.forEach((level, l) => {
		firstOf.push(units.length);
		for (let i = 0; i < level.count; i++)
			units.push({ id: `${level.prefix}${String(i).padStart(5, '0')}`, level: l, parent: -1 });
	});
	// Each unit's parent on the level above, in contiguous runs of uneven size (500 → 60 is 8 or 9).
	for (let l = 0; l + 1 < levels.length; l++) {
		const n = levels[l]!.count;
		const above = levels[l + 1]!.count;
		for (let i = 0; i < n; i++)
			units[firstOf[l]! + i]!.parent = firstOf[l + 1]! + Math.floor((i * above) / n);
	}
	const variables = Array.from({ length: variableCount }, (_, v) => `v${String(v).padStart(2, '0')}`);
	const values = variables.map((_, v) => {
		const mean = 0.3 * Math.pow(40 / 0.3, v / (variableCount - 1));
		const column = new Int32Array(units.length);
		for (let b = 0; b < levels[0].count; b++) column[b] = Math.floor(-Math.log(random()) * mean);
		for (let u = 0; u < units.length; u++) if (units[u]!.parent >= 0) column[units[u]!.parent]! += column[u]!;
		return column;
	});
	return { units, variables, values };
}
