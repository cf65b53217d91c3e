/**
 * Distance decay W(d) of the two-step floating catchment area method (two-step-fca.ts): how much
 * a place at distance d (metres) inside the catchment d0 counts. Outside the catchment (d > d0) the
 * weight is always 0; exactly on the radius (d = d0) the point is inside the catchment.
 */

export type DistanceDecay =
	/** Original 2SFCA (Luo & Wang 2003): everything inside the catchment counts fully. */
	| { kind: 'none' }
	/** Linear: W(d) = 1 − d/d0, so a place on the radius counts 0. */
	| { kind: 'linear' }
	/**
	 * Gaussian as in the kernel-density / Gaussian 2SFCA (Dai 2010, Health & Place 16(5):1038–1052;
	 * also Shi et al. 2012): W(d) = (e^{−½(d/d0)²} − e^{−½}) / (1 − e^{−½}), 1 at d = 0 and 0 at d0,
	 * so the weight falls smoothly to nothing at the catchment's edge instead of dropping off there.
	 */
	| { kind: 'gaussian' }
	/**
	 * Step weights per ring, as in the enhanced 2SFCA (E2SFCA, Luo & Qi 2009, Health & Place
	 * 15(4):1100–1107, who used 1, 0.68, 0.22 for three travel-time zones). Ring i covers
	 * (upTo of ring i−1, upTo of ring i]; the last ring's upTo must be the catchment d0.
	 */
	| { kind: 'steps'; rings: readonly { upTo: number; weight: number }[] };

const edge = Math.exp(-0.5);

/**
 * Checks a decay against the catchment; throws a RangeError with a German message for a
 * configuration a service should have refused (the service validates user input with zod first).
 */
export function checkDecay(decay: DistanceDecay, catchment: number): void {
	if (!(Number.isFinite(catchment) && catchment > 0))
		throw new RangeError(`Einzugsradius muss eine positive Zahl (Meter) sein, nicht ${catchment}`);
	if (decay.kind !== 'steps') return;
	const { rings } = decay;
	if (rings.length === 0) throw new RangeError('Gewichtung nach Ringen braucht mindestens einen Ring');
	let previous = 0;
	for (const ring of rings) {
		if (!(ring.upTo > previous))
			throw new RangeError(`Ringgrenzen müssen positiv und aufsteigend sein (${ring.upTo} nach ${previous})`);
		if (!(Number.isFinite(ring.weight) && ring.weight >= 0))
			throw new RangeError(`Ringgewicht muss eine Zahl ≥ 0 sein, nicht ${ring.weight}`);
		previous = ring.upTo;
	}
	if (previous !== catchment)
		throw new RangeError(`Der äußerste Ring (${previous} m) muss der Einzugsradius (${catchment} m) sein`);
}

/**
 * W(d) for 0 ≤ d ≤ catchment. The caller decides inclusion (d ≤ d0) once, on squared distances, so
 * both steps of the method agree on which pairs exist; this only weighs them.
 */
export function decayWeight(decay: DistanceDecay, distance: number, catchment: number): number {
	switch (decay.kind) {
		case 'none':
			return 1;
		case 'linear':
			return Math.max(0, 1 - distance / catchment);
		case 'gaussian': {
			const r = distance / catchment;
			return Math.max(0, (Math.exp(-0.5 * r * r) - edge) / (1 - edge));
		}
		case 'steps': {
			for (const ring of decay.rings) if (distance <= ring.upTo) return ring.weight;
			return 0;
		}
	}
}
