import { catalogueFilter, groupByTopic } from '$lib/core/catalogue/indicator-filter';
import { listIndicators } from '$lib/server/services/indicator.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { listTopics } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The indicator catalogue: every indicator by topic, filtered by a GET form (works without JavaScript). */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const [indicators, topics, departments] = await loadResult(() =>
		Promise.all([listIndicators(tc), listTopics(tc), listDepartments(tc)])
	);
	const filter = catalogueFilter(event.url.searchParams);
	const items = indicators.map((i) => ({
		code: i.code,
		name: i.name,
		shortName: i.shortName,
		kind: i.kind,
		unitLabel: i.unitLabel,
		polarity: i.polarity,
		topicCode: i.topicCode,
		topicName: i.topicName,
		departmentName: i.departmentName,
		definition: (i.metadata as { definition?: string } | null)?.definition ?? null
	}));
	return {
		filter,
		total: items.length,
		groups: groupByTopic(items, filter),
		topics: topics.map((t) => ({ code: t.code, name: t.name })),
		departments: departments.map((d) => d.name)
	};
};
