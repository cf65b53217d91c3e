import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-text';
import { decodeText, detectEncoding, findMojibake, firstInvalidUtf8 } from './text-encoding';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('text encodings', () => {
	it('detects UTF-8, Windows-1252 and BOMs', () => {
		expect(detectEncoding(utf8('Stülerstraße'))).toBe('utf-8');
		expect(detectEncoding(utf8('ASCII only'))).toBe('utf-8');
		expect(detectEncoding(latin1('Stülerstraße'))).toBe('windows-1252');
		expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
	});

	it('finds the first invalid UTF-8 byte', () => {
		expect(firstInvalidUtf8(utf8('Größe'))).toBe(-1);
		expect(firstInvalidUtf8(latin1('ab\nGröße'))).toBe(5);
		expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
	});

	it('decodes by choice, failing only for invalid UTF-8 chosen explicitly', () => {
		expect(decodeText(latin1('Süd'), 'iso-8859-1')).toEqual({
			ok: true,
			text: 'Süd',
			encoding: 'iso-8859-1',
			bom: false
		});
		expect(decodeText(latin1('Süd'), 'utf-8')).toEqual({ ok: false, encoding: 'utf-8', offset: 1 });
		// Windows-1252, not Latin-1: 0x80 is the euro sign, 0x84 a low quotation mark.
		expect(decodeText(new Uint8Array([0x80, 0x84]), 'windows-1252')).toMatchObject({ text: '€„' });
	});

	it('recognises mojibake and says what was meant', () => {
		expect(findMojibake('StÃ¼lerstraÃŸe')).toEqual({ sample: 'Ã¼', meant: 'ü' });
		expect(findMojibake('GroÃŸer')).toEqual({ sample: 'ÃŸ', meant: 'ß' });
		expect(findMojibake('Ã„rzte')).toEqual({ sample: 'Ã„', meant: 'Ä' });
		expect(findMojibake('S\ufffdd')).toEqual({ sample: '\ufffd', meant: null });
		expect(findMojibake('Süd, Straße, Ärzte, São Paulo, 5 €')).toBeNull();
	});
});

describe('locateJsonError', () => {
	it('points at the first place that breaks the grammar', () => {
		expect(locateJsonError('{"a": 1 "b": 2}')).toMatchObject({ offset: 8 });
		expect(locateJsonError('[1, 2,]')).toMatchObject({ offset: 6 });
		expect(locateJsonError('{"a": [1, 2}')).toMatchObject({ offset: 11 });
		expect(locateJsonError('{"a": "x').reason).toMatch(/Anführungszeichen/);
		expect(locateJsonError('{"a": 1').reason).toMatch(/endet/);
		expect(locateJsonError('{"a": 1} x')).toMatchObject({ offset: 9 });
	});
});
