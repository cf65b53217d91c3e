import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditEntityLabel, auditFields, auditObjectName, type AuditNames } from './audit';

const names: AuditNames = {
	users: new Map([['u1', 'erika.muster']]),
	departments: new Map([['d1', 'Jugendamt']]),
	tenants: new Map([['t1', 'Berlin (Beispiel)']])
};

describe('audit presentation', () => {
	it('turns a state into German labels and readable values, never raw JSON', () => {
		const fields = auditFields(
			'de',
			{
				id: 'x',
				tenantId: 't1',
				username: 'erika.muster',
				role: 'department_planner',
				departmentId: 'd1',
				disabled: false,
				passwordChangedAt: '2026-01-15T09:30:00.000Z'
			},
			names
		);
		expect(fields).toEqual([
			{ label: 'Benutzername', value: 'erika.muster' },
			{ label: 'Rolle', value: 'Fachplanung (ein Fachbereich)' },
			{ label: 'Fachbereich', value: 'Jugendamt' },
			{ label: 'Gesperrt', value: 'Nein' },
			// Berlin local time in winter: UTC + 1.
			{ label: 'Passwort geändert am', value: '15.01.2026, 10:30:00' }
		]);
	});

	it('says so where there is no department and where one no longer exists', () => {
		expect(auditFields('de', { departmentId: null }, names)).toEqual([
			{ label: 'Fachbereich', value: 'Kein Fachbereich' }
		]);
		expect(auditFields('de', { departmentId: 'weg' }, names)[0]!.value).toBe(
			'Fachbereich (nicht mehr vorhanden)'
		);
	});

	it('names the Träger of a provider account, and says so where there is none', () => {
		const withProviders = { ...names, providers: new Map([['p1', 'Kita-Träger Beispiel']]) };
		expect(auditFields('de', { role: 'provider', providerId: 'p1' }, withProviders)).toEqual([
			{ label: 'Rolle', value: 'Träger (eigene Einrichtungen)' },
			{ label: 'Träger', value: 'Kita-Träger Beispiel' }
		]);
		expect(auditFields('en', { providerId: null }, names)).toEqual([
			{ label: 'Provider', value: 'No provider' }
		]);
	});

	it('has no fields for a missing state and keeps unknown keys as they are', () => {
		expect(auditFields('de', null, names)).toEqual([]);
		expect(auditFields('en', { neu: 3 }, names)).toEqual([{ label: 'neu', value: '3' }]);
	});

	it('names entities, actions and objects in both languages', () => {
		expect(auditEntityLabel('de', 'membership')).toBe('Mitgliedschaft');
		expect(auditEntityLabel('en', 'user')).toBe('User');
		expect(auditEntityLabel('de', 'indicator')).toBe('Indikator');
		expect(auditEntityLabel('en', 'disclosure_setting')).toBe('Disclosure rules');
		// An entity without a label is shown by its name rather than hidden.
		expect(auditEntityLabel('de', 'etwas_neues')).toBe('etwas_neues');
		expect(auditActionLabel('de', 'delete')).toBe('Entfernt');
		expect(auditObjectName('membership', 'u1', names)).toBe('erika.muster');
		expect(auditObjectName('department', 'd1', names)).toBe('Jugendamt');
		expect(auditObjectName('user', 'unbekannt', names)).toBeNull();
	});
});
