import { describe, expect, it } from 'vitest';
import { agendaItemOf, subjectKey } from './agenda-item';
import {
	agendaEditable,
	decisionOutcomes,
	decisionProblems,
	decisionsOpen,
	goalStatusAfter,
	meetingStatuses,
	nextMeetingStatus
} from './steering';

describe('a meeting', () => {
	it('moves forward one step at a time and never back', () => {
		const path = [];
		for (let s: (typeof meetingStatuses)[number] | null = 'geplant'; s; s = nextMeetingStatus(s))
			path.push(s);
		expect(path).toEqual([...meetingStatuses]);
	});

	it('has an agenda that changes until it is held, and decisions while its minutes are open', () => {
		expect(meetingStatuses.filter(agendaEditable)).toEqual(['geplant', 'einladung_versandt']);
		expect(meetingStatuses.filter(decisionsOpen)).toEqual(['durchgefuehrt']);
	});
});

describe('a decision', () => {
	const base = { text: 'Beschlossen.', conditions: null, votes: null };
	it('returns an item only with its conditions', () => {
		expect(decisionProblems({ ...base, outcome: 'zurueckverwiesen' })).toHaveProperty('conditions');
		expect(decisionProblems({ ...base, outcome: 'zurueckverwiesen', conditions: 'Kosten prüfen' })).toEqual(
			{}
		);
	});

	it('has votes that fit its outcome', () => {
		expect(
			decisionProblems({ ...base, outcome: 'beschlossen', votes: { yes: 4, no: 4, abstain: 1 } })
		).toHaveProperty('votesYes');
		expect(
			decisionProblems({ ...base, outcome: 'abgelehnt', votes: { yes: 5, no: 4, abstain: 0 } })
		).toHaveProperty('votesNo');
		expect(
			decisionProblems({ ...base, outcome: 'beschlossen', votes: { yes: 0, no: 0, abstain: 0 } })
		).toHaveProperty('votesYes');
		expect(decisionProblems({ ...base, outcome: 'vertagt', votes: { yes: 2, no: 6, abstain: 1 } })).toEqual(
			{}
		);
	});

	it('adopts a goal, returns it to its owner, or leaves it waiting', () => {
		const table = decisionOutcomes.map((o) => [o, goalStatusAfter('zur_entscheidung', o)]);
		expect(table).toEqual([
			['beschlossen', 'beschlossen'],
			['abgelehnt', 'entwurf'],
			['zurueckverwiesen', 'entwurf'],
			['vertagt', 'zur_entscheidung']
		]);
		expect(goalStatusAfter('erreicht', 'zurueckverwiesen')).toBe('erreicht');
		expect(goalStatusAfter('aufgegeben', 'beschlossen')).toBe('aufgegeben');
	});
});

describe('agenda items from proposals', () => {
	const measure = { id: 'm1', code: 'M 1', title: 'Lotsen', status: 'laufend' as const, goalIds: [] };
	it('name what they are about in the words of an agenda', () => {
		const worse = agendaItemOf({
			kind: 'goal_worse',
			goal: { id: 'g1', code: 'Z 1', title: 'Armut senken', status: 'beschlossen' },
			now: 'off_track',
			then: 'at_risk'
		});
		expect([worse.title, worse.goalId]).toEqual([
			'Ziel Z 1 nicht auf Kurs (zuletzt gefährdet): Armut senken',
			'g1'
		]);
		const budget = agendaItemOf({
			kind: 'budget_overrun',
			budget: {
				measure,
				year: 2026,
				planned: 10000,
				approved: 0,
				spent: 12500.4,
				spentShare: 1.25,
				overrun: true
			}
		});
		// Nothing approved: the overrun is measured against the planned amount.
		expect(budget.title).toBe('Budget 2026 überschritten um 2.500 €: Maßnahme M 1 Lotsen');
	});

	it('count two overdue milestones of one measure as two subjects', () => {
		const item = (title: string) =>
			agendaItemOf({
				kind: 'milestone_overdue',
				milestone: { measure, title, dueOn: '2027-01-15', daysOverdue: 10 }
			});
		expect(subjectKey(item('Büro eröffnet'))).not.toBe(subjectKey(item('Bericht')));
		expect(subjectKey(item('Bericht'))).toBe(subjectKey(item('Bericht')));
	});
});
