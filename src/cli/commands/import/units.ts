import { defineCommand, UsageError } from '../../command';
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
	integer,
	readerValues,
	definedOnly,
	printReport
} from './options';
import { parseLevels, printHierarchyReport } from './unit-levels';

export const units = defineCommand({
	name: 'units',
	summary: 'Importiert Gebietseinheiten (mit oder ohne Geometrie) in eine Raumebene.',
	description:
		'Dateien: eine Tabelle (CSV, Excel) oder Geodaten (GeoJSON, TopoJSON, Shapefile als .shp/.shx/.dbf/.prj ' +
		'oder ZIP). Ein Ordner steht für alle Dateien darin. Mit --layer-name wird die Ebene mit diesem Import ' +
		'angelegt; sonst muss sie existieren. Vorhandene Einheiten mit gleichem Schlüssel werden aktualisiert ' +
		'(Name, übergeordnete Einheit, Geometrie); Einheiten, die nicht in der Datei stehen, bleiben unverändert.\n\n' +
		'Der Import gelingt ganz oder gar nicht: Bei einem Fehler werden alle Probleme mit Datei, Zeile, Spalte, ' +
		'Code und Meldung aufgeführt, der Exit-Code ist 1, und an der Datenbank ändert sich nichts.\n\n' +
		'Seltene Einstellungen (z. B. codeFromChildren, nameCertainty) stehen in einer Datei für --options (YAML oder ' +
		'JSON, Felder wie „options“ des Import-Dienstes); Optionen auf der Kommandozeile gehen vor.\n\n' +
		'Eine flache Gebietstabelle (eine Zeile je kleinster Einheit, Schlüssel und Name jeder Ebene in eigenen ' +
		'Spalten) legt mit --levels die ganze Hierarchie in einem Import an: übergeordnete Einheiten werden ' +
		'zusammengefasst, ihre Eltern aus der Zeile übernommen; fehlt eine Schlüsselspalte, nimmt #n die ersten n ' +
		'Stellen des kleinsten Schlüssels. Derselbe Schlüssel mit verschiedenen Namen ist ein Fehler, der beide ' +
		'Zeilen nennt.\n\n' +
		'Warnungen (z. B. abgeschnitten wirkende Namen, Flächen weit außerhalb des Gebiets) zeigt --pruefen, ' +
		'bevor etwas gespeichert wird.',
	options: {
		tenant: tenantOption,
		layer: {
			type: 'string',
			value: '<ebene>',
			description: 'Kürzel der Raumebene (mit --layer-name: der neuen Ebene); ohne --levels nötig'
		},
		levels: {
			type: 'string',
			value: '<ebenen>',
			description:
				'Gebietshierarchie aus einer flachen Tabelle, Ebenen von oben nach unten mit Kommas: ' +
				'<ebene>[:<Name neuer Ebene>]=<Schlüsselspalte>|#<Stellen>[/<Namensspalte>]'
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
		'names-only': {
			type: 'boolean',
			description: 'Nur die Namen vorhandener Einheiten ändern (Namen aus einer anderen Datei)'
		},
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
		...commonOptions,
		...checkOnlyOptions
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
			'      bezirksregion.shp bezirksregion.shx bezirksregion.dbf',
		'querschnitt import units --tenant berlin --pruefen --levels \\\n' +
			'      "bezirk:Bezirk=BEZ/BEZ_NAME,prognoseraum:Prognoseraum=PGR/PGR_NAME,bezirksregion:Bezirksregion=BZR/BZR_NAME,planungsraum:Planungsraum=PLR/PLR_NAME" \\\n' +
			'      lor.csv',
		'querschnitt import units --tenant berlin --levels "bezirk=#2,prognoseraum=#4,planungsraum=PLR/PLR_NAME" lor.csv'
	],
	async run({ values, positionals }) {
		const path = 'import units';
		if (values.levels !== undefined) return runLevels(values, positionals, path);
		if (values.layer === undefined)
			throw new UsageError(
				'Bitte geben Sie die Ebene an (--layer) oder die Ebenen einer Hierarchie (--levels).',
				path
			);
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
				skipRecordsWithoutCode: values['skip-without-code'] || undefined,
				namesOnly: values['names-only'] || undefined
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
		const { importUnits } = await import('../../../lib/server/services/import.service');
		const progress = terminalProgress();
		const dryRun = values.pruefen === true;
		const report = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			// Flags and the options file are checked by the service (zod), field by field, like a form.
			const input = { layer, files, options } as Parameters<typeof importUnits>[1];
			return importUnits(tc, input, progress.onProgress, { dryRun });
		}).finally(() => progress.done());
		printReport(report, values.tenant, values.json, dryRun);
	}
});

/** `--levels`: a flat area table into a hierarchy of layers. */
async function runLevels(
	values: {
		tenant: string;
		levels?: string;
		layer?: string;
		'layer-name'?: string;
		'metric-srid'?: string;
		pruefen?: boolean;
		json?: boolean;
		as?: string;
		encoding?: string;
		delimiter?: string;
		sheet?: string;
	},
	positionals: string[],
	path: string
): Promise<void> {
	if (values.layer !== undefined || values['layer-name'] !== undefined)
		throw new UsageError('--levels nennt die Ebenen selbst; bitte ohne --layer und --layer-name.', path);
	const levels = parseLevels(values.levels!, integer('metric-srid', values['metric-srid'], path), path);
	const files = readInputFiles(positionals);
	const { importUnitHierarchy } = await import('../../../lib/server/services/import.service');
	const progress = terminalProgress();
	const dryRun = values.pruefen === true;
	const report = await withServices(async (system) => {
		const tc = await actingContext(system, values.tenant, values.as);
		const input = { files, levels, options: readerValues(values) } as Parameters<
			typeof importUnitHierarchy
		>[1];
		return importUnitHierarchy(tc, input, progress.onProgress, { dryRun });
	}).finally(() => progress.done());
	printHierarchyReport(report, values.tenant, values.json === true, dryRun);
}
