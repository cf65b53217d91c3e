import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import {
	dependentsOfImportedUnits,
	laterUnitImports,
	rollbackObservations,
	rollbackUnits,
	type DataImportRow
} from '../repositories/data-import.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';

export interface RollbackResult {
	importId: string;
	kind: DataImportRow['kind'];
	/** Observations or units of the import that were deleted. */
	deleted: number;
	/** Values or unit states the import had replaced, restored. */
	restored: number;
	/** A German summary for the user. */
	message: string;
}

const number = new Intl.NumberFormat('de-DE');

function when(at: Date): string {
	return at.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
}

/** Refuses to roll back units that later data depend on, naming what depends on them. */
async function refuseIfDepended(tx: Database, row: DataImportRow): Promise<void> {
	const blocked = (details: string) =>
		new AppError('import.rollback_blocked', { import: row.fileName, details });
	if (row.layerId) {
		const later = await laterUnitImports(tx, row.tenantId, row.layerId, row.at, row.id);
		if (later.length > 0) {
			const list = later.map((l) => `„${l.fileName}“ (${when(l.at)})`).join(', ');
			throw blocked(
				`Danach wurden Gebietseinheiten derselben Ebene importiert: ${list}. Bitte machen Sie zuerst diese späteren Importe rückgängig.`
			);
		}
	}
	const { observations, children, goals, measures } = await dependentsOfImportedUnits(
		tx,
		row.tenantId,
		row.id
	);
	const reasons: string[] = [];
	if (observations.length > 0) {
		const list = observations.map((o) => `„${o.variable}“ (${number.format(o.n)})`).join(', ');
		reasons.push(
			`Für Gebietseinheiten dieses Imports sind Werte gespeichert: ${list}. Bitte machen Sie zuerst die Importe dieser Werte rückgängig.`
		);
	}
	if (children.length > 0) {
		const list = children.map((c) => `${number.format(c.n)} der Ebene „${c.layer}“`).join(', ');
		reasons.push(
			`Andere Gebietseinheiten sind Einheiten dieses Imports untergeordnet: ${list}. Bitte machen Sie zuerst deren Import rückgängig.`
		);
	}
	if (goals.length > 0 || measures.length > 0) {
		const named = [
			goals.length > 0 ? `die Ziele ${goals.join(', ')}` : null,
			measures.length > 0 ? `die Maßnahmen ${measures.join(', ')}` : null
		].filter(Boolean);
		reasons.push(
			`Gebietseinheiten dieses Imports werden in der Steuerung verwendet: ${named.join(' und ')}. Bitte nehmen Sie diese Gebiete dort zuerst heraus.`
		);
	}
	if (reasons.length > 0) throw blocked(reasons.join(' '));
}

/**
 * Undoes an import in the caller's transaction. Observations: deleted, and the values they had
 * replaced restored. Units: refused while data depend on them; else the units it created are
 * deleted and those it updated get their former name, parent and geometry back.
 */
export async function undoImport(tx: Database, row: DataImportRow): Promise<RollbackResult> {
	if (row.kind === 'observations') {
		const { deleted, restored } = await rollbackObservations(tx, row.tenantId, row.id);
		const also =
			restored > 0
				? ` ${number.format(restored)} Werte, die der Import ersetzt hatte, wurden wiederhergestellt.`
				: '';
		return {
			importId: row.id,
			kind: row.kind,
			deleted,
			restored,
			message: `Der Import „${row.fileName}“ wurde rückgängig gemacht: ${number.format(deleted)} Werte wurden gelöscht.${also}`
		};
	}
	if (row.kind !== 'units') {
		throw new AppError('import.rollback_blocked', {
			import: row.fileName,
			details: 'Importe dieser Art können hier nicht rückgängig gemacht werden.'
		});
	}
	await refuseIfDepended(tx, row);
	const { deleted, restored } = await rollbackUnits(tx, row.tenantId, row.id);
	await rebuildAncestry(tx, row.tenantId);
	const also =
		restored > 0
			? ` ${number.format(restored)} Einheiten haben ihren vorherigen Stand (Name, übergeordnete Einheit, Geometrie) zurückerhalten.`
			: '';
	return {
		importId: row.id,
		kind: row.kind,
		deleted,
		restored,
		message: `Der Import „${row.fileName}“ wurde rückgängig gemacht: ${number.format(deleted)} Gebietseinheiten wurden gelöscht.${also} Die Ebene selbst bleibt bestehen.`
	};
}
