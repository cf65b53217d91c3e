import type { MeasureStatus } from './measure';

/**
 * Measures by area (issue 15, Views): who does what where, and need against activity. Per unit of a
 * layer: the measures serving it (through the unit itself, a unit above it or a unit below it), the
 * departments acting there, whether it is in the class of greatest need with no measure ("Bedarf ohne
 * Maßnahme"), and where measures of two or more departments address the same life phase or target
 * group ("mehrere Ämter am selben Thema", the Doppelstrukturen question of the prevention chain).
 * Pure: the read side hands in units, measures and the links between them.
 */

/** How a measure reaches a unit: named for the unit itself, for a unit above it, or for one below it. */
export type ServiceVia = 'unit' | 'above' | 'below';

/** The nearer link wins: the unit itself before a unit above it, before a unit below it. */
const viaRank: Record<ServiceVia, number> = { unit: 0, above: 1, below: 2 };

export interface NeedClass {
	code: string;
	label: string;
	/** The class of most disadvantage of the index (the last of its status classes). */
	greatest: boolean;
}

export interface SupplyGap {
	/** The band's label ("unter 3 Jahre"). */
	label: string;
	/** Missing places (Fehlbedarf), > 0. */
	shortfall: number;
}

export interface ActivityUnit {
	id: string;
	code: string;
	name: string;
	need: NeedClass | null;
	supplyGaps: readonly SupplyGap[];
}

export interface ActivityMeasure {
	id: string;
	code: string;
	title: string;
	status: MeasureStatus;
	departmentId: string | null;
	departmentName: string | null;
	lifePhases: readonly string[];
	targetGroups: readonly string[];
}

export interface ServiceLink {
	unitId: string;
	measureId: string;
	via: ServiceVia;
}

export interface Overlap {
	kind: 'life_phase' | 'target_group';
	/** The life phase code, or the target group as first written (by measure number). */
	topic: string;
	/** The lead departments acting on it, by name. */
	departments: string[];
	/** The measures addressing it, by number. */
	measures: string[];
}

export interface UnitActivity {
	unit: ActivityUnit;
	/** The active measures serving the unit, by number, each with its nearest link. */
	measures: { measure: ActivityMeasure; via: ServiceVia }[];
	/** The lead departments of those measures, by name. */
	departments: string[];
	/** Class of greatest need and no measure. */
	needWithoutMeasure: boolean;
	overlaps: Overlap[];
}

/** Measures that act now or will: finished and cancelled ones do not count here (as in the plan check). */
export const isActiveMeasure = (m: { status: MeasureStatus }) =>
	m.status === 'geplant' || m.status === 'laufend';

const byCode = new Intl.Collator('de', { numeric: true });

/** The nearest link of each measure to each unit (a measure may reach a unit in several ways). */
export function nearestLinks(links: readonly ServiceLink[]): Map<string, Map<string, ServiceVia>> {
	const out = new Map<string, Map<string, ServiceVia>>();
	for (const { unitId, measureId, via } of links) {
		const ofUnit = out.get(unitId) ?? new Map<string, ServiceVia>();
		const before = ofUnit.get(measureId);
		if (before === undefined || viaRank[via] < viaRank[before]) ofUnit.set(measureId, via);
		out.set(unitId, ofUnit);
	}
	return out;
}

/**
 * Where two or more lead departments act on the same life phase or target group with the measures
 * given (those serving one unit). Target groups are compared without case and outer spaces. A
 * measure without a lead department names no department and is left out.
 */
export function overlapsOf(measures: readonly ActivityMeasure[]): Overlap[] {
	const topics = new Map<string, { kind: Overlap['kind']; topic: string; measures: ActivityMeasure[] }>();
	const add = (kind: Overlap['kind'], key: string, topic: string, m: ActivityMeasure) => {
		const entry = topics.get(`${kind}|${key}`) ?? { kind, topic, measures: [] };
		entry.measures.push(m);
		topics.set(`${kind}|${key}`, entry);
	};
	const sorted = measures
		.filter((m) => m.departmentId !== null)
		.toSorted((a, b) => byCode.compare(a.code, b.code));
	for (const m of sorted) {
		for (const phase of new Set(m.lifePhases)) add('life_phase', phase, phase, m);
		const groups = new Map(m.targetGroups.map((g) => [g.trim().toLocaleLowerCase('de'), g.trim()]));
		for (const [key, group] of groups) if (key) add('target_group', key, group, m);
	}
	const overlaps: Overlap[] = [];
	for (const { kind, topic, measures: ms } of topics.values()) {
		const departments = new Map(ms.map((m) => [m.departmentId!, m.departmentName ?? '–']));
		if (departments.size < 2) continue;
		overlaps.push({
			kind,
			topic,
			departments: [...departments.values()].sort((a, b) => a.localeCompare(b, 'de')),
			measures: ms.map((m) => m.code)
		});
	}
	return overlaps.sort(
		(a, b) =>
			(a.kind === b.kind ? 0 : a.kind === 'life_phase' ? -1 : 1) || a.topic.localeCompare(b.topic, 'de')
	);
}

