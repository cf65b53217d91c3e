import type { MeasureDetail } from '../../services/measure.service';
import type {
	BudgetRow,
	MeasureListItem,
	MilestoneRow,
	OutputRow
} from '../../repositories/measure.repository';

/**
 * The planning cycle's answers without the keys a client has no use for (the tenant, the measure
 * a row of a measure belongs to): the tenant is in the path, the measure is the one asked for.
 */
export function measureResource({ tenantId: _tenant, ...measure }: MeasureListItem) {
	return measure;
}

export const budgetLineResource = ({ tenantId: _tenant, measureId: _measure, ...line }: BudgetRow) => line;
export const milestoneResource = ({ tenantId: _tenant, measureId: _measure, ...row }: MilestoneRow) => row;
export const outputResource = ({ tenantId: _tenant, measureId: _measure, ...row }: OutputRow) => row;

export function measureDetailResource(detail: MeasureDetail) {
	return {
		measure: measureResource(detail.measure),
		links: detail.links,
		budget: detail.budget.map(budgetLineResource),
		milestones: detail.milestones.map(milestoneResource),
		outputs: detail.outputs.map(outputResource)
	};
}
