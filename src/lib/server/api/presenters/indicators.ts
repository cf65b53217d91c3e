import type { IndicatorListItem } from '../../repositories/indicator.repository';
import type { VariableListItem } from '../../repositories/variable.repository';
import type { IndicatorFactSheet } from '../../services/indicator.service';
import { definitionOf } from '../../services/indicator.service';
import type { IndicatorDetailResource, IndicatorResource, VariableResource } from '../schemas/indicators';

/** Variables and indicators as the API shows them: by code, without internal ids. */
export function variableResource(v: VariableListItem): VariableResource {
	return {
		code: v.code,
		name: v.name,
		kind: v.kind,
		personCount: v.personCount,
		unitLabel: v.unitLabel,
		source: v.source,
		topic: v.topicCode,
		topicName: v.topicName,
		description: v.description
	};
}

/** The definition as `defineIndicator` reads it (numerator/denominator as lists of codes), with the fact sheet. */
export function indicatorResource(item: IndicatorListItem): IndicatorResource {
	return { ...definitionOf(item), topicName: item.topicName };
}

export function indicatorDetailResource(sheet: IndicatorFactSheet, dates: string[]): IndicatorDetailResource {
	return {
		...indicatorResource(sheet.indicator),
		variables: sheet.variables,
		base: sheet.base,
		dates
	};
}
