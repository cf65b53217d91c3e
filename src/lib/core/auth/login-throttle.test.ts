import { describe, expect, it } from 'vitest';
import { throttle } from './login-throttle';

const rule = { maxFailures: 3, windowMinutes: 15 };
const now = new Date('2026-11-21T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('throttle', () => {
	it('allows fewer failures than the limit', () => {
		expect(throttle([minutesAgo(1), minutesAgo(2)], rule, now)).toEqual({ locked: false });
	});

	it('locks at the limit until the deciding failure leaves the window', () => {
		// Failures 1, 2 and 10 minutes ago: the third most recent (10 min) leaves the window in 5 minutes.
		expect(throttle([minutesAgo(1), minutesAgo(2), minutesAgo(10)], rule, now)).toEqual({
			locked: true,
			retryAfterMinutes: 5
		});
	});

	it('ignores failures outside the window', () => {
		expect(throttle([minutesAgo(1), minutesAgo(2), minutesAgo(16)], rule, now)).toEqual({ locked: false });
	});

	it('says at least one minute, never zero', () => {
		const edge = new Date(now.getTime() - 15 * 60_000 + 1_000);
		expect(throttle([minutesAgo(0), minutesAgo(0), edge], rule, now)).toEqual({
			locked: true,
			retryAfterMinutes: 1
		});
	});
});
