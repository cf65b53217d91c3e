import { joinList, wordOf } from '../../core/planning/plan-layout';
import { defaultLifePhases } from '../../core/supply/life-phases';
import { listCompositeIndexes } from '../repositories/composite-index.repository';
import { goalUnitsByGoal, listGoals } from '../repositories/goal.repository';
import { budgetLines, listMeasures, measureLinks, milestones } from '../repositories/measure.repository';
import type { TenantContext } from '../services/tenant-context';
import { unitsOf } from '../values/monitoring-setting';
import type { PlanRow, PlanRows } from './plan-xlsx';

/**
 * The tenant's plan as the rows of the import layout (plan-xlsx.ts): codes and names where the
 * database keeps ids, words where it keeps enumerations. A baseline taken from the data is written
 * as its date only, so that an import takes it from the data again; an entered one with its reason.
 * The caller authorizes (reading the plan is `data.read`).
 */

const date = (iso: string | null) => (iso ? { date: iso } : null);
const lifePhaseLabels = new Map(defaultLifePhases.map((p) => [p.code, p.label]));

export async function planRows(tc: TenantContext): Promise<PlanRows> {
	const { db, tenant } = tc;
	const indexes = new Map((await listCompositeIndexes(db, tenant.id)).map((i) => [i.id, i.code]));
	const unitCodes = new Map<string, Map<string, string>>();
	const codesOfUnits = async (layer: string, ids: readonly string[]) => {
		if (!unitCodes.has(layer))
			unitCodes.set(layer, new Map((await unitsOf(tc, layer)).map((u) => [u.id, u.code])));
		const byId = unitCodes.get(layer)!;
		return ids.map((id) => byId.get(id) ?? id).sort();
	};

	const goals: PlanRow[] = [];
	const unitsOfGoal = await goalUnitsByGoal(db, tenant.id);
	for (const g of await listGoals(db, tenant.id)) {
		const units =
			g.scopeKind === 'units' && g.scopeLayerCode
				? await codesOfUnits(g.scopeLayerCode, unitsOfGoal.get(g.id) ?? [])
				: [];
		const byIndex = g.scopeKind === 'index_class';
		goals.push({
			code: g.code,
			parent: g.parentCode,
			level: wordOf('level', g.level),
			title: g.title,
			topic: g.topicCode,
			indicator: g.indicatorCode,
			scopeKind: g.indicatorCode || g.scopeKind !== 'tenant' ? wordOf('scopeKind', g.scopeKind) : null,
			scopeLayer: g.scopeKind === 'units' ? g.scopeLayerCode : null,
			scopeUnits: joinList(units, 'codes'),
			scopeIndex: byIndex ? (indexes.get(g.scopeIndexId ?? '') ?? null) : null,
			scopeClass: byIndex ? g.scopeClass : null,
			scopeClassKind: byIndex ? wordOf('classKind', g.scopeClassKind) : null,
			scopeDate: byIndex ? date(g.scopeDate) : null,
			direction: wordOf('direction', g.direction),
			baselineValue: g.baselineReason ? g.baselineValue : null,
			baselineDate: date(g.baselineDate),
			baselineReason: g.baselineReason,
			targetValue: g.targetValue,
			targetDate: date(g.targetDate),
			ownerDepartment: g.ownerDepartmentName,
			ownerName: g.ownerName,
			origin: wordOf('origin', g.origin),
			status: wordOf('goalStatus', g.status),
			rationale: g.rationale
		});
	}

	const measures: PlanRow[] = [];
	const codeOf = new Map<string, string>();
	for (const m of await listMeasures(db, tenant.id)) {
		codeOf.set(m.id, m.code);
		const links = await measureLinks(db, tenant.id, m.id);
		measures.push({
			code: m.code,
			title: m.title,
			description: m.description,
			goals: joinList(
				links.goals.map((g) => g.code),
				'codes'
			),
			units: joinList(
				links.units.map((u) => `${u.layerCode}/${u.code}`),
				'codes'
			),
			leadDepartment: m.leadDepartmentName,
			partnerDepartments: joinList(
				links.partners.map((p) => p.name),
				'names'
			),
			providers: joinList(
				links.providers.map((p) => p.name),
				'names'
			),
			facilities: joinList(links.facilities.map((f) => f.code ?? '').filter(Boolean), 'codes'),
			lifePhases: joinList(
				m.lifePhases.map((p) => lifePhaseLabels.get(p) ?? p),
				'codes'
			),
			targetGroups: joinList(m.targetGroups, 'names'),
			periodStart: date(m.periodStart),
			periodEnd: date(m.periodEnd),
			status: wordOf('measureStatus', m.status)
		});
	}
	const budget: PlanRow[] = (await budgetLines(db, tenant.id)).map((b) => ({
		measure: codeOf.get(b.measureId) ?? '',
		year: b.year,
		planned: b.planned,
		approved: b.approved,
		spent: b.spent,
		source: wordOf('source', b.source),
		programme: b.programme || null,
		note: b.note
	}));
	const milestoneRows: PlanRow[] = (await milestones(db, tenant.id)).map((m) => ({
		measure: codeOf.get(m.measureId) ?? '',
		title: m.title,
		dueOn: date(m.dueOn),
		doneOn: date(m.doneOn)
	}));
	const byMeasure = (a: PlanRow, b: PlanRow) => String(a.measure).localeCompare(String(b.measure), 'de');
	return { goals, measures, budget: budget.sort(byMeasure), milestones: milestoneRows.sort(byMeasure) };
}
