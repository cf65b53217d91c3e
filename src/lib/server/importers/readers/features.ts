import { problem, type ImportProblem } from '../../../core/imports/problems';
import { crsLabel } from '../../../core/spatial/crs';
import type { FeatureCollectionInput, FeatureInput } from '../types';
import { findMojibake, mojibakeAdvice, type Mojibake } from './text-encoding';

/** Helpers shared by the geodata readers (GeoJSON, TopoJSON, Shapefile). */

type Properties = FeatureInput['properties'];

/** Properties as flat values: nested objects and lists become their JSON text, dates ISO dates. */
export function flatProperties(raw: unknown): Properties {
	const properties: Properties = {};
	if (typeof raw !== 'object' || raw === null) return properties;
	for (const [key, value] of Object.entries(raw)) {
		if (value === null || value === undefined) properties[key] = null;
		else if (typeof value === 'string') properties[key] = value.trim();
		else if (typeof value === 'number' || typeof value === 'boolean') properties[key] = value;
		else if (value instanceof Date)
			properties[key] = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
		else properties[key] = JSON.stringify(value);
	}
	return properties;
}

export function featureId(raw: unknown): string | number | undefined {
	return typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
}

/** A garbled text property, with the first feature and property named; null when all are clean. */
export function garbledProperties(
	file: string,
	features: readonly FeatureInput[],
	advice?: string
): ImportProblem | null {
	let first: { row: number; column: string; found: Mojibake } | null = null;
	let count = 0;
	for (const feature of features) {
		for (const [column, value] of Object.entries(feature.properties)) {
			if (typeof value !== 'string') continue;
			const found = findMojibake(value);
			if (!found) continue;
			count++;
			first ??= { row: feature.index, column, found };
		}
	}
	if (!first) return null;
	const message = `Objekt ${first.row}, Eigenschaft „${first.column}“: ${advice ?? mojibakeAdvice(first.found, count)}`;
	return problem('import.encoding', { file, row: first.row, column: first.column }, message);
}

/**
 * The CRS to use: an option wins over what the file states (and a difference is noted), what the
 * file states wins over the default.
 */
export function resolveCrs(
	file: string,
	stated: number | null,
	option: number | undefined,
	fallback: number | null
): { crs: number | null; crsSource?: FeatureCollectionInput['crsSource']; warnings: ImportProblem[] } {
	if (option !== undefined) {
		const warnings: ImportProblem[] = [];
		if (stated !== null && stated !== option) {
			const message = `Die Datei gibt das Koordinatensystem ${crsLabel(stated)} an; verwendet wird wie gewählt ${crsLabel(option)}. Bitte prüfen Sie, ob das beabsichtigt ist.`;
			warnings.push(problem('import.crs_mismatch', { file }, message, 'warning'));
		}
		return { crs: option, crsSource: 'option', warnings };
	}
	if (stated !== null) return { crs: stated, crsSource: 'file', warnings: [] };
	return fallback === null
		? { crs: null, warnings: [] }
		: { crs: fallback, crsSource: 'default', warnings: [] };
}
