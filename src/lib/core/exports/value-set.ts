import type { IndicatorCell, ValueStatus } from '../indicator/cell';
import type { ValueNotice } from '../indicator/value-notice';

/**
 * What an export of indicator values needs: one indicator at every unit of one layer at one date,
 * as `indicatorValues` and `indicatorValueTable` (server/values/indicator-values.ts) return it.
 */
export interface ExportValueSet {
	indicator: { code: string; name: string; unitLabel: string; decimals: number };
	layer: { code: string; name: string };
	/** ISO date; empty when the indicator has no data yet. */
	date: string;
	values: readonly (IndicatorCell & { code: string; name: string })[];
	/** An estimate through a weight, or why there are no values: written beside each value. */
	notice?: ValueNotice;
}

export interface ValueExportOptions {
	/** Round values to the indicator's decimals, as the application shows them (default), or not. */
	rounded?: boolean;
}

/** German words for a value's status, as a planner reads them in the table. */
export const statusLabels: Record<ValueStatus, string> = {
	ok: 'vollständig',
	incomplete: 'unvollständig',
	missing: 'fehlt',
	suppressed: 'gesperrt (Geheimhaltung)'
};

/** The value as exported: rounded to the indicator's decimals unless asked otherwise. */
export function exportedDecimals(set: ExportValueSet, options: ValueExportOptions): number | null {
	return options.rounded === false ? null : set.indicator.decimals;
}
