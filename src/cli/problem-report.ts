import { isImportFailed } from '../lib/core/imports/import-failed';
import type { ImportProblem } from '../lib/core/imports/problems';

/**
 * The full problem report of a refused import or batch of definitions, one line per problem so
 * that it can be read, searched (grep) and compared: where (file, row, column), how bad, the
 * stable code and the German message with what to do.
 */

const geodataExtensions = /\.(geojson|json|topojson|shp|shx|dbf|prj|zip)$/i;

function severityLabel(severity: ImportProblem['severity']): string {
	return severity === 'error' ? 'Fehler' : 'Warnung';
}

/** Where a problem is: rows of tables, numbered objects of geodata (features, records). */
export function problemPlace(p: ImportProblem): string {
	const parts = [p.file];
	if (p.row !== null) {
		const objects = geodataExtensions.test(p.file) && p.code !== 'import.unreadable';
		parts.push(`${objects ? 'Objekt' : 'Zeile'} ${p.row}`);
	}
	if (p.column !== null) parts.push(`Spalte „${p.column}“`);
	return parts.join(', ');
}

export function importProblemLine(p: ImportProblem): string {
	return `${problemPlace(p)} – ${severityLabel(p.severity)} [${p.code}]: ${p.message}`;
}

/** A summary such as „2 Fehler, 1 Warnung“. */
export function problemCounts(problems: readonly { severity: ImportProblem['severity'] }[]): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const parts = [`${errors} Fehler`];
	if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`);
	return parts.join(', ');
}

interface DefinitionProblemLike {
	index: number;
	indicator: string | null;
	field: string | null;
	error: string;
	message: string;
}

function isDefinitionProblems(value: unknown): value is readonly DefinitionProblemLike[] {
	return Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'index' in p);
}

export function definitionProblemLine(p: DefinitionProblemLike): string {
	const which = `Definition ${p.index}${p.indicator ? ` („${p.indicator}“)` : ''}`;
	return `${which}${p.field ? `, Feld „${p.field}“` : ''} – Fehler [${p.error}]: ${p.message}`;
}

/** The detail lines of an error that carries problems; none for any other error. */
export function problemLines(error: unknown): string[] {
	if (isImportFailed(error)) {
		return [
			`Probleme (${problemCounts(error.problems)}):`,
			...error.problems.map((p) => `  ${importProblemLine(p)}`)
		];
	}
	const problems = (error as { problems?: unknown } | null)?.problems;
	if (isDefinitionProblems(problems) && problems.length > 0) {
		return ['Probleme:', ...problems.map((p) => `  ${definitionProblemLine(p)}`)];
	}
	return [];
}
