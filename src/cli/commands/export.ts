import { germanDate } from '../../lib/core/exports/german-csv';
import type { ExportValueSet } from '../../lib/core/exports/value-set';
import { CliError, defineCommand, UsageError, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { deliver, note } from '../output';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const values = defineCommand({
	name: 'values',
	summary: 'Exportiert die Werte eines Indikators auf einer Raumebene als CSV oder GeoJSON.',
	description:
		'CSV für Excel in Deutschland: Semikolon, Dezimalkomma, UTF-8 mit BOM, Stichtag als TT.MM.JJJJ, eine Zeile ' +
		'je Einheit und Stichtag mit Wert, Status, Abdeckung, Zähler und Nenner. Fehlende Werte bleiben leer. Die ' +
		'Datei lässt sich als Langformat wieder importieren (querschnitt import observations --variable <code>). ' +
		'Excel entfernt beim Öffnen führende Nullen der Schlüssel; zum Weiterrechnen die Datei über „Daten > Aus ' +
		'Text/CSV“ laden und die Spalte Schlüssel als Text einlesen.\n\n' +
		'GeoJSON: ein Objekt je Einheit der Ebene mit Geometrie (WGS 84) und den Werten eines Stichtags als ' +
		'Eigenschaften, z. B. für QGIS.\n\n' +
		'Werte werden wie in der Anwendung auf die Nachkommastellen des Indikators gerundet (--unrounded: ' +
		'ungerundet). Ohne --public enthält der Export alle Werte ohne Geheimhaltungsfilter: nur für den internen ' +
		'Gebrauch. Mit --public gelten die Geheimhaltungsregeln des Mandanten (DOMAIN: Mindestfallzahl k, ' +
		'Sperrung samt Gegensperrung entlang der Raumebenen, oder Rundung auf eine Basis) – so darf die Datei ' +
		'veröffentlicht werden.',
	options: {
		tenant: { type: 'string', value: '<kürzel>', description: 'Kürzel des Mandanten', required: true },
		indicator: { type: 'string', value: '<code>', description: 'Code des Indikators', required: true },
		layer: { type: 'string', value: '<ebene>', description: 'Kürzel der Raumebene', required: true },
		date: {
			type: 'string',
			value: '<stichtag>',
			description: 'JJJJ-MM-TT, oder all für alle Stichtage (nur CSV); Standard: der neueste mit Daten'
		},
		format: {
			type: 'string',
			value: '<format>',
			description: 'Dateiformat (Standard: csv)',
			choices: ['csv', 'geojson'],
			choiceLabels: { csv: 'Tabelle für Excel', geojson: 'Geodaten mit Werten' }
		},
		output: { type: 'string', value: '<datei>', description: 'In diese Datei schreiben (Standard: stdout)' },
		force: { type: 'boolean', description: 'Eine vorhandene Ausgabedatei überschreiben' },
		unrounded: { type: 'boolean', description: 'Werte ungerundet ausgeben' },
		public: {
			type: 'boolean',
			description:
				'Zur Veröffentlichung (Open Data): mit den Geheimhaltungsregeln des Mandanten (gesperrte Werte als „.“, oder gerundete Zählwerte)'
		},
		simplify: {
			type: 'string',
			value: '<meter>',
			description: 'GeoJSON: Umrisse mit dieser Toleranz in Metern vereinfachen (kleinere Datei)'
		}
	},
	examples: [
		'querschnitt export values --tenant berlin --indicator anteil_kinder_00_01 --layer bezirk --output kinder.csv',
		'querschnitt export values --tenant berlin --indicator anteil_kinder_00_01 --layer planungsraum --date all > alle.csv',
		'querschnitt export values --tenant berlin --indicator mss_status3 --layer planungsraum --format geojson \\\n' +
			'      --simplify 5 --output transferbezug.geojson'
	],
	async run({ values: v }) {
		const path = 'export values';
		const format = v.format ?? 'csv';
		const all = v.date === 'all';
		if (v.date !== undefined && !all && !isoDate.test(v.date)) {
			throw new UsageError(`--date erwartet JJJJ-MM-TT oder all, nicht „${v.date}“.`, path);
		}
		if (all && format === 'geojson') {
			throw new UsageError(
				'GeoJSON enthält die Werte eines Stichtags. Für alle Stichtage bitte CSV verwenden (oder je Stichtag eine Datei).',
				path
			);
		}
		if (v.simplify !== undefined && format !== 'geojson') {
			throw new UsageError('--simplify gilt nur für --format geojson.', path);
		}
		const simplify = v.simplify === undefined ? undefined : Number(v.simplify.replace(',', '.'));
		if (simplify !== undefined && !Number.isFinite(simplify)) {
			throw new UsageError(`--simplify erwartet eine Zahl (Meter), nicht „${v.simplify}“.`, path);
		}
		const options = { rounded: !v.unrounded };
		const service = await import('../../lib/server/values/indicator-values');
		const { unitFeatures } = await import('../../lib/server/services/spatial-layer.service');
		const { valuesCsv } = await import('../../lib/core/exports/values-csv');
		const { valuesGeoJson } = await import('../../lib/core/exports/values-geojson');
		const { text, sets } = await withTenant(v.tenant, async (tc) => {
			const request = { indicator: v.indicator, layer: v.layer };
			let sets: ExportValueSet[];
			if (all) {
				const dates = await service.availableDates(tc, v.indicator);
				sets =
					dates.length > 0
						? await service.indicatorValueTable(tc, {
								indicators: [v.indicator],
								layers: [v.layer],
								dates
							})
						: [await service.indicatorValues(tc, request)];
			} else {
				sets = [await service.indicatorValues(tc, { ...request, date: v.date })];
			}
			if (v.public) {
				const { disclosedIndicatorValues } = await import('../../lib/server/values/public-values');
				sets = await Promise.all(
					sets.map((set) =>
						set.date === '' ? set : disclosedIndicatorValues(tc, { ...request, date: set.date })
					)
				);
			}
			if (format === 'csv') return { text: valuesCsv(sets, options), sets };
			const units = await unitFeatures(tc, v.layer, { simplify });
			return { text: JSON.stringify(valuesGeoJson(units, sets[0]!, options)) + '\n', sets };
		});
		if (sets.every((s) => s.date === '')) {
			throw new CliError(`Der Indikator „${v.indicator}“ hat noch keine Werte; es wurde nichts geschrieben.`);
		}
		deliver(text, v.output, v.force);
		const units = sets[0]!.values.length;
		const dates = sets.map((s) => germanDate(s.date)).join(', ');
		note(
			`${v.output ? `Geschrieben: ${v.output}` : 'Exportiert'} – ${v.indicator} auf ${v.layer}: ` +
				`${units} Einheiten, Stichtag${sets.length > 1 ? 'e' : ''} ${dates}.`
		);
	}
});

export const exportGroup: CommandGroup = {
	name: 'export',
	summary: 'Indikatorwerte als Datei exportieren (CSV für Excel, GeoJSON).',
	commands: [values]
};
