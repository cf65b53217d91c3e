import { deData } from './de-data';
import { deImport } from './de-import';
import { deMap } from './de-map';
import { deCharts } from './de-charts';
import { deMonitoring } from './de-monitoring';
import { deIndex } from './de-index';
import { deDisclosure } from './de-disclosure';
import { deFacilitiesImport } from './de-facilities-import';
import { deUnitsImport } from './de-units-import';
import { deFacilities } from './de-facilities';
import { deSupply } from './de-supply';
import { deCrosswalk } from './de-crosswalk';
import { deHome } from './de-home';
import { dePlanning } from './de-planning';
import { deGoalPage } from './de-goal-page';
import { dePlanExchange } from './de-plan-exchange';
import { dePlanAreas } from './de-plan-areas';
import { dePlanCheck } from './de-plan-check';
import { deSteering } from './de-steering';
import { deMeasureForm } from './de-measure-form';

/**
 * The German texts of the user interface: the source of all keys. Parameters in {braces}.
 * The English dictionary (en.ts) must translate every key; the compiler checks it.
 * The accessibility statement, a document of its own, lives in accessibility-statement.ts; the
 * texts of larger areas live in their own files (de-<area>.ts) and are merged here.
 */
export const de = {
	...deData,
	...deImport,
	...deMap,
	...deCharts,
	...deMonitoring,
	...deIndex,
	...deDisclosure,
	...deSupply,
	...deFacilitiesImport,
	...deUnitsImport,
	...deFacilities,
	...deCrosswalk,
	...deHome,
	...dePlanning,
	...deGoalPage,
	...dePlanExchange,
	...dePlanAreas,
	...dePlanCheck,
	...deSteering,
	...deMeasureForm,
	'app.name': 'Querschnitt',
	'app.tagline': 'Integrierte Planung für Kommunen',
	'app.skipLink': 'Zum Inhalt springen',
	'app.homeLink': 'Querschnitt – zur Startseite',

	'language.label': 'Sprache',
	'language.switch': 'English',
	'language.switchLang': 'en',
	'language.switchHint': 'Switch to English',

	'userMenu.label': 'Benutzermenü',
	'userMenu.signedInAs': 'Angemeldet als {name}',
	'userMenu.tenants': 'Mandant wechseln',
	'userMenu.account': 'Mein Konto',
	'userMenu.logout': 'Abmelden',
	'userMenu.login': 'Anmelden',

	'nav.label': 'Bereiche',
	'nav.home': 'Übersicht',
	'nav.admin': 'Verwaltung',
	'nav.benutzer': 'Benutzer',
	'nav.protokoll': 'Protokoll',

	'footer.nav': 'Rechtliches und Hilfe',
	'footer.accessibility': 'Barrierefreiheit',
	'footer.about':
		'Querschnitt – quelloffene Plattform für integrierte Sozial-, Jugendhilfe- und Bildungsplanung (EUPL 1.2)',

	'common.formErrorTitle': 'Bitte prüfen Sie Ihre Eingaben',
	'common.successTitle': 'Erledigt',
	'common.noticeTitle': 'Hinweis',
	'common.optional': 'optional',
	'common.yes': 'Ja',
	'common.no': 'Nein',
	'common.none': 'keine Angabe',
	'common.choose': 'Bitte wählen',
	'common.save': 'Speichern',
	'common.errorPrefix': 'Fehler:',

	'login.title': 'Anmelden',
	'login.intro': 'Melden Sie sich mit Ihrem Benutzernamen oder Ihrer E-Mail-Adresse und Ihrem Passwort an.',
	'login.login': 'Benutzername oder E-Mail-Adresse',
	'login.password': 'Passwort',
	'login.submit': 'Anmelden',
	'login.failedTitle': 'Anmeldung nicht möglich',
	'login.expiredTitle': 'Sitzung abgelaufen',
	'login.expired':
		'Ihre Sitzung ist abgelaufen, weil Sie längere Zeit nicht aktiv waren oder die Höchstdauer erreicht ist. Bitte melden Sie sich erneut an.',
	'login.passwordChangedTitle': 'Passwort geändert',
	'login.passwordChanged':
		'Ihr Passwort wurde geändert. Aus Sicherheitsgründen wurden alle Ihre Sitzungen beendet. Bitte melden Sie sich mit dem neuen Passwort an.',
	'login.help':
		'Passwort vergessen? Bitte wenden Sie sich an die Administration Ihrer Verwaltung. Sie kann Ihnen ein neues Passwort setzen.',

	'logout.title': 'Abmelden',
	'logout.question': 'Möchten Sie sich von Querschnitt abmelden?',

	'start.title': 'Mandant auswählen',
	'start.intro':
		'Sie arbeiten für mehrere Verwaltungen. Bitte wählen Sie, in welcher Sie jetzt arbeiten möchten.',
	'start.noneTitle': 'Kein Mandant zugeordnet',
	'start.none':
		'Ihr Benutzerkonto gehört noch keiner Verwaltung (keinem Mandanten) an. Bitte wenden Sie sich an die Administration Ihrer Verwaltung.',
	'start.role': 'Ihre Rolle: {role}',

	'tenant.kind': 'Art',
	'tenant.ags': 'Amtlicher Gemeindeschlüssel',
	'tenant.role': 'Ihre Rolle',
	'tenant.department': 'Ihr Fachbereich',
	'tenant.departments': 'Fachbereiche',
	'tenant.noDepartments': 'Es sind noch keine Fachbereiche angelegt.',
	'tenant.providerTitle': 'Ihre Aufgabe',
	'tenant.providerLead': 'Sie pflegen die Einrichtungen des Trägers {provider}.',
	'tenant.providerText':
		'Als Träger sehen Sie in Querschnitt nur die Angebote und Einrichtungen Ihres Trägers und halten Plätze, Adressen und Öffnungszeiträume aktuell. Die Daten und Auswertungen des Mandanten sind der Verwaltung vorbehalten.',
	'tenant.providerLink': 'Zu den Angeboten',

	'area.building': 'Wird aufgebaut',
	'area.buildingText':
		'Dieser Bereich wird derzeit aufgebaut. Es sind noch keine Daten oder Funktionen verfügbar; Querschnitt zeigt hier bewusst keine Beispielwerte.',
	'area.plannedTitle': 'Was dieser Bereich enthalten wird',
	'area.daten.title': 'Daten',
	'area.daten.summary': 'Die gemeinsame Datenbasis: Gebiete, Merkmale, Indikatoren und Importe.',
	'area.daten.body':
		'Hier entsteht die gemeinsame Datenbasis aller Fachbereiche: Raumebenen wie Stadtbezirk, Sozialraum, Planungsraum oder Schulbezirk mit ihren Gebieten, die Merkmale, die je Gebiet und Stichtag erhoben werden (zum Beispiel Einwohnerinnen und Einwohner nach Altersgruppen oder Empfängerinnen und Empfänger von SGB-II-Leistungen), und die daraus berechneten Indikatoren mit Formel, Quelle und Steckbrief. Daten werden aus CSV-, Excel-, GeoJSON-, TopoJSON- und Shape-Dateien eingelesen: vollständig geprüft, mit einem Fehlerbericht je Zeile und Spalte, und ganz oder gar nicht übernommen. Jede Zahl lässt sich bis zu ihrem Import zurückverfolgen.',
	'area.monitoring.title': 'Monitoring',
	'area.monitoring.summary': 'Karten, Tabellen, Diagramme und Gebietssteckbriefe; Sozialindex.',
	'area.monitoring.body':
		'Hier werden Sie Ihre Stadt oder Ihren Kreis kleinräumig betrachten: thematische Karten jedes Indikators mit einer gleichwertigen, sortierbaren Tabelle als barrierefreier Alternative, Zeitreihen, Rangfolgen und Zusammenhänge zwischen Handlungsfeldern, Steckbriefe für jeden Sozialraum und Vergleiche zwischen Gebieten. Dazu kommt ein zusammengesetzter Sozialindex aus Status und Dynamik, dessen Berechnung offengelegt ist. Kleine Fallzahlen werden nach den Regeln der statistischen Geheimhaltung geschützt, bevor etwas veröffentlicht wird.',
	'area.angebote.title': 'Angebote',
	'area.angebote.summary': 'Einrichtungen aller Fachbereiche, Versorgung und Bedarf, Präventionskette.',
	'area.angebote.body':
		'Hier entsteht ein gemeinsames Verzeichnis der Angebote und Einrichtungen aller Fachbereiche, etwa Kitas, Schulen, Jugendfreizeiteinrichtungen, Familienzentren und Beratungsstellen, mit Kapazitäten, Trägern und Lage. Darauf aufbauend zeigt Querschnitt je Gebiet die Versorgungsquote, den Platzbedarf und den Fehlbedarf, die Erreichbarkeit über Gebietsgrenzen hinweg und die Präventionskette von der Geburt bis zum Übergang in den Beruf: wo Angebote fehlen und wo mehrere Fachbereiche dasselbe anbieten.',
	'area.steuerung.title': 'Steuerung',
	'area.steuerung.summary': 'Ziele, Maßnahmen, Zielerreichung und Beschlüsse der Lenkungsgruppe.',
	'area.steuerung.body':
		'Hier wird der Steuerungskreislauf abgebildet: Leitziele und messbare Handlungsziele mit Indikator, Ausgangs- und Zielwert, Maßnahmen mit federführenden und beteiligten Fachbereichen, Trägern, Budget und Stand, die regelmäßige Prüfung der Zielerreichung mit einer Fortschreibung bis zum Zieldatum sowie die Beschlüsse der Lenkungsgruppe, die Ziele und Maßnahmen bestätigen, ablehnen oder zur Überarbeitung zurückgeben.',
	'area.beteiligung.title': 'Beteiligung',
	'area.beteiligung.summary':
		'Sozialraumkonferenzen, Befragungen, Rückmeldungen von Bürgerinnen und Bürgern.',
	'area.beteiligung.body':
		'Hier werden Bewohnerinnen und Bewohner, Träger und lokale Akteure beteiligt: Sozialraumkonferenzen, in denen die Analyse eines Gebiets bewertet und Empfehlungen abgeleitet werden, Befragungen sowie Bewertungen und Kommentare. Ziele sollen so nicht nur von der Verwaltungsspitze, sondern auch aus den Sozialräumen heraus entstehen.',
	'area.berichte.title': 'Berichte',
	'area.berichte.summary': 'Integrierte Berichte als Webseite und PDF; Veröffentlichung mit Geheimhaltung.',
	'area.berichte.body':
		'Hier entstehen integrierte Berichte, zum Beispiel Sozial- oder Bildungsberichte und Gebietsprofile, aus den Karten, Tabellen und Diagrammen der anderen Bereiche, als barrierefreie Webseite und als PDF. Was öffentlich wird, durchläuft immer die statistische Geheimhaltung; veröffentlichte Datensätze erhalten Metadaten nach DCAT-AP.de und eine offene Lizenz.',

	'role.admin.description':
		'Verwaltet die Benutzer des Mandanten, liest das Protokoll und hat alle Rechte der Planung und der Lenkungsgruppe.',
	'role.planner.description': 'Liest und bearbeitet die gemeinsamen Daten aller Fachbereiche.',
	'role.department_planner.description':
		'Liest alle Daten und bearbeitet nur die Daten des eigenen Fachbereichs.',
	'role.steering.description': 'Liest alle Daten und trifft die Entscheidungen der Lenkungsgruppe.',
	'role.viewer.description': 'Liest die Daten des Mandanten, ändert aber nichts.',
	'role.provider.description':
		'Ein Träger außerhalb der Verwaltung: pflegt nur die Einrichtungen des eigenen Trägers und sieht sonst keine Daten des Mandanten.',

	'users.title': 'Benutzer',
	'users.intro': 'Personen, die in {tenant} mit Querschnitt arbeiten, mit ihrer Rolle und ihrem Fachbereich.',
	'users.caption': 'Mitglieder von {tenant}',
	'users.col.name': 'Name',
	'users.col.username': 'Benutzername',
	'users.col.email': 'E-Mail-Adresse',
	'users.col.role': 'Rolle',
	'users.col.department': 'Fachbereich',
	'users.col.provider': 'Träger',
	'users.col.status': 'Status',
	'users.col.actions': 'Aktionen',
	'users.active': 'Aktiv',
	'users.disabled': 'Gesperrt',
	'users.edit': 'Bearbeiten',
	'users.editFor': '{name} bearbeiten',
	'users.readOnly':
		'Sie können die Mitglieder sehen, aber nicht ändern. Benutzer werden von der Administration des Mandanten verwaltet.',
	'users.rolesTitle': 'Welche Rolle darf was?',
	'users.createTitle': 'Benutzer anlegen',
	'users.createIntro':
		'Legen Sie ein Benutzerkonto an und teilen Sie der Person das Startpasswort auf einem sicheren Weg mit. Sie kann es anschließend unter „Mein Konto“ ändern.',
	'users.field.username': 'Benutzername',
	'users.field.usernameHint':
		'3 bis 64 Zeichen: Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich oder Unterstrich, zum Beispiel erika.muster.',
	'users.field.email': 'E-Mail-Adresse',
	'users.field.displayName': 'Vollständiger Name',
	'users.field.password': 'Startpasswort',
	'users.field.passwordHint': 'Mindestens {min} Zeichen.',
	'users.field.role': 'Rolle',
	'users.field.department': 'Fachbereich',
	'users.field.departmentHint':
		'Pflicht für die Rolle „Fachplanung“: Diese Rolle darf nur Daten ihres Fachbereichs bearbeiten.',
	'users.field.noDepartment': 'Kein Fachbereich',
	'users.field.provider': 'Träger',
	'users.field.providerHint':
		'Pflicht für die Rolle „Träger (eigene Einrichtungen)“: Das Konto pflegt nur die Einrichtungen dieses Trägers. Für alle anderen Rollen bleibt das Feld unbeachtet.',
	'users.field.noProvider': 'Kein Träger',
	'users.createSubmit': 'Benutzer anlegen',
	'users.created': 'Der Benutzer „{username}“ wurde angelegt.',
	'users.removed': 'Die Person wurde aus dem Mandanten entfernt.',

	'user.title': '{name} bearbeiten',
	'user.back': 'Zurück zur Benutzerliste',
	'user.roleTitle': 'Rolle und Fachbereich',
	'user.roleSubmit': 'Rolle speichern',
	'user.updated': 'Rolle und Fachbereich wurden gespeichert.',
	'user.resetTitle': 'Passwort neu setzen',
	'user.resetIntro':
		'Setzt ein neues Passwort. Alle Sitzungen der Person werden beendet; ein gesperrtes Konto wird wieder freigegeben.',
	'user.resetField': 'Neues Passwort',
	'user.resetSubmit': 'Passwort setzen',
	'user.resetDone': 'Das Passwort wurde neu gesetzt. Teilen Sie es der Person auf einem sicheren Weg mit.',
	'user.removeTitle': 'Aus dem Mandanten entfernen',
	'user.removeIntro':
		'Die Person verliert den Zugang zu {tenant}. Gehört sie keinem weiteren Mandanten an, wird ihr Konto gesperrt. Ihre Einträge im Protokoll bleiben erhalten.',
	'user.removeOpen': 'Entfernen …',
	'user.removeConfirm': 'Möchten Sie {name} wirklich aus {tenant} entfernen?',
	'user.removeSubmit': 'Ja, {name} entfernen',

	'audit.title': 'Protokoll',
	'audit.intro':
		'Jede Änderung in {tenant} mit Zeitpunkt, Person und dem Stand vorher und nachher. Das Protokoll kann nicht verändert werden.',
	'audit.filterLabel': 'Art des Objekts',
	'audit.filterAll': 'Alle',
	'audit.filterSubmit': 'Anzeigen',
	'audit.caption': 'Änderungen, neueste zuerst',
	'audit.count': '{total} {total|Eintrag|Einträge}',
	'audit.empty': 'Es gibt keine Einträge.',
	'audit.col.at': 'Zeitpunkt',
	'audit.col.actor': 'Person',
	'audit.col.entity': 'Objekt',
	'audit.col.action': 'Aktion',
	'audit.col.before': 'Vorher',
	'audit.col.after': 'Nachher',
	'audit.action.create': 'Angelegt',
	'audit.action.update': 'Geändert',
	'audit.action.delete': 'Entfernt',
	'audit.entity.tenant': 'Mandant',
	'audit.entity.department': 'Fachbereich',
	'audit.entity.user': 'Benutzer',
	'audit.entity.membership': 'Mitgliedschaft',
	'audit.entity.spatial_layer': 'Raumebene',
	'audit.entity.variable': 'Merkmal',
	'audit.entity.topic': 'Handlungsfeld',
	'audit.entity.indicator': 'Indikator',
	'audit.entity.data_import': 'Import',
	'audit.entity.composite_index': 'Sozialindex',
	'audit.entity.composite_index_run': 'Berechnung eines Sozialindex',
	'audit.entity.disclosure_setting': 'Geheimhaltungsregeln',
	'audit.entity.api_token': 'API-Schlüssel',
	'audit.entity.provider': 'Träger',
	'audit.entity.facility': 'Einrichtung',
	'audit.entity.facility_kind': 'Angebotsart',
	'audit.entity.supply_setting': 'Einstellungen Angebot und Bedarf',
	'audit.entity.goal': 'Ziel',
	'audit.field.id': 'Kennung',
	'audit.field.slug': 'Kürzel',
	'audit.field.name': 'Name',
	'audit.field.shortName': 'Kurzname',
	'audit.field.kind': 'Art',
	'audit.field.ags': 'Gemeindeschlüssel',
	'audit.field.parentId': 'Übergeordneter Mandant',
	'audit.field.tenantId': 'Mandant',
	'audit.field.createdAt': 'Angelegt am',
	'audit.field.username': 'Benutzername',
	'audit.field.email': 'E-Mail-Adresse',
	'audit.field.displayName': 'Name',
	'audit.field.role': 'Rolle',
	'audit.field.departmentId': 'Fachbereich',
	'audit.field.providerId': 'Träger',
	'audit.field.disabled': 'Gesperrt',
	'audit.field.passwordChangedAt': 'Passwort geändert am',
	'audit.field.passwordResetBy': 'Passwort neu gesetzt von',
	'audit.unknownDepartment': 'Fachbereich (nicht mehr vorhanden)',

	'pagination.label': 'Seiten',
	'pagination.previous': 'Vorherige Seite',
	'pagination.next': 'Nächste Seite',
	'pagination.status': 'Seite {page} von {pages}',

	'account.title': 'Mein Konto',
	'account.facts': 'Ihre Angaben',
	'account.name': 'Name',
	'account.username': 'Benutzername',
	'account.memberships': 'Mandanten und Rollen',
	'account.passwordTitle': 'Passwort ändern',
	'account.passwordIntro':
		'Nach der Änderung werden alle Ihre Sitzungen beendet, auch auf anderen Geräten. Sie melden sich danach mit dem neuen Passwort an.',
	'account.current': 'Aktuelles Passwort',
	'account.new': 'Neues Passwort',
	'account.newHint':
		'Mindestens {min} Zeichen. Ein langer Satz ist sicherer und leichter zu merken als ein kurzes, kompliziertes Passwort.',
	'account.repeat': 'Neues Passwort wiederholen',
	'account.mismatch': 'Die beiden neuen Passwörter stimmen nicht überein.',
	'account.wrongCurrent': 'Das aktuelle Passwort ist falsch.',
	'account.submit': 'Passwort ändern',

	'tokens.title': 'API-Schlüssel',
	'tokens.intro':
		'Mit einem API-Schlüssel greifen Skripte und andere Fachverfahren auf die Schnittstelle /api/v1 zu, mit Ihren Rechten. Senden Sie ihn im Kopf „Authorization: Bearer …“. Der Schlüssel wird nur einmal angezeigt; gespeichert wird nur sein Fingerabdruck.',
	'tokens.none': 'Sie haben noch keinen API-Schlüssel.',
	'tokens.caption': 'Ihre API-Schlüssel',
	'tokens.name': 'Bezeichnung',
	'tokens.nameHint': 'Wofür der Schlüssel ist, z. B. „Export Fachverfahren Jugendhilfe“.',
	'tokens.prefix': 'Beginnt mit',
	'tokens.created': 'Angelegt',
	'tokens.expires': 'Gültig bis',
	'tokens.never': 'unbegrenzt',
	'tokens.lastUsed': 'Zuletzt benutzt',
	'tokens.unused': 'noch nie',
	'tokens.scope': 'Umfang',
	'tokens.scopeFull': 'Ihre Rechte',
	'tokens.scopePublic': 'nur öffentliche Daten',
	'tokens.days': 'Gültigkeit in Tagen',
	'tokens.daysHint': 'Leer lassen für einen Schlüssel ohne Ablauf. Empfohlen: höchstens 365 Tage.',
	'tokens.public': 'Nur öffentliche Daten (wie ohne Anmeldung, mit Geheimhaltung)',
	'tokens.create': 'API-Schlüssel erzeugen',
	'tokens.revoke': 'Widerrufen',
	'tokens.revokeLabel': 'API-Schlüssel „{name}“ widerrufen',
	'tokens.newTitle': 'Ihr neuer API-Schlüssel',
	'tokens.newText':
		'Kopieren Sie den Schlüssel jetzt und bewahren Sie ihn sicher auf. Er wird nicht noch einmal angezeigt.',
	'tokens.revoked': 'Der API-Schlüssel wurde widerrufen.',
	'tokens.actions': 'Aktionen',

	'error.title.401': 'Anmeldung erforderlich',
	'error.title.403': 'Kein Zugriff',
	'error.title.404': 'Nicht gefunden',
	'error.title.other': 'Ein Fehler ist aufgetreten',
	'error.explanation': 'Was ist passiert?',
	'error.code': 'Fehlercode',
	'error.status': 'HTTP-Status',
	'error.home': 'Zur Startseite',
	'error.login': 'Zur Anmeldung',

	'a11y.title': 'Erklärung zur Barrierefreiheit'
} satisfies Record<string, string>;

export type MessageKey = keyof typeof de;
