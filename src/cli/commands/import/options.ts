import type { ImportReport } from '../../../lib/core/imports/report';
import { UsageError } from '../../command';
import { note, printJson, say } from '../../output';
import { importProblemLine } from '../../problem-report';

/** What the import commands share: reading options, common flags, the report printed after an import. */
export const tenantOption = {
	type: 'string',
	value: '<kürzel>',
	description: 'Kürzel des Mandanten',
	required: true
} as const;

export const encodings = ['auto', 'utf-8', 'windows-1252', 'iso-8859-1'] as const;
export const delimiters = ['auto', ';', ',', 'tab', '|'] as const;

/** Options both imports share: how to read a table, who imports, how to report. */
export const readerOptions = {
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

export const commonOptions = {
	as: {
		type: 'string',
		value: '<benutzername>',
		description:
			'Import im Namen dieses Mitglieds des Mandanten (Herkunft und Protokoll nennen es, seine Rolle gilt); ' +
			'ohne: „cli:<Betriebssystem-Benutzer>“'
	},
	json: { type: 'boolean', description: 'Ergebnis als JSON ausgeben (für Skripte)' }
} as const;

/** „Nur prüfen“ (dry run) of the unit and observation imports, as `import facilities` has it. */
export const checkOnlyOptions = {
	pruefen: {
		type: 'boolean',
		description: 'Nur prüfen: alle Prüfungen wie beim Import (auch gegen die Datenbank), nichts speichern'
	}
} as const;

export function integer(option: string, raw: string | undefined, path: string): number | undefined {
	if (raw === undefined) return undefined;
	if (!/^\d+$/.test(raw.trim()))
		throw new UsageError(`--${option} erwartet eine ganze Zahl, nicht „${raw}“.`, path);
	return Number(raw);
}

/** Reader options from flags, without the ones not given (so that a mapping file's values stay). */
export function readerValues(values: { encoding?: string; delimiter?: string; sheet?: string }) {
	return definedOnly({
		encoding: values.encoding,
		delimiter: values.delimiter === 'tab' ? '\t' : values.delimiter,
		sheet: values.sheet
	});
}

export function definedOnly<T extends Record<string, unknown>>(object: T): Partial<T> {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * What an import did, for people; warnings (kept in the provenance too) on stderr. A check-only run
 * (`--pruefen`) prints the same report, said as what the import would do.
 */
export function printReport(report: ImportReport, tenant: string, json: boolean, dryRun = false): void {
	for (const warning of report.warnings) note(importProblemLine(warning));
	if (json) return printJson(dryRun ? { ...report, dryRun: true } : report);
	const counts =
		report.kind === 'units'
			? `${report.rows} Datensätze gelesen, ${report.created} Einheiten neu, ${report.updated} aktualisiert` +
				(report.skipped > 0 ? `, ${report.skipped} ohne Schlüssel übersprungen` : '')
			: `${report.rows} Zeilen gelesen, ${report.created} Werte neu, ${report.replaced} ersetzt, ` +
				`${report.missingValues} fehlende Werte (nicht gespeichert)`;
	say(
		dryRun
			? `Prüfung ohne Fehler (nichts gespeichert): ${counts}.`
			: `Import ${report.importId} abgeschlossen: ${counts}.`
	);
	for (const c of report.missingCodes ?? []) {
		const code = c.code === '' ? 'leer' : `„${c.code}“`;
		say(`  ${code}: ${c.count} Zelle(n) – ${c.label}`);
	}
	if (report.variablesCreated.length > 0)
		say(
			`${dryRun ? 'Würden neu angelegt' : 'Neu angelegte'} Variablen: ${report.variablesCreated.join(', ')}.`
		);
	if (report.notInFile.length > 0) {
		const shown = report.notInFile.slice(0, 10).join(', ');
		const more = report.notInFile.length > 10 ? ` und ${report.notInFile.length - 10} weitere` : '';
		say(`Nicht in der Datei (bleiben unverändert): ${report.notInFile.length} Einheiten: ${shown}${more}.`);
	}
	if (report.warnings.length > 0) say(`${report.warnings.length} Warnung(en), siehe oben.`);
	if (dryRun) say('Zum Übernehmen denselben Befehl ohne --pruefen ausführen.');
	else say(`Rückgängig machen: querschnitt import rollback --tenant ${tenant} ${report.importId}`);
}
