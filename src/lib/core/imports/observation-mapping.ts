/**
 * How the columns of an observation file map to unit, variable, date and value. Long format: one
 * row per value, with columns for unit code, date, variable and value (names configurable, German
 * and English defaults recognised). Wide format: one row per unit, one column per variable and
 * date, mapped explicitly or by patterns over the column names.
 */
export interface ObservationColumns {
	unit?: string;
	date?: string;
	variable?: string;
	value?: string;
}

export interface WideColumnTarget {
	/** Variable code; in patterns `$1`, `$2` … stand for the groups of the match. */
	variable: string;
	/** Date (31.12.2016, 2016-12-31, 2016); in patterns with `$1` …; default: the mapping's date. */
	date?: string;
}

export interface WidePattern extends WideColumnTarget {
	/** Regular expression over the column name, e.g. `^(\d{4})_E_E(\d\d)_(\d\d)$`. */
	match: string;
}

export interface ObservationMapping {
	format: 'long' | 'wide';
	columns?: ObservationColumns;
	/**
	 * The date of all values when the file has no date column (long), or of the value columns whose
	 * mapping names none (wide; a wide file's date column, where there is one, is used per row).
	 */
	date?: string;
	/** The variable of all values when a long file has no variable column. */
	variable?: string;
	/** Wide format: column name → variable code, or variable and date. */
	wideColumns?: Record<string, string | WideColumnTarget>;
	/** Wide format: patterns tried in order for columns not mapped explicitly. */
	widePatterns?: WidePattern[];
	/** Number style of value columns; default: detected per column (XLSX numbers are always 'en'). */
	numberStyle?: 'auto' | 'de' | 'en';
}

/** Where each part of an observation is found, resolved against a file's header. */
export type ObservationLayout =
	| {
			format: 'long';
			unit: number;
			/** Column index of the date, or null with `fixedDate`. */
			date: number | null;
			fixedDate: string | null;
			variable: number | null;
			fixedVariable: string | null;
			value: number;
	  }
	| {
			format: 'wide';
			unit: number;
			/** Column index of a date per row, for the value columns without a date of their own. */
			date: number | null;
			/** One per value column: its index, variable code and ISO date (null: the row's date). */
			targets: { column: number; variable: string; date: string | null }[];
	  };

/** 2016-12-31 → 31.12.2016, for messages. */
export function germanDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}
