import { weightPage } from '../../components/crosswalk/crosswalk-view';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import type { SpatialUnitListItem } from '../repositories/spatial-unit.repository';
import type { VariableListItem } from '../repositories/variable.repository';
import type { CrosswalkDetail } from '../services/crosswalk.service';

/** How many named losses the page lists; the CLI's `crosswalk show` and the API have all. */
export const shownLosses = 20;
const pageSize = 50;

/** What the crosswalk page reads: the crosswalk with its weights, and what the conversion forms offer. */
export interface CrosswalkPageSources {
	detail: CrosswalkDetail;
	sourceUnits: SpatialUnitListItem[];
	variables: VariableListItem[];
	indicators: IndicatorListItem[];
}

/**
 * The crosswalk page's view of its sources: dates as ISO text, the source units that lose part of
 * their count (worst first, named), one page of the weights found by `search`, and the counts and
 * rates that can be converted (rates are converted through their numerator and denominator).
 */
export function crosswalkDetailPage(sources: CrosswalkPageSources, search: string, page: number) {
	const { detail, sourceUnits, variables, indicators } = sources;
	const cw = detail.crosswalk;
	const summary = cw.summary;
	const names = new Map(sourceUnits.map((u) => [u.code, u.name]));
	const losses = summary.sources.filter((s) => s.coverage < 1 - 1e-9).sort((a, b) => a.coverage - b.coverage);
	return {
		crosswalk: {
			id: cw.id,
			fromCode: cw.fromLayerCode,
			fromName: cw.fromLayerName,
			toCode: cw.toLayerCode,
			toName: cw.toLayerName,
			method: cw.method,
			weightVariable: cw.weightVariableCode,
			weightLayer: cw.weightLayerCode,
			computedAt: cw.computedAt.toISOString(),
			computedBy: cw.computedBy
		},
		summary: {
			date: summary.date,
			sourceUnits: summary.sourceUnits,
			targetUnits: summary.targetUnits,
			weights: summary.weights,
			sourcesCovered: summary.sourcesCovered,
			sourcesPartial: summary.sourcesPartial,
			sourcesNotCovered: summary.sourcesNotCovered,
			targetsNotCovered: summary.targetsNotCovered,
			sliverSources: summary.sliverSources,
			sliverShare: summary.sliverShare,
			sourcesWithoutGeometry: summary.sourcesWithoutGeometry,
			assignedWhole: summary.assignedWhole ?? false,
			fineUnits: summary.fineUnits ?? null,
			fineWithoutValue: summary.fineWithoutValue ?? [],
			fineOutside: summary.fineOutside ?? []
		},
		losses: {
			total: losses.length,
			rows: losses.slice(0, shownLosses).map((s) => ({
				code: s.source,
				name: names.get(s.source) ?? s.source,
				inside: s.inside,
				coverage: s.coverage
			}))
		},
		weights: { search, ...weightPage(detail.weights, search, page, pageSize) },
		totalWeights: detail.weights.length,
		variables: variables.filter((v) => v.kind !== 'rate').map((v) => ({ code: v.code, name: v.name })),
		indicators: indicators.filter((i) => i.kind === 'rate').map((i) => ({ code: i.code, name: i.name })),
		shownLosses
	};
}
