import type {
	HierarchyImportInput,
	HierarchyImportReport
} from '../../../lib/server/services/import.service';
import { UsageError } from '../../command';
import { note, printJson, say } from '../../output';
import { importProblemLine } from '../../problem-report';

type Level = HierarchyImportInput['levels'][number];

/**
 * `--levels` of `import units`: the levels of a flat area table, top down, separated by commas:
 * `<ebene>[:<Name>]=<Schlüsselspalte>|#<Stellen>[/<Namensspalte>]`. With `:Name` the layer is
 * created (below the level before it); `#4` takes the first 4 characters of the smallest code.
 */
export function parseLevels(text: string, metricSrid: number | undefined, path: string): Level[] {
	const items = text
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '');
	if (items.length < 2) {
		throw new UsageError(
			'--levels braucht mindestens zwei Ebenen, durch Kommas getrennt (von oben nach unten).',
			path
		);
	}
	return items.map((item) => {
		const match = /^([^:=]+?)(?::([^=]+))?=([^/]+?)(?:\/(.+))?$/.exec(item);
		if (!match) {
			throw new UsageError(
				`--levels: „${item}“ ist keine Ebene. Erwartet: <ebene>[:<Name>]=<Schlüsselspalte oder #Stellen>[/<Namensspalte>], z. B. bezirk:Bezirk=BEZ/BEZ_NAME oder bezirk:Bezirk=#2.`,
				path
			);
		}
		const [, code, name, key, nameColumn] = match.map((m) => m?.trim());
		const prefix = /^#(\d+)$/.exec(key!);
		const layer = name ? { code: code!, name, ...(metricSrid !== undefined ? { metricSrid } : {}) } : code!;
		return {
			layer,
			...(prefix ? { prefix: Number(prefix[1]) } : { code: key! }),
			...(nameColumn ? { name: nameColumn } : {})
		};
	});
}

/** What a hierarchy import did, level by level; warnings (kept in the provenance too) on stderr. */
export function printHierarchyReport(
	report: HierarchyImportReport,
	tenant: string,
	json: boolean,
	dryRun: boolean
): void {
	for (const warning of report.warnings) note(importProblemLine(warning));
	if (json) return printJson(report);
	say(
		dryRun
			? `Prüfung ohne Fehler (nichts gespeichert): ${report.rows} Zeilen gelesen.`
			: `Import abgeschlossen: ${report.rows} Zeilen gelesen.`
	);
	for (const { layer, report: level } of report.levels) {
		const id = dryRun ? '' : ` (Import ${level.importId})`;
		say(`  ${layer}: ${level.created} Einheiten neu, ${level.updated} aktualisiert${id}`);
	}
	if (report.warnings.length > 0) say(`${report.warnings.length} Warnung(en), siehe oben.`);
	if (!dryRun) {
		// Lower levels depend on upper ones: rollback goes from the bottom up.
		const ids = [...report.levels].reverse().map((l) => l.report.importId);
		say(
			`Rückgängig machen (von unten nach oben): ${ids.map((id) => `querschnitt import rollback --tenant ${tenant} ${id}`).join('; ')}`
		);
	}
}
