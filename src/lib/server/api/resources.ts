import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import type { SpatialUnitListItem } from '../repositories/spatial-unit.repository';
import type { VariableListItem } from '../repositories/variable.repository';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import type { IndicatorFactSheet } from '../services/indicator.service';
import { definitionOf } from '../services/indicator.service';
import type { IndicatorValue } from '../values/indicator-values';

/**
 * What the REST API shows of each thing: codes instead of internal ids and no tenant id, so that
 * a client's scripts survive a re-import (which gives units new ids but keeps their codes).
 */

export function layerResource(layer: SpatialLayerListItem) {
	return {
		code: layer.code,
		name: layer.name,
		parentCode: layer.parentCode,
		depth: layer.depth,
		unitCount: layer.unitCount,
		metricSrid: layer.metricSrid,
		validFrom: layer.validFrom,
		validTo: layer.validTo,
		description: layer.description
	};
}

export function unitResource(unit: SpatialUnitListItem) {
	return {
		code: unit.code,
		name: unit.name,
		parentCode: unit.parentCode,
		hasGeometry: unit.hasGeometry,
		validFrom: unit.validFrom,
		validTo: unit.validTo
	};
}

export function variableResource(v: VariableListItem) {
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
export function indicatorResource(item: IndicatorListItem) {
	return { ...definitionOf(item), topicName: item.topicName };
}

export function indicatorDetailResource(sheet: IndicatorFactSheet, dates: string[]) {
	return {
		...indicatorResource(sheet.indicator),
		variables: sheet.variables,
		base: sheet.base,
		dates
	};
}

/** A value without the unit's internal id. */
export function valueResource(value: IndicatorValue) {
	const { unitId: _unitId, ...rest } = value;
	return rest;
}

/** What a value set says about its indicator (as `indicatorValues` gives it). */
export function indicatorSummaryResource(item: IndicatorListItem) {
	const { code, name, shortName, kind, unitLabel, decimals, polarity } = item;
	return { code, name, shortName, kind, unitLabel, decimals, polarity };
}