/** Need against activity for every unit, in the order of the units given. */
export function unitActivities(input: {
	units: readonly ActivityUnit[];
	measures: readonly ActivityMeasure[];
	links: readonly ServiceLink[];
}): UnitActivity[] {
	const active = new Map(input.measures.filter(isActiveMeasure).map((m) => [m.id, m]));
	const nearest = nearestLinks(input.links.filter((l) => active.has(l.measureId)));
	return input.units.map((unit) => {
		const measures = [...(nearest.get(unit.id) ?? new Map<string, ServiceVia>())]
			.map(([id, via]) => ({ measure: active.get(id)!, via }))
			.sort((a, b) => byCode.compare(a.measure.code, b.measure.code));
		const departments = [
			...new Set(measures.flatMap(({ measure: m }) => (m.departmentName ? [m.departmentName] : [])))
		].sort((a, b) => a.localeCompare(b, 'de'));
		return {
			unit,
			measures,
			departments,
			needWithoutMeasure: unit.need?.greatest === true && measures.length === 0,
			overlaps: overlapsOf(measures.map((x) => x.measure))
		};
	});
}

/** Which units the page shows (the GET form's `zeigen`). */
export const areaShows = ['alle', 'massnahmen', 'bedarf', 'ueberschneidung'] as const;
export type AreaShow = (typeof areaShows)[number];

export interface AreaQuery {
	/** The layer asked for; empty: the default layer. */
	layer: string;
	show: AreaShow;
	/** Include the supply gaps (`versorgung=1`): they cost a supply analysis of the layer per band. */
	supply: boolean;
}

export function areaQuery(params: URLSearchParams): AreaQuery {
	const show = params.get('zeigen') ?? '';
	return {
		layer: (params.get('ebene') ?? '').trim(),
		show: (areaShows as readonly string[]).includes(show) ? (show as AreaShow) : 'alle',
		supply: params.get('versorgung') === '1'
	};
}

export function activityMatches(row: UnitActivity, show: AreaShow): boolean {
	if (show === 'massnahmen') return row.measures.length > 0;
	if (show === 'bedarf') return row.needWithoutMeasure;
	if (show === 'ueberschneidung') return row.overlaps.length > 0;
	return true;
}

/**
 * The matrix's columns: the active measures grouped by lead department (by name, measures without
 * one last), each group by measure number.
 */
export function matrixGroups(
	measures: readonly ActivityMeasure[]
): { department: string | null; measures: ActivityMeasure[] }[] {
	const groups = new Map<string | null, ActivityMeasure[]>();
	for (const m of measures.filter(isActiveMeasure))
		groups.set(m.departmentName, [...(groups.get(m.departmentName) ?? []), m]);
	return [...groups]
		.map(([department, ms]) => ({ department, measures: ms.sort((a, b) => byCode.compare(a.code, b.code)) }))
		.sort((a, b) =>
			a.department === null ? 1 : b.department === null ? -1 : a.department.localeCompare(b.department, 'de')
		);
}

/**
 * Classes of the map of measures: one per count 0, 1, 2 … and a last one "n and more", at most
 * `maxClasses`. `breaks` follow classify()'s rule (class i holds breaks[i] < v ≤ breaks[i+1], class 0
 * also breaks[0]), so the map's painter puts each count in its class; `from` is each class's lowest
 * count and `open` whether the last class reaches further.
 */
export function countClasses(
	counts: readonly number[],
	maxClasses = 5
): { breaks: number[]; from: number[]; open: boolean; sizes: number[] } {
	const max = counts.reduce((m, c) => Math.max(m, c), 0);
	const classes = Math.min(max + 1, maxClasses);
	const from = Array.from({ length: classes }, (_, i) => i);
	const breaks = [0, ...from.slice(0, -1), max];
	if (classes === 1) breaks.splice(0, breaks.length, 0, 0);
	const sizes = from.map((f, i) => counts.filter((c) => (i === classes - 1 ? c >= f : c === f)).length);
	return { breaks, from, open: max > classes - 1, sizes };
}
