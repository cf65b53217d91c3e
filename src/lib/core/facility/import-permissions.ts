/**
 * What a department planner or a provider (Träger) may import: only rows of their own department
 * or provider. Rows that name none are given theirs; rows that name another are refused with their
 * row numbers, so the person sees which rows to take out. Pure.
 */
import { problem, type ImportProblem } from '../imports/problems';
import type { CheckedFacility } from './import-rows';

export type ImportRestriction =
	| { kind: 'none' }
	| { kind: 'department'; departmentId: string; departmentName: string }
	| { kind: 'provider'; providerId: string; providerName: string };

function rowList(rows: readonly number[]): string {
	const shown = rows.slice(0, 20).join(', ');
	return rows.length > 20 ? `${shown} und ${rows.length - 20} weitere` : shown;
}

export function applyRestriction(
	file: string,
	facilities: readonly CheckedFacility[],
	restriction: ImportRestriction,
	columns: { department: string | null; provider: string | null }
): { facilities: CheckedFacility[]; problems: ImportProblem[] } {
	if (restriction.kind === 'none') return { facilities: [...facilities], problems: [] };
	const refused: number[] = [];
	const kept = facilities.map((f) => {
		if (restriction.kind === 'department') {
			if (f.departmentId !== null && f.departmentId !== restriction.departmentId) refused.push(f.row);
			return { ...f, departmentId: restriction.departmentId };
		}
		if (f.providerName !== null && f.providerName !== restriction.providerName) refused.push(f.row);
		return { ...f, providerName: restriction.providerName };
	});
	if (refused.length === 0) return { facilities: kept, problems: [] };
	const problems = refused.map((row) => {
		const message =
			restriction.kind === 'department'
				? `Zeile ${row}: Die Einrichtung gehört zu einem anderen Amt. Sie dürfen nur Einrichtungen von „${restriction.departmentName}“ importieren; bitte entfernen Sie die Zeilen ${rowList(refused)} oder bitten Sie eine Planerin oder einen Planer mit Zugriff auf das Amt.`
				: `Zeile ${row}: Die Einrichtung gehört zu einem anderen Träger. Sie dürfen nur Einrichtungen von „${restriction.providerName}“ importieren; bitte entfernen Sie die Zeilen ${rowList(refused)}.`;
		const column = restriction.kind === 'department' ? columns.department : columns.provider;
		return problem('import.forbidden_row', { file, row, column }, message);
	});
	return { facilities: kept, problems };
}
