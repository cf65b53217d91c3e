import { defaultLimit, maxLimit } from '../web/paging';

/** Building blocks of the OpenAPI document's operations (openapi.ts and the per-area path files). */
export type Operation = Record<string, unknown>;

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonBody = (schema: unknown, description: string) => ({
	description,
	content: { 'application/json': { schema } }
});
export const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
export const pathParam = (name: string, description: string) => ({
	name,
	in: 'path',
	required: true,
	description,
	schema: { type: 'string' }
});
export const query = (
	name: string,
	description: string,
	schema: unknown = { type: 'string' },
	required = false
) => ({
	name,
	in: 'query',
	required,
	description,
	schema
});
export const tenant = pathParam('tenant', 'Kürzel des Mandanten, z. B. berlin');
export const layer = pathParam('layer', 'Kürzel der Raumebene, z. B. planungsraum');
export const paging = (fallback = defaultLimit) => [
	query('limit', `Einträge je Seite (1–${maxLimit}, Vorgabe ${fallback})`, {
		type: 'integer',
		minimum: 1,
		maximum: maxLimit,
		default: fallback
	}),
	query('offset', 'Wie viele Einträge übersprungen werden (Vorgabe 0)', {
		type: 'integer',
		minimum: 0,
		default: 0
	})
];

/** A read of the data basis: every member of the tenant may, others get 401/403. */
export function read(
	tag: string,
	summary: string,
	ok: unknown,
	parameters: unknown[],
	extra: Operation = {}
) {
	return {
		get: {
			tags: [tag],
			summary,
			parameters,
			responses: {
				200: jsonBody(ok, 'Erfolg'),
				400: errorRef('BadRequest'),
				401: errorRef('Unauthenticated'),
				403: errorRef('Forbidden'),
				404: errorRef('NotFound')
			},
			...extra
		}
	};
}

export function write(tag: string, summary: string, status: number, ok: unknown, body?: unknown) {
	return {
		tags: [tag],
		summary,
		...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
		responses: {
			[status]: jsonBody(ok, 'Erfolg'),
			400: errorRef('BadRequest'),
			401: errorRef('Unauthenticated'),
			403: errorRef('Forbidden'),
			404: errorRef('NotFound'),
			409: errorRef('Conflict')
		}
	};
}

export const t = '/tenants/{tenant}';
