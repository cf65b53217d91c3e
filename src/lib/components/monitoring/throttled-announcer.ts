/**
 * Says what is under the pointer in a polite live region, at most once per interval: a screen
 * reader would otherwise be interrupted on every unit the pointer crosses. What is said is the
 * last unit reached when the interval ends, or nothing when the pointer has left the map.
 */
export class ThrottledAnnouncer<Subject> {
	private timer: ReturnType<typeof setTimeout> | undefined;
	private latest: Subject | null = null;

	constructor(
		private say: (subject: Subject) => void,
		private intervalMs = 1000
	) {}

	announce(subject: Subject | null) {
		this.latest = subject;
		if (this.timer !== undefined) return;
		this.timer = setTimeout(() => {
			this.timer = undefined;
			if (this.latest !== null) this.say(this.latest);
		}, this.intervalMs);
	}

	stop() {
		clearTimeout(this.timer);
		this.timer = undefined;
	}
}
