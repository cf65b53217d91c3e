import { writeFileSync } from 'node:fs';
import { CliError } from './command';

/** Plain-text output of the CLI: aligned tables for people, JSON for scripts. */

export function say(line = ''): void {
	process.stdout.write(`${line}\n`);
}

/** Notes about progress go to stderr, so stdout stays clean for tables and JSON. */
export function note(line: string): void {
	process.stderr.write(`${line}\n`);
}

export function printTable(headers: readonly string[], rows: readonly (readonly (string | null)[])[]): void {
	const cells = rows.map((row) => row.map((cell) => cell ?? '–'));
	const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => row[i]!.length)));
	const line = (row: readonly string[]) =>
		row
			.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
			.join('  ')
			.trimEnd();
	say(line(headers));
	say(line(widths.map((w) => '-'.repeat(w))));
	for (const row of cells) say(line(row));
}

export function printJson(value: unknown): void {
	say(JSON.stringify(value, null, 2));
}

export function formatBytes(bytes: number): string {
	const mb = bytes / 1_000_000;
	return `${mb.toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

/** Writes an export to the file (not over an existing one without --force) or to stdout. */
export function deliver(text: string, output: string | undefined, force: boolean): void {
	if (!output) {
		process.stdout.write(text);
		return;
	}
	try {
		writeFileSync(output, text, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new CliError(`Die Datei „${output}“ existiert bereits. Mit --force wird sie überschrieben.`);
		}
		throw new CliError(`Die Datei „${output}“ kann nicht geschrieben werden: ${(error as Error).message}`);
	}
}
