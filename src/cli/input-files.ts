import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../lib/server/importers/types';
import { CliError } from './command';

/**
 * The files of an import as the import service takes them: name (kept in the provenance) and
 * bytes. A folder stands for all files in it, e.g. the .shp, .shx, .dbf and .prj of a shapefile.
 */
export function readInputFiles(paths: readonly string[]): InputFile[] {
	const files: InputFile[] = [];
	for (const given of paths) {
		const stat = statOf(given);
		const members = stat.isDirectory()
			? readdirSync(given)
					.sort()
					.map((name) => path.join(given, name))
					.filter((file) => statOf(file).isFile())
			: [given];
		if (members.length === 0) throw new CliError(`Der Ordner „${given}“ enthält keine Dateien.`);
		for (const file of members) files.push({ name: path.basename(file), bytes: readBytes(file) });
	}
	return files;
}

function statOf(file: string) {
	try {
		return statSync(file);
	} catch {
		throw new CliError(`Die Datei „${file}“ gibt es nicht (oder sie ist nicht lesbar).`);
	}
}

function readBytes(file: string): Uint8Array {
	try {
		return new Uint8Array(readFileSync(file));
	} catch (error) {
		throw new CliError(`Die Datei „${file}“ kann nicht gelesen werden: ${(error as Error).message}`);
	}
}
