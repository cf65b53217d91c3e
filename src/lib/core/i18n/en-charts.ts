import type { deCharts } from './de-charts';

/** English texts of charts (ranking, time series, scatter, correlation matrix, sparkline, deviations). */
export const enCharts: Record<keyof typeof deCharts, string> = {};
