import { capacityLabel } from '../../lib/core/facility/capacity-codes';
import { facilityUnitCsv } from '../../lib/core/facility/facility-export';
import { facilityAddress } from '../../lib/core/facility/facility-list';
import { CliError, defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { deliver, note, printJson, printTable, say } from '../output';
import { tenantOption } from './import/options';

/** `querschnitt facility list|export` (issue 12): the register for scripts, without a browser. */

const dateOption = {
	type: 'string',
	value: '<JJJJ-MM-TT>',
	description: 'Nur Einrichtungen, die an diesem Tag bestehen (gültig ab/bis)'
} as const;

const list = defineCommand({
	name: 'list',
	summary:
		'Listet die Angebote und Einrichtungen eines Mandanten auf, gefiltert nach Art, Träger, Amt oder Text.',
	options: {
		tenant: tenantOption,
		kind: { type: 'string', value: '<kürzel>', description: 'Nur diese Art, z. B. kita oder grundschule' },
		provider: { type: 'string', value: '<name>', description: 'Nur Einrichtungen dieses Trägers (Name)' },
		department: {
			type: 'string',
			value: '<name>',
			description: 'Nur Einrichtungen dieses Amtes (Name oder Kürzel)'
		},
		search: {
			type: 'string',
			value: '<text>',
			description: 'Text in Kennung, Name, Art, Träger oder Anschrift'
		},
		json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' }
	},
	examples: [
		'querschnitt facility list --tenant berlin --kind jugendfreizeit --search Pankow',
		'querschnitt facility list --tenant berlin --provider "BA Mitte von Berlin" --json'
	],
	async run({ values }) {
		const { listFacilities } = await import('../../lib/server/services/facility.service');
		const { listProviders } = await import('../../lib/server/services/facility-taxonomy.service');
		const { listDepartments } = await import('../../lib/server/services/tenant.service');
		const facilities = await withTenant(values.tenant, async (tc) => {
			const filter: { kindCode?: string; providerId?: string; departmentId?: string; search?: string } = {
				kindCode: values.kind,
				search: values.search
			};
			if (values.provider !== undefined) {
				const provider = (await listProviders(tc)).find((p) => p.name === values.provider);
				if (!provider)
					throw new CliError(
						`Den Träger „${values.provider}“ gibt es nicht (siehe: querschnitt provider list --tenant ${values.tenant}).`
					);
				filter.providerId = provider.id;
			}
			if (values.department !== undefined) {
				const wanted = values.department.toLowerCase();
				const department = (await listDepartments(tc)).find(
					(d) => d.name.toLowerCase() === wanted || d.shortName?.toLowerCase() === wanted
				);
				if (!department)
					throw new CliError(
						`Das Amt „${values.department}“ gibt es nicht (siehe: querschnitt department list --tenant ${values.tenant}).`
					);
				filter.departmentId = department.id;
			}
			return listFacilities(tc, filter);
		});
		if (values.json) return printJson(facilities);
		if (facilities.length === 0) return say('Keine Einrichtungen gefunden.');
		printTable(
			['Kennung', 'Name', 'Art', 'Träger', 'Anschrift', 'Plätze'],
			facilities.map((f) => [
				f.code,
				f.name,
				f.kindCode,
				f.providerName,
				facilityAddress(f) || null,
				f.capacities.map((c) => `${capacityLabel(c.code)}: ${c.places ?? 'unbekannt'}`).join(', ') || null
			])
		);
		note(`${facilities.length} Einrichtung(en).`);
	}
});

const exportPerUnit = defineCommand({
	name: 'export',
	summary: 'Exportiert die Einrichtungen je Gebiet einer Ebene als CSV (Anzahl je Art, Plätze je Platzart).',
	description:
		'Eine Zeile je Gebiet der Ebene: Schlüssel, Name, Zahl der Einrichtungen, Zahl je Art, bekannte Plätze je ' +
		'Platzart und wie viele Einrichtungen dabei ohne Platzzahl sind (die Summe ist dann eine Untergrenze). ' +
		'Einrichtungen außerhalb aller Gebiete stehen in einer letzten Zeile. Eine Ebene ohne Umrisse (aus einer ' +
		'Tabelle importiert) erhält ihre Einrichtungen über die Ebene darunter.\n\n' +
		'CSV für deutsches Excel: Semikolon, Dezimalkomma, UTF-8 mit BOM.',
	options: {
		tenant: tenantOption,
		layer: {
			type: 'string',
			value: '<ebene>',
			description: 'Kürzel der Raumebene, z. B. planungsraum',
			required: true
		},
		kind: { type: 'string', value: '<kürzel>', description: 'Nur diese Art' },
		date: dateOption,
		output: { type: 'string', value: '<datei>', description: 'In diese Datei schreiben (Standard: stdout)' },
		force: { type: 'boolean', description: 'Eine vorhandene Ausgabedatei überschreiben' }
	},
	examples: ['querschnitt facility export --tenant berlin --layer bezirk --output einrichtungen-bezirke.csv'],
	async run({ values }) {
		if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
			throw new CliError(`--date erwartet ein Datum als JJJJ-MM-TT, nicht „${values.date}“.`);
		const { facilitiesPerUnit } = await import('../../lib/server/services/facility-export.service');
		const result = await withTenant(values.tenant, (tc) =>
			facilitiesPerUnit(tc, { layer: values.layer, kind: values.kind, date: values.date })
		);
		deliver(facilityUnitCsv(result.table), values.output, values.force === true);
		note(
			`${values.output ? `Geschrieben: ${values.output}` : 'Exportiert'} – ${result.facilities} Einrichtungen auf ${result.table.rows.length} Zeilen (${result.layer.name}).`
		);
	}
});

export const facilityGroup: CommandGroup = {
	name: 'facility',
	summary:
		'Angebote und Einrichtungen auflisten und je Gebiet exportieren (Import: querschnitt import facilities).',
	commands: [list, exportPerUnit]
};
