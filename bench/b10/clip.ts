/**
 * B10's independent check: the areal weights computed without PostGIS. Every cell is a convex
 * quadrilateral in EPSG:25833, so A(s ∩ t) is exact by Sutherland–Hodgman clipping of s by t
 * (both convex) and the shoelace formula; w_st = A(s ∩ t) / A(s).
 */
import type { Cell, Ring } from './partitions';

/** Area by the shoelace formula, relative to the first vertex: with raw UTM coordinates (≈ 5.8e6 m) the products cancel and lose ~1e-9 of the area. */
export function shoelace(ring: Ring): number {
	const [ox, oy] = ring[0]!;
	let twice = 0;
	for (let k = 1; k < ring.length - 1; k++) {
		const [x1, y1] = ring[k]!;
		const [x2, y2] = ring[k + 1]!;
		twice += (x1 - ox) * (y2 - oy) - (x2 - ox) * (y1 - oy);
	}
	return Math.abs(twice) / 2;
}

/** subject ∩ clip for a convex, counter-clockwise clip polygon. */
export function clip(subject: Ring, clipRing: Ring): Ring {
	let output = subject;
	for (let e = 0; e < clipRing.length && output.length > 0; e++) {
		const a = clipRing[e]!;
		const b = clipRing[(e + 1) % clipRing.length]!;
		const side = (p: [number, number]) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
		const input = output;
		output = [];
		for (let k = 0; k < input.length; k++) {
			const current = input[k]!;
			const previous = input[(k + input.length - 1) % input.length]!;
			const sc = side(current);
			const sp = side(previous);
			if (sc >= 0 !== sp >= 0) {
				const t = sp / (sp - sc);
				output.push([
					previous[0] + t * (current[0] - previous[0]),
					previous[1] + t * (current[1] - previous[1])
				]);
			}
			if (sc >= 0) output.push(current);
		}
	}
	return output;
}

function box(ring: Ring): [number, number, number, number] {
	const xs = ring.map((p) => p[0]);
	const ys = ring.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** w_st for every pair with a positive intersection, keyed `source|target`. */
export function weightsByClipping(sources: readonly Cell[], targets: readonly Cell[]): Map<string, number> {
	const targetBoxes = targets.map((t) => box(t.ring));
	const weights = new Map<string, number>();
	for (const s of sources) {
		const [minX, minY, maxX, maxY] = box(s.ring);
		const total = shoelace(s.ring);
		targets.forEach((t, k) => {
			const b = targetBoxes[k]!;
			if (b[0] > maxX || b[2] < minX || b[1] > maxY || b[3] < minY) return;
			const piece = clip(s.ring, t.ring);
			const area = piece.length >= 3 ? shoelace(piece) : 0;
			if (area > 0) weights.set(`${s.code}|${t.code}`, area / total);
		});
	}
	return weights;
}
