import { formatIsoDate, formatNumber } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';
import { t } from '../../core/i18n/translate';
import {
	activityMatches,
	countClasses,
	matrixGroups,
	type AreaQuery,
	type Overlap,
	type ServiceVia
} from '../../core/planning/area-activity';
import { ratingReasonText } from '../../core/planning/rating-reason';
import { defaultLifePhases } from '../../core/supply/life-phases';
import type { AreaPlanning, PlanAreas } from '../values/plan-areas';

/** A life phase by its label in the locale; a tenant's own code stays as it is. */
function phaseLabel(code: string, locale: Locale): string {
	const phase = defaultLifePhases.find((p) => p.code === code);
	if (!phase) return code;
	return locale === 'en' ? (phase.labelEn ?? phase.label) : phase.label;
}

function overlapText(o: Overlap, locale: Locale): string {
	const topic =
		o.kind === 'life_phase'
			? phaseLabel(o.topic, locale)
			: t(locale, 'planAreas.flag.targetGroup', { group: o.topic });
	return t(locale, 'planAreas.flag.overlap', {
		topic,
		departments: o.departments.join(', '),
		measures: o.measures.join(', ')
	});
}

/**
 * The page "Wer macht was wo": the units the GET form asks for with need, supply gaps, measures and
 * flags in words; the matrix of measures × units (only units with a measure); the map's values and
 * classes (number of measures per unit); and the counts over the whole layer.
 */
export function planAreasPage(areas: PlanAreas, query: AreaQuery, locale: Locale) {
	const n = (x: number) => formatNumber(x, locale);
	const viaText = (via: ServiceVia) => t(locale, `planAreas.via.${via}`);
	const shown = areas.rows.filter((r) => activityMatches(r, query.show));
	const rows = shown.map((r) => ({
		code: r.unit.code,
		name: r.unit.name,
		need: r.unit.need ? { label: r.unit.need.label, greatest: r.unit.need.greatest } : null,
		supplyGaps: r.unit.supplyGaps.map((g) =>
			t(locale, 'planAreas.supplyGap', { label: g.label, count: n(g.shortfall) })
		),
		measures: r.measures.map(({ measure: m, via }) => ({
			code: m.code,
			title: m.title,
			department: m.departmentName,
			via: viaText(via)
		})),
		departments: r.departments,
		needWithoutMeasure: r.needWithoutMeasure,
		overlaps: r.overlaps.map((o) => overlapText(o, locale))
	}));

	const groups = matrixGroups(areas.measures).map((g) => ({
		department: g.department ?? t(locale, 'planAreas.matrix.noDepartment'),
		measures: g.measures.map((m) => ({ code: m.code, title: m.title }))
	}));
	const columns = groups.flatMap((g) => g.measures.map((m) => m.code));
	const matrixRows = shown
		.filter((r) => r.measures.length > 0)
		.map((r) => {
			const via = new Map(r.measures.map((x) => [x.measure.code, viaText(x.via)]));
			return { code: r.unit.code, name: r.unit.name, cells: columns.map((c) => via.get(c) ?? null) };
		});

	const counts = areas.rows.map((r) => r.measures.length);
	const classes = countClasses(counts);
	const last = classes.from.length - 1;
	const legend = classes.from.map((from, i) => ({
		label:
			i === last && classes.open
				? t(locale, 'planAreas.legend.more', { count: n(from) })
				: from === 0
					? t(locale, 'planAreas.legend.none')
					: t(locale, 'planAreas.legend.count', { count: n(from) }),
		units: t(locale, 'planAreas.legend.units', { count: n(classes.sizes[i]!) })
	}));

	return {
		query,
		layers: areas.layers.filter((l) => l.unitCount > 0).map((l) => ({ value: l.code, label: l.name })),
		layer: areas.layer,
		index: areas.index ? { ...areas.index, date: formatIsoDate(areas.index.date, locale) } : null,
		supply: {
			requested: areas.supply.requested,
			configured: areas.supply.configured > 0,
			bands: areas.supply.bands.map((b) =>
				t(locale, 'planAreas.supplyBand', {
					label: b.label,
					date: b.date ? formatIsoDate(b.date, locale) : t(locale, 'planAreas.noSupplyDate')
				})
			),
			problem: areas.supply.problem
		},
		totals: {
			units: areas.rows.length,
			served: areas.rows.filter((r) => r.measures.length > 0).length,
			need: areas.rows.filter((r) => r.needWithoutMeasure).length,
			overlaps: areas.rows.filter((r) => r.overlaps.length > 0).length,
			shown: rows.length
		},
		rows,
		matrix: { groups, rows: matrixRows, left: shown.length - matrixRows.length },
		map: {
			withGeometry: areas.withGeometry,
			values: areas.rows.map((r) => ({
				code: r.unit.code,
				name: r.unit.name,
				value: r.measures.length,
				status: 'ok' as const,
				rank: null
			})),
			breaks: classes.breaks,
			legend
		}
	};
}
export type PlanAreasPage = ReturnType<typeof planAreasPage>;

/** The area profile's section: goals with the unit's rating in words, measures with their link. */
export function areaPlanningSection(planning: AreaPlanning, locale: Locale) {
	return {
		goals: planning.goals.map((g) => ({
			code: g.code,
			title: g.title,
			status: g.status,
			ownerDepartmentName: g.ownerDepartmentName,
			relation: t(locale, `planAreas.profile.relation.${g.relation}`),
			rating: g.rating?.rating ?? null,
			reason: g.rating && g.unit ? ratingReasonText(locale, g.rating.reason, g.unit) : null
		})),
		measures: planning.measures.map((m) => ({
			code: m.code,
			title: m.title,
			status: m.status,
			leadDepartmentName: m.leadDepartmentName,
			via: t(locale, `planAreas.via.${m.via}`)
		}))
	};
}
export type AreaPlanningSection = ReturnType<typeof areaPlanningSection>;
