import { describe, expect, it } from 'vitest';

describe('start with an unreachable database', () => {
	it('keeps the process up, reports the reason in German and answers db.unreachable', async () => {
		// Port 1 on loopback: nothing listens there, the connection is refused at once.
		process.env.DATABASE_URL = 'postgres://querschnitt:geheim@127.0.0.1:1/planung';
		const messages: string[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => void messages.push(args.join(' '));
		try {
			const { database, runtimeStatus, startRuntime } = await import('./runtime');
			await startRuntime();
			expect(runtimeStatus()).toBe('unavailable');
			expect(() => database()).toThrow(/Die Datenbank ist nicht erreichbar: 127\.0\.0\.1:1\/planung/);
			expect(messages.join('\n')).toMatch(/Neuer Versuch in 10 s/);
			// The password never appears in what is shown.
			expect(messages.join('\n')).not.toContain('geheim');
		} finally {
			console.error = original;
			delete process.env.DATABASE_URL;
		}
	});
});
