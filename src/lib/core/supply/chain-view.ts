/**
 * Which units the prevention chain page shows. 447 Planungsräume side by side are unreadable, so
 * the page shows the units of one parent unit (e.g. one Bezirksregion), or the units whose codes
 * start with what a planner typed ("01" for Berlin-Mitte, or "01011101, 01011102").
 */

export interface ChainUnitChoice {
	code: string;
	parentCode: string | null;
}

/** The codes or code beginnings of a text filter, split at commas, semicolons and spaces. */
export function codeFilter(text: string): string[] {
	return text
		.split(/[,;\s]+/)
		.map((t) => t.trim())
		.filter((t) => t.length > 0);
}

/**
 * The codes to show: by text filter when one is given, else by parent unit (the first parent when
 * none is chosen), else the first `limit` units. `parent` is null when the layer has no parent.
 */
export function chainUnits(
	units: readonly ChainUnitChoice[],
	filter: { text: string; parent: string | null },
	limit = 30
): string[] {
	const prefixes = codeFilter(filter.text);
	if (prefixes.length > 0)
		return units.filter((u) => prefixes.some((p) => u.code.startsWith(p))).map((u) => u.code);
	if (filter.parent !== null) return units.filter((u) => u.parentCode === filter.parent).map((u) => u.code);
	return units.slice(0, limit).map((u) => u.code);
}
