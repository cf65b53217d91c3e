import { z } from 'zod';
import { componentNames } from './registry';
import './common';
import './tenant';
import './imports';
import './spatial';
import './indicators';
import './values';
import './composite-index';
import './facilities';
import './planning';
import './infrastructure';

type JsonSchema = Record<string, unknown>;
const { MAX_SAFE_INTEGER, MIN_SAFE_INTEGER } = Number;
const isEmpty = (value: unknown) =>
	typeof value === 'object' && value !== null && Object.keys(value).length === 0;

/**
 * Keeps the generated JSON Schema as plain as the hand-written one was. Objects stay open
 * (no `additionalProperties: false`): a client must tolerate a field added later, while our own
 * answers are held to the schemas by response-schemas.test.ts. A format (date, uuid) says enough
 * without zod's regular expression, and a nullable scalar is written `type: [x, 'null']`.
 */
function tidy(schema: JsonSchema) {
	nullableAsType(schema);
	if (schema.additionalProperties === false) delete schema.additionalProperties;
	if (schema.minimum === MIN_SAFE_INTEGER) delete schema.minimum;
	if (schema.maximum === MAX_SAFE_INTEGER) delete schema.maximum;
	if (schema.format && schema.pattern) delete schema.pattern;
	if (schema.type === 'object' && schema.propertyNames) delete schema.propertyNames;
	// An open object or array ({} of z.looseObject, z.unknown) is what its type says anyway.
	if (isEmpty(schema.properties) && !schema.required) delete schema.properties;
	if (isEmpty(schema.additionalProperties)) delete schema.additionalProperties;
	if (isEmpty(schema.items)) delete schema.items;
}

/** `anyOf: [{ type: x, … }, { type: 'null' }]` → `{ type: [x, 'null'], … }` (null added to an enum). */
function nullableAsType(schema: JsonSchema) {
	const options = schema.anyOf as JsonSchema[] | undefined;
	const [first, second] = options ?? [];
	if (options?.length !== 2 || second?.type !== 'null' || Object.keys(second).length !== 1) return;
	if (typeof first?.type !== 'string') return;
	delete schema.anyOf;
	Object.assign(schema, first, { type: [first.type, 'null'] });
	if (Array.isArray(first.enum)) schema.enum = [...first.enum, null];
}

/** `components.schemas` of the OpenAPI document, generated from the registered zod schemas. */
export function componentSchemas(): Record<string, JsonSchema> {
	const { schemas } = z.toJSONSchema(z.globalRegistry, {
		target: 'draft-2020-12',
		io: 'output',
		uri: (id) => `#/components/schemas/${id}`,
		override: ({ jsonSchema }) => tidy(jsonSchema as JsonSchema)
	});
	return Object.fromEntries(
		componentNames().map((id) => {
			const { $schema: _schema, $id: _id, ...rest } = schemas[id] as JsonSchema;
			return [id, rest];
		})
	);
}
