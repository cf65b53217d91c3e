import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../types';

/** Test support: the committed fixtures under test/fixtures, read as uploads. */
export const fixturesDir = fileURLToPath(new URL('../../../../../test/fixtures/', import.meta.url));

/** The real Berlin files are the demo's data (demo/berlin-lor-2006): one copy serves both. */
const berlinDir = fileURLToPath(new URL('../../../../../demo/berlin-lor-2006/', import.meta.url));

/** Where a fixture lies: `berlin/…` in the demo data, everything else under test/fixtures. */
export function fixturePath(path: string): string {
	return path.startsWith('berlin/') ? berlinDir + path.slice('berlin/'.length) : fixturesDir + path;
}

export function fixture(path: string): InputFile {
	return { name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(fixturePath(path))) };
}

export function textFile(name: string, text: string, encoding: 'utf-8' | 'latin1' = 'utf-8'): InputFile {
	const bytes =
		encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(text, 'latin1'));
	return { name, bytes };
}
