import { z } from 'zod';
import { component, date, dateTime, described, int, nullableNumber, text } from './registry';

/** The composite social index: its definition, the stored results and a computation run. */
export const compositeIndexDefinitionSchema = component(
	'CompositeIndexDefinition',
	z.looseObject({ code: z.unknown(), name: z.unknown(), layer: z.unknown(), status: z.unknown() }),
	'Definition eines Sozialindex (wie für „querschnitt index define“): code, name, layer, status und dynamics (indicator, weight, polarity, windowYears), combination, restandardise, sdConvention, eligibility (minimumPopulation, populationVariable, excluded, validityFlag: {variable, validValue, whenMissing}), statusClasses, dynamicsClasses, combinedSeparator'
);

export const compositeIndexSchema = component(
	'CompositeIndex',
	z.object({
		code: text,
		name: text,
		description: z.string().nullable(),
		layer: text,
		definition: compositeIndexDefinitionSchema,
		updatedAt: dateTime,
		computedDates: z.array(date)
	})
);

export const compositeIndexRunSchema = component(
	'CompositeIndexRun',
	z.object({ date, eligible: int, classified: int })
);

export const compositeIndexRunRequestSchema = component(
	'CompositeIndexRunRequest',
	z.object({ dates: z.array(date).optional() })
);

const nullableString = z.string().nullable();

export const compositeIndexResultsSchema = component(
	'CompositeIndexResults',
	z.object({
		index: compositeIndexSchema,
		run: described(
			z.looseObject({}).nullable(),
			'Berechnung mit der verwendeten Definition und den Mittelwerten und Standardabweichungen'
		),
		results: z.array(
			z.object({
				date,
				code: text,
				name: text,
				z: described(z.looseObject({}), 'z-Werte je Indikator: { status: {...}, dynamics: {...} }'),
				statusIndex: nullableNumber,
				statusClass: nullableString,
				dynamicsIndex: nullableNumber,
				dynamicsClass: nullableString,
				combinedClass: nullableString,
				reason: nullableString,
				reasonDetail: nullableString,
				dynamicsReason: nullableString
			})
		)
	})
);

export type CompositeIndexRunResource = z.output<typeof compositeIndexRunSchema>;
