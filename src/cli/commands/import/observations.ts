import { defineCommand } from '../../command';
import { withServices } from '../../database';
import { readInputFiles } from '../../input-files';
import { terminalProgress } from '../../progress';
import { readSettingsObject } from '../../settings-file';
import { actingContext } from '../../acting-user';
import {
	tenantOption,
	readerOptions,
	commonOptions,
	readerValues,
	definedOnly,
	printReport
} from './options';

export const observations = defineCommand({
	name: 'observations',
	summary: 'Importiert Beobachtungswerte (Variablen je Gebietseinheit und Stichtag) aus einer Tabelle.',
	description:
		'Eine Datei (CSV oder Excel) im Langformat (je Zeile: Schlüssel, Stichtag, Merkmal, Wert – Spalten werden ' +
		'an diesen Namen erkannt) oder im Breitformat (je Zeile eine Einheit, je Spalte eine Variable oder eine ' +
		'Variable zu einem Stichtag). Werte für dieselbe Variable, Einheit und denselben Stichtag ersetzen die ' +
		'gespeicherten; leere Zellen, NA, ., - sind fehlende Werte und werden nie als 0 gespeichert.\n\n' +
		'Die Zuordnung des Breitformats (wideColumns, widePatterns) und neue Variablen (variables) stehen in einer ' +
		'Datei für --mapping (YAML oder JSON, Felder wie „options“ des Import-Dienstes, dazu optional „format“); ' +
		'Optionen auf der Kommandozeile gehen vor.\n\n' +
		'Der Import gelingt ganz oder gar nicht: Bei einem Fehler werden alle Probleme mit Datei, Zeile, Spalte, ' +
		'Code und Meldung aufgeführt, der Exit-Code ist 1, und an der Datenbank ändert sich nichts. Im Terminal ' +
		'zeigt stderr den Fortschritt.',
	options: {
		tenant: tenantOption,
		layer: {
			type: 'string',
			value: '<ebene>',
			description: 'Raumebene, zu der die Schlüssel gehören',
			required: true
		},
		format: {
			type: 'string',
			value: '<format>',
			description: 'Aufbau der Tabelle (Standard: long)',
			choices: ['long', 'wide'],
			choiceLabels: { long: 'Langformat: eine Zeile je Wert', wide: 'Breitformat: eine Spalte je Variable' }
		},
		mapping: {
			type: 'string',
			value: '<datei>',
			description: 'Zuordnung und neue Variablen aus einer YAML- oder JSON-Datei'
		},
		'unit-column': { type: 'string', value: '<spalte>', description: 'Spalte mit dem Schlüssel der Einheit' },
		'date-column': { type: 'string', value: '<spalte>', description: 'Spalte mit dem Stichtag (Langformat)' },
		'variable-column': {
			type: 'string',
			value: '<spalte>',
			description: 'Spalte mit dem Code der Variablen (Langformat)'
		},
		'value-column': { type: 'string', value: '<spalte>', description: 'Spalte mit dem Wert (Langformat)' },
		date: {
			type: 'string',
			value: '<stichtag>',
			description:
				'Ein Stichtag für alle Werte (TT.MM.JJJJ, JJJJ-MM-TT oder Jahr), wenn keine Spalte ihn nennt'
		},
		variable: {
			type: 'string',
			value: '<code>',
			description: 'Eine Variable für alle Werte (Langformat ohne Merkmalsspalte)'
		},
		'number-style': {
			type: 'string',
			value: '<stil>',
			description: 'Zahlenschreibweise (Standard: auto)',
			choices: ['auto', 'de', 'en'],
			choiceLabels: { auto: 'erkennen', de: '1.234,5', en: '1,234.5' }
		},
		...readerOptions,
		...commonOptions
	},
	positionals: ['datei'],
	fields: { 'options.date': 'date', 'options.variable': 'variable' },
	examples: [
		'querschnitt import observations --tenant berlin --layer planungsraum beobachtungen.csv',
		'querschnitt import observations --tenant berlin --layer planungsraum --format wide \\\n' +
			'      --mapping einwohner-zuordnung.yaml einwohner-kinder-2001-2016.csv'
	],
	async run({ values, positionals }) {
		const fromFile = values.mapping ? readSettingsObject(values.mapping) : {};
		const { format: formatInFile, ...mapping } = fromFile;
		const format = values.format ?? formatInFile ?? 'long';
		const givenColumns = definedOnly({
			unit: values['unit-column'],
			date: values['date-column'],
			variable: values['variable-column'],
			value: values['value-column']
		});
		const columns =
			Object.keys(givenColumns).length > 0
				? { ...((mapping.columns as Record<string, unknown> | undefined) ?? {}), ...givenColumns }
				: mapping.columns;
		const options = {
			...mapping,
			...readerValues(values),
			...definedOnly({
				columns,
				date: values.date,
				variable: values.variable,
				numberStyle: values['number-style']
			})
		};
		const files = readInputFiles(positionals);
		const { importObservations } = await import('../../../lib/server/services/import.service');
		const progress = terminalProgress();
		const report = await withServices(async (system) => {
			const ctx = await actingContext(system, values.tenant, values.as);
			// The mapping file is checked by the service (zod), field by field, like a form.
			const input = { layer: values.layer, files, format, options } as Parameters<
				typeof importObservations
			>[2];
			return importObservations(ctx, values.tenant, input, progress.onProgress);
		}).finally(() => progress.done());
		printReport(report, values.tenant, values.json);
	}
});
