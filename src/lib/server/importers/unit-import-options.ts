import { z } from 'zod';
import { codeSchema, delimiterSchema, encodingSchema, inputFileSchema } from './import-history-input';

/** A layer created with its first import. */
const newLayerSchema = z.object({
	code: codeSchema,
	name: z.string().trim().min(1).max(200),
	/** Code of the layer above (Planungsraum → Bezirksregion). */
	parentLayer: z.string().trim().min(1).optional(),
	/** EPSG code of a metric CRS for areas (ETRS89 / UTM 32N: 25832, 33N: 25833; LAEA: 3035). */
	metricSrid: z.number().int().min(1024).max(999_999).optional()
});

/** Where a unit's parent comes from. */
const parentRuleSchema = z.discriminatedUnion('from', [
	/** A column (or property) with the parent's code. */
	z.object({ from: z.literal('column'), column: z.string().trim().min(1) }),
	/** The first `length` characters of the code (Berlin LOR: 8 digits = 6-digit Bezirksregion + 2). */
	z.object({ from: z.literal('prefix'), length: z.number().int().min(1).max(63) }),
	/** The parent layer's unit that the unit overlaps most (area in the layer's metric CRS). */
	z.object({ from: z.literal('containment') }),
	/** Parents are left as they are (new units get none). */
	z.object({ from: z.literal('none') })
]);

export const unitImportSchema = z.object({
	/** Code of an existing layer, or a new layer to create with this import. */
	layer: z.union([z.string().trim().min(1, 'Bitte wählen Sie eine Ebene.'), newLayerSchema]),
	files: z.array(inputFileSchema).min(1, 'Bitte wählen Sie eine Datei aus.').max(20),
	options: z
		.object({
			encoding: encodingSchema.optional(),
			delimiter: delimiterSchema.optional(),
			sheet: z.string().trim().min(1).optional(),
			/** EPSG code of the coordinates, when the file states none (or states a wrong one). */
			crs: z.number().int().min(1024).max(999_999).optional(),
			/** TopoJSON object to read. */
			object: z.string().trim().min(1).optional(),
			/** Column or property with the code; default: recognised by name. */
			code: z.string().trim().min(1).optional(),
			/** Column or property with the name; default: recognised, else the code (or the name kept). */
			name: z.string().trim().min(1).optional(),
			parent: parentRuleSchema.optional(),
			/** For geodata without codes: each feature's code is the common prefix of the child units inside it. */
			codeFromChildren: z
				.object({ layer: z.string().trim().min(1), prefixLength: z.number().int().min(1).max(63) })
				.optional(),
			/** Records without a code are skipped with a warning instead of failing the import. */
			skipRecordsWithoutCode: z.boolean().optional(),
			/**
			 * Names from another file: only the names of units already in the layer change (no new
			 * units, no parents, no geometry); a code the layer does not have is an error.
			 */
			namesOnly: z.boolean().optional(),
			/**
			 * A column saying whether each name is certain (e.g. „sicher“: ja/nein). Uncertain rows keep
			 * the source's name (column `fragment`), marked „Name in der Quelle unvollständig“; a name
			 * given for them is shown only as a guess.
			 */
			nameCertainty: z
				.object({
					column: z.string().trim().min(1),
					certainValues: z.array(z.string().trim().min(1)).min(1).optional(),
					fragment: z.string().trim().min(1).optional()
				})
				.optional()
		})
		.default({})
});

export type UnitImportInput = z.input<typeof unitImportSchema>;
export type UnitImportValues = z.output<typeof unitImportSchema>;
export type ParentRule = z.output<typeof parentRuleSchema>;
