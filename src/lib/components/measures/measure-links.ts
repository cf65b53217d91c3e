import { resolve } from '$app/paths';

/** Links of the measure pages; a measure's plan number ("M 2.1.3") is its address, as one path segment. */
export const measuresHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/massnahmen', { tenant });

export const measureHref = (tenant: string, code: string) =>
	resolve('/(app)/app/[tenant]/steuerung/massnahmen/[measure]', {
		tenant,
		measure: encodeURIComponent(code)
	});

export const newMeasureHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/massnahmen/neu', { tenant });

export const measureEditHref = (tenant: string, code: string) =>
	resolve('/(app)/app/[tenant]/steuerung/massnahmen/[measure]/bearbeiten', {
		tenant,
		measure: encodeURIComponent(code)
	});
