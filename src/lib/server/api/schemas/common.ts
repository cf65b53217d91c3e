import { z } from 'zod';
import { maxLimit } from '../../web/paging';
import { component, described, text } from './registry';

/** The shared frames of the API: the error body, `{ ok: true }`, the health status and a page of a list. */
export const errorDetail = z.object({
	code: described(text, 'Stabiler Fehlercode, z. B. layer.not_found'),
	message: described(text, 'Deutsche Meldung für Menschen'),
	fields: described(z.record(z.string(), text), 'Feld → Meldung (bei Eingabefehlern)').optional(),
	problems: described(
		z.array(z.looseObject({})),
		'Alle Probleme eines abgelehnten Imports (Datei, Zeile, Spalte, Code)'
	).optional()
});

export const errorSchema = component('Error', z.object({ error: errorDetail }));

export const healthSchema = component(
	'Health',
	z.object({ status: z.enum(['starting', 'ready', 'unavailable']) })
);

export const okSchema = component('Ok', z.object({ ok: z.literal(true) }));

/** A page of a list: the shared frame of every paged answer, registered as `<item>Page`. */
export function pageSchema<Item extends z.ZodType, Extra extends z.ZodRawShape = Record<never, never>>(
	id: string,
	item: Item,
	extra?: Extra
) {
	return component(
		id,
		z.object({
			...(extra as Extra),
			items: z.array(item),
			total: described(z.int().min(0), 'Länge der ganzen Liste'),
			limit: z.int().min(1).max(maxLimit),
			offset: z.int().min(0),
			next: described(z.string().nullable(), 'Pfad der nächsten Seite; null auf der letzten')
		})
	);
}

export type ApiError = z.output<typeof errorSchema>;
