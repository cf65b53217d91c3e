import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { maxLimit, pageOf, parsePaging, type Page } from './paging';

const at = (query: string) => new URL(`http://localhost/api/v1/x${query}`);

describe('parsePaging', () => {
	it('defaults to the first 100 and reads limit and offset', () => {
		expect(parsePaging(at(''))).toEqual({ limit: 100, offset: 0 });
		expect(parsePaging(at('?limit=&offset='))).toEqual({ limit: 100, offset: 0 });
		expect(parsePaging(at('?limit=7&offset=21'))).toEqual({ limit: 7, offset: 21 });
		expect(parsePaging(at(''), 1000)).toEqual({ limit: 1000, offset: 0 });
		expect(parsePaging(at(`?limit=${maxLimit}`)).limit).toBe(1000);
	});

	it('refuses what is not a whole number in range, with a German message naming the parameter', () => {
		for (const [query, field] of [
			['?limit=0', 'limit'],
			['?limit=1001', 'limit'],
			['?limit=-5', 'limit'],
			['?limit=2.5', 'limit'],
			['?limit=zehn', 'limit'],
			['?limit=1e3', 'limit'],
			['?offset=-1', 'offset'],
			['?offset=99999999999999999999', 'offset']
		] as const) {
			let caught: unknown;
			try {
				parsePaging(at(query));
			} catch (error) {
				caught = error;
			}
			expect(caught, query).toBeInstanceOf(AppError);
			const error = caught as AppError;
			expect(error.code).toBe('validation.invalid');
			expect(Object.keys(error.fields)).toEqual([field]);
			expect(error.message).toMatch(new RegExp(`${field}: „.*“ ist keine ganze Zahl`));
		}
	});
});

describe('pageOf', () => {
	const all = Array.from({ length: 25 }, (_, i) => i);

	it('walks a list page by page through the next links, and the pages together are the list', () => {
		const seen: number[] = [];
		let url: URL | null = at('?limit=10&layer=bezirk');
		let pages = 0;
		while (url) {
			const page: Page<number> = pageOf(all, parsePaging(url), url);
			expect(page.total).toBe(25);
			seen.push(...page.items);
			pages++;
			url = page.next ? new URL(page.next, 'http://localhost') : null;
			if (url) expect(url.searchParams.get('layer')).toBe('bezirk');
		}
		expect(pages).toBe(3);
		expect(seen).toEqual(all);
	});

	it('gives an empty page past the end and no next link on the last page', () => {
		expect(pageOf(all, { limit: 10, offset: 30 }, at(''))).toEqual({
			items: [],
			total: 25,
			limit: 10,
			offset: 30,
			next: null
		});
		const last = pageOf(all, { limit: 5, offset: 20 }, at('?limit=5&offset=20'));
		expect(last.items).toEqual([20, 21, 22, 23, 24]);
		expect(last.next).toBeNull();
		expect(pageOf(all, { limit: 5, offset: 15 }, at('?limit=5&offset=15')).next).toBe(
			'/api/v1/x?limit=5&offset=20'
		);
	});
});
