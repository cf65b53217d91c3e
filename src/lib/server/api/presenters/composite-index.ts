import type { ComputedIndex } from '../../values/composite-index';
import type { CompositeIndexRunResource } from '../schemas/composite-index';

/** What a computation run reports per date: how many units were eligible and how many got a class. */
export function indexRunResource(computed: ComputedIndex): CompositeIndexRunResource {
	return {
		date: computed.date,
		eligible: computed.result.eligibleCount,
		classified: computed.result.units.filter((u) => u.statusClass !== null).length
	};
}
