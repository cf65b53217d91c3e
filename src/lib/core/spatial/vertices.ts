/**
 * Walking GeoJSON geometries as read from a file, before anything has validated them: the
 * coordinates may be missing, empty, nested wrongly or not numbers at all.
 */

export interface GeometryLike {
	type: string;
	coordinates?: unknown;
	geometries?: unknown;
}

/** How deep positions are nested per geometry type (Point 0 … MultiPolygon 3). */
const depthOf: Record<string, number> = {
	Point: 0,
	MultiPoint: 1,
	LineString: 1,
	MultiLineString: 2,
	Polygon: 2,
	MultiPolygon: 3
};

export const geometryTypes = [...Object.keys(depthOf), 'GeometryCollection'];

/** Runs of positions: a ring, a line, the points of a MultiPoint; a Point is a run of one. */
export type Run = { positions: unknown[]; ring: boolean };

export type Walk =
	| { kind: 'ok'; runs: Run[] }
	| { kind: 'empty' }
	| { kind: 'malformed'; reason: string }
	| { kind: 'unknown_type'; type: string };

function collect(value: unknown, depth: number, ring: boolean, runs: Run[]): string | null {
	if (!Array.isArray(value)) return 'Koordinaten sind nicht als Liste angegeben';
	if (depth === 0) {
		if (value.length > 0) runs.push({ positions: [value], ring: false });
		return null;
	}
	if (depth === 1) {
		if (value.length > 0) runs.push({ positions: value, ring });
		return null;
	}
	for (const part of value) {
		const reason = collect(part, depth - 1, ring, runs);
		if (reason) return reason;
	}
	return null;
}

/** Collects the runs of positions of a geometry; a GeometryCollection contributes all its members. */
export function walkGeometry(geometry: GeometryLike, runs: Run[] = []): Walk {
	if (geometry.type === 'GeometryCollection') {
		if (!Array.isArray(geometry.geometries)) return { kind: 'malformed', reason: '„geometries“ fehlt' };
		for (const member of geometry.geometries) {
			if (
				typeof member !== 'object' ||
				member === null ||
				typeof (member as GeometryLike).type !== 'string'
			) {
				return { kind: 'malformed', reason: 'ein Teil der GeometryCollection ist keine Geometrie' };
			}
			const walk = walkGeometry(member as GeometryLike, runs);
			if (walk.kind === 'malformed' || walk.kind === 'unknown_type') return walk;
		}
		return runs.length === 0 ? { kind: 'empty' } : { kind: 'ok', runs };
	}
	const depth = depthOf[geometry.type];
	if (depth === undefined) return { kind: 'unknown_type', type: geometry.type };
	if (geometry.coordinates === null || geometry.coordinates === undefined) return { kind: 'empty' };
	const before = runs.length;
	const isRing = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
	const reason = collect(geometry.coordinates, depth, isRing, runs);
	if (reason) return { kind: 'malformed', reason };
	return runs.length === before ? { kind: 'empty' } : { kind: 'ok', runs };
}

/** A position is an array of at least two finite numbers (x, y, optionally z and m). */
export function asPosition(value: unknown): [number, number] | null {
	if (!Array.isArray(value) || value.length < 2) return null;
	const [x, y] = value as unknown[];
	return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
		? [x, y]
		: null;
}

/**
 * Up to `size` positions spread evenly over all runs, always including each run's first one, so a
 * large polygon costs the same to check as a small one.
 */
export function samplePositions(runs: readonly Run[], size: number): unknown[] {
	const total = runs.reduce((sum, run) => sum + run.positions.length, 0);
	const stride = Math.max(1, Math.ceil(total / size));
	const sample: unknown[] = [];
	for (const run of runs) {
		for (let i = 0; i < run.positions.length; i += stride) sample.push(run.positions[i]);
	}
	return sample;
}
