import type { MeasureFormOptions } from '../../components/measures/measure-form';
import type { Locale } from '../../core/i18n/locale';
import { defaultLifePhases } from '../../core/supply/life-phases';
import { listGoals } from '../services/goal.service';
import { listLayers } from '../services/spatial-layer.service';
import { listDepartments } from '../services/tenant.service';
import type { TenantContext } from '../services/tenant-context';

/**
 * What the measure form offers: the goals a measure can serve, the departments (as lead, a
 * department planner's own only: `ownDepartmentId`; as partners, all), the layers whose units it
 * can serve and the life phases of the prevention chain.
 */
export async function measureFormOptions(
	tc: TenantContext,
	ownDepartmentId: string | null,
	locale: Locale
): Promise<MeasureFormOptions> {
	const [goals, departments, layers] = await Promise.all([
		listGoals(tc),
		listDepartments(tc),
		listLayers(tc)
	]);
	const all = departments.map((d) => ({ id: d.id, name: d.name }));
	return {
		goals: goals.map((g) => ({ code: g.code, title: g.title })),
		departments: all,
		leadDepartments: all.filter((d) => !ownDepartmentId || d.id === ownDepartmentId),
		layers: layers.map((l) => ({ code: l.code, name: l.name })),
		lifePhases: defaultLifePhases.map((p) => ({
			code: p.code,
			label: locale === 'en' ? (p.labelEn ?? p.label) : p.label
		}))
	};
}
