import { checkDecay, type DistanceDecay } from './distance-decay';

/**
 * What a tenant compares when it compares supply with need (DOMAIN.md §4): per age band the places
 * that serve it (a capacity code of some kinds of facility), the population variables whose sum is
 * the band's children, and the Bedarfsquote (a political target share, in per cent). Plus the
 * catchment of the 2SFCA: a straight-line radius in metres and an optional distance decay.
 */
export interface SupplyBand {
	code: string;
	label: string;
	/** The capacity code whose places serve this band, e.g. `u3`. */
	capacityCode: string;
	/** Kinds of facility whose places count (e.g. kita and kindertagespflege). */
	kindCodes: readonly string[];
	/** Variable codes whose sum is the band's population (e.g. einwohner_00_01 + 01_02 + 02_03). */
	populationVariables: readonly string[];
	/** Bedarfsquote in per cent; null: none set (coverage is shown, need is not). */
	needRate: number | null;
}

export interface SupplySettings {
	bands: readonly SupplyBand[];
	/** Einzugsradius der 2SFCA in Metern (Luftlinie). */
	catchment: number;
	decay: DistanceDecay;
}

/** Until a tenant configures its bands there is nothing to compare; 1 km catchment, no decay. */
export const defaultSupplySettings: SupplySettings = { bands: [], catchment: 1000, decay: { kind: 'none' } };

/** Every problem of a settings object, in German (empty when it is usable). */
export function supplySettingsProblems(settings: SupplySettings): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const band of settings.bands) {
		if (!/^[a-z][a-z0-9_]{0,31}$/.test(band.code))
			problems.push(`Altersgruppe „${band.code}“: Kürzel aus Kleinbuchstaben, Ziffern, Unterstrich`);
		if (seen.has(band.code)) problems.push(`Altersgruppe „${band.code}“ ist doppelt angegeben`);
		seen.add(band.code);
		if (band.kindCodes.length === 0)
			problems.push(`Altersgruppe „${band.code}“: mindestens eine Angebotsart angeben`);
		if (band.populationVariables.length === 0)
			problems.push(`Altersgruppe „${band.code}“: mindestens eine Bevölkerungsvariable angeben`);
		if (band.needRate !== null && !(band.needRate >= 0 && band.needRate <= 100))
			problems.push(`Altersgruppe „${band.code}“: Bedarfsquote zwischen 0 und 100 %`);
	}
	try {
		checkDecay(settings.decay, settings.catchment);
	} catch (error) {
		problems.push((error as Error).message);
	}
	return problems;
}
