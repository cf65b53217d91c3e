import { formatDecimal, formatIsoDate } from '../i18n/format';
import { t } from '../i18n/translate';
import type { Rating } from '../planning/goal-check';
import { overBy, type AgendaProposal } from './agenda-proposal';
import type { AgendaItemKind } from './steering';

/**
 * An agenda item as it is stored from a proposal: its kind, what it is about, and a title in the
 * words of a Tagesordnung. Titles are German: the agenda is a document of the municipality, sent
 * and filed as written (the planner edits it like any other text).
 */
export interface AgendaItemDraft {
	kind: AgendaItemKind;
	title: string;
	goalId: string | null;
	measureId: string | null;
	unitId: string | null;
	proposal: AgendaProposal | null;
}

const rating = (code: Rating) => t('de', `planning.rating.${code}`);
const euros = (amount: number) => `${formatDecimal(amount, 'de', 0)} €`;

export function agendaItemOf(p: AgendaProposal): AgendaItemDraft {
	const none = { goalId: null, measureId: null, unitId: null, proposal: p };
	switch (p.kind) {
		case 'for_decision':
			return {
				...none,
				kind: p.kind,
				goalId: p.goal.id,
				title: `Beschluss über das Ziel ${p.goal.code}: ${p.goal.title}`
			};
		case 'goal_worse':
			return {
				...none,
				kind: p.kind,
				goalId: p.goal.id,
				title:
					`Ziel ${p.goal.code} ${rating(p.now)}` +
					(p.then ? ` (zuletzt ${rating(p.then)})` : '') +
					`: ${p.goal.title}`
			};
		case 'unit_lowest_class':
			return {
				...none,
				kind: p.kind,
				unitId: p.unit.id,
				title: `${p.unit.name} (${p.unit.code}) neu in der Klasse höchsten Bedarfs des Sozialindex „${p.indexName}“`
			};
		case 'milestone_overdue':
			return {
				...none,
				kind: p.kind,
				measureId: p.milestone.measure.id,
				title:
					`Meilenstein überfällig (seit ${formatIsoDate(p.milestone.dueOn, 'de')}): ` +
					`${p.milestone.title}, Maßnahme ${p.milestone.measure.code}`
			};
		case 'budget_overrun':
			return {
				...none,
				kind: p.kind,
				measureId: p.budget.measure.id,
				title:
					`Budget ${p.budget.year} überschritten um ${euros(overBy(p.budget))}: ` +
					`Maßnahme ${p.budget.measure.code} ${p.budget.measure.title}`
			};
	}
}

/**
 * What an item is about and why, as a key: an agenda that has an item of the key gets no second one
 * when the proposal is taken again (two overdue milestones of one measure are two items).
 */
export function subjectKey(
	item: Pick<AgendaItemDraft, 'kind' | 'goalId' | 'measureId' | 'unitId'> & { proposal: unknown }
): string {
	const proposal = item.proposal as AgendaProposal | null;
	const milestone = proposal?.kind === 'milestone_overdue' ? proposal.milestone.title : '';
	return [item.kind, item.goalId, item.measureId, item.unitId, milestone].join('|');
}
