/** The work areas of a tenant, in the order of the navigation; each has a page /app/<tenant>/<area>. */
export const areas = ['daten', 'monitoring', 'angebote', 'steuerung', 'beteiligung', 'berichte'] as const;
export type Area = (typeof areas)[number];

/**
 * The areas of someone who may not read the tenant's data (a Träger): only the offers, where they
 * keep their own facilities. Every other area refuses them (403), so the navigation hides it.
 */
export function visibleAreas(nav: { canReadData: boolean }): readonly Area[] {
	return nav.canReadData ? areas : ['angebote'];
}

/** What the tenant layout tells the page shell, to draw the navigation of the tenant. */
export interface TenantNav {
	slug: string;
	name: string;
	/** May read the tenant's data (data.read): every member of the administration, not a Träger. */
	canReadData: boolean;
	canManageUsers: boolean;
	canReadAudit: boolean;
	/** May set the tenant's disclosure rules (tenant.manage). */
	canManageTenant: boolean;
	/** A Träger's way to the measures it runs (it reaches no other part of the Steuerung area). */
	canReportOwnMeasures?: boolean;
}

export function isTenantNav(value: unknown): value is TenantNav {
	return typeof value === 'object' && value !== null && 'slug' in value && 'canManageUsers' in value;
}
