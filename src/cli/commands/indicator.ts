import { CliError, defineCommand, type CommandGroup } from '../command';
import { withServices } from '../database';
import { printJson, printTable, say } from '../output';
import { readSettingsFile } from '../settings-file';
import { actingContext } from '../acting-user';

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const kindLabels: Record<string, string> = { rate: 'Quote', change: 'Veränderung', direct: 'direkter Wert' };

/** One definition, a list of them, or `indicators:` with a list – each passed on as written. */
function definitionsIn(file: string, content: unknown): unknown[] {
	const list = Array.isArray(content)
		? content
		: content &&
			  typeof content === 'object' &&
			  Array.isArray((content as { indicators?: unknown }).indicators)
			? (content as { indicators: unknown[] }).indicators
			: content && typeof content === 'object'
				? [content]
				: null;
	if (!list || list.length === 0) {
		throw new CliError(
			`Die Datei „${file}“ enthält keine Indikatordefinition (erwartet: eine Definition, eine Liste oder „indicators:“ mit einer Liste).`
		);
	}
	return list;
}

const define = defineCommand({
	name: 'define',
	summary: 'Definiert Indikatoren aus einer YAML- oder JSON-Datei (alle oder keinen).',
	description:
		'Die Datei enthält eine Definition, eine Liste von Definitionen oder „indicators:“ mit einer Liste – mit den ' +
		'Feldern der Indikatordefinition in der Anwendung: code, name, kind (rate, change, direct), numerator und ' +
		'denominator (Quote), factor, base, changeYears, changeMode (Veränderung), value und weight (direkter ' +
		'Wert), polarity, unitLabel, decimals, topic, department und metadata (Steckbrief). Ein Indikator mit ' +
		'vorhandenem Code wird ersetzt (mit altem und neuem Stand im Änderungsprotokoll). Definitionen dürfen sich ' +
		'auf frühere in derselben Datei beziehen (base).\n\n' +
		'Alle oder keine: Alle Definitionen werden in einer Transaktion geprüft und gespeichert. Ist eine ungültig, ' +
		'werden alle Probleme aller Definitionen aufgeführt, keine wird gespeichert, und der Exit-Code ist 1.',
	options: {
		tenant: tenantOption,
		as: {
			type: 'string',
			value: '<benutzername>',
			description:
				'Im Namen dieses Mitglieds des Mandanten (Protokoll nennt es, seine Rolle gilt); ' +
				'ohne: „cli:<Betriebssystem-Benutzer>“'
		}
	},
	positionals: ['datei'],
	examples: ['querschnitt indicator define --tenant berlin indikatoren.yaml'],
	async run({ values, positionals }) {
		const file = positionals[0]!;
		const definitions = definitionsIn(file, readSettingsFile(file));
		const { defineIndicators } = await import('../../lib/server/services/indicator-definitions.service');
		const defined = await withServices(async (system) => {
			const ctx = await actingContext(system, values.tenant, values.as);
			return defineIndicators(ctx, values.tenant, definitions);
		});
		say(`${defined.length} Indikator(en) im Mandanten ${values.tenant} definiert:`);
		printTable(
			['Code', 'Name', 'Art', 'Einheit'],
			defined.map((i) => [i.code, i.name, kindLabels[i.kind] ?? i.kind, i.unitLabel])
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Indikatoren eines Mandanten auf.',
	options: {
		tenant: tenantOption,
		json: { type: 'boolean', description: 'Definitionen als JSON (lassen sich mit „define“ wieder einlesen)' }
	},
	async run({ values }) {
		const { listIndicators, definitionOf } = await import('../../lib/server/services/indicator.service');
		const indicators = await withServices((ctx) => listIndicators(ctx, values.tenant));
		if (values.json) return printJson(indicators.map(definitionOf));
		if (indicators.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Indikatoren.`);
		printTable(
			['Code', 'Name', 'Art', 'Einheit'],
			indicators.map((i) => [i.code, i.name, kindLabels[i.kind] ?? i.kind, i.unitLabel])
		);
	}
});

export const indicatorGroup: CommandGroup = {
	name: 'indicator',
	summary: 'Indikatoren aus Dateien definieren und auflisten.',
	commands: [define, list]
};
