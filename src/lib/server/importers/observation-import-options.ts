import { z } from 'zod';
import { missingReasons, parseMissingCodes } from '../../core/imports/observation-missing-codes';
import { codeSchema, delimiterSchema, encodingSchema, inputFileSchema } from './import-history-input';

/** A variable the file brings along: created with the import when it does not exist yet. */
export const variableDefinitionSchema = z.object({
	code: codeSchema,
	name: z.string().trim().min(1).max(200),
	kind: z.enum(['count', 'amount', 'rate']).default('count'),
	unitLabel: z.string().trim().min(1).max(50).optional(),
	source: z.string().trim().max(500).optional(),
	description: z.string().trim().max(2000).optional(),
	/** Counts of persons fall under disclosure control; default: true for counts. */
	personCount: z.boolean().optional()
});

const missingCode = z.object({
	code: z.string().trim().min(1).max(30),
	meaning: z.enum([...missingReasons, 'zero']).default('missing')
});

/**
 * The file's codes for missing values: a list, or the text of the CLI flag and the wizard field
 * (`-9999, -8888=geheim`). One transform, so that a bad declaration keeps its own message (a union
 * would report only that no branch matched).
 */
const missingCodesSchema = z.unknown().transform((value, issues) => {
	if (typeof value === 'string') {
		const parsed = parseMissingCodes(value);
		if ('codes' in parsed) return parsed.codes;
		issues.addIssue({ code: 'custom', message: parsed.error });
		return z.NEVER;
	}
	const list = z.array(missingCode).safeParse(value);
	if (list.success) return list.data;
	const message =
		'Bitte geben Sie die Fehlwert-Codes als Text („-9999, -8888=geheim“) oder als Liste von { code, meaning } an.';
	issues.addIssue({ code: 'custom', message });
	return z.NEVER;
});

/** Variables whose cells are yes/no words (gültig/ungültig, ja/nein, x/leer …), stored as 1/0. */
const flagsSchema = z.object({
	variables: z.array(z.string().trim().min(1)).min(1),
	yes: z.array(z.string().trim().min(1)).min(1).optional(),
	no: z.array(z.string().trim().min(1)).min(1).optional(),
	empty: z.enum(['auto', 'missing', 'no']).optional()
});

const wideTarget = z.object({
	variable: z.string().trim().min(1),
	date: z.string().trim().min(1).optional()
});

export const observationImportSchema = z.object({
	/** Code of the layer the unit codes belong to. */
	layer: z.string().trim().min(1, 'Bitte wählen Sie eine Ebene.'),
	files: z
		.array(inputFileSchema)
		.length(1, 'Bitte laden Sie genau eine Tabelle (CSV oder Excel) je Import hoch.'),
	format: z.enum(['long', 'wide']),
	options: z
		.object({
			encoding: encodingSchema.optional(),
			delimiter: delimiterSchema.optional(),
			sheet: z.string().trim().min(1).optional(),
			columns: z
				.object({
					unit: z.string().trim().min(1),
					date: z.string().trim().min(1),
					variable: z.string().trim().min(1),
					value: z.string().trim().min(1)
				})
				.partial()
				.optional(),
			date: z.string().trim().min(1).optional(),
			variable: z.string().trim().min(1).optional(),
			wideColumns: z.record(z.string(), z.union([z.string().trim().min(1), wideTarget])).optional(),
			widePatterns: z.array(wideTarget.extend({ match: z.string().min(1) })).optional(),
			numberStyle: z.enum(['auto', 'de', 'en']).optional(),
			/** Codes for missing values declared for this file; they take precedence over the defaults. */
			missingCodes: missingCodesSchema.optional(),
			/** Default true: the Destatis signs (. x ... / – and others) are recognised as well. */
			destatisCodes: z.boolean().optional(),
			flags: flagsSchema.optional(),
			variables: z.array(variableDefinitionSchema).optional()
		})
		.default({})
});

export type ObservationImportInput = z.input<typeof observationImportSchema>;
export type ObservationImportValues = z.output<typeof observationImportSchema>;
export type VariableDefinition = z.output<typeof variableDefinitionSchema>;
