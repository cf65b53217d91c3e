/** The direction of the latest change of a series: what the arrow in an area profile says. */
export type Trend = 'rising' | 'falling' | 'steady';

/**
 * Compares the last two values of a series that exist. A change that does not show at the
 * indicator's decimals is "steady": an arrow must not claim a change the table cannot show.
 */
export function trendOf(
	points: readonly { date: string; value: number | null }[],
	decimals: number
): { trend: Trend; from: { date: string; value: number }; to: { date: string; value: number } } | null {
	const known = points.filter((p): p is { date: string; value: number } => p.value !== null);
	if (known.length < 2) return null;
	const from = known.at(-2)!;
	const to = known.at(-1)!;
	const factor = 10 ** decimals;
	const difference = Math.round(to.value * factor) - Math.round(from.value * factor);
	return { trend: difference > 0 ? 'rising' : difference < 0 ? 'falling' : 'steady', from, to };
}
