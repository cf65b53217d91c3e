import { createInterface } from 'node:readline';
import { CliError, UsageError } from './command';

/**
 * A password never comes as a plain argument: it would be visible in the process list and the
 * shell history. It comes from one line on stdin (--password-stdin, for scripts), from the
 * environment (QUERSCHNITT_PASSWORD, for automation) or from a prompt without echo.
 */
export const passwordEnvVar = 'QUERSCHNITT_PASSWORD';

export const passwordAsArgument =
	'Ein Passwort wird nicht als Argument übergeben (es stünde in der Prozessliste und im Verlauf der ' +
	`Shell). Verwenden Sie --password-stdin, die Umgebungsvariable ${passwordEnvVar} oder die Abfrage im Terminal.`;

export async function readPassword(options: { fromStdin: boolean; path: string }): Promise<string> {
	if (options.fromStdin) {
		const line = await readLine();
		if (line === null || line === '') throw new CliError('Auf der Standardeingabe kam kein Passwort an.');
		return line;
	}
	const fromEnv = process.env[passwordEnvVar];
	if (fromEnv) return fromEnv;
	if (process.stdin.isTTY) {
		const first = await promptHidden('Passwort (mindestens 12 Zeichen): ');
		const second = await promptHidden('Passwort wiederholen: ');
		if (first !== second) throw new CliError('Die beiden Eingaben stimmen nicht überein.');
		return first;
	}
	throw new UsageError(
		`Kein Passwort angegeben. Geben Sie es mit --password-stdin auf der Standardeingabe, in ${passwordEnvVar} ` +
			'oder im Terminal ein.',
		options.path
	);
}

async function readLine(): Promise<string | null> {
	const lines = createInterface({ input: process.stdin, terminal: false });
	try {
		for await (const line of lines) return line.replace(/\r$/, '');
		return null;
	} finally {
		lines.close();
	}
}

/** Reads a line in raw mode, so the terminal shows nothing of what is typed. */
function promptHidden(question: string): Promise<string> {
	const stdin = process.stdin;
	process.stderr.write(question);
	return new Promise((resolve, reject) => {
		let value = '';
		const finish = (result: () => void) => {
			stdin.off('data', onData);
			stdin.setRawMode(false);
			stdin.pause();
			process.stderr.write('\n');
			result();
		};
		const onData = (chunk: Buffer) => {
			for (const char of chunk.toString('utf8')) {
				if (char === '\r' || char === '\n' || char === '\u0004') return finish(() => resolve(value));
				if (char === '\u0003') return finish(() => reject(new CliError('Abgebrochen.')));
				if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
				else value += char;
			}
		};
		stdin.setRawMode(true);
		stdin.resume();
		stdin.on('data', onData);
	});
}
