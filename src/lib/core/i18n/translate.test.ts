import { describe, expect, it } from 'vitest';
import { errorMessages } from '../errors';
import { de } from './de';
import { en } from './en';
import { errorMessagesEn } from './errors-en';
import { errorText, t } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
	it('translate every German key into English with the same parameters', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		for (const key of Object.keys(de) as (keyof typeof de)[]) {
			expect(en[key].trim(), key).not.toBe('');
			expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
		}
	});

	it('translate only error codes that exist and carry no parameters', () => {
		for (const [code, text] of Object.entries(errorMessagesEn)) {
			const german = errorMessages[code as keyof typeof errorMessages];
			expect(german, code).toBeDefined();
			expect(placeholders(german), code).toEqual([]);
			expect(text).not.toMatch(/\{\w+\}/);
		}
	});
});

describe('t', () => {
	it('fills in parameters in the chosen language', () => {
		expect(t('de', 'users.created', { username: 'erika' })).toBe('Der Benutzer „erika“ wurde angelegt.');
		expect(t('en', 'users.created', { username: 'erika' })).toBe('The user “erika” has been created.');
	});
});

describe('errorText', () => {
	it('keeps the German server message in German and where no translation exists', () => {
		const weak = {
			code: 'auth.weak_password',
			message: 'Das Passwort muss mindestens 12 Zeichen lang sein.'
		};
		expect(errorText('de', weak)).toBe(weak.message);
		expect(errorText('en', weak)).toBe(weak.message);
	});

	it('translates codes without parameters', () => {
		const wrong = { code: 'auth.invalid_credentials', message: 'Benutzername oder Passwort ist falsch.' };
		expect(errorText('en', wrong)).toBe('User name or password is wrong.');
	});
});
