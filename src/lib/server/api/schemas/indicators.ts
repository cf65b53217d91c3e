import { z } from 'zod';
import { pageSchema } from './common';
import { component, date, described, int, nullableNumber, nullableText, text } from './registry';

/** Variables and indicators: definitions with their fact sheet, and the weight of a direct indicator. */
export const indicatorKind = z.enum(['rate', 'change', 'direct']);
export const polarity = z.enum(['higher_better', 'higher_worse', 'neutral']);

export const variableSchema = component(
	'Variable',
	z.object({
		code: text,
		name: text,
		kind: z.enum(['count', 'amount', 'rate']),
		personCount: z.boolean(),
		unitLabel: text,
		source: nullableText,
		topic: nullableText,
		topicName: nullableText,
		description: nullableText
	})
);

const codes = z.array(text).nullable();

/** The definition as defineIndicator reads it; shared by Indicator and IndicatorDetail. */
const indicatorShape = {
	code: text,
	name: text,
	shortName: nullableText,
	kind: indicatorKind,
	numerator: described(codes, 'Summierte Zählervariablen'),
	denominator: described(codes, 'Summierte Nennervariablen'),
	factor: nullableNumber,
	base: nullableText,
	changeYears: int.nullable(),
	changeMode: z.enum(['points', 'percent']).nullable(),
	value: nullableText,
	weight: nullableText,
	weightStandIn: described(z.boolean().nullable(), 'Gewicht ist ein Ersatz für die Bezugsbevölkerung'),
	weightNote: nullableText,
	polarity,
	unitLabel: text,
	decimals: int,
	topic: nullableText,
	department: nullableText,
	metadata: described(
		z.record(z.string(), z.unknown()),
		'Steckbrief: definition, formula, source, stichtag, interpretation, updateInterval, licence, levels, disclosureRule, responsible'
	),
	topicName: nullableText
};

export const indicatorSchema = component(
	'Indicator',
	z.object(indicatorShape),
	'Die Definition, wie defineIndicator sie liest, mit Steckbrief (metadata)'
);

export const indicatorDetailSchema = component(
	'IndicatorDetail',
	z.object({
		...indicatorShape,
		variables: z.array(
			z.object({
				role: z.enum(['numerator', 'denominator', 'value', 'weight']),
				code: text,
				name: text,
				unitLabel: text,
				source: nullableText,
				topicName: nullableText
			})
		),
		base: z.object({ code: text, name: text }).nullable(),
		dates: described(z.array(date), 'Stichtage mit Daten, aufsteigend')
	}),
	'Ein Indikator mit Steckbrief, seinen Variablen, dem Basisindikator (code, name) und den Stichtagen mit Daten'
);

export const indicatorWeightInputSchema = component(
	'IndicatorWeightInput',
	z.object({
		weight: described(nullableText, 'Gewichtungsmerkmal (Bezugsbevölkerung)').optional(),
		weightStandIn: described(z.boolean(), 'Das Gewicht ist ein Ersatz für die Bezugsbevölkerung').optional(),
		weightNote: described(
			nullableText,
			'Wofür das Ersatzgewicht steht, oder warum kein Gewicht passt'
		).optional()
	})
);

export const variablePageSchema = pageSchema('VariablePage', variableSchema);
export const indicatorPageSchema = pageSchema('IndicatorPage', indicatorSchema);

export type VariableResource = z.output<typeof variableSchema>;
export type IndicatorResource = z.output<typeof indicatorSchema>;
export type IndicatorDetailResource = z.output<typeof indicatorDetailSchema>;
