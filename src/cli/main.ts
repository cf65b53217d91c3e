import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAppError } from '../lib/core/errors';
import { projectRoot } from '../lib/server/db/project-root';
import { CliError, groupHelp, UsageError } from './command';
import { isGroup, registry } from './commands';
import { problemLines } from './problem-report';

/** Exit codes: 0 success, 1 a failure (German message and error code on stderr), 2 a wrong call. */
export async function main(argv: string[]): Promise<number> {
	try {
		loadProjectEnv();
		await dispatch(argv);
		return 0;
	} catch (error) {
		return report(error);
	}
}

/** The same .env that `npm start` reads, so the CLI works on the server's database; set variables win. */
function loadProjectEnv(): void {
	const file = path.join(projectRoot(), '.env');
	if (existsSync(file)) process.loadEnvFile(file);
}

async function dispatch(argv: string[]): Promise<void> {
	const [name, ...rest] = argv;
	if (name === undefined) throw new UsageError('Bitte einen Befehl angeben.', '');
	if (name === '--help' || name === '-h' || name === 'help') return void process.stdout.write(overview());
	if (name === '--version' || name === '-v') return void process.stdout.write(`${version()}\n`);
	const entry = registry.find((e) => e.name === name);
	if (!entry) throw new UsageError(`Unbekannter Befehl „${name}“.`, '');
	if (!isGroup(entry)) return entry.execute(entry.name, rest);
	const [sub, ...args] = rest;
	if (sub === '--help' || sub === '-h') return void process.stdout.write(groupHelp(entry));
	if (sub === undefined) throw new UsageError(`Bitte einen Befehl zu „${name}“ angeben.`, name);
	const command = entry.commands.find((c) => c.name === sub);
	if (!command) throw new UsageError(`Unbekannter Befehl „${name} ${sub}“.`, name);
	return command.execute(`${name} ${command.name}`, args);
}

function report(error: unknown): number {
	const write = (line: string) => process.stderr.write(`${line}\n`);
	if (error instanceof UsageError) {
		write(`Fehler: ${error.message}`);
		write(`Hilfe: querschnitt ${error.helpPath ? `${error.helpPath} ` : ''}--help`);
		return 2;
	}
	if (isAppError(error)) {
		write(`Fehler [${error.code}]: ${error.message}`);
		const hint = (error as { hint?: unknown }).hint;
		if (typeof hint === 'string') write(`Hinweis: ${hint}`);
		// A refused import or batch of definitions: every problem, with file, row, column and code.
		for (const line of problemLines(error)) write(line);
		return 1;
	}
	if (error instanceof CliError) {
		write(`Fehler: ${error.message}`);
		return 1;
	}
	// A bug or an unforeseen situation: the operator needs the details to report it.
	write('Fehler [internal]: Ein unerwarteter Fehler ist aufgetreten.');
	write(error instanceof Error ? (error.stack ?? error.message) : String(error));
	return 1;
}

function version(): string {
	const manifest = JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {
		version: string;
	};
	return `querschnitt ${manifest.version}`;
}

function overview(): string {
	const width = Math.max(...registry.map((e) => e.name.length)) + 2;
	return (
		[
			`${version()} – Betrieb und Verwaltung der Plattform für integrierte kommunale Planung`,
			'Aufruf: querschnitt <befehl> [optionen]',
			'Befehle:\n' + registry.map((e) => `  ${e.name.padEnd(width)}${e.summary}`).join('\n'),
			'Optionen:\n  -h, --help     Diese Hilfe anzeigen\n  -v, --version  Version anzeigen',
			'Hilfe zu einem Befehl: querschnitt <befehl> --help',
			'Die Datenbank ist dieselbe wie die des Servers: DATABASE_URL (PostgreSQL) oder sonst die eingebettete\n' +
				'Datenbank in DATA_DIR (Standard: ./data im Projektordner). Eine .env-Datei im Projektordner wird\n' +
				'gelesen. Änderungen werden im Änderungsprotokoll unter „cli“ vermerkt (Importe und Indikatoren unter\n' +
				'„cli:<Betriebssystem-Benutzer>“ oder mit --as unter einem Mitglied des Mandanten).'
		].join('\n\n') + '\n'
	);
}
