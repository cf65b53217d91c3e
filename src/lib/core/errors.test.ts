import { describe, expect, it } from 'vitest';
import { AppError, formatMessage } from './errors';

describe('AppError', () => {
	it('fills the German message with its parameters and keeps the code', () => {
		const error = new AppError('tenant.not_found', { tenant: 'muenster' });
		expect(error.code).toBe('tenant.not_found');
		expect(error.message).toBe('Der Mandant „muenster“ existiert nicht.');
	});

	it('leaves unknown placeholders visible rather than silently empty', () => {
		expect(formatMessage('Wert {a} und {b}', { a: 1 })).toBe('Wert 1 und {b}');
	});
});
