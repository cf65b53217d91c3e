import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'RESULTS.md');

const header = `# Benchmark-Ergebnisse

Geschrieben von \`npm run bench\` (bench/run.ts). Jeder Benchmark ersetzt nur seinen eigenen Abschnitt
zwischen den Markierungen; was sonst hier steht, bleibt erhalten.
`;

/**
 * Replaces the section \`name\` of bench/RESULTS.md (between its HTML comment markers) or appends
 * it; the rest of the file is kept as it is.
 */
export function writeSection(name: string, markdown: string, file = resultsFile): void {
	const start = `<!-- bench:${name} start -->`;
	const end = `<!-- bench:${name} end -->`;
	const block = `${start}\n${markdown.trim()}\n${end}`;
	const text = existsSync(file) ? readFileSync(file, 'utf8') : header;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	const next =
		from >= 0 && to > from
			? text.slice(0, from) + block + text.slice(to + end.length)
			: `${text.trimEnd()}\n\n${block}\n`;
	writeFileSync(file, next);
}
