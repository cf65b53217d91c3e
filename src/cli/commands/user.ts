import { roleLabels, roles } from '../../lib/core/auth/roles';
import { AppError } from '../../lib/core/errors';
import { defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { printJson, printTable, say } from '../output';
import { passwordAsArgument, passwordEnvVar, readPassword } from '../password';

const roleNames = Object.fromEntries(roles.map((role) => [role, roleLabels[role].de]));

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const create = defineCommand({
	name: 'create',
	summary: 'Legt ein Benutzerkonto an und macht es Mitglied eines Mandanten.',
	description:
		'Das Passwort (mindestens 12 Zeichen) wird nie als Argument übergeben. Es kommt als eine Zeile von der ' +
		`Standardeingabe (--password-stdin), aus der Umgebungsvariablen ${passwordEnvVar} oder wird im ` +
		'Terminal ohne Anzeige abgefragt.\n\nSo entsteht auch das erste Administrationskonto eines Mandanten; ' +
		'weitere Konten verwaltet die Administration danach in der Anwendung.',
	options: {
		tenant: tenantOption,
		username: {
			type: 'string',
			value: '<benutzername>',
			description: 'Anmeldename: 3–64 Zeichen, Buchstaben ohne Umlaute, Ziffern, . _ -',
			required: true
		},
		name: { type: 'string', value: '<anzeigename>', description: 'Vollständiger Name', required: true },
		role: {
			type: 'string',
			value: '<rolle>',
			description: 'Rolle',
			required: true,
			choices: roles,
			choiceLabels: roleNames
		},
		email: { type: 'string', value: '<adresse>', description: 'E-Mail-Adresse (auch zur Anmeldung nutzbar)' },
		department: {
			type: 'string',
			value: '<fachbereich>',
			description: 'Name oder Kurzname des Fachbereichs (für department_planner erforderlich)'
		},
		provider: {
			type: 'string',
			value: '<träger>',
			description: 'Name des Trägers, dessen Einrichtungen das Konto pflegt (für provider erforderlich)'
		},
		'password-stdin': {
			type: 'boolean',
			description: 'Passwort als eine Zeile von der Standardeingabe lesen'
		}
	},
	refused: { password: passwordAsArgument },
	fields: { displayName: 'name', departmentId: 'department', providerId: 'provider' },
	examples: [
		'querschnitt user create --tenant kreis-lippe --username m.muster --name "Maria Muster" --role admin',
		'printf "%s\\n" "$PASSWORT" | querschnitt user create --tenant kreis-lippe --username j.jung \\\n' +
			'      --name "Jan Jung" --role department_planner --department Jugendamt --password-stdin',
		'querschnitt user create --tenant kreis-lippe --username awo.kitas --name "AWO Kitas" \\\n' +
			'      --role provider --provider "AWO Kreisverband Lippe"'
	],
	async run({ values }) {
		// Asked first: the prompt should not wait for the database to open.
		const password = await readPassword({ fromStdin: values['password-stdin'], path: 'user create' });
		const { listDepartments } = await import('../../lib/server/services/tenant.service');
		const { createUser } = await import('../../lib/server/services/user.service');
		const { listProviders } = await import('../../lib/server/services/facility-taxonomy.service');
		const user = await withTenant(values.tenant, async (tc) => {
			let departmentId: string | null = null;
			if (values.department) {
				const wanted = values.department.trim().toLowerCase();
				const departments = await listDepartments(tc);
				const found = departments.find(
					(d) => d.name.toLowerCase() === wanted || d.shortName?.toLowerCase() === wanted
				);
				if (!found) {
					const known = departments.map((d) => d.name).join(', ') || 'keine';
					throw Object.assign(new AppError('department.not_found'), {
						hint: `Fachbereiche im Mandanten ${values.tenant}: ${known}.`
					});
				}
				departmentId = found.id;
			}
			let providerId: string | null = null;
			if (values.provider) {
				const wanted = values.provider.trim().toLowerCase();
				const providers = await listProviders(tc);
				const found = providers.find((p) => p.name.toLowerCase() === wanted);
				if (!found) {
					const known = providers.map((p) => p.name).join(', ') || 'keine';
					throw Object.assign(new AppError('provider.not_found', { provider: values.provider }), {
						hint: `Träger im Mandanten ${values.tenant}: ${known} (anlegen mit querschnitt provider create).`
					});
				}
				providerId = found.id;
			}
			return createUser(tc, {
				username: values.username,
				displayName: values.name,
				email: values.email,
				role: values.role,
				departmentId,
				providerId,
				password
			});
		});
		say(
			`Benutzer „${user.username}“ (${user.displayName}) im Mandanten ${values.tenant} angelegt, Rolle: ${roleLabels[user.role].de}.`
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Mitglieder eines Mandanten mit Rolle, Fachbereich und Träger auf.',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	async run({ values }) {
		const { listDepartments } = await import('../../lib/server/services/tenant.service');
		const { listUsers } = await import('../../lib/server/services/user.service');
		const { users, departments } = await withTenant(values.tenant, async (tc) => ({
			users: await listUsers(tc),
			departments: await listDepartments(tc)
		}));
		const departmentName = new Map(departments.map((d) => [d.id, d.name]));
		const rows = users.map((u) => ({
			username: u.username,
			name: u.displayName,
			email: u.email,
			role: u.role,
			department: u.departmentId ? (departmentName.get(u.departmentId) ?? null) : null,
			provider: u.providerName,
			disabled: u.disabled
		}));
		if (values.json) return printJson(rows);
		if (rows.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Mitglieder.`);
		printTable(
			['Benutzername', 'Name', 'E-Mail', 'Rolle', 'Fachbereich', 'Träger', 'Status'],
			rows.map((u) => [
				u.username,
				u.name,
				u.email,
				u.role,
				u.department,
				u.provider,
				u.disabled ? 'gesperrt' : 'aktiv'
			])
		);
	}
});

export const userGroup: CommandGroup = {
	name: 'user',
	summary: 'Benutzerkonten anlegen und auflisten.',
	commands: [create, list]
};
