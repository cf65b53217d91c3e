import { paging, pathParam, query, read, ref, t, tenant, write } from './openapi-operations';

/** The paths of a tenant's administration: the tenant, departments, members, audit and imports. */
const importId = pathParam('importId', 'Kennung (UUID) des Imports');

export const tenantPaths: Record<string, Record<string, unknown>> = {
	[t]: read('Mandant', 'Mandant mit Fachbereichen', ref('Tenant'), [tenant]),
	[`${t}/departments`]: {
		parameters: [tenant],
		...read('Mandant', 'Fachbereiche', { type: 'array', items: ref('Department') }, []),
		post: write(
			'Mandant',
			'Fachbereich anlegen (Administration)',
			201,
			ref('Department'),
			ref('NewDepartment')
		)
	},
	[`${t}/users`]: {
		parameters: [tenant],
		...read('Mandant', 'Mitglieder des Mandanten', { type: 'array', items: ref('Member') }, []),
		post: write('Mandant', 'Benutzer anlegen (Administration)', 201, { type: 'object' }, ref('NewUser'))
	},
	[`${t}/users/{userId}`]: {
		parameters: [tenant, pathParam('userId', 'Kennung (UUID) des Benutzers')],
		patch: write(
			'Mandant',
			'Rolle und Fachbereich ändern (Administration)',
			200,
			ref('Ok'),
			ref('RoleAssignment')
		),
		delete: write('Mandant', 'Mitglied aus dem Mandanten entfernen (Administration)', 200, ref('Ok'))
	},
	[`${t}/audit`]: read('Mandant', 'Protokoll der Änderungen (Administration)', ref('AuditPage'), [
		tenant,
		query('page', 'Seite ab 1', { type: 'integer', minimum: 1, default: 1 }),
		query('pageSize', 'Einträge je Seite (1–500)', {
			type: 'integer',
			minimum: 1,
			maximum: 500,
			default: 50
		}),
		query('entity', 'Nur Einträge zu dieser Art (z. B. indicator)')
	]),
	[`${t}/imports`]: read(
		'Importe',
		'Importe, neueste zuerst, mit Herkunft (Datei, SHA-256, wer, wann, Zeilen)',
		ref('ImportSummaryPage'),
		[tenant, ...paging(50)]
	),
	[`${t}/imports/jobs/{jobId}`]: read(
		'Importe',
		'Fortschritt und Ergebnis eines eigenen Hintergrund-Imports (aus dem Import-Assistenten)',
		ref('ImportJob'),
		[tenant, pathParam('jobId', 'Kennung des Import-Auftrags')]
	),
	[`${t}/imports/{importId}`]: read('Importe', 'Ein Import mit Herkunft und Bericht', ref('Import'), [
		tenant,
		importId
	]),
	[`${t}/imports/{importId}/rollback`]: {
		parameters: [tenant, importId],
		post: write('Importe', 'Import rückgängig machen (Planung, Administration)', 200, ref('RollbackResult'))
	}
};
