import { resolve } from '$app/paths';

/** The plan check page of the Steuerung area (today's check; a Stichtag comes as `?stichtag=`). */
export const planCheckHref = (tenant: string) =>
	resolve('/(app)/app/[tenant]/steuerung/pruefung', { tenant });
