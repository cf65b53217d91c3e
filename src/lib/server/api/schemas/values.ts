import { z } from 'zod';
import { pageSchema } from './common';
import { indicatorKind, polarity } from './indicators';
import { component, date, described, int, nullableNumber, text } from './registry';

/** Indicator values: a layer at one date (paged) and one unit over time, each cell with its sums. */
export const indicatorSummarySchema = component(
	'IndicatorSummary',
	z.object({
		code: text,
		name: text,
		shortName: z.string().nullable(),
		kind: indicatorKind,
		unitLabel: text,
		decimals: int,
		polarity
	})
);

const cell = {
	value: described(nullableNumber, 'Der Indikatorwert; null, wo er fehlt'),
	numerator: described(nullableNumber, 'Σ Zähler (Quote) bzw. Σ Wert × Gewicht'),
	denominator: described(nullableNumber, 'Σ Nenner (Quote) bzw. Σ Gewicht'),
	covered: described(int, 'Quelleinheiten mit Daten'),
	total: described(int, 'Quelleinheiten insgesamt'),
	coverage: described(nullableNumber, 'covered / total'),
	status: described(
		z.enum(['ok', 'missing', 'incomplete', 'suppressed']),
		'suppressed: aus Gründen der Geheimhaltung gesperrt (nur bei öffentlichem Zugriff; value, numerator und denominator sind dann null)'
	)
};

export const indicatorValueSchema = component(
	'IndicatorValue',
	z.object({ code: text, name: text, ...cell })
);

const notice = described(
	z.object({
		estimate: z
			.object({
				weightCode: text,
				weightName: text,
				standIn: z.boolean(),
				note: z.string().nullable(),
				short: text,
				text
			})
			.nullable(),
		unavailable: z.object({ code: text, short: text, text }).nullable()
	}),
	'estimate: Schätzung über ein Gewicht (weightCode, weightName, standIn, note, short, text) oder null; unavailable: warum die Ebene keine Werte hat (code, short, text) oder null'
);

export const indicatorValuePageSchema = pageSchema('IndicatorValuePage', indicatorValueSchema, {
	indicator: indicatorSummarySchema,
	layer: z.object({ code: text, name: text }),
	date: described(date.nullable(), 'null: noch keine Daten'),
	notice
});

export const timeSeriesPointSchema = component('TimeSeriesPoint', z.object({ date, ...cell }));

export const timeSeriesSchema = component(
	'TimeSeries',
	z.object({
		indicator: indicatorSummarySchema,
		layer: text,
		unit: z.object({ code: text, name: text }),
		items: z.array(timeSeriesPointSchema)
	})
);

export type IndicatorSummaryResource = z.output<typeof indicatorSummarySchema>;
export type IndicatorValueResource = z.output<typeof indicatorValueSchema>;
export type TimeSeriesResource = z.output<typeof timeSeriesSchema>;
