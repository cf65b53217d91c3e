import { resolve } from '$app/paths';

/** The addresses of the plan's import and export (Steuerung › Import und Export). */
export const exchangeHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/austausch', { tenant });
export const planExportHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/austausch/export', { tenant });
export const planTemplateHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/austausch/vorlage', { tenant });
