import { formatMessage, type ErrorCode, type ErrorParams } from '../errors';
import { de, type MessageKey } from './de';
import { en } from './en';
import { errorMessagesEn } from './errors-en';
import type { Locale } from './locale';
import { resolvePlurals } from './plural';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { de, en };

/** The text of a key in a language, with its {parameters} and {count|singular|plural} forms filled in. */
export function t(locale: Locale, key: MessageKey, params?: ErrorParams): string {
	return formatMessage(resolvePlurals(dictionaries[locale][key], params), params);
}

export type Translate = (key: MessageKey, params?: ErrorParams) => string;

/** `t` bound to one language, for templates: `tr('login.title')`. */
export function translator(locale: Locale): Translate {
	return (key, params) => t(locale, key, params);
}

/**
 * The message of an error shown to the user. The server words its errors in German; in English
 * the codes without parameters have a translation, the others keep the server's German text.
 */
export function errorText(locale: Locale, error: { code?: string; message: string }): string {
	if (locale === 'de' || !error.code) return error.message;
	return errorMessagesEn[error.code as ErrorCode] ?? error.message;
}
