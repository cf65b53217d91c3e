import { asPosition, walkGeometry, type GeometryLike } from '../spatial/vertices';
import { problem, type ImportProblem } from './problems';

/**
 * Rings whose last point is not their first. PostGIS reads them without complaint, but cannot
 * judge or repair them reliably, so they are reported before anything is written.
 */
export function unclosedRings(
	file: string,
	features: readonly { index: number; geometry: GeometryLike | null }[]
): ImportProblem[] {
	const problems: ImportProblem[] = [];
	for (const feature of features) {
		if (!feature.geometry) continue;
		const walk = walkGeometry(feature.geometry);
		if (walk.kind !== 'ok') continue;
		const open = walk.runs.some((run) => {
			if (!run.ring) return false;
			const first = asPosition(run.positions[0]);
			const last = asPosition(run.positions[run.positions.length - 1]);
			return !first || !last || first[0] !== last[0] || first[1] !== last[1];
		});
		if (open) {
			const message = `Objekt ${feature.index}: Ein Ring der Fläche ist nicht geschlossen (der letzte Punkt ist nicht der erste). Bitte schließen Sie die Fläche in Ihrem GIS oder exportieren Sie die Datei erneut.`;
			problems.push(problem('import.invalid_geometry', { file, row: feature.index }, message));
		}
	}
	return problems;
}
