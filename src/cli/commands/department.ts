import { defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { printJson, printTable, say } from '../output';

const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

const create = defineCommand({
	name: 'create',
	summary: 'Legt einen Fachbereich (Amt, Stabsstelle …) in einem Mandanten an.',
	options: {
		tenant: tenantOption,
		name: { type: 'string', value: '<name>', description: 'Name, z. B. „Jugendamt“', required: true },
		short: {
			type: 'string',
			value: '<kurzname>',
			description: 'Kurzname, z. B. „Jug“ (höchstens 20 Zeichen)'
		}
	},
	fields: { shortName: 'short' },
	examples: ['querschnitt department create --tenant kreis-lippe --name Jugendamt --short Jug'],
	async run({ values }) {
		const { createDepartment } = await import('../../lib/server/services/tenant.service');
		const department = await withTenant(values.tenant, (tc) =>
			createDepartment(tc, { name: values.name, shortName: values.short })
		);
		say(`Fachbereich „${department.name}“ im Mandanten ${values.tenant} angelegt.`);
	}
});

const list = defineCommand({
	name: 'list',
	summary: 'Listet die Fachbereiche eines Mandanten auf.',
	options: { tenant: tenantOption, json: { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } },
	async run({ values }) {
		const { listDepartments } = await import('../../lib/server/services/tenant.service');
		const departments = await withTenant(values.tenant, (tc) => listDepartments(tc));
		if (values.json) {
			printJson(departments.map((d) => ({ name: d.name, short: d.shortName })));
			return;
		}
		if (departments.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Fachbereiche.`);
		printTable(
			['Name', 'Kurzname'],
			departments.map((d) => [d.name, d.shortName])
		);
	}
});

export const departmentGroup: CommandGroup = {
	name: 'department',
	summary: 'Fachbereiche eines Mandanten anlegen und auflisten.',
	commands: [create, list]
};
