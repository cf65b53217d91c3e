import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
	it('has defaults for everything: port 3000, embedded database in ./data, demo on', () => {
		const config = loadConfig({});
		expect(config.port).toBe(3000);
		expect(config.database).toEqual({ engine: 'pglite', dataDir: path.resolve('./data') });
		expect(config.demo).toEqual({ enabled: true, password: 'querschnitt-demo' });
		expect(config.cookieSecure).toBe(false);
		expect(config.session).toEqual({ idleMinutes: 120, maxHours: 12 });
		expect(config.loginThrottle).toEqual({ maxFailures: 5, windowMinutes: 15 });
	});

	it('uses a PostgreSQL server with DATABASE_URL, and then has no demo unless asked', () => {
		const url = 'postgres://querschnitt:geheim@db.intern:5432/planung';
		const config = loadConfig({ DATABASE_URL: url });
		expect(config.database).toEqual({ engine: 'postgres', url });
		expect(config.demo.enabled).toBe(false);
		expect(loadConfig({ DATABASE_URL: url, DEMO: 'ja' }).demo.enabled).toBe(true);
		expect(loadConfig({ DEMO: 'false' }).demo.enabled).toBe(false);
	});

	it('treats empty values as unset, as an empty line in .env means', () => {
		expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.engine).toBe('pglite');
	});

	it.each(['mysql://x', 'postgres://', 'kaputt', 'postgres://host-ohne-datenbank'])(
		'rejects the malformed DATABASE_URL %s with a German message naming it',
		(url) => {
			expect(() => loadConfig({ DATABASE_URL: url })).toThrow(
				expect.objectContaining({
					code: 'config.invalid',
					message: expect.stringMatching(
						/^Die Konfiguration ist ungültig: DATABASE_URL: muss die Form postgres:\/\/benutzer:passwort@host:5432\/datenbank haben/
					)
				})
			);
		}
	);

	it.each([
		['abc', 'PORT muss eine ganze Zahl sein'],
		['0', 'PORT muss größer als 0 sein'],
		['70000', 'PORT muss höchstens 65535 sein'],
		['80.5', 'PORT muss eine ganze Zahl sein']
	])('rejects PORT=%s', (port, message) => {
		expect(() => loadConfig({ PORT: port })).toThrow(message);
		expect(() => loadConfig({ PORT: port })).toThrow(/^Die Konfiguration ist ungültig: PORT: /);
	});

	it('names every bad variable at once', () => {
		expect(() => loadConfig({ PORT: 'x', DEMO: 'vielleicht', DEMO_PASSWORD: 'kurz' })).toThrow(
			/PORT: .*; DEMO: erwartet true oder false; DEMO_PASSWORD: DEMO_PASSWORD muss mindestens 12 Zeichen/
		);
	});

	it('sends cookies only over HTTPS when ORIGIN is https, unless COOKIE_SECURE says otherwise', () => {
		expect(loadConfig({ ORIGIN: 'https://planung.kreis-lippe.de' }).cookieSecure).toBe(true);
		expect(loadConfig({ ORIGIN: 'http://localhost:3000' }).cookieSecure).toBe(false);
		expect(
			loadConfig({ ORIGIN: 'https://planung.kreis-lippe.de', COOKIE_SECURE: 'false' }).cookieSecure
		).toBe(false);
		expect(() => loadConfig({ ORIGIN: 'planung.kreis-lippe.de' })).toThrow(/ORIGIN muss eine URL/);
	});

	it('has no basemap unless a style URL is configured, and admits its origins', () => {
		expect(loadConfig({}).basemap).toBeNull();
		expect(
			loadConfig({
				BASEMAP_STYLE_URL: 'https://karten.example.de/styles/grau.json',
				BASEMAP_ORIGINS: 'https://tiles.example.de, https://karten.example.de'
			}).basemap
		).toEqual({
			styleUrl: 'https://karten.example.de/styles/grau.json',
			origins: ['https://karten.example.de', 'https://tiles.example.de']
		});
		expect(() =>
			loadConfig({ BASEMAP_STYLE_URL: 'https://k.example.de/s.json', BASEMAP_ORIGINS: 'tiles' })
		).toThrow(/BASEMAP_ORIGINS erwartet/);
	});
});
