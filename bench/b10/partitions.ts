/**
 * B10's two polygon partitions of the same rectangle in Berlin's area, in the metric CRS
 * EPSG:25833 (as the app computes areas, `metricSrid` of the layer): 5,000 blocks (125 × 40) and
 * 500 districts (20 × 25), each a jittered grid — every inner grid vertex moved at random (seeded),
 * vertices on the outer edge only along it, so both cover exactly the rectangle. The column and
 * row counts share no grid lines: districts are not unions of blocks. Every cell is a convex
 * quadrilateral (checked), which lets the independent check clip them exactly (clip.ts).
 */

export type Ring = [number, number][];

export interface Cell {
	code: string;
	/** Counter-clockwise, not closed, EPSG:25833 metres. */
	ring: Ring;
}

/** The rectangle, EPSG:25833: roughly Berlin's extent. */
export const extent = { minX: 370_000, minY: 5_800_000, maxX: 415_000, maxY: 5_837_000 };

function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
	(a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

export function jitteredGrid(
	columns: number,
	rows: number,
	prefix: string,
	seed: number,
	jitter = 0.2
): Cell[] {
	const next = random(seed);
	const w = (extent.maxX - extent.minX) / columns;
	const h = (extent.maxY - extent.minY) / rows;
	const vertex: [number, number][][] = [];
	for (let i = 0; i <= columns; i++) {
		vertex.push([]);
		for (let j = 0; j <= rows; j++) {
			const dx = i > 0 && i < columns ? (next() * 2 - 1) * jitter * w : 0;
			const dy = j > 0 && j < rows ? (next() * 2 - 1) * jitter * h : 0;
			vertex[i]!.push([extent.minX + i * w + dx, extent.minY + j * h + dy]);
		}
	}
	const digits = String(columns * rows).length;
	const cells: Cell[] = [];
	for (let j = 0; j < rows; j++)
		for (let i = 0; i < columns; i++) {
			const ring: Ring = [vertex[i]![j]!, vertex[i + 1]![j]!, vertex[i + 1]![j + 1]!, vertex[i]![j + 1]!];
			for (let k = 0; k < 4; k++)
				if (cross(ring[k]!, ring[(k + 1) % 4]!, ring[(k + 2) % 4]!) <= 0)
					throw new Error(`B10: Zelle ${i},${j} ist nicht konvex (Zittern zu groß)`);
			cells.push({ code: `${prefix}${String(cells.length + 1).padStart(digits, '0')}`, ring });
		}
	return cells;
}

export const blocks = () => jitteredGrid(125, 40, 'B', 1010);
export const districts = () => jitteredGrid(20, 25, 'D', 2020);

/** WKT of a cell (closed ring); JavaScript writes each double as its shortest exact decimal. */
export function wkt(cell: Cell): string {
	const ring = [...cell.ring, cell.ring[0]!];
	return `POLYGON((${ring.map(([x, y]) => `${x} ${y}`).join(', ')}))`;
}
