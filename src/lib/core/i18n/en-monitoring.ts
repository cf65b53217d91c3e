import type { deMonitoring } from './de-monitoring';

/** English texts of the monitoring workspace, area profile and comparison. */
export const enMonitoring: Record<keyof typeof deMonitoring, string> = {};
