import { tenantKindLabels, tenantKinds } from '../../lib/core/tenancy/tenant-kinds';
import { defineCommand, type CommandGroup } from '../command';
import { withServices } from '../database';
import { printJson, printTable, say } from '../output';

const kindLabels = Object.fromEntries(tenantKinds.map((kind) => [kind, tenantKindLabels[kind].de]));

const create = defineCommand({
	name: 'create',
	summary: 'Legt einen Mandanten an (Kreis, kreisfreie Stadt oder Gemeinde).',
	description:
		'Das Kürzel erscheint in den Adressen der Anwendung (z. B. /app/kreis-lippe); ein Befehl zum ' +
		'Umbenennen fehlt bisher, wählen Sie es also mit Bedacht. ' +
		'Eine Gemeinde kann mit --parent einem Kreis zugeordnet werden.',
	options: {
		slug: {
			type: 'string',
			value: '<kürzel>',
			description: 'Kürzel: Kleinbuchstaben, Ziffern, Bindestriche',
			required: true
		},
		name: { type: 'string', value: '<name>', description: 'Name, wie er angezeigt wird', required: true },
		kind: {
			type: 'string',
			value: '<art>',
			description: 'Art des Mandanten',
			required: true,
			choices: tenantKinds,
			choiceLabels: kindLabels
		},
		ags: {
			type: 'string',
			value: '<schlüssel>',
			description: 'Amtlicher Gemeinde- (8) oder Kreisschlüssel (5 Ziffern)'
		},
		parent: {
			type: 'string',
			value: '<kürzel>',
			description: 'Kürzel des Kreises, zu dem eine Gemeinde gehört'
		}
	},
	fields: { parentSlug: 'parent' },
	examples: [
		'querschnitt tenant create --slug kreis-lippe --name "Kreis Lippe" --kind kreis --ags 05766',
		'querschnitt tenant create --slug detmold --name "Stadt Detmold" --kind gemeinde --parent kreis-lippe'
	],
	async run({ values }) {
		const { createTenant } = await import('../../lib/server/services/tenant.service');
		const tenant = await withServices((ctx) =>
			createTenant(ctx, {
				slug: values.slug,
				name: values.name,
				kind: values.kind,
				ags: values.ags,
				parentSlug: values.parent
			})
		);
		say(`Mandant „${tenant.name}“ (${tenant.slug}, ${tenantKindLabels[tenant.kind].de}) angelegt.`);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet alle Mandanten der Installation auf.',
	options: { json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	async run({ values }) {
		const { listAllTenants } = await import('../../lib/server/services/tenant.service');
		const tenants = await withServices((ctx) => listAllTenants(ctx));
		const slugOf = new Map(tenants.map((t) => [t.id, t.slug]));
		if (values.json) {
			printJson(
				tenants.map((t) => ({
					slug: t.slug,
					name: t.name,
					kind: t.kind,
					ags: t.ags,
					parent: t.parentId ? (slugOf.get(t.parentId) ?? null) : null
				}))
			);
			return;
		}
		if (tenants.length === 0)
			return say('Noch keine Mandanten. Anlegen mit: querschnitt tenant create --help');
		printTable(
			['Kürzel', 'Name', 'Art', 'AGS', 'Gehört zu'],
			tenants.map((t) => [
				t.slug,
				t.name,
				tenantKindLabels[t.kind].de,
				t.ags,
				t.parentId ? (slugOf.get(t.parentId) ?? null) : null
			])
		);
	}
});

export const tenantGroup: CommandGroup = {
	name: 'tenant',
	summary: 'Mandanten (Kreise, kreisfreie Städte, Gemeinden) anlegen und auflisten.',
	commands: [create, list]
};
