import { providerSectorLabels, providerSectors } from '../../lib/core/facility/facility';
import { defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { printJson, printTable, say } from '../output';

const sectorNames = Object.fromEntries(providerSectors.map((s) => [s, providerSectorLabels[s].de]));

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const create = defineCommand({
	name: 'create',
	summary: 'Legt einen Träger (von Kitas, Schulen, Beratungsstellen …) in einem Mandanten an.',
	description:
		'Ein Träger kann ein eigenes Benutzerkonto mit der Rolle „provider“ bekommen, das nur die ' +
		'Einrichtungen dieses Trägers pflegt: querschnitt user create … --role provider --provider <name>.',
	options: {
		tenant: tenantOption,
		name: {
			type: 'string',
			value: '<name>',
			description: 'Name, z. B. „AWO Kreisverband“',
			required: true
		},
		sector: {
			type: 'string',
			value: '<art>',
			description: 'Art des Trägers (Standard: unbekannt)',
			choices: providerSectors,
			choiceLabels: sectorNames
		}
	},
	examples: [
		'querschnitt provider create --tenant kreis-lippe --name "AWO Kreisverband Lippe" --sector frei'
	],
	async run({ values }) {
		const { createProvider } = await import('../../lib/server/services/facility-taxonomy.service');
		const provider = await withTenant(values.tenant, (tc) =>
			createProvider(tc, { name: values.name, sector: values.sector })
		);
		say(
			`Träger „${provider.name}“ (${sectorNames[provider.sector] ?? provider.sector}) im Mandanten ${values.tenant} angelegt.`
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Träger eines Mandanten auf.',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	async run({ values }) {
		const { listProviders } = await import('../../lib/server/services/facility-taxonomy.service');
		const providers = await withTenant(values.tenant, (tc) => listProviders(tc));
		if (values.json) return printJson(providers.map((p) => ({ name: p.name, sector: p.sector })));
		if (providers.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Träger.`);
		printTable(
			['Name', 'Art'],
			providers.map((p) => [p.name, sectorNames[p.sector] ?? p.sector])
		);
	}
});

export const providerGroup: CommandGroup = {
	name: 'provider',
	summary: 'Träger (von Einrichtungen) eines Mandanten anlegen und auflisten.',
	commands: [create, list]
};
