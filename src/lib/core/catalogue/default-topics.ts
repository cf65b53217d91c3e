/**
 * The Handlungsfelder every tenant starts with (DOMAIN.md §0); tenants may add their own
 * (`querschnitt topic create`). Created with the tenant, and by `ensureDefaultTopics` for
 * tenants created before that.
 */
export const defaultTopics = [
	{ code: 'demografie', name: 'Demografie' },
	{ code: 'bildung', name: 'Bildung' },
	{ code: 'jugend', name: 'Jugend' },
	{ code: 'soziales', name: 'Soziales' },
	{ code: 'arbeit', name: 'Arbeit' },
	{ code: 'gesundheit', name: 'Gesundheit' },
	{ code: 'wohnen', name: 'Wohnen' },
	{ code: 'integration', name: 'Integration' }
] as const;

/** "„bildung“ (Bildung), „jugend“ (Jugend)" — the available topics, for a message about an unknown one. */
export function topicChoices(topics: readonly { code: string; name: string }[]): string {
	if (topics.length === 0) return 'keine (legen Sie mit „querschnitt topic create“ eines an)';
	return topics.map((t) => `„${t.code}“ (${t.name})`).join(', ');
}
