import { z } from 'zod';

/**
 * The named schemas of the API: each is registered once under its component name and becomes
 * `components.schemas[name]` of the OpenAPI document (components.ts). Fields carry their German
 * description with `.meta({ description })`, which the JSON Schema takes over.
 */
const names: string[] = [];

export function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
	if (names.includes(id)) throw new Error(`API-Schema ${id} ist doppelt registriert`);
	names.push(id);
	return schema.meta(description ? { id, description } : { id });
}

/** The component names in the order of registration (the order of the document). */
export function componentNames(): readonly string[] {
	return names;
}

/** A field with a German description in the document. */
export const described = <T extends z.ZodType>(schema: T, description: string): T =>
	schema.meta({ description });

export const text = z.string();
export const nullableText = z.string().nullable();
export const nullableNumber = z.number().nullable();
export const int = z.int();
export const date = z.iso.date();
export const nullableDate = z.iso.date().nullable();
export const dateTime = z.iso.datetime();
export const uuid = z.uuid();
export const nullableUuid = z.uuid().nullable();
