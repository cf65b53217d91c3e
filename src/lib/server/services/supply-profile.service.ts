import { toErrorBody } from '../errors';
import { authorize } from './context';
import { supplyAnalysisOf, unitSupplySeriesOf, type UnitSupplySeries } from './supply.service';
import { supplySettingsOf } from './supply-settings.service';
import type { TenantContext } from './tenant-context';

export interface SupplyProfileSection {
	/** The configured bands; none: the section is hidden. */
	bands: { code: string; label: string }[];
	/** false until asked for (`?versorgung=1`): the series reads the layer's children at every date. */
	loaded: boolean;
	series: UnitSupplySeries[];
	/** Current 2SFCA per band code, when loaded. */
	accessibility: Record<string, { value: number | null; lowerBound: boolean; date: string | null }>;
	problem: string | null;
}

/**
 * The area profile's section "Angebot und Bedarf". Reading the unit's series costs a query of the
 * whole layer per date and band (seconds on the Berlin data, measured in supply.service.test.ts)
 * and the 2SFCA needs every unit and facility of the layer, so the profile loads them only on
 * request and otherwise shows a link. A problem with the settings (e.g. a population variable that
 * does not exist) is shown in the section instead of breaking the whole profile.
 */
export async function supplyProfileSection(
	tc: TenantContext,
	query: { layer: string; unit: string; requested: boolean }
): Promise<SupplyProfileSection> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const settings = await supplySettingsOf(tc.db, tc.tenant.id);
	const bands = settings.bands.map((b) => ({ code: b.code, label: b.label }));
	const empty = { bands, loaded: false, series: [], accessibility: {}, problem: null };
	if (bands.length === 0 || !query.requested) return empty;
	try {
		const series = await unitSupplySeriesOf(tc.db, tc.tenant.id, query);
		const accessibility: SupplyProfileSection['accessibility'] = {};
		for (const s of series) {
			const analysis = await supplyAnalysisOf(tc.db, tc.tenant.id, {
				layer: query.layer,
				band: s.band.code
			});
			const row = analysis.rows.find((r) => r.code === query.unit);
			accessibility[s.band.code] = {
				value: row?.accessibility ?? null,
				lowerBound: row?.unknownInReach ?? false,
				date: analysis.date
			};
		}
		return { bands, loaded: true, series, accessibility, problem: null };
	} catch (caught) {
		const body = toErrorBody(caught);
		if (body.code.startsWith('auth.')) throw caught;
		return { ...empty, loaded: true, problem: body.message };
	}
}
