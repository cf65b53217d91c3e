import { createHash } from 'node:crypto';
import type { InputFile } from '../types';

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Provenance of the files of one import: each file's name and SHA-256, and one hash for the set
 * (of the single file itself, or over the sorted file hashes when there are several, e.g. the
 * parts of a Shapefile), so that the same upload always gets the same hash.
 */
export function fileProvenance(files: readonly InputFile[]): {
	fileName: string;
	sha256: string;
	files: { name: string; sha256: string; bytes: number }[];
} {
	const each = files.map((f) => ({ name: f.name, sha256: sha256(f.bytes), bytes: f.bytes.length }));
	const combined =
		each.length === 1
			? each[0]!.sha256
			: createHash('sha256')
					.update(
						each
							.map((f) => f.sha256)
							.sort()
							.join('\n')
					)
					.digest('hex');
	return { fileName: each.map((f) => f.name).join(', '), sha256: combined, files: each };
}
