import { problem, type ImportProblem } from '../imports/problems';
import { germanyLatitude, germanyLongitude } from './germany';

/**
 * Geometry far away from where the tenant's data lie: a wrong EPSG code (25832 for a 25833 file
 * moves Berlin by hundreds of kilometres), a file of another city, a stray feature at 0/0. Not an
 * error (a Kreis may import a layer reaching beyond its Gemeinden), but a warning before commit.
 */

/** A bounding box in degrees (EPSG:4326): west, south, east, north. */
export interface Box {
	xmin: number;
	ymin: number;
	xmax: number;
	ymax: number;
}

export const germanyBox: Box = {
	xmin: germanyLongitude[0],
	ymin: germanyLatitude[0],
	xmax: germanyLongitude[1],
	ymax: germanyLatitude[1]
};

/**
 * The tenant's area grown by half its size on every side, at least ≈ 10 km (0.15° east–west,
 * 0.1° north–south): what lies beyond is "far outside".
 */
export function nearArea(extent: Box): Box {
	const dx = Math.max(0.15, (extent.xmax - extent.xmin) / 2);
	const dy = Math.max(0.1, (extent.ymax - extent.ymin) / 2);
	return { xmin: extent.xmin - dx, ymin: extent.ymin - dy, xmax: extent.xmax + dx, ymax: extent.ymax + dy };
}

function intersects(a: Box, b: Box): boolean {
	return a.xmin <= b.xmax && b.xmin <= a.xmax && a.ymin <= b.ymax && b.ymin <= a.ymax;
}

const degrees = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const place = (x: number, y: number) => `${degrees.format(y)}° N, ${degrees.format(x)}° O`;

/**
 * Warnings for units whose box lies far outside the tenant's existing units (their extent), or
 * outside Germany while the tenant has no geometry yet. When every unit is far away, one warning
 * for the file says it better than one per unit.
 */
export function farOutsideWarnings(
	units: readonly { row: number; code: string | null; box: Box }[],
	tenantExtent: Box | null,
	file: string,
	rowWord: 'Zeile' | 'Objekt' = 'Objekt'
): ImportProblem[] {
	const area = tenantExtent ? nearArea(tenantExtent) : germanyBox;
	const far = units.filter((u) => !intersects(u.box, area));
	if (far.length === 0) return [];
	const where = tenantExtent
		? `weit außerhalb des Gebiets, in dem die übrigen Gebietseinheiten des Mandanten liegen (zwischen ${place(tenantExtent.xmin, tenantExtent.ymin)} und ${place(tenantExtent.xmax, tenantExtent.ymax)})`
		: 'außerhalb Deutschlands (der Mandant hat noch keine Gebietseinheiten mit Geometrie, mit denen sich die Lage vergleichen ließe)';
	const what =
		'Bitte prüfen Sie das Koordinatensystem (EPSG-Code) und die Datei, bevor Sie den Import übernehmen.';
	const centre = (b: Box) => place((b.xmin + b.xmax) / 2, (b.ymin + b.ymax) / 2);
	if (far.length > 1 && far.length === units.length) {
		const message = `Alle ${far.length} Gebietseinheiten der Datei liegen ${where}, z. B. ${rowWord} ${far[0]!.row} bei ${centre(far[0]!.box)}. ${what}`;
		return [problem('import.far_outside', { file }, message, 'warning')];
	}
	return far.map((u) => {
		const code = u.code ? ` („${u.code}“)` : '';
		const message = `${rowWord} ${u.row}${code} liegt bei ${centre(u.box)} ${where}. ${what}`;
		return problem('import.far_outside', { file, row: u.row }, message, 'warning');
	});
}
