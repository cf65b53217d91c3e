import type { MissingCount } from './observation-missing-codes';
import type { ImportProblem } from './problems';

/** The phases of an import, for a progress bar: reading the files, checking them, writing. */
export type ImportPhase = 'read' | 'validate' | 'write';

/** Called now and then during an import; `done` of `total` units of work in the phase. */
export type ProgressCallback = (phase: ImportPhase, done: number, total: number) => void;

/** What a successful import did. Problems of a failed import come with `ImportFailed` instead. */
export interface ImportReport {
	importId: string;
	kind: 'units' | 'observations';
	/** Data rows (records, features) read from the files, without header rows. */
	rows: number;
	/** Units or observations stored that did not exist before. */
	created: number;
	/** Units that existed and were updated (name, parent, geometry). */
	updated: number;
	/** Observations that existed for the same variable, unit and date and were replaced. */
	replaced: number;
	/** Cells without a value (empty, NA, ., -): not stored, and never stored as zero. */
	missingValues: number;
	/**
	 * Observation imports: per code met in the file (".", "x", "-9999", "–" as zero, "(12)" …) how
	 * many cells, with its meaning; the missing ones with a reason are kept as missing.
	 */
	missingCodes?: MissingCount[];
	/** Records without a code, skipped on request (`skipRecordsWithoutCode`). */
	skipped: number;
	/** Codes of the layer's units that were not in the file; they are kept unchanged. */
	notInFile: string[];
	/** Variables defined in the import options and created with it. */
	variablesCreated: string[];
	warnings: ImportProblem[];
}

/** Reports progress at most every `step` units of work, and always at the end of a phase. */
export function progressReporter(
	onProgress: ProgressCallback | undefined,
	phase: ImportPhase,
	total: number,
	step = Math.max(1, Math.floor(total / 100))
): (done: number) => void {
	if (!onProgress) return () => {};
	let last = -1;
	return (done) => {
		if (done === total || done - last >= step) {
			last = done;
			onProgress(phase, done, total);
		}
	};
}
