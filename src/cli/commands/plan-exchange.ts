import { writeFileSync } from 'node:fs';
import { actingContext } from '../acting-user';
import { CliError, UsageError, defineCommand, type CommandGroup } from '../command';
import { withServices, withTenant } from '../database';
import { readInputFiles } from '../input-files';
import { note, printJson, say } from '../output';
import { importProblemLine } from '../problem-report';
import { commonOptions, tenantOption } from './import/options';

/**
 * `querschnitt plan import|export|vorlage` (issue 15): the plan (goals, measures, budgets,
 * milestones) from and to the workbook in which planners keep it, with the same all-or-nothing
 * checks and the same problem report as every other import.
 */

const force = { type: 'boolean', description: 'Eine vorhandene Datei überschreiben' } as const;

function writeBytes(path: string, bytes: Uint8Array, overwrite: boolean): void {
	try {
		writeFileSync(path, bytes, { flag: overwrite ? 'w' : 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST')
			throw new CliError(`Die Datei „${path}“ existiert bereits. Mit --force wird sie überschrieben.`);
		throw new CliError(`Die Datei „${path}“ kann nicht geschrieben werden: ${(error as Error).message}`);
	}
}

const planImport = defineCommand({
	name: 'import',
	summary: 'Importiert Ziele, Maßnahmen, Haushalt und Meilensteine aus einer Arbeitsmappe oder CSV-Dateien.',
	description:
		'Eine Excel-Arbeitsmappe mit den Blättern „Ziele“, „Maßnahmen“, „Haushalt“, „Meilensteine“ (wie sie ' +
		'`plan export` und `plan vorlage` schreiben) oder CSV-Dateien, je Art eine (ziele.csv, massnahmen.csv, ' +
		'haushalt.csv, meilensteine.csv; Semikolon, Dezimalkomma, UTF-8 oder Windows-1252). Ziele und Maßnahmen ' +
		'werden über ihre Nummer angelegt oder geändert; jede Zeile wird wie im Formular geprüft.\n\n' +
		'Der Import gelingt ganz oder gar nicht: Bei einem Fehler werden alle Probleme mit Datei, Blatt, Zeile, ' +
		'Spalte, Code und Meldung aufgeführt, der Exit-Code ist 1, und an der Datenbank ändert sich nichts. ' +
		'Mit --pruefen wird nur geprüft.',
	options: {
		tenant: tenantOption,
		pruefen: { type: 'boolean', description: 'Nur prüfen: alle Prüfungen wie beim Import, nichts speichern' },
		...commonOptions
	},
	positionals: ['datei…'],
	examples: [
		'querschnitt plan import --tenant berlin plan-2026.xlsx',
		'querschnitt plan import --tenant berlin --pruefen ziele.csv massnahmen.csv haushalt.csv'
	],
	async run({ values, positionals }) {
		if (positionals.length === 0)
			throw new UsageError('Bitte nennen Sie mindestens eine Datei.', 'plan import');
		const files = readInputFiles(positionals);
		const { importPlan } = await import('../../lib/server/services/plan-import.service');
		const dryRun = values.pruefen === true;
		const report = await withServices(async (system) =>
			importPlan(await actingContext(system, values.tenant, values.as), files, { dryRun })
		);
		for (const warning of report.warnings) note(importProblemLine(warning));
		if (values.json) return printJson(report);
		const counts =
			`${report.goalsCreated} Ziele neu, ${report.goalsUpdated} geändert; ` +
			`${report.measuresCreated} Maßnahmen neu, ${report.measuresUpdated} geändert; ` +
			`${report.budgetLines} Haushaltszeilen, ${report.milestones} Meilensteine`;
		say(dryRun ? `Prüfung ohne Fehler (nichts gespeichert): ${counts}.` : `Plan importiert: ${counts}.`);
		if (dryRun) say('Zum Übernehmen denselben Befehl ohne --pruefen ausführen.');
	}
});

const planExport = defineCommand({
	name: 'export',
	summary: 'Schreibt den Plan als Excel-Arbeitsmappe im Aufbau des Imports.',
	options: { tenant: tenantOption, force },
	positionals: ['datei'],
	examples: ['querschnitt plan export --tenant berlin plan.xlsx'],
	async run({ values, positionals }) {
		const [path] = positionals;
		if (!path || positionals.length !== 1)
			throw new UsageError('Bitte nennen Sie genau eine Zieldatei (.xlsx).', 'plan export');
		const { exportPlan } = await import('../../lib/server/services/plan-import.service');
		const bytes = await withTenant(values.tenant, (tc) => exportPlan(tc));
		writeBytes(path, bytes, values.force === true);
		note(`Geschrieben: ${path}`);
	}
});

const planTemplate = defineCommand({
	name: 'vorlage',
	summary: 'Schreibt die leere Arbeitsmappe zum Ausfüllen (Blätter, Überschriften, Hinweise).',
	options: { tenant: tenantOption, force },
	positionals: ['datei'],
	examples: ['querschnitt plan vorlage --tenant berlin plan-vorlage.xlsx'],
	async run({ values, positionals }) {
		const [path] = positionals;
		if (!path || positionals.length !== 1)
			throw new UsageError('Bitte nennen Sie genau eine Zieldatei (.xlsx).', 'plan vorlage');
		const { planTemplate: template } = await import('../../lib/server/services/plan-import.service');
		const bytes = await withTenant(values.tenant, (tc) => template(tc));
		writeBytes(path, bytes, values.force === true);
		note(`Geschrieben: ${path}`);
	}
});

export const planGroup: CommandGroup = {
	name: 'plan',
	summary:
		'Der Plan (Ziele, Maßnahmen, Haushalt, Meilensteine) als Arbeitsmappe: importieren, exportieren, Vorlage.',
	commands: [planImport, planExport, planTemplate]
};
