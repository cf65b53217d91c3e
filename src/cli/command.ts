import { parseArgs } from 'node:util';
import { AppError, isAppError } from '../lib/core/errors';

/**
 * The small framework of the `querschnitt` command: a command declares its options once (with
 * German help texts); parsing, checks of required options and allowed values, and the help
 * page all come from that declaration. Later command groups (import, indicator, export …) only
 * declare commands and add their group to commands/index.ts. Commands import the server code
 * (services, database) inside `run`, so help pages and wrong calls answer without loading PGlite.
 */

export interface OptionSpec {
	type: 'string' | 'boolean';
	short?: string;
	/** Placeholder of the value in the help, e.g. `<kürzel>`. */
	value?: string;
	description: string;
	required?: boolean;
	choices?: readonly string[];
	/** German names of the choices, shown in the help. */
	choiceLabels?: Readonly<Record<string, string>>;
}

type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
	? boolean
	: | (S extends { choices: readonly (infer C extends string)[] } ? C : string)
		| (S extends { required: true } ? never : undefined);

export type Values<O extends OptionSpecs> = { [K in keyof O]: ValueOf<O[K]> };

export interface CommandSpec<O extends OptionSpecs> {
	name: string;
	summary: string;
	/** Longer explanation for the help page; paragraphs separated by blank lines. */
	description?: string;
	options: O;
	/** Names of positional arguments, all required, e.g. `['datei.tar.gz']`. */
	positionals?: readonly string[];
	/** The last positional takes one or more values (several files of one shapefile …). */
	variadic?: boolean;
	/** Options that must not be used, with the reason (e.g. a password as a plain argument). */
	refused?: Readonly<Record<string, string>>;
	examples?: readonly string[];
	/** Input fields of the service whose option has another name (displayName → name). */
	fields?: Readonly<Record<string, string>>;
	run(input: { values: Values<O>; positionals: string[] }): Promise<void>;
}

/** A command with its types erased, as the registry holds it. */
export interface Command {
	name: string;
	summary: string;
	help(path: string): string;
	execute(path: string, argv: string[]): Promise<void>;
}

export interface CommandGroup {
	name: string;
	summary: string;
	description?: string;
	commands: readonly Command[];
}

/** A wrong call (unknown option, missing value …): exit code 2 and a pointer to the help. */
export class UsageError extends Error {
	constructor(
		message: string,
		readonly helpPath?: string
	) {
		super(message);
		this.name = 'UsageError';
	}
}

/** An expected failure of the CLI itself (not of a service): exit code 1, message only. */
export class CliError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CliError';
	}
}

const helpOption: OptionSpec = { type: 'boolean', short: 'h', description: 'Diese Hilfe anzeigen' };

export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
	const options: OptionSpecs = { ...spec.options, help: helpOption };
	return {
		name: spec.name,
		summary: spec.summary,
		help: (path) => commandHelp(path, spec, options),
		async execute(path, argv) {
			if (argv.includes('--help') || argv.includes('-h')) {
				process.stdout.write(commandHelp(path, spec, options));
				return;
			}
			for (const [name, reason] of Object.entries(spec.refused ?? {})) {
				if (argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))) {
					throw new UsageError(reason, path);
				}
			}
			const parsed = parse(path, argv, options, spec.positionals ?? [], spec.variadic ?? false);
			try {
				await spec.run(parsed as { values: Values<O>; positionals: string[] });
			} catch (error) {
				throw withOptionNames(error, spec.fields ?? {});
			}
		}
	};
}

