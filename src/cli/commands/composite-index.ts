import { germanCsv, germanDate } from '../../lib/core/exports/german-csv';
import { defineCommand, UsageError, type CommandGroup } from '../command';
import { actingContext } from '../acting-user';
import { withServices, withTenant } from '../database';
import { deliver, note, printJson, printTable, say } from '../output';
import { readSettingsFile } from '../settings-file';

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;
const asOption = {
	type: 'string',
	value: '<benutzername>',
	description:
		'Im Namen dieses Mitglieds des Mandanten (Protokoll nennt es, seine Rolle gilt); ohne: „cli:<Betriebssystem-Benutzer>“'
} as const;

const define = defineCommand({
	name: 'define',
	summary: 'Definiert einen Sozialindex aus einer YAML- oder JSON-Datei.',
	description:
		'Felder: code, name, description, layer (Raumebene), status (Liste mit indicator, weight, polarity), dynamics ' +
		'(ebenso, dazu windowYears: Zeitfenster in Jahren; ohne Fenster sind die Werte des Indikators schon ' +
		'Veränderungen), combination (sum oder mean), restandardise (true/false), sdConvention (population: ' +
		'über n, sample: über n − 1), eligibility (minimumPopulation, populationVariable, excluded: Liste mit unit ' +
		'und reason), statusClasses und dynamicsClasses (thresholds, codes, labels, direction: low_first oder ' +
		'high_first, onThreshold: centre, above oder below) und combinedSeparator. Fehlende Angaben folgen dem ' +
		'Berliner Monitoring Soziale Stadtentwicklung; fehlende Polungen kommen aus den Indikatoren. Ein Index ' +
		'mit vorhandenem Code wird ersetzt (mit altem und neuem Stand im Änderungsprotokoll). Ist die Definition ' +
		'ungültig, werden alle Probleme genannt, nichts wird gespeichert, und der Exit-Code ist 1.',
	options: { tenant: tenantOption, as: asOption },
	positionals: ['datei'],
	examples: ['querschnitt index define --tenant berlin mss-2017.yaml'],
	async run({ values, positionals }) {
		const { defineCompositeIndex } = await import('../../lib/server/services/composite-index.service');
		const content = readSettingsFile(positionals[0]!);
		const index = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			return defineCompositeIndex(tc, content);
		});
		say(`Sozialindex „${index.name}“ (${index.code}) auf der Ebene ${index.layer} definiert:`);
		printTable(
			['Teil', 'Indikator', 'Gewicht', 'Polung', 'Zeitfenster'],
			[
				...index.definition.status.map((s) => ['Status', s.indicator, String(s.weight), s.polarity, '']),
				...index.definition.dynamics.map((d) => [
					'Dynamik',
					d.indicator,
					String(d.weight),
					d.polarity,
					d.windowYears === null ? 'Werte sind Veränderungen' : `${d.windowYears} Jahre`
				])
			]
		);
	}
});

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const compute = defineCommand({
	name: 'compute',
	summary:
		'Berechnet einen Sozialindex zu einem Stichtag und schreibt eine CSV-Datei mit einer Zeile je Gebiet.',
	description:
		'Spalten: Schlüssel, Name, der z-Wert jedes Indikators, Statusindex, Statusklasse, Dynamikindex, ' +
		'Dynamikklasse, Gesamtklasse und der Grund, wo ein Gebiet nicht klassifiziert ist. Indexwerte ungerundet, ' +
		'CSV für Excel in Deutschland (Semikolon, Dezimalkomma, UTF-8 mit BOM). Mit --store werden die Ergebnisse ' +
		'außerdem gespeichert (ersetzen frühere desselben Stichtags) und erscheinen im Monitoring.',
	options: {
		tenant: tenantOption,
		index: { type: 'string', value: '<code>', description: 'Code des Sozialindex', required: true },
		date: {
			type: 'string',
			value: '<stichtag>',
			description: 'JJJJ-MM-TT; Standard: der neueste Stichtag, an dem alle Statusindikatoren Werte haben'
		},
		output: { type: 'string', value: '<datei>', description: 'In diese Datei schreiben (Standard: stdout)' },
		force: { type: 'boolean', description: 'Eine vorhandene Ausgabedatei überschreiben' },
		store: { type: 'boolean', description: 'Ergebnisse speichern (Rolle mit Schreibrecht nötig)' },
		as: asOption
	},
	examples: [
		'querschnitt index compute --tenant berlin --index mss_2017 --date 2016-12-31 --output mss.csv',
		'querschnitt index compute --tenant berlin --index mss_2017 --store > mss.csv'
	],
	async run({ values: v }) {
		if (v.date !== undefined && !isoDate.test(v.date))
			throw new UsageError(`--date erwartet JJJJ-MM-TT, nicht „${v.date}“.`, 'index compute');
		const service = await import('../../lib/server/services/composite-index.service');
		const reading = await import('../../lib/server/values/composite-index');
		const { indexResultTable } = await import('../../lib/core/index/result-table');
		const computed = await withServices(async (system) => {
			const tc = await actingContext(system, v.tenant, v.as);
			const date = v.date ?? (await reading.indexInputDates(tc, v.index)).at(-1);
			if (!date)
				throw new UsageError(
					'Für diesen Index gibt es keinen Stichtag mit Werten aller Statusindikatoren.',
					'index compute'
				);
			if (v.store) return (await service.storeCompositeIndex(tc, v.index, { dates: [date] }))[0]!;
			return reading.computeCompositeIndex(tc, v.index, { date });
		});
		const { header, rows } = indexResultTable(computed.definition, computed.units, computed.result);
		deliver(germanCsv(header, rows), v.output, v.force ?? false);
		const classified = computed.result.units.filter((u) => u.statusClass).length;
		note(
			`Stichtag ${germanDate(computed.date)}: ${classified} von ${computed.units.length} Gebieten klassifiziert` +
				(v.store ? '; Ergebnisse gespeichert.' : '.')
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Sozialindizes eines Mandanten auf.',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Definitionen als JSON' } },
	async run({ values }) {
		const { listCompositeIndexes } = await import('../../lib/server/values/composite-index');
		const indexes = await withTenant(values.tenant, (tc) => listCompositeIndexes(tc));
		if (values.json) return printJson(indexes.map((i) => i.definition));
		if (indexes.length === 0) return say(`Der Mandant ${values.tenant} hat noch keinen Sozialindex.`);
		printTable(
			['Code', 'Name', 'Ebene', 'Berechnet für'],
			indexes.map((i) => [i.code, i.name, i.layer, i.computedDates.map(germanDate).join(', ') || '–'])
		);
	}
});

export const compositeIndexGroup: CommandGroup = {
	name: 'index',
	summary: 'Sozialindizes definieren, berechnen und auflisten.',
	commands: [define, compute, list]
};
