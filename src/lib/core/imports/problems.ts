/**
 * A problem found in an imported file. Every import reports all of them at once, each with where
 * it is (file, row, column) and what to do, in German, under a stable code.
 * Rows are counted as a person sees them in Excel or an editor: the header is row 1.
 */
export interface ImportProblem {
	code: ImportProblemCode;
	severity: 'error' | 'warning';
	file: string;
	/** 1-based row in the file (header = 1), or the feature number for geodata; null for the whole file. */
	row: number | null;
	/** Column name as in the file, or the property/field name; null for the whole row or file. */
	column: string | null;
	message: string;
}

export const importProblemCodes = [
	'import.empty_file',
	'import.too_large',
	'import.unreadable',
	'import.encoding',
	'import.delimiter',
	'import.missing_column',
	'import.duplicate_column',
	'import.ragged_row',
	'import.duplicate_row',
	'import.unknown_unit',
	'import.unknown_variable',
	'import.unknown_layer',
	'import.invalid_number',
	'import.negative_count',
	'import.invalid_date',
	'import.missing_code',
	'import.duplicate_code',
	'import.unknown_parent',
	'import.no_parent',
	'import.invalid_geometry',
	'import.repaired_geometry',
	'import.empty_geometry',
	'import.mixed_geometry',
	'import.crs_mismatch',
	'import.unknown_crs',
	'import.missing_part',
	'import.zip_contents',
	'import.mapping',
	'import.unclosed_quote',
	'import.unknown_sheet',
	'import.unknown_object',
	'import.geometry_type',
	'import.ambiguous_code',
	'import.missing_name',
	'import.unknown_kind',
	'import.unknown_department',
	'import.swapped_coordinates',
	'import.implausible_coordinates',
	'import.missing_crs',
	'import.outside_area',
	'import.date_order',
	'import.forbidden_row',
	// Unit names and positions (issue 12)
	'import.name_looks_cut',
	'import.uncertain_name',
	'import.far_outside',
	'import.conflicting_name',
	'import.conflicting_parent',
	// Facility imports without hand work (issue 12)
	'import.unknown_capacity_code',
	'import.unknown_sector',
	// Observation imports (issue 12): flag cells, implausible values, codes for missing values.
	'import.invalid_flag',
	'import.implausible_value',
	'import.missing_codes',
	// Plan import (issue 15): goals, measures, budgets and milestones.
	'import.unknown_column',
	'import.invalid_value',
	'import.unknown_reference'
] as const;
export type ImportProblemCode = (typeof importProblemCodes)[number];

export function problem(
	code: ImportProblemCode,
	where: { file: string; row?: number | null; column?: string | null },
	message: string,
	severity: 'error' | 'warning' = 'error'
): ImportProblem {
	return { code, severity, file: where.file, row: where.row ?? null, column: where.column ?? null, message };
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}
