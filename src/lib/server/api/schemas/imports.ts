import { z } from 'zod';
import { errorDetail, pageSchema } from './common';
import { component, dateTime, described, int, nullableText, nullableUuid, text, uuid } from './registry';

/**
 * Imports: their provenance, the background jobs of the import wizard, and a rollback's outcome.
 */

/** What every import keeps of its provenance: file, SHA-256, who, when, rows, layer and variables. */
const provenance = {
	tenantId: uuid,
	id: uuid,
	kind: text,
	fileName: text,
	sha256: text,
	userId: nullableUuid,
	actor: text,
	at: dateTime,
	rows: int,
	layerId: nullableUuid,
	layerCode: nullableText,
	variableCodes: z.array(text),
	status: text,
	rolledBackAt: dateTime.nullable()
};

const warningCount = described(int, 'Wie viele Warnungen der Import meldete');

export const importSummarySchema = component('ImportSummary', z.object({ ...provenance, warningCount }));

export const importJobSchema = component(
	'ImportJob',
	z.object({
		id: text,
		state: z.enum(['running', 'done', 'failed']),
		progress: z.object({ phase: text, done: int, total: int }),
		startedAt: text,
		finishedAt: nullableText,
		report: z.looseObject({}).nullable(),
		error: errorDetail.nullable()
	})
);

export const importSchema = component(
	'Import',
	z.object({
		...provenance,
		warningCount,
		details: described(z.unknown(), 'Bericht: verwendete Optionen, Zählungen und Warnungen')
	}),
	'Ein Import mit Herkunft (Datei, SHA-256, wer, wann, Zeilen) und Bericht in details'
);

export const rollbackResultSchema = component(
	'RollbackResult',
	z.object({ importId: text, kind: text, deleted: int, restored: int, message: text })
);

export const importSummaryPageSchema = pageSchema('ImportSummaryPage', importSummarySchema);
