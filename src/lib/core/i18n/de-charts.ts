/** German texts of charts (ranking, time series, scatter, correlation matrix, sparkline, deviations). Merged into the dictionary in de.ts. */
export const deCharts = {} as const;
