import { defineCommand } from '../../command';
import { withServices, withTenant } from '../../database';
import { printJson, printTable, say } from '../../output';
import { actingContext } from '../../acting-user';
import { tenantOption, commonOptions, integer } from './options';

export const list = defineCommand({
	name: 'list',
	summary: 'Listet die Importe eines Mandanten mit ihrer Herkunft auf (neueste zuerst).',
	options: {
		tenant: tenantOption,
		limit: { type: 'string', value: '<anzahl>', description: 'Höchstens so viele Importe (Standard: 50)' },
		json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' }
	},
	async run({ values }) {
		const pageSize = integer('limit', values.limit, 'import list') ?? 50;
		const { listImports } = await import('../../../lib/server/services/import.service');
		const page = await withTenant(values.tenant, (tc) => listImports(tc, { pageSize }));
		if (values.json) return printJson(page.imports);
		if (page.imports.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Importe.`);
		printTable(
			['Import', 'Zeitpunkt', 'Art', 'Ebene', 'Datei', 'Zeilen', 'Von', 'Status'],
			page.imports.map((i) => [
				i.id,
				i.at.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
				i.kind === 'units' ? 'Einheiten' : 'Werte',
				i.layerCode,
				i.fileName,
				String(i.rows),
				i.actor,
				i.status === 'rolled_back' ? 'rückgängig gemacht' : 'gültig'
			])
		);
		if (page.total > page.imports.length) say(`(${page.imports.length} von ${page.total} Importen)`);
	}
});

export const rollback = defineCommand({
	name: 'rollback',
	summary: 'Macht einen Import rückgängig (Werte gelöscht, ersetzte Werte wiederhergestellt).',
	description:
		'Importierte Werte werden gelöscht und die Werte, die der Import ersetzt hatte, wiederhergestellt; ' +
		'importierte Einheiten werden gelöscht (aktualisierte wiederhergestellt), sofern keine späteren Daten an ' +
		'ihnen hängen. Der Import bleibt in der Liste, als „rückgängig gemacht“ markiert.',
	options: { tenant: tenantOption, as: commonOptions.as },
	positionals: ['import-id'],
	examples: ['querschnitt import rollback --tenant berlin 0b0f6c1e-6a0d-4a53-9a39-3f0c1d2e4b5a'],
	async run({ values, positionals }) {
		const { rollbackImport } = await import('../../../lib/server/services/import.service');
		const result = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			return rollbackImport(tc, positionals[0]!);
		});
		say(result.message);
	}
});
