import { z } from 'zod';

/**
 * Input pieces shared by the import use cases, validated with zod at the service boundary.
 */
export const inputFileSchema = z.object({
	name: z.string().trim().min(1, 'Dateiname fehlt').max(500),
	// z.custom keeps the type a plain Uint8Array (Node Buffers included) rather than Uint8Array<ArrayBuffer>.
	bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'Dateiinhalt fehlt' })
});

export const encodingSchema = z.enum(['auto', 'utf-8', 'windows-1252', 'iso-8859-1']);
export const delimiterSchema = z.enum(['auto', ';', ',', '\t', '|']);

export const codeSchema = z
	.string()
	.trim()
	.regex(/^[\p{L}\p{N}_.-]{1,64}$/u, '1–64 Zeichen: Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich');
