/**
 * Roles a membership can carry, from most to least powerful. The public is anonymous, not a role.
 * A provider (Träger) is outside the administration: it keeps its own facilities current and sees
 * nothing else of the tenant.
 */
export const roles = ['admin', 'planner', 'department_planner', 'steering', 'viewer', 'provider'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { de: string; en: string }> = {
	admin: { de: 'Administration', en: 'Administrator' },
	planner: { de: 'Planung', en: 'Planner' },
	department_planner: { de: 'Fachplanung (ein Fachbereich)', en: 'Department planner' },
	steering: { de: 'Lenkungsgruppe', en: 'Steering group' },
	viewer: { de: 'Lesezugriff', en: 'Viewer' },
	provider: { de: 'Träger (eigene Einrichtungen)', en: 'Provider (own facilities)' }
};

export function isRole(value: string): value is Role {
	return (roles as readonly string[]).includes(value);
}
