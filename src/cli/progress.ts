import type { ImportPhase, ProgressCallback } from '../lib/core/imports/report';

const phaseLabels: Record<ImportPhase, string> = { read: 'Lesen', validate: 'Prüfen', write: 'Schreiben' };

/**
 * Progress of a long import on one line of stderr, rewritten in place – only in a terminal: in a
 * log file or a pipe the carriage returns would be noise. `done()` clears the line again.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): {
	onProgress?: ProgressCallback;
	done(): void;
} {
	if (!stream.isTTY) return { done() {} };
	let shown = '';
	let active = false;
	return {
		onProgress(phase, done, total) {
			const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
			const line = `${phaseLabels[phase]} … ${percent} %`;
			if (line === shown) return;
			shown = line;
			active = true;
			stream.write(`\r\x1b[K${line}`);
		},
		done() {
			if (active) stream.write('\r\x1b[K');
			active = false;
		}
	};
}
