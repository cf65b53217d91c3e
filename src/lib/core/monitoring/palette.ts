/**
 * Colours of the classes of a thematic map.
 *
 * Only ColorBrewer schemes (Cynthia Brewer, via d3-scale-chromatic) that ColorBrewer marks as
 * colour-blind safe are used:
 * - sequential, direction from the indicator's polarity, "darker = worse":
 *   OrRd (a burden scheme) for indicators with a good/bad direction: dark for high values when
 *   higher is worse, dark for low values when higher is better; Blues for neutral indicators
 *   (no judgement), dark for high values;
 * - diverging around the city value: RdBu for indicators with a direction, the worse side red and
 *   the better side blue; BrBG for neutral indicators (brown/teal carry no good/bad meaning).
 *   The class that contains the city value gets the scheme's neutral light middle colour; classes
 *   further away get darker colours, with the same darkness at the same distance on both sides
 *   (so a lopsided distribution does not make one side look more extreme than the other).
 *   When the city value lies exactly on a class limit, no class contains it: the classes below
 *   and above both start at the lightest non-neutral step. Without a city value the diverging
 *   kind falls back to the sequential scheme.
 * ColorBrewer's discrete schemes have 3–9 (sequential) and 3–11 (diverging) colours; more steps
 * on one side of the centre than a discrete scheme holds are sampled from the scheme's
 * interpolator (the same colours, continuously).
 */
import {
	interpolateBlues,
	interpolateBrBG,
	interpolateOrRd,
	interpolateRdBu,
	schemeBlues,
	schemeBrBG,
	schemeOrRd,
	schemeRdBu
} from 'd3-scale-chromatic';

export type PaletteKind = 'sequential' | 'diverging';
export type Polarity = 'higher_better' | 'higher_worse' | 'neutral';

interface Scheme {
	discrete: readonly (readonly string[])[];
	interpolate: (t: number) => string;
	/** Largest discrete scheme ColorBrewer defines. */
	largest: number;
}

const orRd: Scheme = { discrete: schemeOrRd, interpolate: interpolateOrRd, largest: 9 };
const blues: Scheme = { discrete: schemeBlues, interpolate: interpolateBlues, largest: 9 };
// RdBu and BrBG run from the "low" end (red, brown) at index 0 to the "high" end (blue, teal).
const rdBu: Scheme = { discrete: schemeRdBu, interpolate: interpolateRdBu, largest: 11 };
const brBG: Scheme = { discrete: schemeBrBG, interpolate: interpolateBrBG, largest: 11 };

/** `count` colours of a scheme from its first to its last colour. */
function colours(scheme: Scheme, count: number): string[] {
	if (count >= 3 && count <= scheme.largest) return [...scheme.discrete[count]!];
	if (count === 1) return [scheme.discrete[3]![1]!];
	if (count === 2) return [scheme.discrete[3]![0]!, scheme.discrete[3]![2]!];
	return Array.from({ length: count }, (_, i) => scheme.interpolate(i / (count - 1)));
}

function sequential(classes: number, polarity: Polarity): string[] {
	if (polarity === 'neutral') return colours(blues, classes);
	const lightToDark = colours(orRd, classes);
	return polarity === 'higher_worse' ? lightToDark : lightToDark.reverse();
}

/**
 * Where the centre lies among the classes: `inside` = index of the class that contains it (it
 * gets the neutral colour), or `split` = index of the first class above it when it lies on a
 * limit or outside the range.
 */
function centrePosition(breaks: readonly number[], centre: number): { inside: number } | { split: number } {
	const classes = breaks.length - 1;
	if (centre < breaks[0]!) return { split: 0 };
	if (centre > breaks[classes]!) return { split: classes };
	for (let i = 1; i < classes; i++) if (centre === breaks[i]) return { split: i };
	for (let i = 0; i < classes; i++) if (centre <= breaks[i + 1]!) return { inside: i };
	return { inside: classes - 1 };
}

function diverging(breaks: readonly number[], polarity: Polarity, centre: number): string[] {
	const classes = breaks.length - 1;
	const position = centrePosition(breaks, centre);
	// Distance of each class from the centre in class steps (0 = the class with the centre), and its side.
	const steps = Array.from({ length: classes }, (_, i) => {
		if ('inside' in position) return { distance: Math.abs(i - position.inside), below: i < position.inside };
		return i < position.split
			? { distance: position.split - i, below: true }
			: { distance: i - position.split + 1, below: false };
	});
	const reach = Math.max(1, ...steps.map((s) => s.distance));
	const scheme = polarity === 'neutral' ? brBG : rdBu;
	// A symmetric scheme of 2·reach + 1 colours; its middle is the neutral light colour (taken from
	// the discrete scheme also when the sides are interpolated, which would miss it slightly).
	const all = colours(scheme, 2 * reach + 1);
	all[reach] = scheme.discrete[3]![1]!;
	// RdBu: index 0 is red. Higher worse → above the centre is worse → red above, i.e. the scheme reversed.
	const belowIsLowEnd = polarity !== 'higher_worse';
	return steps.map(({ distance, below }) => {
		const towardsLowEnd = below === belowIsLowEnd;
		return all[towardsLowEnd ? reach - distance : reach + distance]!;
	});
}

/** One colour per class (classes = breaks.length - 1). */
export function classColours(
	breaks: readonly number[],
	options: { kind: PaletteKind; polarity: Polarity; centre?: number | null }
): string[] {
	const classes = breaks.length - 1;
	if (classes < 1) return [];
	const centre = options.centre;
	if (options.kind === 'diverging' && typeof centre === 'number' && Number.isFinite(centre))
		return diverging(breaks, options.polarity, centre);
	return sequential(classes, options.polarity);
}

/** Red, green and blue (0..255) of "#rgb", "#rrggbb" or "rgb(r, g, b)" (what d3 interpolators return). */
export function parseColour(colour: string): [number, number, number] {
	const text = colour.trim().toLowerCase();
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
	if (hex) {
		const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
		return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
	}
	const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)/.exec(text);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
	throw new Error(`Unbekannte Farbe: ${colour}`);
}

/** Relative luminance after WCAG 2.1 (sRGB). */
export function luminance(colour: string): number {
	const [r, g, b] = parseColour(colour).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** Text colour (black/white) readable on a fill, by WCAG contrast. */
export function textOn(fill: string): string {
	return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
