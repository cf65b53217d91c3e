/**
 * Where to put the name of a unit on the thematic map. There is no glyph server (MapLibre symbol
 * layers cannot draw text offline), so names are HTML markers at one point per unit. The point
 * must lie inside the unit, also for L- and U-shaped units where the centre of the bounding box
 * falls outside: of the unit's largest polygon, a few horizontal lines through its bounding box
 * are cut with the polygon's rings, and the middle of the widest inside stretch is taken — a cheap
 * approximation of the pole of inaccessibility, good enough for a label. Pure, no DOM.
 */
import type { Geometry, Position } from 'geojson';

export interface LabelPoint {
	/** [longitude, latitude] inside the unit */
	point: [number, number];
	/** Area of the largest polygon in square degrees: only to rank units (larger first). */
	size: number;
}

type Ring = Position[];
type Polygon = Ring[];

function polygonsOf(geometry: Geometry | null | undefined): Polygon[] {
	if (!geometry) return [];
	if (geometry.type === 'Polygon') return [geometry.coordinates];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates;
	if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
	return [];
}

/** Shoelace area of a ring (absolute; orientation does not matter here). */
function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	return Math.abs(sum / 2);
}

/** x of every crossing of the horizontal line at y with the polygon's rings, sorted. */
function crossings(polygon: Polygon, y: number): number[] {
	const xs: number[] = [];
	for (const ring of polygon)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [x1, y1] = ring[j]! as [number, number];
			const [x2, y2] = ring[i]! as [number, number];
			// Half-open rule: a vertex exactly on the line counts once.
			if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
		}
	return xs.sort((a, b) => a - b);
}

/** Fractions of the bounding box height where a label line is tried, the middle first. */
const tries = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];

/** A point inside the largest polygon of a (Multi)Polygon geometry; null for other geometries. */
export function labelPoint(geometry: Geometry | null | undefined): LabelPoint | null {
	let largest: Polygon | null = null,
		size = 0;
	for (const polygon of polygonsOf(geometry)) {
		if (!polygon[0] || polygon[0].length < 4) continue;
		const area = ringArea(polygon[0]) - polygon.slice(1).reduce((sum, hole) => sum + ringArea(hole), 0);
		if (area > size || !largest) {
			largest = polygon;
			size = area;
		}
	}
	if (!largest) return null;
	let south = Infinity,
		north = -Infinity;
	for (const [, y] of largest[0]!) {
		south = Math.min(south, y!);
		north = Math.max(north, y!);
	}
	let best: { x: number; y: number; width: number } | null = null;
	for (const fraction of tries) {
		const y = south + (north - south) * fraction;
		const xs = crossings(largest, y);
		for (let i = 0; i + 1 < xs.length; i += 2) {
			const width = xs[i + 1]! - xs[i]!;
			// Prefer the middle line unless another one is clearly (25 %) wider.
			if (!best || width > best.width * 1.25) best = { x: (xs[i]! + xs[i + 1]!) / 2, y, width };
		}
	}
	if (!best) {
		const [x, y] = largest[0]![0]! as [number, number];
		return { point: [x, y], size };
	}
	return { point: [best.x, best.y], size };
}
