import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../lib/core/errors';
import { defineCommand, groupHelp, UsageError } from './command';

/** The command framework in-process: parsing, checks, help and error names, without a database. */
const calls: unknown[] = [];
const example = defineCommand({
	name: 'create',
	summary: 'Legt etwas an.',
	options: {
		name: { type: 'string', value: '<name>', description: 'Name', required: true },
		kind: {
			type: 'string',
			value: '<art>',
			description: 'Art',
			choices: ['a', 'b'],
			choiceLabels: { a: 'Erste' }
		},
		json: { type: 'boolean', description: 'JSON' }
	},
	refused: { password: 'Kein Passwort als Argument.' },
	fields: { displayName: 'name' },
	async run(input) {
		calls.push(input);
		if (input.values.name === 'kaputt') {
			throw new AppError(
				'validation.invalid',
				{ details: 'displayName: zu kurz' },
				{ displayName: 'zu kurz' }
			);
		}
	}
});

afterEach(() => {
	calls.length = 0;
	vi.restoreAllMocks();
});

describe('command framework', () => {
	it('parses options, fills booleans and passes typed values to run', async () => {
		await example.execute('thing create', ['--name', 'Erika', '--kind', 'b']);
		expect(calls).toEqual([
			{ values: { name: 'Erika', kind: 'b', json: false, help: false }, positionals: [] }
		]);
	});

	it.each([
		[['--kind', 'a'], 'Die Option --name fehlt.'],
		[['--name', 'x', '--kind', 'c'], 'Unbekannter Wert „c“ für --kind. Erlaubt: a, b.'],
		[['--name', 'x', '--farbe', 'rot'], 'Unbekannte Option „--farbe“.'],
		[['--name'], 'Die Option --name braucht einen Wert.'],
		[['--name', ' '], 'Die Option --name braucht einen Wert.'],
		[['--name', 'x', 'übrig'], 'Unerwartetes Argument „übrig“.'],
		[['--password=geheim'], 'Kein Passwort als Argument.']
	])('refuses %j as a usage error in German', async (argv, message) => {
		const error = await example.execute('thing create', argv).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UsageError);
		expect((error as UsageError).message).toBe(message);
		expect((error as UsageError).helpPath).toBe('thing create');
		expect(calls).toEqual([]);
	});

	it('names the options, not the service fields, in validation errors', async () => {
		const error = await example.execute('thing create', ['--name', 'kaputt']).catch((e: unknown) => e);
		expect(error).toMatchObject({
			code: 'validation.invalid',
			message: 'Die Eingabe ist ungültig: --name: zu kurz'
		});
	});

	it('prints a help page from the declaration instead of running', async () => {
		const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
		await example.execute('thing create', ['--help']);
		const help = String(write.mock.calls[0]?.[0]);
		expect(help).toContain('Aufruf: querschnitt thing create --name <name> [--kind <art>] [--json]');
		expect(help).toMatch(/--name <name>\s+Name \(erforderlich\)/);
		expect(help).toMatch(/a – Erste/);
		expect(calls).toEqual([]);
		expect(groupHelp({ name: 'thing', summary: 'Dinge.', commands: [example] })).toContain(
			'  create  Legt etwas an.'
		);
	});
});
