import { findIndicatorItem } from '../repositories/indicator.repository';
import type { TenantContext } from '../services/tenant-context';
import { definitionOf, defineIndicator } from '../services/indicator.service';

/**
 * How the demo's MSS 2017 shares aggregate above the Planungsraum (DOMAIN.md §3; the analysis is in
 * docs/data-basis.md, "Anteile ohne Zählwerte"). The MSS publishes shares without counts, so a
 * Bezirk's share is estimated as Σ(share × reference population) / Σ reference population:
 * - STATUS3 (Transferbezug) is a share of all inhabitants: EW2016 (`einwohner`) is its reference
 *   population, and the estimate is exact up to the rounding of the published shares.
 * - STATUS1/2 (15 to under 65) and STATUS4 (under 15): the demo has no inhabitants of these ages,
 *   so all inhabitants stand in for them, stated as such.
 * - DYNAMO1–4 are changes in percentage points. A Bezirk's change is the difference of its two
 *   shares; a weighted mean of the Planungsräume's changes leaves out the shift of population
 *   between areas of different level and missed the real change by up to its own size (Reinickendorf,
 *   Transferbezug: −0.04 instead of +0.09 points). No weight fits; the values stay per Planungsraum.
 */
const standIn = (population: string) =>
	`Einwohner insgesamt statt ${population} (nicht in den Beispieldaten); die Schätzung weicht ab, wo sich der Anteil dieser Altersgruppe zwischen den Gebieten unterscheidet.`;

const dynamoNote =
	'Eine Veränderung in Prozentpunkten lässt sich nicht mit einer Bezugsbevölkerung zusammenfassen: Die Veränderung eines größeren Gebiets ist die Differenz seiner beiden Anteile und enthält die Verschiebung der Bevölkerung zwischen Gebieten mit hohen und niedrigen Anteilen, die ein gewichtetes Mittel der Veränderungen nicht erfasst (im Beispiel Reinickendorf, Transferbezug: −0,04 statt +0,09 Prozentpunkte). Dafür fehlen die Anteile und Bezugsbevölkerungen vom 31.12.2014.';

export interface WeightSetting {
	weight: string | null;
	weightStandIn: boolean;
	weightNote: string | null;
}

export const berlinMssWeights: Record<string, WeightSetting> = {
	mss_status1: {
		weight: 'einwohner',
		weightStandIn: true,
		weightNote: standIn('Einwohner von 15 bis unter 65 Jahren')
	},
	mss_status2: {
		weight: 'einwohner',
		weightStandIn: true,
		weightNote: standIn('Einwohner von 15 bis unter 65 Jahren')
	},
	mss_status3: {
		weight: 'einwohner',
		weightStandIn: false,
		weightNote: 'Bezugsbevölkerung: alle Einwohner (EW2016).'
	},
	mss_status4: {
		weight: 'einwohner',
		weightStandIn: true,
		weightNote: standIn('Einwohner unter 15 Jahren')
	},
	...Object.fromEntries(
		[1, 2, 3, 4].map((i) => [
			`mss_dynamo${i}`,
			{ weight: null, weightStandIn: false, weightNote: dynamoNote } satisfies WeightSetting
		])
	)
};

const allLevels = ['bezirk', 'prognoseraum', 'bezirksregion', 'planungsraum'];

/**
 * Gives the MSS indicators their weights through the definition service (audited like a planner's
 * change, with who and when on the row), for a new demo and for demo databases from before this
 * step. Idempotent: an indicator that already has its setting is left alone, so a restart writes
 * nothing; one a planner deleted is skipped. Returns the codes it changed.
 */
export async function seedBerlinWeights(tc: TenantContext): Promise<string[]> {
	const changed: string[] = [];
	for (const [code, setting] of Object.entries(berlinMssWeights)) {
		const item = await findIndicatorItem(tc.db, tc.tenant.id, code);
		if (!item || item.kind !== 'direct') continue;
		const levels = setting.weight ? allLevels : ['planungsraum'];
		const metadata = { ...(item.metadata as Record<string, unknown>), levels };
		const same =
			item.weightCode === setting.weight &&
			item.weightStandIn === setting.weightStandIn &&
			item.weightNote === setting.weightNote &&
			JSON.stringify((item.metadata as { levels?: string[] }).levels ?? null) === JSON.stringify(levels);
		if (same) continue;
		await defineIndicator(tc, { ...definitionOf(item), ...setting, metadata });
		changed.push(code);
	}
	return changed;
}
