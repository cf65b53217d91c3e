/** German texts of the monitoring workspace, area profile and comparison. Merged into the dictionary in de.ts. */
export const deMonitoring = {} as const;
