import { unzipSync } from 'fflate';
import { problem } from '../../../core/imports/problems';
import type { InputFile, ReadResult } from '../types';
import { baseNameOf, defaultMaxBytes, megabytes } from './sniff';

/**
 * Entries that are not data: macOS resource forks, hidden files, Windows thumbnails, folders.
 * Zips made on a Mac carry `__MACOSX/._bezirke.shp` beside every real file.
 */
function isJunk(path: string): boolean {
	if (path.endsWith('/')) return true;
	if (path.split('/').some((segment) => segment === '__MACOSX')) return true;
	const base = baseNameOf(path);
	return base.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

/**
 * The files in a zip, named "archive.zip/path/inside" so every problem says where it came from.
 * The unpacked size counts against the limit, so a small zip cannot unpack into gigabytes.
 */
export function unzipFile(file: InputFile, maxBytes = defaultMaxBytes): ReadResult<InputFile[]> {
	let unpacked = 0;
	let over = false;
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(file.bytes, {
			filter: (entry) => {
				if (isJunk(entry.name) || over) return false;
				unpacked += entry.originalSize;
				if (unpacked > maxBytes) over = true;
				return !over;
			}
		});
	} catch {
		const message =
			'Die ZIP-Datei ist beschädigt, mit einem Kennwort geschützt oder mit einem nicht unterstützten Verfahren gepackt. Bitte packen Sie die Dateien erneut (z. B. mit „Senden an → ZIP-komprimierter Ordner“ in Windows).';
		return { ok: false, problems: [problem('import.unreadable', { file: file.name }, message)] };
	}
	if (over) {
		const message = `Der Inhalt der ZIP-Datei ist entpackt größer als ${megabytes(maxBytes)} MB, die Grenze für einen Import. Bitte teilen Sie die Daten auf mehrere Importe auf.`;
		return { ok: false, problems: [problem('import.too_large', { file: file.name }, message)] };
	}
	const files = Object.entries(entries).map(([path, bytes]) => ({ name: `${file.name}/${path}`, bytes }));
	return { ok: true, value: files, warnings: [] };
}
