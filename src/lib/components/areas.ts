/** The work areas of a tenant, in the order of the navigation; each has a page /app/<tenant>/<area>. */
export const areas = ['daten', 'monitoring', 'angebote', 'steuerung', 'beteiligung', 'berichte'] as const;
export type Area = (typeof areas)[number];

/** What the tenant layout tells the page shell, to draw the navigation of the tenant. */
export interface TenantNav {
	slug: string;
	name: string;
	canManageUsers: boolean;
	canReadAudit: boolean;
	/** May set the tenant's disclosure rules (tenant.manage). */
	canManageTenant: boolean;
}

export function isTenantNav(value: unknown): value is TenantNav {
	return typeof value === 'object' && value !== null && 'slug' in value && 'canManageUsers' in value;
}
