import type { Locale } from './locale';

/**
 * The accessibility statement (Erklärung zur Barrierefreiheit) required by BITV 2.0 § 7 and
 * Directive (EU) 2016/2102, as a document in both languages. The contact for feedback is set by
 * the operator of the installation (ACCESSIBILITY_CONTACT); the page fills it in.
 */
export const statementDate = '2026-11-21';

export interface AccessibilityStatement {
	intro: string[];
	statusHeading: string;
	status: string;
	gapsHeading: string;
	gaps: string[];
	preparedHeading: string;
	prepared: string;
	feedbackHeading: string;
	feedback: string;
	contactLabel: string;
	contactMissing: string;
	enforcementHeading: string;
	enforcement: string[];
	conciliationBody: string[];
	conciliationWebsite: string;
	dateLabel: string;
}

const de: AccessibilityStatement = {
	intro: [
		'Die Betreiberin oder der Betreiber dieser Installation von Querschnitt ist bemüht, die Anwendung barrierefrei zugänglich zu machen. Rechtsgrundlagen sind die Richtlinie (EU) 2016/2102, die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) des Bundes und die entsprechenden Vorschriften der Länder für ihre Kommunen.',
		'Maßgeblich ist die Norm EN 301 549, die die Web Content Accessibility Guidelines (WCAG) 2.1 in der Konformitätsstufe AA einschließt. Diese Erklärung gilt für die Anwendung Querschnitt unter dieser Adresse.'
	],
	statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
	status:
		'Diese Anwendung ist wegen der folgenden Unvereinbarkeiten und noch fehlenden Prüfungen teilweise mit den Anforderungen der BITV 2.0 vereinbar.',
	gapsHeading: 'Nicht barrierefreie Inhalte',
	gaps: [
		'Prüfung: Die Anwendung wurde bisher mit automatischen Prüfwerkzeugen und durch das Entwicklungsteam selbst geprüft. Ein vollständiger BITV-Test durch eine unabhängige Prüfstelle steht noch aus. Es kann daher Barrieren geben, die noch nicht bekannt sind.',
		'Karten: Die Bereiche Monitoring und Angebote werden aufgebaut und werden thematische Karten enthalten. Karten sind ohne Maus und ohne Sehvermögen nur eingeschränkt nutzbar. Jede Karte erhält deshalb eine gleichwertige, sortierbare Tabelle mit denselben Werten als Alternative.',
		'Diagramme und Berichte: Diagramme erhalten Textalternativen und Tabellen mit den dargestellten Werten. Als PDF erzeugte Berichte sind noch nicht auf Barrierefreiheit (PDF/UA) geprüft; jeder Bericht ist auch als Webseite verfügbar.',
		'Sprache: Informationen in Leichter Sprache und in Deutscher Gebärdensprache werden noch nicht angeboten. In der englischen Fassung erscheinen einige Fehlermeldungen nur auf Deutsch.'
	],
	preparedHeading: 'Erstellung dieser Erklärung',
	prepared:
		'Diese Erklärung beruht auf einer Selbstbewertung. Alle Seiten werden bei jeder Änderung der Software automatisch auf die Anforderungen der WCAG 2.1 in den Stufen A und AA geprüft (mit dem Werkzeug axe-core), dazu kommen Prüfungen der Bedienung allein mit der Tastatur.',
	feedbackHeading: 'Feedback und Kontakt',
	feedback:
		'Sind Ihnen Mängel beim barrierefreien Zugang zu dieser Anwendung aufgefallen? Oder benötigen Sie Inhalte in einer für Sie zugänglichen Form? Dann wenden Sie sich bitte an die zuständige Stelle:',
	contactLabel: 'E-Mail',
	contactMissing:
		'Die Betreiberin oder der Betreiber dieser Installation hat noch keine Kontaktadresse hinterlegt. Bitte wenden Sie sich an die Verwaltung, die Ihnen den Zugang zu Querschnitt gegeben hat.',
	enforcementHeading: 'Schlichtungsverfahren',
	enforcement: [
		'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie ein Schlichtungsverfahren beantragen. Bei der oder dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen ist eine Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes (BGG) eingerichtet. Sie unterstützt eine außergerichtliche Streitbeilegung bei Konflikten zur Barrierefreiheit zwischen Menschen mit Behinderungen und öffentlichen Stellen.',
		'Das Schlichtungsverfahren ist kostenlos. Sie brauchen keinen Rechtsbeistand. Für Kommunen und andere öffentliche Stellen eines Landes kann nach Landesrecht die Schlichtungs- oder Durchsetzungsstelle des Landes zuständig sein.'
	],
	conciliationBody: [
		'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz',
		'bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
		'Mauerstraße 53',
		'10117 Berlin'
	],
	conciliationWebsite: 'Internetseite der Schlichtungsstelle',
	dateLabel: 'Stand dieser Erklärung'
};

const en: AccessibilityStatement = {
	intro: [
		'The operator of this installation of Querschnitt strives to make the application accessible. The legal basis is Directive (EU) 2016/2102, the German federal Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) and the corresponding rules of the German states for their local authorities.',
		'The applicable standard is EN 301 549, which includes the Web Content Accessibility Guidelines (WCAG) 2.1 at conformance level AA. This statement applies to the Querschnitt application at this address.'
	],
	statusHeading: 'Compliance status',
	status:
		'This application is partially compliant with the requirements of BITV 2.0 because of the non-compliances and missing checks listed below.',
	gapsHeading: 'Non-accessible content',
	gaps: [
		'Testing: so far the application has been checked with automated tools and by the development team itself. A full BITV test by an independent body is still outstanding, so there may be barriers that are not yet known.',
		'Maps: the Monitoring and Services areas are being built and will contain thematic maps. Maps can be used only to a limited extent without a mouse or without sight. Every map will therefore get an equivalent, sortable table with the same values as its alternative.',
		'Charts and reports: charts will get text alternatives and tables of the values shown. Reports produced as PDF have not yet been checked for accessibility (PDF/UA); every report is also available as a web page.',
		'Language: information in Easy Language (Leichte Sprache) and in German Sign Language is not offered yet. In the English version some error messages appear in German only.'
	],
	preparedHeading: 'Preparation of this statement',
	prepared:
		'This statement is based on a self-assessment. With every change of the software all pages are checked automatically against the WCAG 2.1 level A and AA requirements (with the axe-core tool), together with checks of operation by keyboard alone.',
	feedbackHeading: 'Feedback and contact',
	feedback:
		'Have you noticed barriers in this application? Or do you need content in a form that is accessible to you? Then please contact:',
	contactLabel: 'E-mail',
	contactMissing:
		'The operator of this installation has not yet provided a contact address. Please contact the authority that gave you access to Querschnitt.',
	enforcementHeading: 'Conciliation procedure',
	enforcement: [
		'If you do not receive a satisfactory answer to your feedback, you can apply for a conciliation procedure. A conciliation body under section 16 of the German Disability Equality Act (BGG) has been set up at the office of the Federal Government Commissioner for Matters relating to Persons with Disabilities. It supports out-of-court settlement of disputes about accessibility between persons with disabilities and public bodies.',
		'The procedure is free of charge. You do not need legal counsel. For local authorities and other public bodies of a German state, the conciliation or enforcement body of that state may be responsible under state law.'
	],
	conciliationBody: [
		'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz',
		'bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen',
		'Mauerstraße 53',
		'10117 Berlin'
	],
	conciliationWebsite: 'Website of the conciliation body',
	dateLabel: 'Date of this statement'
};

export const accessibilityStatement: Record<Locale, AccessibilityStatement> = { de, en };