function parse(
	path: string,
	argv: string[],
	options: OptionSpecs,
	positionals: readonly string[],
	variadic: boolean
) {
	let result: ReturnType<typeof parseArgs>;
	try {
		result = parseArgs({
			args: argv,
			options: Object.fromEntries(
				Object.entries(options).map(([name, o]) => [
					name,
					o.short ? { type: o.type, short: o.short } : { type: o.type }
				])
			),
			allowPositionals: positionals.length > 0,
			strict: true
		});
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error;
		throw new UsageError(germanParseError(error as Error & { code?: string }), path);
	}
	const values: Record<string, unknown> = { ...result.values };
	for (const [name, option] of Object.entries(options)) {
		const value = values[name];
		if (option.type === 'boolean') {
			values[name] = value === true;
			continue;
		}
		if (typeof value === 'string' && value.trim() === '') {
			throw new UsageError(`Die Option --${name} braucht einen Wert.`, path);
		}
		if (value === undefined && option.required) {
			throw new UsageError(`Die Option --${name} fehlt.`, path);
		}
		if (typeof value === 'string' && option.choices && !option.choices.includes(value)) {
			throw new UsageError(
				`Unbekannter Wert „${value}“ für --${name}. Erlaubt: ${option.choices.join(', ')}.`,
				path
			);
		}
	}
	if (result.positionals.length < positionals.length) {
		throw new UsageError(`Es fehlt: ${positionals.slice(result.positionals.length).join(', ')}.`, path);
	}
	if (!variadic && result.positionals.length > positionals.length) {
		throw new UsageError(`Unerwartetes Argument „${result.positionals[positionals.length]}“.`, path);
	}
	return { values, positionals: result.positionals };
}

/** A validation error names the service's fields; the user knows the options of the command. */
function withOptionNames(error: unknown, fields: Readonly<Record<string, string>>): unknown {
	if (!isAppError(error) || error.code !== 'validation.invalid' || Object.keys(error.fields).length === 0) {
		return error;
	}
	const details = Object.entries(error.fields)
		.map(([field, message]) => (field === '_' ? message : `--${fields[field] ?? field}: ${message}`))
		.join('; ');
	return new AppError('validation.invalid', { details }, error.fields);
}

/** node:util parseArgs speaks English; its errors carry codes we translate. */
function germanParseError(error: Error & { code?: string }): string {
	const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
	const option = quoted.split(/[ ,]/).find((part) => part.startsWith('-')) ?? quoted;
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `Unbekannte Option „${option}“.`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `Unerwartetes Argument „${quoted}“.`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return /does not take an argument/.test(error.message)
				? `Die Option ${option} erwartet keinen Wert.`
				: `Die Option ${option} braucht einen Wert.`;
		default:
			return error.message;
	}
}

function optionLabel(name: string, option: OptionSpec): string {
	const short = option.short ? `-${option.short}, ` : '';
	return `${short}--${name}${option.type === 'string' ? ` ${option.value ?? '<wert>'}` : ''}`;
}

function commandHelp(path: string, spec: CommandSpec<OptionSpecs>, options: OptionSpecs): string {
	const usage = [`querschnitt ${path}`];
	for (const [name, option] of Object.entries(spec.options)) {
		const label = `--${name}${option.type === 'string' ? ` ${option.value ?? '<wert>'}` : ''}`;
		usage.push(option.required ? label : `[${label}]`);
	}
	const names = spec.positionals ?? [];
	usage.push(
		...names.map((name, i) => (spec.variadic && i === names.length - 1 ? `<${name}…>` : `<${name}>`))
	);
	const rows = Object.entries(options).map(([name, option]) => {
		const lines = [
			option.description + (option.required ? ' (erforderlich)' : '') + (option.choices ? ':' : '')
		];
		for (const choice of option.choices ?? []) {
			const label = option.choiceLabels?.[choice];
			lines.push(`  ${choice}${label ? ` – ${label}` : ''}`);
		}
		return [optionLabel(name, option), lines] as const;
	});
	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	const parts = [`Aufruf: ${usage.join(' ')}`, spec.summary];
	if (spec.description) parts.push(spec.description);
	parts.push(
		'Optionen:\n' +
			rows
				.flatMap(([label, lines]) =>
					lines.map((line, i) => `  ${(i === 0 ? label : '').padEnd(width)}${line}`)
				)
				.join('\n')
	);
	if (spec.examples?.length) parts.push('Beispiele:\n' + spec.examples.map((e) => `  ${e}`).join('\n'));
	return parts.join('\n\n') + '\n';
}

export function groupHelp(group: CommandGroup): string {
	const width = Math.max(...group.commands.map((c) => c.name.length)) + 2;
	const parts = [`Aufruf: querschnitt ${group.name} <befehl> [optionen]`, group.summary];
	if (group.description) parts.push(group.description);
	parts.push('Befehle:\n' + group.commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n'));
	parts.push(`Hilfe zu einem Befehl: querschnitt ${group.name} <befehl> --help`);
	return parts.join('\n\n') + '\n';
}
