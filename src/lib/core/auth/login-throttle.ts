/**
 * Login rate limiting, decided from the recent failed attempts (kept in the database so that
 * several app servers share them). Pure: the caller passes the attempts and the current time.
 */
export interface ThrottleRule {
	/** Failures allowed within the window before the key is locked. */
	maxFailures: number;
	windowMinutes: number;
}

export const defaultThrottle = {
	perUsername: { maxFailures: 5, windowMinutes: 15 },
	perAddress: { maxFailures: 20, windowMinutes: 15 }
} as const satisfies Record<string, ThrottleRule>;

export type ThrottleDecision = { locked: false } | { locked: true; retryAfterMinutes: number };

/** Locked while `maxFailures` failures lie within the window; unlocked when the oldest of them leaves it. */
export function throttle(failures: readonly Date[], rule: ThrottleRule, now: Date): ThrottleDecision {
	const windowMs = rule.windowMinutes * 60_000;
	const recent = failures
		.map((d) => d.getTime())
		.filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
		.sort((a, b) => b - a);
	if (recent.length < rule.maxFailures) return { locked: false };
	// The lock lifts when the maxFailures-th most recent failure leaves the window.
	const deciding = recent[rule.maxFailures - 1]!;
	const retryAfterMs = deciding + windowMs - now.getTime();
	return { locked: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) };
}
