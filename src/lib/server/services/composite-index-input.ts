import { z } from 'zod';
import {
	berlinDynamicsClasses,
	berlinStatusClasses,
	definitionProblems,
	type IndexDefinition,
	type IndexPolarity
} from '../../core/index/definition';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import { findIndicatorItemsByCodes } from '../repositories/indicator.repository';
import { findSpatialLayer, type SpatialLayerRow } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { parseInput } from './validation';

const code = z.string().trim().min(1).max(100);
const weight = z.coerce.number().positive('Gewichte müssen größer als 0 sein.').default(1);
const polarity = z.enum(['higher_worse', 'higher_better']).optional();
const scheme = z.object({
	thresholds: z.array(z.coerce.number()).min(1).max(9),
	codes: z.array(z.string().trim().min(1).max(12)),
	labels: z.array(z.string().trim().min(1).max(80)),
	direction: z.enum(['low_first', 'high_first']).default('low_first'),
	onThreshold: z.enum(['centre', 'above', 'below']).default('centre')
});

/**
 * A definition as a file (`querschnitt index define`), the API or a form states it. Omitted
 * settings take the Berlin method's choices (DOMAIN.md §1); omitted polarities come from the
 * indicators. Field names are English, like every other definition file of the platform.
 */
export const indexDefinitionInput = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, '1–64 Zeichen: Buchstaben ohne Umlaute, Ziffern, . - _'),
	name: z.string().trim().min(1).max(200),
	description: z
		.string()
		.trim()
		.max(4000)
		.nullish()
		.transform((v) => v || null),
	layer: code,
	status: z
		.array(z.object({ indicator: code, weight, polarity }))
		.min(1)
		.max(40),
	dynamics: z
		.array(
			z.object({
				indicator: code,
				weight,
				polarity,
				windowYears: z.coerce
					.number()
					.int()
					.min(1)
					.max(50)
					.nullish()
					.transform((v) => v ?? null)
			})
		)
		.max(40)
		.default([]),
	combination: z.enum(['sum', 'mean']).default('sum'),
	restandardise: z.boolean().default(true),
	sdConvention: z.enum(['population', 'sample']).default('population'),
	eligibility: z
		.object({
			minimumPopulation: z.coerce
				.number()
				.min(0)
				.nullish()
				.transform((v) => v ?? null),
			populationVariable: code.nullish().transform((v) => v ?? null),
			excluded: z.array(z.object({ unit: code, reason: z.string().trim().max(500) })).default([]),
			/** A variable whose value marks valid units (e.g. "gueltig": 1 valid, 0 not). */
			validityFlag: z
				.object({
					variable: code,
					validValue: z.coerce.number().default(1),
					whenMissing: z.enum(['include', 'exclude']).default('exclude')
				})
				.nullish()
				.transform((v) => v ?? null)
		})
		.default({ minimumPopulation: null, populationVariable: null, excluded: [], validityFlag: null }),
	statusClasses: scheme.default(berlinStatusClasses),
	dynamicsClasses: scheme.nullish().transform((v) => v ?? null),
	combinedSeparator: z.string().max(3).default('')
});

function invalid(indexCode: string, fields: Record<string, string>): AppError {
	const details = Object.entries(fields)
		.map(([field, message]) => `${field}: ${message}`)
		.join('; ');
	return new AppError('index.invalid', { index: indexCode, details }, fields);
}

export interface CheckedDefinition {
	definition: IndexDefinition;
	layer: SpatialLayerRow;
}

/**
 * Parses and checks a definition against the tenant's data: the layer, every indicator, the
 * population variable and every excluded unit must exist, polarities must be known. Refuses with
 * every problem at once (field → German message), before anything is written.
 */
export async function checkIndexDefinition(
	db: Database,
	tenantId: string,
	input: unknown
): Promise<CheckedDefinition> {
	const parsed = parseInput(indexDefinitionInput, input);
	const fields: Record<string, string> = {};
	const layer = await findSpatialLayer(db, tenantId, parsed.layer);
	if (!layer) fields.layer = `Raumebene „${parsed.layer}“ existiert nicht`;
	const indicatorCodes = [...parsed.status, ...parsed.dynamics].map((e) => e.indicator);
	const items = await findIndicatorItemsByCodes(db, tenantId, indicatorCodes);
	const resolve = (
		part: 'status' | 'dynamics',
		entry: { indicator: string; polarity?: IndexPolarity },
		i: number
	) => {
		const item = items.get(entry.indicator);
		if (!item) {
			fields[`${part}[${i}].indicator`] = `Indikator „${entry.indicator}“ existiert nicht`;
			return 'higher_worse' as const;
		}
		if (entry.polarity) return entry.polarity;
		if (item.polarity === 'neutral')
			fields[`${part}[${i}].polarity`] =
				`Der Indikator „${entry.indicator}“ hat keine Polung; bitte higher_worse oder higher_better angeben`;
		return item.polarity === 'higher_better' ? ('higher_better' as const) : ('higher_worse' as const);
	};
	const definition: IndexDefinition = {
		...parsed,
		status: parsed.status.map((e, i) => ({
			indicator: e.indicator,
			weight: e.weight,
			polarity: resolve('status', e, i)
		})),
		dynamics: parsed.dynamics.map((e, i) => ({
			indicator: e.indicator,
			weight: e.weight,
			polarity: resolve('dynamics', e, i),
			windowYears: e.windowYears
		})),
		dynamicsClasses: parsed.dynamicsClasses ?? (parsed.dynamics.length > 0 ? berlinDynamicsClasses : null)
	};
	for (const problem of definitionProblems(definition)) fields[problem.field] ??= problem.message;
	const population = definition.eligibility.populationVariable;
	if (population && !(await findVariablesByCodes(db, tenantId, [population])).has(population))
		fields['eligibility.populationVariable'] = `Merkmal „${population}“ existiert nicht`;
	const flag = definition.eligibility.validityFlag?.variable;
	if (flag && !(await findVariablesByCodes(db, tenantId, [flag])).has(flag))
		fields['eligibility.validityFlag.variable'] = `Merkmal „${flag}“ existiert nicht`;
	if (layer && definition.eligibility.excluded.length > 0) {
		const known = new Set((await listSpatialUnits(db, tenantId, layer.id)).map((u) => u.code));
		definition.eligibility.excluded.forEach((e, i) => {
			if (!known.has(e.unit))
				fields[`eligibility.excluded[${i}].unit`] =
					`Gebiet „${e.unit}“ gibt es auf der Ebene „${parsed.layer}“ nicht`;
		});
	}
	if (Object.keys(fields).length > 0) throw invalid(parsed.code, fields);
	return { definition, layer: layer! };
}
