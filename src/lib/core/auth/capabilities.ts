import { can, membershipIn, type Action, type Actor } from './policy';

/**
 * What the current user may do in one tenant: asked of the policy once per request (by the
 * tenant's layout), so that pages show or hide their actions from it instead of asking the policy
 * themselves. Plain booleans, because a page's data must be serialisable. The services still
 * authorize every call; these flags only decide what a page offers.
 */
export interface Capabilities {
	/** The administration's data: monitoring, indicators, imports, reports (a Träger has none). */
	readData: boolean;
	/** Data of no department: imports, layers, crosswalks, facility kinds, providers, supply settings. */
	writeSharedData: boolean;
	/** At least the facilities of one's own department or provider: add, edit, import facilities. */
	writeOwnFacilities: boolean;
	/** At least the goals of one's own department (planners and the administration: all): create goals. */
	writeGoals: boolean;
	/** At least the measures led by one's own department (planners and the administration: all): create measures. */
	writeMeasures: boolean;
	/** Reports on the measures one runs as a Träger (or, for planners, on their department's): `measures.report`. */
	reportMeasures: boolean;
	manageUsers: boolean;
	readAudit: boolean;
	manageTenant: boolean;
	decide: boolean;
}

export function capabilities(actor: Actor, tenantId: string): Capabilities {
	const membership = membershipIn(actor, tenantId);
	const may = (action: Action, resource: { departmentId?: string | null; providerId?: string | null } = {}) =>
		can(actor, action, { tenantId, ...resource });
	return {
		readData: may('data.read'),
		writeSharedData: may('data.write', { departmentId: null }),
		writeOwnFacilities: may('facilities.write', {
			departmentId: membership?.departmentId ?? null,
			providerId: membership?.providerId ?? null
		}),
		writeGoals: may('data.write', { departmentId: membership?.departmentId ?? null }),
		writeMeasures: may('data.write', { departmentId: membership?.departmentId ?? null }),
		reportMeasures: can(actor, 'measures.report', {
			tenantId,
			departmentId: membership?.departmentId ?? null,
			providerIds: membership?.providerId ? [membership.providerId] : []
		}),
		manageUsers: may('users.manage'),
		readAudit: may('audit.read'),
		manageTenant: may('tenant.manage'),
		decide: may('steering.decide')
	};
}

/** Whether the user may change data that belong to one department (or none: `null`). */
export function mayWriteDataOf(actor: Actor, tenantId: string, departmentId: string | null): boolean {
	return can(actor, 'data.write', { tenantId, departmentId });
}

/** Whether the user may change one facility (its department's planners, its own Träger, planners). */
export function mayWriteFacility(
	actor: Actor,
	tenantId: string,
	facility: { departmentId: string | null; providerId: string | null }
): boolean {
	return can(actor, 'facilities.write', { tenantId, ...facility });
}

/** Whether the user may report a measure's progress and output figures (its Träger, its lead department's planners, planners). */
export function mayReportMeasure(
	actor: Actor,
	tenantId: string,
	measure: { leadDepartmentId: string | null; providerIds: readonly string[] }
): boolean {
	return can(actor, 'measures.report', {
		tenantId,
		departmentId: measure.leadDepartmentId,
		providerIds: [...measure.providerIds]
	});
}
