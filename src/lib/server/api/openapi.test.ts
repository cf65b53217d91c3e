import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

/**
 * The document against the routes on disk (found like test/e2e/authorization.spec.ts finds them)
 * and against the structural rules of OpenAPI 3.1 that a hand-written document breaks most easily.
 */
const doc = openApiDocument();
const apiRoot = path.resolve('src/routes/api/v1');
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

function routesOnDisk(): string[] {
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			if (entry.name !== '+server.ts') continue;
			const route = path.relative(apiRoot, dir).split(path.sep).join('/');
			const openApiPath = `/${route}`.replace(/\[(\w+)\]/g, '{$1}');
			for (const m of readFileSync(full, 'utf8').matchAll(
				/export (?:const|function|async function) (GET|POST|PUT|PATCH|DELETE)\b/g
			))
				found.push(`${m[1]} ${openApiPath}`);
		}
	};
	walk(apiRoot);
	return found.sort();
}

const documented = Object.entries(doc.paths)
	.flatMap(([p, item]) => methods.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${p}`))
	.sort();

describe('the OpenAPI document', () => {
	it('is OpenAPI 3.1 with info, servers and both ways to authenticate', () => {
		expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
		expect(doc.info.title).toBeTruthy();
		expect(doc.info.version).toBeTruthy();
		expect(doc.servers[0]!.url).toBe('/api/v1');
		expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearerToken', 'sessionCookie']);
		expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
		expect(doc.components.securitySchemes.sessionCookie).toMatchObject({
			type: 'apiKey',
			in: 'cookie',
			name: 'qs_session'
		});
	});

	it('describes every endpoint under src/routes/api/v1', () => {
		const missing = routesOnDisk().filter((r) => !documented.includes(r));
		expect(missing).toEqual([]);
	});

	it('describes nothing that does not exist', () => {
		const onDisk = routesOnDisk();
		const extra = documented.filter((r) => !onDisk.includes(r));
		expect(extra).toEqual([]);
		expect(documented.length).toBeGreaterThanOrEqual(20);
	});

	it('declares every path parameter of every template, and only those', () => {
		for (const [p, item] of Object.entries(doc.paths) as [string, Record<string, unknown>][]) {
			const inTemplate = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			const shared = (item.parameters as { name: string; in: string }[] | undefined) ?? [];
			for (const m of methods) {
				const op = item[m] as { parameters?: { name: string; in: string; required?: boolean }[] } | undefined;
				if (!op) continue;
				const all = [...shared, ...(op.parameters ?? [])];
				const declared = all.filter((x) => x.in === 'path');
				expect(declared.map((x) => x.name).sort(), `${m} ${p}`).toEqual(inTemplate);
				expect(declared.every((x) => (x as { required?: boolean }).required === true)).toBe(true);
				const names = all.map((x) => `${x.in}:${x.name}`);
				expect(new Set(names).size, `duplicate parameter in ${m} ${p}`).toBe(names.length);
			}
		}
	});

	it('gives every operation responses, and error responses the error body of apiError', () => {
		for (const [p, item] of Object.entries(doc.paths) as [string, Record<string, unknown>][]) {
			for (const m of methods) {
				const op = item[m] as { responses?: Record<string, unknown>; summary?: string } | undefined;
				if (!op) continue;
				expect(op.summary, `${m} ${p}`).toBeTruthy();
				expect(Object.keys(op.responses ?? {}).length, `${m} ${p}`).toBeGreaterThan(0);
				expect(Object.keys(op.responses!).every((s) => /^[1-5]\d\d$/.test(s))).toBe(true);
			}
		}
		// The schemas are generated (schemas/components.ts), so their shape is known only at run time.
		const error = doc.components.schemas.Error as {
			required: string[];
			properties: { error: { required: string[] } };
		};
		expect(error.required).toEqual(['error']);
		expect(error.properties.error.required).toEqual(['code', 'message']);
	});

	it('resolves every $ref inside the document', () => {
		const refs: string[] = [];
		const collect = (node: unknown) => {
			if (Array.isArray(node)) node.forEach(collect);
			else if (node && typeof node === 'object')
				for (const [key, value] of Object.entries(node)) {
					if (key === '$ref' && typeof value === 'string') refs.push(value);
					else collect(value);
				}
		};
		collect(doc);
		expect(refs.length).toBeGreaterThan(30);
		for (const r of new Set(refs)) {
			expect(r.startsWith('#/')).toBe(true);
			let at: unknown = doc;
			for (const part of r.slice(2).split('/')) at = (at as Record<string, unknown> | undefined)?.[part];
			expect(at, r).toBeDefined();
		}
	});

	it('is plain JSON (survives a round trip unchanged)', () => {
		expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
	});
});
