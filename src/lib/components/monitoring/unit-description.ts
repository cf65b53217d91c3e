import type { ValueNotice } from '../../core/indicator/value-notice';
import type { Translate } from '../../core/i18n/translate';
import { drawStatus, type MapValue } from './choropleth-units';

/** What the map knows when it describes a unit under the pointer. */
export interface DescribeContext {
	tr: Translate;
	formatValue: (value: number) => string;
	notice: ValueNotice | null;
	rankOf: number | undefined;
	cityValue: number | null;
	selected: readonly string[];
}

/** What the tooltip shows and the live region says about a unit: its name and one line a fact. */
export function describeUnit(
	code: string,
	value: MapValue | undefined,
	fallbackName: string | undefined,
	{ tr, formatValue, notice, rankOf, cityValue, selected }: DescribeContext
): { name: string; lines: string[] } {
	const name = value?.name ?? fallbackName ?? code;
	const state = drawStatus(value);
	const lines = [
		state === 'suppressed'
			? tr('map.value.suppressed')
			: state === 'missing'
				? tr('map.value.missing')
				: formatValue(value!.value!)
	];
	if (state === 'missing' && notice?.unavailable) lines.push(notice.unavailable.short);
	if (state === 'ok' && notice?.estimate) lines.push(notice.estimate.short);
	if (value?.status === 'incomplete') lines.push(tr('map.tooltip.incomplete'));
	if (value?.rank != null && rankOf) lines.push(tr('map.tooltip.rank', { rank: value.rank, of: rankOf }));
	if (cityValue !== null) lines.push(tr('map.tooltip.city', { value: formatValue(cityValue) }));
	if (selected.includes(code)) lines.push(tr('map.tooltip.selected'));
	return { name, lines };
}
