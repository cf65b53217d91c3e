/**
 * Test support: layers made of axis-parallel rectangles on an integer grid, whose intersections
 * are computed exactly here (the role PostGIS plays in the service), independently of the
 * crosswalk code.
 */
import type { Intersection, UnitArea } from './weights';

export interface Rect {
	code: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export function area(r: Omit<Rect, 'code'>): number {
	return (r.x1 - r.x0) * (r.y1 - r.y0);
}

/** Area of the intersection of rectangles (0 when they do not meet). */
export function overlap(...rects: Omit<Rect, 'code'>[]): number {
	const x0 = Math.max(...rects.map((r) => r.x0));
	const x1 = Math.min(...rects.map((r) => r.x1));
	const y0 = Math.max(...rects.map((r) => r.y0));
	const y1 = Math.min(...rects.map((r) => r.y1));
	return x1 > x0 && y1 > y0 ? (x1 - x0) * (y1 - y0) : 0;
}

/**
 * A guillotine partition of `extent` into at most `draws.length + 1` rectangles: each draw in [0, 1)
 * cuts the largest piece across its longer side at a whole-number position.
 */
export function partition(prefix: string, extent: Omit<Rect, 'code'>, draws: readonly number[]): Rect[] {
	const pieces = [{ ...extent }];
	for (const draw of draws) {
		pieces.sort((a, b) => area(b) - area(a));
		const r = pieces[0]!;
		const horizontal = r.x1 - r.x0 >= r.y1 - r.y0;
		const length = horizontal ? r.x1 - r.x0 : r.y1 - r.y0;
		if (length < 2) break;
		const at = 1 + Math.floor(draw * (length - 1));
		pieces.shift();
		if (horizontal) pieces.push({ ...r, x1: r.x0 + at }, { ...r, x0: r.x0 + at });
		else pieces.push({ ...r, y1: r.y0 + at }, { ...r, y0: r.y0 + at });
	}
	return pieces.map((r, i) => ({ code: `${prefix}${i}`, ...r }));
}

export function unitAreas(layer: readonly Rect[]): UnitArea[] {
	return layer.map((r) => ({ code: r.code, area: area(r) }));
}

export function intersections(sources: readonly Rect[], targets: readonly Rect[]): Intersection[] {
	return sources.flatMap((s) =>
		targets.flatMap((t) => {
			const a = overlap(s, t);
			return a > 0 ? [{ source: s.code, target: t.code, area: a }] : [];
		})
	);
}
