import { resolve } from '$app/paths';

/**
 * Links of the Steuerung pages. A goal's plan number ("Z 2.1") is its address, encoded as one path
 * segment (resolve puts parameters in as they are).
 */
export const goalHref = (tenant: string, code: string) =>
	resolve('/(app)/app/[tenant]/steuerung/ziele/[goal]', { tenant, goal: encodeURIComponent(code) });

export const goalEditHref = (tenant: string, code: string) =>
	resolve('/(app)/app/[tenant]/steuerung/ziele/[goal]/bearbeiten', {
		tenant,
		goal: encodeURIComponent(code)
	});

export const newGoalHref = (tenant: string) => resolve('/(app)/app/[tenant]/steuerung/ziele/neu', { tenant });

export const steeringHref = (tenant: string) => resolve('/(app)/app/[tenant]/steuerung', { tenant });
