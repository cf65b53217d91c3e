import type { ProblemList } from '../../core/imports/problem-list';
import { problem } from '../../core/imports/problems';
import { similarHint } from '../../core/imports/similar-codes';
import { parentCodeByPrefix } from '../../core/imports/unit-codes';
import { rowLabel } from '../../core/imports/unit-records';
import type { Database } from '../db/client';
import {
	assignParentsByOverlap,
	setStagedParents,
	unitIdsByCode
} from '../repositories/unit-import.repository';
import type { SpatialLayerRow } from '../repositories/spatial-layer.repository';
import type { ParentRule } from './unit-import-options';
import type { UnitSource } from './unit-import-source';

/**
 * Assigns the staged units their parents in the parent layer: from a code column, by code prefix
 * or by largest overlap. Unknown parent codes are errors; units that fit no parent are warnings.
 */
export async function assignParents(
	tx: Database,
	tenantId: string,
	layer: SpatialLayerRow,
	parentLayer: SpatialLayerRow | null,
	rule: ParentRule,
	source: UnitSource,
	units: readonly { row: number; code: string; parentCode: string | null }[],
	problems: ProblemList
): Promise<void> {
	if (rule.from === 'none') return;
	const file = source.file;
	if (!parentLayer) {
		const message = `Die Ebene „${layer.name}“ hat keine übergeordnete Ebene, daher können keine übergeordneten Einheiten zugeordnet werden. Bitte wählen Sie „keine Zuordnung“ oder legen Sie die Ebene mit übergeordneter Ebene an.`;
		problems.add(problem('import.mapping', { file }, message));
		return;
	}
	if (rule.from === 'containment') {
		const unfit = await assignParentsByOverlap(tx, tenantId, parentLayer.id, layer.metricSrid);
		for (const { row, hasGeometry } of unfit) {
			const code = units.find((u) => u.row === row)?.code ?? '';
			const reason = hasGeometry
				? `überschneidet sich mit keiner Einheit der Ebene „${parentLayer.name}“`
				: 'hat keine Geometrie';
			const message = `${rowLabel(source.kind, row)} („${code}“) ${reason} und bekommt daher keine übergeordnete Einheit. Bitte prüfen Sie Lage und Koordinatensystem oder ordnen Sie die Einheit später zu.`;
			problems.add(problem('import.no_parent', { file, row }, message, 'warning'));
		}
		return;
	}
	const parents = await unitIdsByCode(tx, tenantId, parentLayer.id);
	const known = [...parents.keys()];
	const column = rule.from === 'column' ? source.columns.parent : source.columns.code;
	const assigned: { row: number; parentId: string }[] = [];
	for (const unit of units) {
		const where = { file, row: unit.row, column };
		const label = rowLabel(source.kind, unit.row);
		const parentCode = rule.from === 'column' ? unit.parentCode : parentCodeByPrefix(unit.code, rule.length);
		if (parentCode === null) {
			const message =
				rule.from === 'column'
					? `${label} („${unit.code}“) nennt keine übergeordnete Einheit und bleibt ohne. Bitte tragen Sie den Schlüssel der Einheit der Ebene „${parentLayer.name}“ nach, falls es eine gibt.`
					: `${label}: Der Schlüssel „${unit.code}“ hat nicht mehr als ${rule.length} Zeichen, daher lässt sich keine übergeordnete Einheit ableiten. Bitte prüfen Sie den Schlüssel oder die Länge des Präfixes.`;
			problems.add(problem('import.no_parent', where, message, rule.from === 'column' ? 'warning' : 'error'));
			continue;
		}
		const parentId = parents.get(parentCode);
		if (!parentId) {
			const message = `${label}: Die übergeordnete Einheit „${parentCode}“ gibt es in der Ebene „${parentLayer.name}“ nicht.${similarHint(parentCode, known)} Bitte prüfen Sie den Schlüssel oder importieren Sie zuerst die Einheiten der Ebene „${parentLayer.name}“.`;
			problems.add(problem('import.unknown_parent', where, message));
			continue;
		}
		assigned.push({ row: unit.row, parentId });
	}
	await setStagedParents(tx, assigned);
}
