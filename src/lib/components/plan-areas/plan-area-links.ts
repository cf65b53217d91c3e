import { resolve } from '$app/paths';

/** The page "Wer macht was wo" (measures by area). */
export const planAreasHref = (tenant: string) => resolve('/(app)/app/[tenant]/steuerung/gebiete', { tenant });
