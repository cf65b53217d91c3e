import type { ImportReport } from '../../lib/core/imports/report';
import { defineCommand, UsageError, type CommandGroup } from '../command';
import { withServices } from '../database';
import { readInputFiles } from '../input-files';
import { note, printJson, printTable, say } from '../output';
import { importProblemLine } from '../problem-report';
import { terminalProgress } from '../progress';
import { readSettingsObject } from '../settings-file';
import { actingContext } from '../acting-user';

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const encodings = ['auto', 'utf-8', 'windows-1252', 'iso-8859-1'] as const;
const delimiters = ['auto', ';', ',', 'tab', '|'] as const;

/** Options both imports share: how to read a table, who imports, how to report. */
const readerOptions = {
	encoding: {
		type: 'string',
		value: '<kodierung>',
		description: 'Zeichenkodierung einer CSV- oder DBF-Datei (Standard: erkennen)',
		choices: encodings,
		choiceLabels: { auto: 'erkennen', 'windows-1252': 'ANSI, ältere Excel- und Fachverfahrensdateien' }
	},
	delimiter: {
		type: 'string',
		value: '<zeichen>',
		description: 'Trennzeichen einer CSV-Datei (Standard: erkennen)',
		choices: delimiters,
		choiceLabels: {
			';': 'Semikolon',
			',': 'Komma',
			tab: 'Tabulator',
			'|': 'senkrechter Strich',
			auto: 'erkennen'
		}
	},
	sheet: { type: 'string', value: '<blatt>', description: 'Tabellenblatt einer Excel-Datei' }
} as const;

const commonOptions = {
	as: {
		type: 'string',
		value: '<benutzername>',
		description:
			'Import im Namen dieses Mitglieds des Mandanten (Herkunft und Protokoll nennen es, seine Rolle gilt); ' +
			'ohne: „cli:<Betriebssystem-Benutzer>“'
	},
	json: { type: 'boolean', description: 'Ergebnis als JSON ausgeben (für Skripte)' }
} as const;

function integer(option: string, raw: string | undefined, path: string): number | undefined {
	if (raw === undefined) return undefined;
	if (!/^\d+$/.test(raw.trim()))
		throw new UsageError(`--${option} erwartet eine ganze Zahl, nicht „${raw}“.`, path);
	return Number(raw);
}

/** Reader options from flags, without the ones not given (so that a mapping file's values stay). */
function readerValues(values: { encoding?: string; delimiter?: string; sheet?: string }) {
	return definedOnly({
		encoding: values.encoding,
		delimiter: values.delimiter === 'tab' ? '\t' : values.delimiter,
		sheet: values.sheet
	});
}

