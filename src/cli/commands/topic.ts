import { defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { printJson, printTable, say } from '../output';

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Handlungsfelder eines Mandanten auf (Kürzel für --topic und „topic“ in Definitionen).',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	examples: ['querschnitt topic list --tenant berlin'],
	async run({ values }) {
		const { listTopics } = await import('../../lib/server/services/variable.service');
		const topics = await withTenant(values.tenant, (tc) => listTopics(tc));
		if (values.json) return printJson(topics.map((t) => ({ code: t.code, name: t.name })));
		if (topics.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Handlungsfelder.`);
		printTable(
			['Kürzel', 'Name'],
			topics.map((t) => [t.code, t.name])
		);
	}
});

const create = defineCommand({
	name: 'create',
	summary: 'Legt ein eigenes Handlungsfeld an (jeder Mandant beginnt mit den Standardfeldern).',
	options: {
		tenant: tenantOption,
		code: {
			type: 'string',
			value: '<kürzel>',
			description: 'Kürzel, z. B. „kultur“ (Kleinbuchstaben, Ziffern, - und _)',
			required: true
		},
		name: {
			type: 'string',
			value: '<name>',
			description: 'Name, z. B. „Kultur und Freizeit“',
			required: true
		}
	},
	examples: ['querschnitt topic create --tenant berlin --code kultur --name "Kultur und Freizeit"'],
	async run({ values }) {
		const { createTopic } = await import('../../lib/server/services/variable.service');
		const topic = await withTenant(values.tenant, (tc) =>
			createTopic(tc, { code: values.code, name: values.name })
		);
		say(`Handlungsfeld „${topic.name}“ (${topic.code}) im Mandanten ${values.tenant} angelegt.`);
	}
});

export const topicGroup: CommandGroup = {
	name: 'topic',
	summary: 'Handlungsfelder (Themen) eines Mandanten auflisten und anlegen.',
	commands: [list, create]
};
