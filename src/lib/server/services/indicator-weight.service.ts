import { z } from 'zod';
import { AppError } from '../../core/errors';
import { findIndicatorItem, type IndicatorListItem } from '../repositories/indicator.repository';
import { authorize } from './context';
import {
	defineIndicator,
	definitionOf,
	indicatorInput,
	invalid,
	optionalCode,
	text
} from './indicator.service';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

const weightInput = z
	.object({
		weight: optionalCode,
		weightStandIn: indicatorInput.shape.weightStandIn,
		weightNote: text(1000)
	})
	.strict();

/**
 * Sets how a directly imported indicator aggregates above its values' layer (DOMAIN.md §3): the
 * weight variable (the reference population, or a stated stand-in), or none with the reason. The
 * rest of the definition stays; the change is audited like any definition (before/after), and
 * the row keeps who set the weight and when.
 */
export async function setIndicatorWeight(
	tc: TenantContext,
	indicatorCode: string,
	input: unknown
): Promise<IndicatorListItem> {
	const weight = parseInput(weightInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const item = await findIndicatorItem(tc.db, tc.tenant.id, indicatorCode);
	if (!item) throw new AppError('indicator.not_found', { indicator: indicatorCode });
	if (item.kind !== 'direct')
		throw invalid(indicatorCode, {
			weight: 'Ein Gewicht haben nur direkt importierte Werte; Quoten summieren Zähler und Nenner'
		});
	return defineIndicator(tc, { ...definitionOf(item), ...weight });
}
