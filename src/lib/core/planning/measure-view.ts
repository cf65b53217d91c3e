import { measureStatuses, type MeasureStatus } from './measure';

/** The measures list's filters, read from the GET form's parameters (unknown values are ignored). */
export interface MeasureListQuery {
	status: MeasureStatus | '';
	department: string;
}

export function measureListQuery(params: URLSearchParams): MeasureListQuery {
	const status = params.get('status') ?? '';
	return {
		status: (measureStatuses as readonly string[]).includes(status) ? (status as MeasureStatus) : '',
		department: params.get('fachbereich') ?? ''
	};
}

export function measureMatches(
	measure: { status: string; leadDepartmentId: string | null },
	query: MeasureListQuery
): boolean {
	if (query.status && measure.status !== query.status) return false;
	if (query.department && measure.leadDepartmentId !== query.department) return false;
	return true;
}

export const isMeasureFiltered = (query: MeasureListQuery) => !!(query.status || query.department);
