import { germanCsv, germanDate, germanNumber } from '../../lib/core/exports/german-csv';
import { defineCommand, UsageError, type CommandGroup } from '../command';
import { actingContext } from '../acting-user';
import { withServices, withTenant } from '../database';
import { deliver, note, printJson, printTable, say } from '../output';

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
const idOption = {
	type: 'string',
	value: '<id>',
	description: 'Kennung der Umschlüsselung (siehe crosswalk list)',
	required: true
} as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const methodName = { areal: 'Fläche', population: 'Einwohner' } as const;

const compute = defineCommand({
	name: 'compute',
	summary: 'Berechnet die Umschlüsselung von einer Raumebene auf eine andere und speichert sie.',
	description:
		'Verfahren areal: Gewicht = Anteil der Fläche eines Ausgangsgebiets im Zielgebiet. Verfahren population: ' +
		'Gewicht = Anteil seiner Einwohner (Merkmal --weight-variable auf der feineren Ebene --weight-layer); jedes ' +
		'Gebiet der feineren Ebene zählt ganz zu dem Gebiet, in dem sein innerer Punkt liegt. Eine Umschlüsselung ' +
		'desselben Ebenenpaars, Verfahrens und Datums wird ersetzt.',
	options: {
		tenant: tenantOption,
		from: { type: 'string', value: '<ebene>', description: 'Ausgangsebene', required: true },
		to: { type: 'string', value: '<ebene>', description: 'Zielebene', required: true },
		method: { type: 'string', value: '<areal|population>', description: 'Verfahren (Standard: areal)' },
		'weight-variable': {
			type: 'string',
			value: '<merkmal>',
			description: 'Gewichtendes Merkmal (population)'
		},
		'weight-layer': {
			type: 'string',
			value: '<ebene>',
			description: 'Ebene des gewichtenden Merkmals (population)'
		},
		date: {
			type: 'string',
			value: '<stichtag>',
			description: 'JJJJ-MM-TT (population: Standard der jüngste)'
		},
		as: asOption
	},
	examples: [
		'querschnitt crosswalk compute --tenant berlin --from planungsraum --to sechseck',
		'querschnitt crosswalk compute --tenant berlin --from bezirksregion --to bezirk --method population --weight-variable einwohner --weight-layer planungsraum'
	],
	async run({ values: v }) {
		const method = v.method ?? 'areal';
		if (method !== 'areal' && method !== 'population')
			throw new UsageError(
				`--method erwartet areal oder population, nicht „${method}“.`,
				'crosswalk compute'
			);
		if (v.date !== undefined && !isoDate.test(v.date))
			throw new UsageError(`--date erwartet JJJJ-MM-TT, nicht „${v.date}“.`, 'crosswalk compute');
		const { computeCrosswalk } = await import('../../lib/server/services/crosswalk.service');
		const cw = await withServices(async (system) => {
			const tc = await actingContext(system, v.tenant, v.as);
			return computeCrosswalk(tc, {
				from: v.from,
				to: v.to,
				method,
				weightVariable: v['weight-variable'],
				weightLayer: v['weight-layer'],
				date: v.date
			});
		});
		const s = cw.summary;
		say(
			`Umschlüsselung ${cw.fromLayerCode} → ${cw.toLayerCode} (${methodName[cw.method]}) gespeichert: ${cw.id}`
		);
		printTable(
			['Angabe', 'Wert'],
			[
				['Gewichte', String(s.weights)],
				['Ausgangsgebiete voll übertragen', `${s.sourcesCovered} von ${s.sourceUnits}`],
				['teilweise übertragen', String(s.sourcesPartial.length)],
				['nicht übertragen', s.sourcesNotCovered.join(', ') || '–'],
				['Zielgebiete ohne Zufluss', s.targetsNotCovered.join(', ') || '–'],
				['Splitterflächen verworfen (Anteil)', germanNumber(s.sliverShare)]
			]
		);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Umschlüsselungen eines Mandanten auf.',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Als JSON' } },
	async run({ values }) {
		const { listCrosswalks } = await import('../../lib/server/services/crosswalk.service');
		const items = await withTenant(values.tenant, (tc) => listCrosswalks(tc));
		if (values.json) return printJson(items.map(({ summary: _s, ...rest }) => rest));
		if (items.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Umschlüsselung.`);
		printTable(
			['Kennung', 'Von', 'Nach', 'Verfahren', 'Gewichtung', 'Stichtag', 'Gewichte'],
			items.map((c) => [
				c.id,
				c.fromLayerCode,
				c.toLayerCode,
				methodName[c.method],
				c.weightVariableCode ? `${c.weightVariableCode} (${c.weightLayerCode})` : '–',
				c.weightDate ? germanDate(c.weightDate) : '–',
				String(c.weightCount)
			])
		);
	}
});

const show = defineCommand({
	name: 'show',
	summary: 'Schreibt die Gewichte einer Umschlüsselung als CSV (eine Zeile je Paar).',
	options: {
		tenant: tenantOption,
		id: idOption,
		output: { type: 'string', value: '<datei>', description: 'In diese Datei schreiben (Standard: stdout)' },
		force: { type: 'boolean', description: 'Eine vorhandene Ausgabedatei überschreiben' }
	},
	async run({ values: v }) {
		const { getCrosswalk } = await import('../../lib/server/services/crosswalk.service');
		const detail = await withTenant(v.tenant, (tc) => getCrosswalk(tc, v.id));
		const header = ['Ausgangsschlüssel', 'Ausgangsname', 'Zielschlüssel', 'Zielname', 'Gewicht'];
		const rows = detail.weights.map((w) => [
			w.source,
			w.sourceName,
			w.target,
			w.targetName,
			germanNumber(w.weight)
		]);
		deliver(germanCsv(header, rows), v.output, v.force ?? false);
		const s = detail.crosswalk.summary;
		note(`${s.weights} Gewichte; ${s.sourcesCovered} von ${s.sourceUnits} Ausgangsgebieten voll übertragen.`);
	}
});

const convert = defineCommand({
	name: 'convert',
	summary: 'Schlüsselt ein Merkmal (Anzahl, Betrag) oder einen Quoten-Indikator auf die Zielebene um (CSV).',
	description:
		'Spalten: Schlüssel, Name, Wert (Merkmal) bzw. Zähler, Nenner, Wert (Indikator), dazu der bekannte Anteil ' +
		'und fehlende Ausgangsgebiete. Die Summenprüfung (Ausgangssumme, angekommen, verloren mit Gebieten) steht ' +
		'auf stderr. Quoten werden über Zähler und Nenner umgeschlüsselt, nie als Quote.',
	options: {
		tenant: tenantOption,
		id: idOption,
		variable: { type: 'string', value: '<merkmal>', description: 'Schlüssel des Merkmals' },
		indicator: { type: 'string', value: '<indikator>', description: 'Schlüssel eines Quoten-Indikators' },
		date: {
			type: 'string',
			value: '<stichtag>',
			description: 'JJJJ-MM-TT; Standard: der jüngste mit Werten'
		},
		output: { type: 'string', value: '<datei>', description: 'In diese Datei schreiben (Standard: stdout)' },
		force: { type: 'boolean', description: 'Eine vorhandene Ausgabedatei überschreiben' }
	},
	examples: [
		'querschnitt crosswalk convert --tenant berlin --id <id> --variable einwohner --date 2016-12-31'
	],
	async run({ values: v }) {
		if (Boolean(v.variable) === Boolean(v.indicator))
			throw new UsageError('Bitte genau eines angeben: --variable oder --indicator.', 'crosswalk convert');
		if (v.date !== undefined && !isoDate.test(v.date))
			throw new UsageError(`--date erwartet JJJJ-MM-TT, nicht „${v.date}“.`, 'crosswalk convert');
		const service = await import('../../lib/server/services/crosswalk-conversion.service');
		if (v.variable) {
			const result = await withTenant(v.tenant, (tc) =>
				service.convertVariable(tc, { crosswalk: v.id, variable: v.variable!, date: v.date })
			);
			const rows = result.targets.map((t) => [
				t.code,
				t.name,
				germanNumber(t.value),
				germanNumber(t.knownShare),
				t.missingSources.join(' ')
			]);
			deliver(
				germanCsv(['Schlüssel', 'Name', 'Wert', 'Bekannter Anteil', 'Fehlende Ausgangsgebiete'], rows),
				v.output,
				v.force ?? false
			);
			const { totals, losses } = result;
			note(
				`Stichtag ${germanDate(result.date)}: Summe ${germanNumber(totals.source)}, angekommen ${germanNumber(totals.arrived)}, ` +
					`verloren ${germanNumber(totals.lost)}${totals.preserved ? ' (Summe erhalten)' : ''}.`
			);
			for (const l of losses.slice(0, 20))
				note(`  ${l.source} ${l.name}: ${germanNumber(l.lost)} verloren (${l.reason})`);
			return;
		}
		const result = await withTenant(v.tenant, (tc) =>
			service.convertIndicator(tc, { crosswalk: v.id, indicator: v.indicator!, date: v.date })
		);
		const rows = result.values.map((r) => [
			r.code,
			r.name,
			germanNumber(r.numerator),
			germanNumber(r.denominator),
			germanNumber(r.value)
		]);
		deliver(germanCsv(['Schlüssel', 'Name', 'Zähler', 'Nenner', 'Wert'], rows), v.output, v.force ?? false);
		note(
			`Stichtag ${germanDate(result.date)}: Quote insgesamt vorher ${germanNumber(result.sourceRate)}, nachher ${germanNumber(result.targetRate)}.`
		);
	}
});

export const crosswalkGroup: CommandGroup = {
	name: 'crosswalk',
	summary: 'Umschlüsselungen zwischen Raumebenen berechnen, zeigen und Merkmale umschlüsseln.',
	commands: [compute, list, show, convert]
};
