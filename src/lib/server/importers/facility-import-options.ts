import { z } from 'zod';
import { delimiterSchema, encodingSchema, inputFileSchema } from './import-history-input';

const column = z.string().trim().min(1).max(200).optional();

/** What a facility import is given: one file (CSV, XLSX or GeoJSON) and the column mapping. */
export const facilityImportSchema = z.object({
	file: inputFileSchema,
	options: z
		.object({
			encoding: encodingSchema.optional(),
			delimiter: delimiterSchema.optional(),
			sheet: z.string().trim().min(1).optional(),
			numberStyle: z.enum(['de', 'en']).optional(),
			code: column,
			name: column,
			kind: column,
			fixedKind: z.string().trim().min(1).max(64).optional(),
			lat: column,
			lon: column,
			x: column,
			y: column,
			crs: z.coerce.number().int().min(1000).max(999999).optional(),
			capacities: z.record(z.string(), z.string().trim().min(1)).optional(),
			provider: column,
			providerSector: column,
			department: column,
			street: column,
			houseNumber: column,
			houseNumberSuffix: column,
			postcode: column,
			place: column,
			ageFrom: column,
			ageTo: column,
			validFrom: column,
			validTo: column,
			/** Where the file comes from (publisher, date, licence), kept with the import and shown with the facilities. */
			source: z.string().trim().min(1).max(300).optional(),
			kindMap: z.record(z.string().trim().min(1), z.string().trim().min(1).max(64)).optional(),
			capacityCodeMap: z
				.record(
					z.string().trim().min(1).max(32),
					z
						.string()
						.trim()
						.regex(/^[a-z][a-z0-9_]{0,31}$/)
				)
				.optional()
		})
		.default({})
});

export type FacilityImportInput = z.input<typeof facilityImportSchema>;
export type FacilityImportValues = z.output<typeof facilityImportSchema>;
