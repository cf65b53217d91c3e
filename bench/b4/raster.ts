/**
 * The synthetic layer of benchmark B4: a 100 × 100 grid of squares over Berlin's extent (10,000
 * units) with inhabitants and two groups of people at three dates, as the files a planner would
 * import (GeoJSON for the units, a long CSV for the counts). Seeded, so every run draws the same map.
 */
export const rasterSlug = 'b4-raster';
export const rasterLayer = 'raster';
export const rasterSide = 100;
export const rasterDates = ['2022-12-31', '2023-12-31', '2024-12-31'];
export const rasterIndicators = ['quote_a', 'quote_b'] as const;

/** Berlin's bounding box in WGS 84 (lon/lat), rounded outwards. */
const extent = { west: 13.088, east: 13.761, south: 52.338, north: 52.675 };

function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function rasterCode(row: number, column: number): string {
	return `R${String(row).padStart(3, '0')}${String(column).padStart(3, '0')}`;
}

export function rasterGeoJson(): string {
	const dx = (extent.east - extent.west) / rasterSide;
	const dy = (extent.north - extent.south) / rasterSide;
	const round = (n: number) => Math.round(n * 1e6) / 1e6;
	const features = [];
	for (let row = 0; row < rasterSide; row++)
		for (let column = 0; column < rasterSide; column++) {
			const x0 = round(extent.west + column * dx);
			const x1 = round(extent.west + (column + 1) * dx);
			const y0 = round(extent.south + row * dy);
			const y1 = round(extent.south + (row + 1) * dy);
			features.push({
				type: 'Feature',
				properties: { code: rasterCode(row, column), name: `Rasterzelle ${row + 1}/${column + 1}` },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[x0, y0],
							[x1, y0],
							[x1, y1],
							[x0, y1],
							[x0, y0]
						]
					]
				}
			});
		}
	return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Counts per cell and date: ew (inhabitants), a and b (groups among them), so that a/ew and b/ew vary smoothly. */
export interface RasterCounts {
	code: string;
	date: string;
	ew: number;
	a: number;
	b: number;
}

export function rasterCounts(): RasterCounts[] {
	const random = prng(4);
	const rows: RasterCounts[] = [];
	for (let row = 0; row < rasterSide; row++)
		for (let column = 0; column < rasterSide; column++)
			rasterDates.forEach((date, d) => {
				const ew = 200 + Math.floor(random() * 2800);
				const wave = 0.5 + 0.5 * Math.sin((row + d * 7) / 9) * Math.cos(column / 13);
				const a = Math.round(ew * (0.02 + 0.12 * wave + 0.02 * random()));
				const b = Math.round(ew * (0.05 + 0.1 * (1 - wave) + 0.03 * random()));
				rows.push({ code: rasterCode(row, column), date, ew, a, b });
			});
	return rows;
}

/** The long table of the counts, as the import wizard accepts it (German dates, semicolons). */
export function rasterCsv(counts: readonly RasterCounts[]): string {
	const german = (iso: string) => iso.split('-').reverse().join('.');
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const c of counts)
		lines.push(
			`${c.code};${german(c.date)};ew;${c.ew}`,
			`${c.code};${german(c.date)};a;${c.a}`,
			`${c.code};${german(c.date)};b;${c.b}`
		);
	return lines.join('\n');
}
