import { describe, expect, it } from 'vitest';
import type { IndicatorValueSet } from '../values/indicator-values';
import { noNotice } from '../../core/indicator/value-notice';
import { valuePageBody } from './value-page';

const set: IndicatorValueSet = {
	indicator: {
		code: 'q',
		name: 'Quote',
		shortName: null,
		kind: 'rate',
		unitLabel: '%',
		decimals: 1,
		polarity: 'neutral'
	},
	layer: { code: 'pr', name: 'Planungsraum' },
	notice: noNotice,
	date: '2016-12-31',
	values: ['P1', 'P2', 'P3'].map((code, i) => ({
		unitId: `id-${code}`,
		code,
		name: `Raum ${code}`,
		value: i === 2 ? null : 10 * (i + 1),
		numerator: i === 2 ? null : i + 1,
		denominator: i === 2 ? null : 10,
		covered: i === 2 ? 0 : 1,
		total: 1,
		coverage: i === 2 ? 0 : 1,
		status: i === 2 ? 'missing' : 'ok'
	}))
};
const url = (query: string) => new URL(`http://x/api/v1/tenants/t/indicators/q/values?layer=pr${query}`);
const parse = (bytes: Uint8Array) => JSON.parse(Buffer.from(bytes).toString('utf8'));

describe('valuePageBody', () => {
	it('gives the whole layer with the page frame and without internal ids', () => {
		const body = parse(valuePageBody(set, { limit: 1000, offset: 0 }, url('')));
		expect(body).toMatchObject({ date: '2016-12-31', total: 3, limit: 1000, offset: 0, next: null });
		expect(body.items.map((v: { code: string }) => v.code)).toEqual(['P1', 'P2', 'P3']);
		expect(body.items[2]).toEqual({
			code: 'P3',
			name: 'Raum P3',
			value: null,
			numerator: null,
			denominator: null,
			covered: 0,
			total: 1,
			coverage: 0,
			status: 'missing'
		});
		expect(JSON.stringify(body)).not.toContain('unitId');
	});

	it('serialises a whole layer once per set and limit, and builds partial pages each time', () => {
		const first = valuePageBody(set, { limit: 1000, offset: 0 }, url(''));
		expect(valuePageBody(set, { limit: 1000, offset: 0 }, url('&x=1'))).toBe(first);
		const other = valuePageBody(set, { limit: 3, offset: 0 }, url('&limit=3'));
		expect(other).not.toBe(first);
		expect(parse(other).limit).toBe(3);
		const page = parse(valuePageBody(set, { limit: 2, offset: 0 }, url('&limit=2')));
		expect(page.items).toHaveLength(2);
		expect(page.next).toBe('/api/v1/tenants/t/indicators/q/values?layer=pr&limit=2&offset=2');
		const last = parse(valuePageBody(set, { limit: 2, offset: 2 }, url('&limit=2&offset=2')));
		expect(last).toMatchObject({ offset: 2, next: null, items: [{ code: 'P3' }] });
		// A new set (after an import) is serialised anew.
		const changed = { ...set, date: '2017-12-31' };
		expect(parse(valuePageBody(changed, { limit: 1000, offset: 0 }, url(''))).date).toBe('2017-12-31');
	});
});
