/** Milliseconds of one run of `work`, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
	const start = process.hrtime.bigint();
	const result = await work();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Series {
	runs: number[];
	median: number;
}

/**
 * Runs `work` once to warm up (caches, JIT, plans) and then `n` times; the median is reported
 * because a shared machine produces outliers in both directions.
 */
export async function measure(
	n: number,
	work: () => Promise<unknown>,
	onRun?: (ms: number) => void
): Promise<Series> {
	await work();
	const runs: number[] = [];
	for (let i = 0; i < n; i++) {
		const { ms } = await timed(work);
		runs.push(ms);
		onRun?.(ms);
	}
	return { runs, median: median(runs) };
}

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(2)} s`;
}
