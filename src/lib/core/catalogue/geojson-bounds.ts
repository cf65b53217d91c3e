/** [west, south, east, north] of every coordinate in a GeoJSON value; null when it has none. */
export type Bounds = [number, number, number, number];

export function geojsonBounds(value: unknown): Bounds | null {
	const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
	const visit = (node: unknown): void => {
		if (!Array.isArray(node)) return;
		if (node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number') {
			const [x, y] = node as [number, number];
			if (!Number.isFinite(x) || !Number.isFinite(y)) return;
			bounds[0] = Math.min(bounds[0], x);
			bounds[1] = Math.min(bounds[1], y);
			bounds[2] = Math.max(bounds[2], x);
			bounds[3] = Math.max(bounds[3], y);
			return;
		}
		for (const child of node) visit(child);
	};
	const walk = (geo: unknown): void => {
		if (typeof geo !== 'object' || geo === null) return;
		const g = geo as {
			type?: string;
			features?: unknown[];
			geometry?: unknown;
			geometries?: unknown[];
			coordinates?: unknown;
		};
		if (g.type === 'FeatureCollection') g.features?.forEach(walk);
		else if (g.type === 'Feature') walk(g.geometry);
		else if (g.type === 'GeometryCollection') g.geometries?.forEach(walk);
		else visit(g.coordinates);
	};
	walk(value);
	return Number.isFinite(bounds[0]) ? bounds : null;
}
