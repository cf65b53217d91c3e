import type { Translate } from '../../core/i18n/translate';
import { classify, ManualBreaksError, type Classification } from '../../core/monitoring/classification';
import { classColours, type Polarity } from '../../core/monitoring/palette';
import type { MonitoringState } from '../../core/monitoring/view-state';

export interface WorkspaceClasses {
	classification: Classification | null;
	/** Why the planner's manual limits were not used, said at their field. */
	error: string | null;
	breaks: number[];
	colours: string[];
}

/**
 * The classes of the shown values, as map, legend and table colour them. Manual limits a planner
 * typed may not fit the values: then quantiles, with the reason at the field. `centre` is where a
 * diverging palette turns: the city's value, or no change.
 */
export function workspaceClasses(
	numbers: number[],
	view: Pick<MonitoringState, 'method' | 'classes' | 'breaks' | 'palette'>,
	polarity: Polarity,
	centre: number | null,
	tr: Translate
): WorkspaceClasses {
	let classification: Classification | null = null;
	let error: string | null = null;
	if (numbers.length > 0) {
		try {
			classification = classify(numbers, {
				method: view.method,
				classes: view.classes,
				manualBreaks: view.breaks
			});
		} catch (caught) {
			if (!(caught instanceof ManualBreaksError)) throw caught;
			classification = classify(numbers, { method: 'quantile', classes: view.classes });
			error = tr(`map.breaks.${caught.problem}`);
		}
	}
	const breaks = classification?.breaks ?? [];
	const colours = breaks.length > 1 ? classColours(breaks, { kind: view.palette, polarity, centre }) : [];
	return { classification, error, breaks, colours };
}
