import { CliError, defineCommand, type CommandGroup } from '../command';
import { withServices } from '../database';
import { note, printJson, printTable, say } from '../output';

/**
 * `querschnitt token create|list|revoke` (issue 12): API tokens for scripts, made by the operator
 * of the server for a user, through the api-token service (audited like a token made in the browser).
 */

const userOption = {
	type: 'string',
	value: '<benutzername>',
	description:
		'Benutzername (oder E-Mail) des Kontos, dem der Schlüssel gehört; er handelt mit dessen Rechten',
	required: true
} as const;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const create = defineCommand({
	name: 'create',
	summary: 'Legt einen API-Schlüssel für ein Benutzerkonto an und zeigt ihn einmal.',
	description:
		'Der Schlüssel wird nur dieses eine Mal angezeigt (auf stdout, allein in einer Zeile; mit --json im Feld ' +
		'„token“) und nur als Hash gespeichert. Aufruf der Schnittstelle: Authorization: Bearer <schlüssel>. ' +
		'Mit --public sieht der Schlüssel nur, was veröffentlicht ist.',
	options: {
		user: userOption,
		name: {
			type: 'string',
			value: '<name>',
			description: 'Wofür der Schlüssel ist, z. B. „Nachtlauf Import“',
			required: true
		},
		'expires-in-days': {
			type: 'string',
			value: '<tage>',
			description: 'Gültig für so viele Tage (Standard: unbefristet)'
		},
		public: { type: 'boolean', description: 'Nur öffentliche Daten (wie ohne Anmeldung)' },
		json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' }
	},
	examples: ['querschnitt token create --user demo --name "Skript Einrichtungen" --expires-in-days 90'],
	async run({ values }) {
		const { contextOfUser, createApiToken } = await import('../../lib/server/services/api-token.service');
		const created = await withServices(async (ctx) =>
			createApiToken(await contextOfUser(ctx, values.user), {
				name: values.name,
				expiresInDays: values['expires-in-days'] ?? null,
				publicOnly: values.public === true
			})
		);
		if (values.json) return printJson({ token: created.token, ...created.info });
		say(created.token);
		note(
			`API-Schlüssel „${created.info.name}“ (${created.info.id}) für ${values.user} angelegt` +
				`${created.info.expiresAt ? `, gültig bis ${day(created.info.expiresAt)}` : ''}. ` +
				'Er wird nur jetzt angezeigt; bitte sicher aufbewahren.'
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die API-Schlüssel eines Benutzerkontos auf (ohne die Schlüssel selbst).',
	options: { user: userOption, json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	async run({ values }) {
		const { contextOfUser, listApiTokens } = await import('../../lib/server/services/api-token.service');
		const tokens = await withServices(async (ctx) => listApiTokens(await contextOfUser(ctx, values.user)));
		if (values.json) return printJson(tokens);
		if (tokens.length === 0) return say(`${values.user} hat keine API-Schlüssel.`);
		printTable(
			['Kennung', 'Name', 'Anfang', 'nur öffentlich', 'angelegt', 'gültig bis', 'zuletzt benutzt'],
			tokens.map((t) => [
				t.id,
				t.name,
				`${t.prefix}…`,
				t.publicOnly ? 'ja' : 'nein',
				day(t.createdAt),
				day(t.expiresAt),
				day(t.lastUsedAt)
			])
		);
	}
});

const revoke = defineCommand({
	name: 'revoke',
	summary: 'Widerruft einen API-Schlüssel (Kennung aus „token list“ oder Anfang des Schlüssels).',
	options: { user: userOption },
	positionals: ['kennung'],
	examples: ['querschnitt token revoke --user demo 3f0c…'],
	async run({ values, positionals }) {
		const [wanted] = positionals;
		if (!wanted || positionals.length !== 1)
			throw new CliError('Bitte nennen Sie genau einen Schlüssel (Kennung).');
		const { contextOfUser, listApiTokens, revokeApiToken } =
			await import('../../lib/server/services/api-token.service');
		const name = await withServices(async (ctx) => {
			const userCtx = await contextOfUser(ctx, values.user);
			const matches = (await listApiTokens(userCtx)).filter(
				(t) =>
					t.id === wanted ||
					(wanted.startsWith('qs_') && wanted.length >= 9 && t.prefix === wanted.slice(0, 9))
			);
			if (matches.length > 1)
				throw new CliError(
					`„${wanted}“ passt auf ${matches.length} Schlüssel; bitte nennen Sie die Kennung.`
				);
			await revokeApiToken(userCtx, matches[0]?.id ?? wanted);
			return matches[0]?.name ?? wanted;
		});
		say(`API-Schlüssel „${name}“ von ${values.user} widerrufen.`);
	}
});

export const tokenGroup: CommandGroup = {
	name: 'token',
	summary: 'API-Schlüssel für Skripte anlegen, auflisten und widerrufen.',
	commands: [create, list, revoke]
};