function definedOnly<T extends Record<string, unknown>>(object: T): Partial<T> {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What an import did, for people; warnings (kept in the provenance too) on stderr. */
function printReport(report: ImportReport, tenant: string, json: boolean): void {
	for (const warning of report.warnings) note(importProblemLine(warning));
	if (json) return printJson(report);
	const counts =
		report.kind === 'units'
			? `${report.rows} Datensätze gelesen, ${report.created} Einheiten neu, ${report.updated} aktualisiert` +
				(report.skipped > 0 ? `, ${report.skipped} ohne Schlüssel übersprungen` : '')
			: `${report.rows} Zeilen gelesen, ${report.created} Werte neu, ${report.replaced} ersetzt, ` +
				`${report.missingValues} fehlende Werte (nicht gespeichert)`;
	say(`Import ${report.importId} abgeschlossen: ${counts}.`);
	if (report.variablesCreated.length > 0)
		say(`Neu angelegte Variablen: ${report.variablesCreated.join(', ')}.`);
	if (report.notInFile.length > 0) {
		const shown = report.notInFile.slice(0, 10).join(', ');
		const more = report.notInFile.length > 10 ? ` und ${report.notInFile.length - 10} weitere` : '';
		say(`Nicht in der Datei (bleiben unverändert): ${report.notInFile.length} Einheiten: ${shown}${more}.`);
	}
	if (report.warnings.length > 0) say(`${report.warnings.length} Warnung(en), siehe oben.`);
	say(`Rückgängig machen: querschnitt import rollback --tenant ${tenant} ${report.importId}`);
}

const units = defineCommand({
	name: 'units',
	summary: 'Importiert Gebietseinheiten (mit oder ohne Geometrie) in eine Raumebene.',
	description:
		'Dateien: eine Tabelle (CSV, Excel) oder Geodaten (GeoJSON, TopoJSON, Shapefile als .shp/.shx/.dbf/.prj ' +
		'oder ZIP). Ein Ordner steht für alle Dateien darin. Mit --layer-name wird die Ebene mit diesem Import ' +
		'angelegt; sonst muss sie existieren. Vorhandene Einheiten mit gleichem Schlüssel werden aktualisiert ' +
		'(Name, übergeordnete Einheit, Geometrie); Einheiten, die nicht in der Datei stehen, bleiben unverändert.\n\n' +
		'Der Import gelingt ganz oder gar nicht: Bei einem Fehler werden alle Probleme mit Datei, Zeile, Spalte, ' +
		'Code und Meldung aufgeführt, der Exit-Code ist 1, und an der Datenbank ändert sich nichts.\n\n' +
		'Seltene Einstellungen (z. B. codeFromChildren) stehen in einer Datei für --options (YAML oder JSON, ' +
		'Felder wie „options“ des Import-Dienstes); Optionen auf der Kommandozeile gehen vor.',
	options: {
		tenant: tenantOption,
		layer: {
			type: 'string',
			value: '<ebene>',
			description: 'Kürzel der Raumebene (mit --layer-name: der neuen Ebene)',
			required: true
		},
		'layer-name': { type: 'string', value: '<name>', description: 'Legt die Ebene mit diesem Namen neu an' },
		'parent-layer': {
			type: 'string',
			value: '<ebene>',
			description: 'Übergeordnete Ebene der neuen Ebene (z. B. bezirksregion)'
		},
		'metric-srid': {
			type: 'string',
			value: '<epsg>',
			description: 'Metrisches Koordinatensystem der neuen Ebene für Flächen (25832, 25833, 3035)'
		},
		code: {
			type: 'string',
			value: '<spalte>',
			description: 'Spalte oder Eigenschaft mit dem Schlüssel (Standard: erkannt, z. B. „Schlüssel“)'
		},
		name: {
			type: 'string',
			value: '<spalte>',
			description: 'Spalte oder Eigenschaft mit dem Namen (Standard: erkannt, z. B. „Name“)'
		},
		'parent-column': {
			type: 'string',
			value: '<spalte>',
			description: 'Übergeordnete Einheit aus dieser Spalte (Schlüssel der übergeordneten Einheit)'
		},
		'parent-prefix': {
			type: 'string',
			value: '<stellen>',
			description: 'Übergeordnete Einheit aus den ersten Stellen des Schlüssels (LOR: 6 für Bezirksregionen)'
		},
		'parent-by-area': {
			type: 'boolean',
			description: 'Übergeordnete Einheit nach der größten Flächenüberschneidung (Geodaten)'
		},
		crs: {
			type: 'string',
			value: '<epsg>',
			description: 'EPSG-Code der Koordinaten, wenn die Datei keinen (oder einen falschen) nennt'
		},
		object: { type: 'string', value: '<objekt>', description: 'Objekt einer TopoJSON-Datei' },
		'skip-without-code': {
			type: 'boolean',
			description: 'Datensätze ohne Schlüssel mit Warnung überspringen statt abzubrechen'
		},
		...readerOptions,
		options: {
			type: 'string',
			value: '<datei>',
			description: 'Weitere Einstellungen aus einer YAML- oder JSON-Datei'
		},
		...commonOptions
	},
	positionals: ['dateien'],
	variadic: true,
	fields: {
		'layer.name': 'layer-name',
		'layer.parentLayer': 'parent-layer',
		'layer.metricSrid': 'metric-srid',
		'options.crs': 'crs',
		'options.parent.length': 'parent-prefix'
	},
	examples: [
		'querschnitt import units --tenant berlin --layer bezirk --layer-name Bezirk --metric-srid 25833 bezirke.csv',
		'querschnitt import units --tenant berlin --layer planungsraum --layer-name Planungsraum \\\n' +
			'      --parent-layer bezirksregion --crs 25833 --code SCHLUESSEL --parent-prefix 6 planungsraum.geojson',
		'querschnitt import units --tenant berlin --layer bezirksregion --crs 25833 --skip-without-code \\\n' +
			'      bezirksregion.shp bezirksregion.shx bezirksregion.dbf'
	],
	async run({ values, positionals }) {
		const path = 'import units';
		const fromFile = values.options ? readSettingsObject(values.options) : {};
		const parentRules = [
			values['parent-column'] !== undefined,
			values['parent-prefix'] !== undefined,
			values['parent-by-area']
		].filter(Boolean).length;
		if (parentRules > 1) {
			throw new UsageError(
				'Bitte nur eine von --parent-column, --parent-prefix, --parent-by-area angeben.',
				path
			);
		}
		const newLayer = values['layer-name'] !== undefined;
		if (!newLayer && (values['parent-layer'] !== undefined || values['metric-srid'] !== undefined)) {
			throw new UsageError(
				'--parent-layer und --metric-srid gelten nur für eine neue Ebene (--layer-name).',
				path
			);
		}
		const prefix = integer('parent-prefix', values['parent-prefix'], path);
		const parent = values['parent-column']
			? { from: 'column' as const, column: values['parent-column'] }
			: prefix !== undefined
				? { from: 'prefix' as const, length: prefix }
				: values['parent-by-area']
					? { from: 'containment' as const }
					: undefined;
		const options = {
			...fromFile,
			...readerValues(values),
			...definedOnly({
				crs: integer('crs', values.crs, path),
				object: values.object,
				code: values.code,
				name: values.name,
				parent,
				skipRecordsWithoutCode: values['skip-without-code'] || undefined
			})
		};
		const layer = newLayer
			? definedOnly({
					code: values.layer,
					name: values['layer-name'],
					parentLayer: values['parent-layer'],
					metricSrid: integer('metric-srid', values['metric-srid'], path)
				})
			: values.layer;
		const files = readInputFiles(positionals);
		const { importUnits } = await import('../../lib/server/services/import.service');
		const progress = terminalProgress();
		const report = await withServices(async (system) => {
			const ctx = await actingContext(system, values.tenant, values.as);
			// Flags and the options file are checked by the service (zod), field by field, like a form.
			const input = { layer, files, options } as Parameters<typeof importUnits>[2];
			return importUnits(ctx, values.tenant, input, progress.onProgress);
		}).finally(() => progress.done());
		printReport(report, values.tenant, values.json);
	}
});

const observations = defineCommand({
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
		const { importObservations } = await import('../../lib/server/services/import.service');
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

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Importe eines Mandanten mit ihrer Herkunft auf (neueste zuerst).',
	options: {
		tenant: tenantOption,
		limit: { type: 'string', value: '<anzahl>', description: 'Höchstens so viele Importe (Standard: 50)' },
		json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' }
	},
	async run({ values }) {
		const pageSize = integer('limit', values.limit, 'import list') ?? 50;
		const { listImports } = await import('../../lib/server/services/import.service');
		const page = await withServices((ctx) => listImports(ctx, values.tenant, { pageSize }));
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

const rollback = defineCommand({
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
		const { rollbackImport } = await import('../../lib/server/services/import.service');
		const result = await withServices(async (system) => {
			const ctx = await actingContext(system, values.tenant, values.as);
			return rollbackImport(ctx, values.tenant, positionals[0]!);
		});
		say(result.message);
	}
});

export const importGroup: CommandGroup = {
	name: 'import',
	summary: 'Gebietseinheiten und Beobachtungswerte aus Dateien importieren.',
	description:
		'Dieselben Importe wie in der Anwendung, mit denselben Prüfungen; jeder Import wird mit Datei, Prüfsumme, ' +
		'Benutzer, Zeit und Anzahlen festgehalten und kann rückgängig gemacht werden (import rollback).',
	commands: [units, observations, list, rollback]
};
