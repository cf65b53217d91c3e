import { resolve } from '$app/paths';

/** Links of the steering group's pages: the bodies, one body, one meeting (ids are their addresses). */
export const bodiesHref = (tenant: string) => resolve('/(app)/app/[tenant]/steuerung/gremien', { tenant });

export const bodyHref = (tenant: string, body: string) =>
	resolve('/(app)/app/[tenant]/steuerung/gremien/[body]', { tenant, body });

export const meetingHref = (tenant: string, meeting: string) =>
	resolve('/(app)/app/[tenant]/steuerung/sitzungen/[meeting]', { tenant, meeting });
