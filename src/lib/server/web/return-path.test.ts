import { describe, expect, it } from 'vitest';
import { refererPath, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
	it('keeps paths of this site with their query', () => {
		expect(safeReturnPath('/app/berlin/daten?x=1')).toBe('/app/berlin/daten?x=1');
		expect(safeReturnPath('/')).toBe('/');
	});

	it('refuses everything that could lead to another site', () => {
		for (const bad of [
			'https://evil.example/',
			'//evil.example/x',
			'/\\evil.example',
			'\\\\evil.example',
			'javascript:alert(1)',
			'app/berlin',
			'/%0d%0aSet-Cookie:x',
			'/\tevil',
			'',
			null,
			undefined,
			42
		]) {
			const result = safeReturnPath(bad, '/start');
			expect(result.startsWith('/') && !result.startsWith('//')).toBe(true);
			expect(result).not.toContain('evil.example');
		}
		expect(safeReturnPath('//evil.example/x', '/start')).toBe('/start');
	});
});

describe('refererPath', () => {
	it('takes the path of a same-site referer only', () => {
		expect(refererPath('http://localhost:3000/konto?a=1', 'http://localhost:3000')).toBe('/konto?a=1');
		expect(refererPath('https://evil.example/konto', 'http://localhost:3000')).toBeNull();
		expect(refererPath('kaputt', 'http://localhost:3000')).toBeNull();
		expect(refererPath(null, 'http://localhost:3000')).toBeNull();
	});
});
