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
	checkOnlyOptions,
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
		'gespeicherten; leere Zellen, NA, -, die Zeichen der amtlichen Statistik (. geheim, x gesperrt, ... ' +
		'später, / unsicher) und die Codes aus --missing-codes sind fehlende Werte: nie als 0 gespeichert, ' +
		'mit Code die Bedeutung festgehalten. „–“ (Gedankenstrich, nichts vorhanden) ist 0, eine Zahl in ' +
		'Klammern (Aussagewert eingeschränkt) wird als Zahl gespeichert. Ein Breitformat mit einer Spalte ' +
		'Stichtag/Jahr nimmt den Stichtag je Zeile aus ihr.\n\n' +
		'Die Zuordnung des Breitformats (wideColumns, widePatterns) und neue Variablen (variables) stehen in einer ' +
		'Datei für --mapping (YAML oder JSON, Felder wie „options“ des Import-Dienstes, dazu optional „format“); ' +
		'Optionen auf der Kommandozeile gehen vor.\n\n' +
		'Mit --pruefen läuft alles wie beim Import (auch die Prüfung gegen die Datenbank), gespeichert wird ' +
		'nichts; Warnungen (z. B. ein Anteil über 100) erscheinen so vor dem Übernehmen.\n\n' +
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
		'missing-codes': {
			type: 'string',
			value: '<codes>',
			description:
				'Codes der Datei für fehlende Werte, mit Komma getrennt, je optional mit Bedeutung: ' +
				'„-9999“, „-8888=geheim“, „-=null“ (Bedeutungen: geheim, gesperrt, später, unsicher, fehlt, null). ' +
				'Zusätzlich erkannt: die Zeichen der amtlichen Statistik (. x ... / – und Zahlen in Klammern). ' +
				'Beginnt der Wert mit „-“, mit = anschließen: --missing-codes=-9999'
		},
		'no-default-codes': {
			type: 'boolean',
			description: 'Die Zeichen der amtlichen Statistik nicht erkennen, nur --missing-codes'
		},
		flag: {
			type: 'string',
			value: '<codes>',
			description:
				'Kennzeichen-Merkmale (mit Komma getrennt): ihre Zellen (ja/nein, gültig/ungültig, wahr/falsch, ' +
				'1/0, x/leer) werden als 1/0 gespeichert'
		},
		'flag-yes': {
			type: 'string',
			value: '<wörter>',
			description: 'Wörter für „ja“ (= 1), mit Komma getrennt'
		},
		'flag-no': {
			type: 'string',
			value: '<wörter>',
			description: 'Wörter für „nein“ (= 0), mit Komma getrennt'
		},
		...readerOptions,
		...commonOptions,
		...checkOnlyOptions
	},
	positionals: ['datei'],
	fields: {
		'options.date': 'date',
		'options.variable': 'variable',
		'options.missingCodes': 'missing-codes',
		'options.flags': 'flag'
	},
	examples: [
		'querschnitt import observations --tenant berlin --layer planungsraum beobachtungen.csv',
		'querschnitt import observations --tenant berlin --layer planungsraum --format wide \\\n' +
			'      --mapping einwohner-zuordnung.yaml einwohner-kinder-2001-2016.csv',
		'querschnitt import observations --tenant berlin --layer planungsraum --pruefen \\\n' +
			'      --missing-codes=-9999,-8888=geheim --flag gueltig sgb2-2016.csv'
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
		const list = (text: string | undefined) =>
			text === undefined
				? undefined
				: text
						.split(',')
						.map((w) => w.trim())
						.filter((w) => w !== '');
		const flagsInFile = (mapping.flags as Record<string, unknown> | undefined) ?? {};
		const flagVariables = list(values.flag);
		const flags =
			flagVariables || values['flag-yes'] || values['flag-no']
				? {
						...flagsInFile,
						...definedOnly({
							variables: flagVariables,
							yes: list(values['flag-yes']),
							no: list(values['flag-no'])
						})
					}
				: undefined;
		const options = {
			...mapping,
			...readerValues(values),
			...definedOnly({
				columns,
				date: values.date,
				variable: values.variable,
				numberStyle: values['number-style'],
				missingCodes: values['missing-codes'],
				destatisCodes: values['no-default-codes'] ? false : undefined,
				flags
			})
		};
		const files = readInputFiles(positionals);
		const dryRun = values.pruefen === true;
		const { importObservations } = await import('../../../lib/server/services/import.service');
		const progress = terminalProgress();
		const report = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			// The mapping file is checked by the service (zod), field by field, like a form.
			const input = { layer: values.layer, files, format, options } as Parameters<
				typeof importObservations
			>[1];
			return importObservations(tc, input, progress.onProgress, { dryRun });
		}).finally(() => progress.done());
		printReport(report, values.tenant, values.json, dryRun);
	}
});
