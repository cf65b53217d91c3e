import { displayTimeZone } from '../i18n/format';

/** How far the town hall's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: displayTimeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(instant);
	const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	const shown = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second')
	);
	return shown - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant of a local date and time as typed into a form ("2027-03-04T14:00", the value of an
 * `<input type="datetime-local">`), read on the town hall's clocks (Europe/Berlin, summer time
 * included). A time that the clocks skip in spring is taken an hour later, as the clocks show it.
 */
export function localTimeToInstant(local: string): Date {
	const asUtc = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
	if (Number.isNaN(asUtc)) throw new Error(`Keine Ortszeit: ${local}`);
	const first = asUtc - offsetAt(new Date(asUtc));
	return new Date(asUtc - offsetAt(new Date(first)));
}

/** The value of an `<input type="datetime-local">` for an instant, on the town hall's clocks. */
export function instantToLocalTime(instant: Date): string {
	return new Date(instant.getTime() + offsetAt(instant)).toISOString().slice(0, 16);
}
