import { describe, expect, it } from 'vitest';
import { instantToLocalTime, localTimeToInstant } from './local-time';

describe('local time of the town hall (Europe/Berlin)', () => {
	it('reads winter and summer times with their offsets', () => {
		expect(localTimeToInstant('2027-01-15T14:00').toISOString()).toBe('2027-01-15T13:00:00.000Z');
		expect(localTimeToInstant('2027-07-15T14:00').toISOString()).toBe('2027-07-15T12:00:00.000Z');
	});

	it('handles the days the clocks change', () => {
		// 28 March 2027: 02:00 becomes 03:00; 31 October 2027: 03:00 becomes 02:00.
		expect(localTimeToInstant('2027-03-28T01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
		expect(localTimeToInstant('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
		expect(localTimeToInstant('2027-10-31T12:00').toISOString()).toBe('2027-10-31T11:00:00.000Z');
	});

	it('writes an instant back as the form shows it', () => {
		for (const local of ['2027-01-15T14:00', '2027-07-15T09:05', '2026-12-31T23:59'])
			expect(instantToLocalTime(localTimeToInstant(local))).toBe(local);
	});

	it('refuses what is no time', () => {
		expect(() => localTimeToInstant('morgen')).toThrow();
	});
});
