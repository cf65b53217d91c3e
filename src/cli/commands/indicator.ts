import { CliError, defineCommand, type CommandGroup } from '../command';
import { withServices, withTenant } from '../database';
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
			const tc = await actingContext(system, values.tenant, values.as);
			return defineIndicators(tc, definitions);
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
		const indicators = await withTenant(values.tenant, (tc) => listIndicators(tc));
		if (values.json) return printJson(indicators.map(definitionOf));
		if (indicators.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Indikatoren.`);
		printTable(
			['Code', 'Name', 'Art', 'Einheit'],
			indicators.map((i) => [i.code, i.name, kindLabels[i.kind] ?? i.kind, i.unitLabel])
		);
	}
});

const weight = defineCommand({
	name: 'weight',
	summary: 'Setzt das Gewicht eines direkt importierten Indikators (Zusammenfassung nach oben).',
	description:
		'Direkt importierte Anteile (ohne Zähler und Nenner) lassen sich über größere Gebiete nur mit ihrer ' +
		'Bezugsbevölkerung als Gewicht zusammenfassen: geschätzter Zähler = Anteil × Bezugsbevölkerung, summiert, ' +
		'geteilt durch die Summe der Bezugsbevölkerung. Die Werte heißen dann überall „Schätzung“ mit dem Namen des ' +
		'Gewichts. Ist das Merkmal nur ein Ersatz (alle Einwohner für einen Anteil der unter 15-Jährigen), sagt ' +
		'--stand-in das, und --note muss nennen, wofür es steht. Mit --no-weight werden die Werte nicht ' +
		'zusammengefasst; --note sagt dann, warum kein Gewicht passt. Die Änderung steht im Änderungsprotokoll.',
	options: {
		tenant: tenantOption,
		indicator: { type: 'string', value: '<code>', description: 'Code des Indikators', required: true },
		weight: { type: 'string', value: '<merkmal>', description: 'Code des Gewichtungsmerkmals' },
		'no-weight': { type: 'boolean', description: 'Kein Gewicht: Werte nur auf ihrer eigenen Ebene' },
		'stand-in': { type: 'boolean', description: 'Das Gewicht ist ein Ersatz für die Bezugsbevölkerung' },
		note: {
			type: 'string',
			value: '<text>',
			description: 'Wofür ein Ersatz steht, oder warum keins passt'
		},
		as: {
			type: 'string',
			value: '<benutzername>',
			description: 'Im Namen dieses Mitglieds des Mandanten; ohne: „cli:<Betriebssystem-Benutzer>“'
		}
	},
	examples: [
		'querschnitt indicator weight --tenant berlin --indicator mss_status3 --weight einwohner',
		'querschnitt indicator weight --tenant berlin --indicator mss_status4 --weight einwohner --stand-in --note "Einwohner insgesamt statt unter 15 Jahren"'
	],
	async run({ values }) {
		if (values.weight && values['no-weight'])
			throw new CliError('Bitte entweder --weight oder --no-weight angeben, nicht beides.');
		if (!values.weight && !values['no-weight'])
			throw new CliError('Bitte --weight <merkmal> oder --no-weight angeben.');
		const { setIndicatorWeight } = await import('../../lib/server/services/indicator-weight.service');
		const saved = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			return setIndicatorWeight(tc, values.indicator, {
				weight: values.weight ?? null,
				weightStandIn: values['stand-in'] ?? false,
				weightNote: values.note ?? null
			});
		});
		say(
			saved.weightCode
				? `${saved.code}: gewichtet mit „${saved.weightCode}“${saved.weightStandIn ? ' (Ersatzgewicht)' : ''}.`
				: `${saved.code}: ohne Gewicht, Werte nur auf ihrer eigenen Ebene.`
		);
	}
});

export const indicatorGroup: CommandGroup = {
	name: 'indicator',
	summary: 'Indikatoren aus Dateien definieren, auflisten und gewichten.',
	commands: [define, list, weight]
};
