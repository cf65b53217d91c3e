import type { deDisclosure } from './de-disclosure';

/** English texts of the disclosure settings. */
export const enDisclosure: Record<keyof typeof deDisclosure, string> = {
	'nav.geheimhaltung': 'Disclosure control',
	'disclosure.title': 'Disclosure control',
	'disclosure.intro':
		'These rules apply to everything that leaves the internal area: the public interface, public API tokens and exports for publication. Inside the tenant every role sees the full values.',
	'disclosure.published': 'Publish values',
	'disclosure.publishedHint':
		'Only then may the public and public API tokens read indicator values – always through these rules.',
	'disclosure.minimumCount': 'Minimum count k',
	'disclosure.minimumCountHint':
		'Counts of persons below k are not published (“.”), nor as many others as needed so that none can be recovered by subtraction. Usual: 3 or 5.',
	'disclosure.method': 'Method',
	'disclosure.method.suppress': 'Suppress: small values as “.”, with secondary suppression',
	'disclosure.method.round': 'Round: every count to a multiple of the base (for open data)',
	'disclosure.roundingBase': 'Rounding base',
	'disclosure.publishZeros': 'Publish zeros',
	'disclosure.publishZerosHint':
		'Unticked, 0 counts as a small value too: a published 0 says of everybody in the area that nobody has the trait.',
	'disclosure.submit': 'Save rules',
	'disclosure.saved': 'The disclosure rules were saved and recorded in the audit log.',
	'disclosure.personCounts':
		'Which variables count persons is set on the variable (Data › Variables); only those fall under disclosure control.'
};
