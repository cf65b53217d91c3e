import { ImportFailed } from '../../core/imports/import-failed';
import type { ProblemList } from '../../core/imports/problem-list';
import { problem } from '../../core/imports/problems';
import { codeFromChildCodes } from '../../core/imports/unit-codes';
import { checkUnitCodes } from '../../core/imports/unit-records';
import type { Database } from '../db/client';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { childCodesInside, setStagedCodes } from '../repositories/unit-import.repository';
import type { UnitSource } from './unit-import-source';

/**
 * Codes for geodata that has none (the Berlin Bezirk TopoJSON has no properties at all): each
 * feature gets the common code prefix of the child units whose point on surface lies inside it.
 * Features with no child inside, or children of several prefixes, are reported.
 */
export async function deriveCodes(
	tx: Database,
	tenantId: string,
	rule: { layer: string; prefixLength: number },
	source: UnitSource,
	problems: ProblemList
): Promise<{ row: number; code: string; parentCode: string | null }[]> {
	const file = source.file;
	const childLayer = await findSpatialLayer(tx, tenantId, rule.layer);
	if (!childLayer) {
		const message = `Die Ebene „${rule.layer}“, aus deren Einheiten die Schlüssel abgeleitet werden sollen, gibt es nicht. Bitte importieren Sie zuerst diese Ebene (mit Geometrien).`;
		problems.add(problem('import.unknown_layer', { file }, message));
		throw new ImportFailed(problems.list());
	}
	const inside = new Map((await childCodesInside(tx, tenantId, childLayer.id)).map((r) => [r.row, r.codes]));
	const drafts = source.units.map((unit) => {
		const derived = codeFromChildCodes(inside.get(unit.row) ?? [], rule.prefixLength);
		const where = { file, row: unit.row };
		if (derived.kind === 'empty') {
			const message = `Objekt ${unit.row}: In der Fläche liegt keine Einheit der Ebene „${childLayer.name}“, daher lässt sich kein Schlüssel ableiten. Bitte prüfen Sie Lage und Koordinatensystem der Datei oder ergänzen Sie den Schlüssel in der Datei.`;
			problems.add(problem('import.missing_code', where, message));
			return { ...unit, code: null };
		}
		if (derived.kind === 'ambiguous') {
			const list = derived.prefixes.map((p) => `„${p.prefix}“ (${p.children})`).join(', ');
			const message = `Objekt ${unit.row}: In der Fläche liegen Einheiten der Ebene „${childLayer.name}“ mit verschiedenen Schlüsseln: ${list}. Der Schlüssel ist daher nicht eindeutig. Bitte prüfen Sie die Grenzen oder ergänzen Sie den Schlüssel in der Datei.`;
			problems.add(problem('import.ambiguous_code', where, message));
			return { ...unit, code: null };
		}
		return { ...unit, code: derived.code };
	});
	const resolved = drafts.filter((d) => d.code !== null);
	const checked = checkUnitCodes({ file, kind: 'geodata' }, resolved, null, false);
	problems.addAll(checked.problems);
	await setStagedCodes(tx, checked.units);
	return checked.units;
}
