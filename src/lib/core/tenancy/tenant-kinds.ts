/** Kinds of local authority that use the platform. A Gemeinde may belong to a Kreis. */
export const tenantKinds = ['kreis', 'kreisfreie_stadt', 'gemeinde'] as const;
export type TenantKind = (typeof tenantKinds)[number];

export const tenantKindLabels: Record<TenantKind, { de: string; en: string }> = {
	kreis: { de: 'Kreis', en: 'District (Kreis)' },
	kreisfreie_stadt: { de: 'Kreisfreie Stadt', en: 'City (kreisfrei)' },
	gemeinde: { de: 'Gemeinde', en: 'Municipality (Gemeinde)' }
};

/** Only a Gemeinde has a parent, and that parent must be a Kreis. */
export function parentAllowed(kind: TenantKind, parentKind: TenantKind | null): boolean {
	if (parentKind === null) return true;
	return kind === 'gemeinde' && parentKind === 'kreis';
}

/** Tenant slugs appear in URLs: lower-case letters, digits and hyphens. */
export const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
