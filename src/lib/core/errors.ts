/**
 * Stable error codes. The code is the contract (API clients, tests); the German text is the
 * default message, parameters in {braces}. HTTP statuses are mapped in server/errors.ts.
 */
export const errorMessages = {
	'auth.invalid_credentials': 'Benutzername oder Passwort ist falsch.',
	'auth.unauthenticated': 'Bitte melden Sie sich an.',
	'auth.session_expired': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
	'auth.forbidden': 'Sie haben für diese Aktion keine Berechtigung.',
	'auth.foreign_tenant': 'Sie gehören diesem Mandanten nicht an und haben daher keinen Zugriff.',
	'auth.rate_limited':
		'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie {minutes} Minuten und versuchen Sie es dann erneut.',
	'auth.account_disabled': 'Dieses Benutzerkonto ist gesperrt. Bitte wenden Sie sich an Ihre Administration.',
	'auth.weak_password': 'Das Passwort muss mindestens {min} Zeichen lang sein.',
	'csrf.invalid':
		'Das Formular ist abgelaufen oder wurde nicht von dieser Anwendung gesendet (CSRF-Schutz). Bitte laden Sie die Seite neu und senden Sie es erneut.',
	'csrf.cross_origin':
		'Das Formular wurde von einer anderen Adresse ({origin}) abgeschickt als der dieser Anwendung ({expected}) und deshalb abgelehnt (Schutz vor Cross-Site Request Forgery). Bitte öffnen Sie die Anwendung unter ihrer eigenen Adresse und senden Sie das Formular erneut. Läuft die Anwendung hinter einem Reverse Proxy, muss die Administration ORIGIN auf die öffentliche Adresse setzen.',
	'request.unsupported_media_type':
		'Formulare dieser Anwendung nehmen nur „application/x-www-form-urlencoded“ oder „multipart/form-data“ an, nicht „{type}“. Bitte senden Sie das Formular aus der Anwendung heraus.',
	'validation.invalid': 'Die Eingabe ist ungültig: {details}',
	'tenant.not_found': 'Der Mandant „{tenant}“ existiert nicht.',
	'tenant.duplicate': 'Ein Mandant mit dem Kürzel „{slug}“ existiert bereits.',
	'tenant.invalid_parent': 'Übergeordnet kann nur ein Kreis sein; „{parent}“ ist kein Kreis.',
	'department.not_found': 'Der Fachbereich existiert in diesem Mandanten nicht.',
	'department.required': 'Die Rolle „Fachplanung“ braucht einen Fachbereich.',
	'provider.required': 'Die Rolle „Träger“ braucht einen Träger, dessen Einrichtungen das Konto pflegt.',
	'provider.not_found': 'Den Träger „{provider}“ gibt es in diesem Mandanten nicht.',
	'provider.duplicate': 'Einen Träger mit dem Namen „{provider}“ gibt es in diesem Mandanten bereits.',
	'supply.band_not_found':
		'Die Altersgruppe „{band}“ ist für den Vergleich von Angebot und Bedarf nicht eingerichtet (Angebote › Versorgung › Einstellungen).',
	'facility.not_found': 'Die Einrichtung „{facility}“ gibt es in diesem Mandanten nicht.',
	'facility.duplicate': 'Eine Einrichtung mit der Kennung „{facility}“ gibt es in diesem Mandanten bereits.',
	'facility.outside_area':
		'Der Standort ({lat}, {lon}) liegt außerhalb aller Gebiete dieses Mandanten. Bitte prüfen Sie die Koordinaten (Breite und Länge vertauscht?).',
	'facility_kind.not_found': 'Die Angebotsart „{kind}“ gibt es in diesem Mandanten nicht.',
	'facility_kind.duplicate': 'Eine Angebotsart mit dem Kürzel „{kind}“ gibt es bereits.',
	'user.not_found': 'Der Benutzer „{user}“ existiert nicht.',
	'user.duplicate':
		'Ein Benutzer mit dem Namen oder der E-Mail-Adresse „{user}“ existiert in diesem Mandanten bereits.',
	'auth.ambiguous_login':
		'Unter diesem Namen gibt es mehrere Konten mit demselben Passwort. Bitte melden Sie sich mit Ihrer E-Mail-Adresse an oder lassen Sie Ihr Passwort von Ihrer Administration zurücksetzen.',
	'user.last_admin':
		'Der letzte aktive Administrator eines Mandanten kann nicht entfernt oder herabgestuft werden.',
	'api_token.not_found': 'Der API-Schlüssel existiert nicht (mehr).',
	'auth.invalid_token':
		'Der API-Schlüssel ist ungültig, abgelaufen oder widerrufen. Bitte erzeugen Sie unter „Mein Konto“ einen neuen.',
	not_found: 'Die angeforderte Seite oder Ressource wurde nicht gefunden.',
	'db.unreachable': 'Die Datenbank ist nicht erreichbar: {details}',
	'config.invalid': 'Die Konfiguration ist ungültig: {details}',
	'backup.unsupported': '{details}',
	'db.locked':
		'Die eingebettete Datenbank unter {dir} wird gerade von einem anderen Prozess (PID {pid}) benutzt, etwa einem laufenden Server. Bitte beenden Sie ihn zuerst.',
	'db.extension_missing':
		'Die Erweiterung PostGIS konnte nicht aktiviert werden: {details}. Bitte lassen Sie die Datenbankadministration in dieser Datenbank „CREATE EXTENSION postgis;“ ausführen.',
	'backup.target_not_empty':
		'Das Datenverzeichnis {dir} ist nicht leer. Mit --force wird es vorher beiseitegelegt.',
	'backup.no_database': 'Unter {dir} liegt keine eingebettete Datenbank, die gesichert werden könnte.',
	'backup.file_exists': 'Die Datei {file} existiert bereits. Mit --force wird sie überschrieben.',
	'backup.io_failed': 'Die Datei {file} kann nicht gelesen oder geschrieben werden: {details}',
	'backup.invalid_file':
		'Die Datei {file} ist keine Sicherung einer eingebetteten Querschnitt-Datenbank: {details}',
	'import.failed':
		'Der Import wurde nicht ausgeführt: {errors} Problem(e) in den Daten. Bitte beheben Sie die aufgeführten Probleme (Datei, Zeile, Spalte) und importieren Sie die Datei erneut; an den gespeicherten Daten wurde nichts geändert.',
	'import.not_found': 'Den Import „{import}“ gibt es in diesem Mandanten nicht.',
	'import.already_rolled_back': 'Der Import „{import}“ wurde bereits am {at} rückgängig gemacht.',
	'import.rollback_blocked': 'Der Import „{import}“ kann nicht rückgängig gemacht werden: {details}',
	'import.upload_not_found':
		'Die hochgeladenen Dateien gibt es nicht (mehr): Sie werden nach 24 Stunden gelöscht und sind nur für die Person sichtbar, die sie hochgeladen hat. Bitte laden Sie die Dateien erneut hoch.',
	'import.job_not_found':
		'Diesen Importvorgang gibt es nicht (mehr). Bitte sehen Sie im Importverlauf nach, ob der Import übernommen wurde.',
	'import.job_abandoned':
		'Der Server, der diesen Import ausführte, antwortet nicht mehr; der Import wurde abgebrochen. Ein Import wird ganz oder gar nicht übernommen: Bitte sehen Sie im Importverlauf nach, ob er übernommen wurde, und starten Sie ihn sonst erneut.',
	'layer.not_found': 'Die Raumebene „{layer}“ existiert in diesem Mandanten nicht.',
	'layer.duplicate': 'Eine Raumebene mit dem Kürzel „{layer}“ existiert bereits.',
	'unit.not_found': 'Die Raumeinheit „{unit}“ gibt es auf der Raumebene „{layer}“ nicht.',
	'variable.not_found': 'Die Variable „{variable}“ existiert in diesem Mandanten nicht.',
	'indicator.not_found': 'Der Indikator „{indicator}“ existiert in diesem Mandanten nicht.',
	'indicator.invalid': 'Die Definition des Indikators „{indicator}“ ist ungültig: {details}',
	'indicator.definitions_invalid':
		'Es wurde keine der {total} Definitionen gespeichert: {invalid} davon sind ungültig. Bitte beheben Sie die aufgeführten Probleme und versuchen Sie es erneut.',
	'goal.not_found': 'Das Ziel „{goal}“ gibt es in diesem Mandanten nicht.',
	'measure.not_found': 'Die Maßnahme „{measure}“ gibt es in diesem Mandanten nicht.',
	'index.not_found': 'Den Sozialindex „{index}“ gibt es in diesem Mandanten nicht.',
	'index.invalid':
		'Die Definition des Sozialindex „{index}“ ist ungültig: {details}. Bitte beheben Sie die genannten Angaben und speichern Sie erneut; an den gespeicherten Daten wurde nichts geändert.',
	'index.no_data': 'Der Sozialindex „{index}“ lässt sich für den {date} nicht berechnen: {details}',
	'disclosure.invalid': 'Die Geheimhaltungsregeln sind ungültig: {details}',
	'crosswalk.not_found': 'Die Umschlüsselung „{crosswalk}“ gibt es in diesem Mandanten nicht.',
	'crosswalk.invalid': 'Die Umschlüsselung lässt sich so nicht berechnen: {details}',
	'crosswalk.not_convertible':
		'„{code}“ lässt sich nicht umschlüsseln: {details}. Umgeschlüsselt werden nur Anzahlen und Beträge; eine Quote über ihren Zähler und Nenner (als Indikator).',
	// Topics (Handlungsfelder), issue 12
	'topic.not_found': 'Das Handlungsfeld „{topic}“ gibt es in diesem Mandanten nicht. Vorhanden: {available}.',
	'topic.duplicate': 'Ein Handlungsfeld mit dem Kürzel „{topic}“ gibt es in diesem Mandanten bereits.',
	// The steering group, issue 16
	'body.not_found': 'Das Gremium „{body}“ gibt es in diesem Mandanten nicht.',
	'body.duplicate': 'Ein Gremium mit dem Namen „{body}“ gibt es in diesem Mandanten bereits.',
	'meeting.not_found': 'Die Sitzung gibt es in diesem Mandanten nicht.',
	'meeting.wrong_status': 'Das geht in einer Sitzung mit dem Stand „{status}“ nicht: {details}',
	'agenda_item.not_found': 'Den Tagesordnungspunkt gibt es in dieser Sitzung nicht.',
	'decision.exists':
		'Über den Tagesordnungspunkt „{item}“ ist bereits entschieden ({outcome}). Ein Beschluss wird nicht geändert; eine spätere Sitzung kann neu entscheiden.',
	internal:
		'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut oder wenden Sie sich an Ihre Administration.'
} as const;

export type ErrorCode = keyof typeof errorMessages;

export type ErrorParams = Record<string, string | number>;

export function formatMessage(template: string, params: ErrorParams = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in params ? String(params[key]) : whole
	);
}

/** An expected failure with a stable code; anything else is a bug and shows as `internal`. */
export class AppError extends Error {
	readonly code: ErrorCode;
	readonly params: ErrorParams;
	/** Field-level problems of a validation error: field name → German message. */
	readonly fields: Record<string, string>;

	constructor(code: ErrorCode, params: ErrorParams = {}, fields: Record<string, string> = {}) {
		super(formatMessage(errorMessages[code], params));
		this.name = 'AppError';
		this.code = code;
		this.params = params;
		this.fields = fields;
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
