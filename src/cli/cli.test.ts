import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliProcess, words } from '../../test/support/cli';

/**
 * The command on one embedded database for the whole file (its first creation takes ~10–15 s;
 * each later call opens it in ~3 s, so calls are counted carefully). The first start, the overview
 * and a wrong call run as a real process (bin/querschnitt.js, the exit code Node reports); the rest
 * call the same entry point in this process. Timeouts are generous: a busy machine doubles times.
 */
let dir: string;
let env: Record<string, string>;
const password = 'ein-langes-passwort';

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-cli-'));
	env = { DATA_DIR: path.join(dir, 'data') };
	const migrated = await runCliProcess(['migrate'], { env });
	expect(migrated.stderr).toContain('Lege die eingebettete Datenbank');
	expect(migrated.stdout).toContain(`eingebettet (PGlite) in ${env.DATA_DIR}`);
	expect(migrated.code).toBe(0);
}, 180_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('help and wrong calls (no database needed)', () => {
	it('shows the overview with every command and exits 0', async () => {
		const result = await runCliProcess(['--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Aufruf: querschnitt <befehl>');
		for (const command of ['tenant', 'department', 'user', 'provider', 'migrate', 'backup', 'restore']) {
			expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
		}
	});

	it('has a German help page on every subcommand', async () => {
		for (const args of [
			['tenant', '--help'],
			['user', 'create', '--help'],
			['restore', '--help']
		]) {
			const result = await runCli(args);
			expect(result.code, args.join(' ')).toBe(0);
			expect(result.stdout).toContain('Aufruf: querschnitt');
		}
		const userCreate = await runCli(['user', 'create', '--help']);
		expect(userCreate.stdout).toContain('--password-stdin');
		expect(userCreate.stdout).toContain('department_planner – Fachplanung');
	});

	it('answers a missing or unknown command with exit code 2 and a pointer to the help', async () => {
		const none = await runCli([]);
		expect(none.code).toBe(2);
		const unknown = await runCliProcess(['zaubern']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('Unbekannter Befehl „zaubern“');
		expect(unknown.stderr).toContain('Hilfe: querschnitt --help');
	});

	it('refuses an unknown role, an unknown option and a missing option with exit code 2', async () => {
		const base = ['user', 'create', '--tenant', 'x', '--username', 'y', '--name', 'Y Y'];
		const role = await runCli([...base, '--role', 'chef'], { env });
		expect(role.code).toBe(2);
		expect(role.stderr).toContain('Unbekannter Wert „chef“ für --role. Erlaubt: admin, planner');
		const option = await runCli([...base, '--role', 'admin', '--farbe', 'blau'], { env });
		expect(option.code).toBe(2);
		expect(option.stderr).toContain('Unbekannte Option „--farbe“');
		const missing = await runCli(['tenant', 'create', '--slug', 'a'], { env });
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Die Option --name fehlt.');
	});

	it('never takes a password as a plain argument, and asks for one when none is given', async () => {
		const base = ['user', 'create', '--tenant', 'x', '--username', 'y', '--name', 'Y Y', '--role', 'admin'];
		const plain = await runCli([...base, '--password', password], { env });
		expect(plain.code).toBe(2);
		expect(plain.stderr).toContain('nicht als Argument');
		const none = await runCli(base, { env });
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('Kein Passwort angegeben');
	});
});

describe('tenants, departments and users', () => {
	it('creates a Kreis, a Gemeinde in it, a department and a user, and lists them', async () => {
		const kreis = await runCli(
			words('tenant create --slug kreis-lippe --kind kreis --ags 05766 --name', 'Kreis Lippe'),
			{ env }
		);
		expect(kreis.stderr).toBe('');
		expect(kreis.code).toBe(0);
		const gemeinde = await runCli(
			words('tenant create --slug detmold --kind gemeinde --parent kreis-lippe --name', 'Stadt Detmold'),
			{ env }
		);
		expect(gemeinde.code).toBe(0);
		const department = await runCli(
			words('department create --tenant kreis-lippe --name Jugendamt --short Jug'),
			{ env }
		);
		expect(department.code).toBe(0);
		// Password as one line on stdin; the department by its short name.
		const planner = await runCli(
			words(
				'user create --tenant kreis-lippe --username j.jung --role department_planner --department jug',
				'--password-stdin',
				'--name',
				'Jan Jung'
			),
			{ env, input: `${password}\n` }
		);
		expect(planner.stderr).toBe('');
		expect(planner.code).toBe(0);
		expect(planner.stdout).toContain('Benutzer „j.jung“ (Jan Jung) im Mandanten kreis-lippe angelegt');

		const tenants = await runCli(words('tenant list --json'), { env });
		expect(JSON.parse(tenants.stdout)).toEqual([
			{ slug: 'kreis-lippe', name: 'Kreis Lippe', kind: 'kreis', ags: '05766', parent: null },
			{ slug: 'detmold', name: 'Stadt Detmold', kind: 'gemeinde', ags: null, parent: 'kreis-lippe' }
		]);
		// The user list also shows the department (Fachbereich), so `department list` is not called.
		const users = await runCli(words('user list --tenant kreis-lippe'), { env });
		expect(users.code).toBe(0);
		expect(users.stdout).toMatch(/^Benutzername\s+Name\s+E-Mail\s+Rolle\s+Fachbereich\s+Träger\s+Status$/m);
		expect(users.stdout).toMatch(/^j\.jung\s+Jan Jung\s+–\s+department_planner\s+Jugendamt\s+–\s+aktiv$/m);
	}, 180_000);

	it('creates a Träger and a provider account for it, found by name; an unknown Träger is refused', async () => {
		const provider = await runCli(
			words('provider create --tenant kreis-lippe --sector frei --name', 'AWO Kreisverband Lippe'),
			{ env }
		);
		expect(provider.stderr).toBe('');
		expect(provider.stdout).toContain(
			'Träger „AWO Kreisverband Lippe“ (freier Träger) im Mandanten kreis-lippe'
		);
		const unknown = await runCli(
			words(
				'user create --tenant kreis-lippe --username awo.fehl --role provider --name',
				'AWO Fehl',
				'--provider',
				'Caritas'
			),
			{ env: { ...env, QUERSCHNITT_PASSWORD: password } }
		);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain(
			'Fehler [provider.not_found]: Den Träger „Caritas“ gibt es in diesem Mandanten nicht.'
		);
		expect(unknown.stderr).toContain('Hinweis: Träger im Mandanten kreis-lippe: AWO Kreisverband Lippe');
		const account = await runCli(
			words(
				'user create --tenant kreis-lippe --username awo.kitas --role provider --name',
				'AWO Kitas',
				'--provider',
				'awo kreisverband lippe'
			),
			{ env: { ...env, QUERSCHNITT_PASSWORD: password } }
		);
		expect(account.stderr).toBe('');
		expect(account.code).toBe(0);
		const users = JSON.parse((await runCli(words('user list --json --tenant kreis-lippe'), { env })).stdout);
		expect(users.find((u: { username: string }) => u.username === 'awo.kitas')).toMatchObject({
			role: 'provider',
			provider: 'AWO Kreisverband Lippe',
			department: null
		});
		expect(users.map((u: { username: string }) => u.username)).not.toContain('awo.fehl');
	}, 180_000);

	it('refuses a duplicate user with exit code 1, the error code and a German message', async () => {
		// The password from the environment this time.
		const result = await runCli(
			words('user create --tenant kreis-lippe --username J.JUNG --role viewer --name', 'Noch einmal'),
			{ env: { ...env, QUERSCHNITT_PASSWORD: password } }
		);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(
			'Fehler [user.duplicate]: Ein Benutzer mit dem Namen oder der E-Mail-Adresse „J.JUNG“ existiert in diesem Mandanten bereits.'
		);
		expect(result.stdout).toBe('');
	}, 60_000);
});
