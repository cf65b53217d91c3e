/**
 * The vocabulary and rules of the steering group (issue 16, the "Act" of the planning cycle): the
 * bodies that decide (Gremien), their meetings and how a meeting moves from planned to approved
 * minutes, the outcomes of a decision and what a decision does to the goal it decides on. Pure.
 */

export const bodyKinds = ['lenkungsgruppe', 'steuerungsgruppe', 'ausschuss', 'arbeitsgruppe'] as const;
export type BodyKind = (typeof bodyKinds)[number];

/** Vorsitz and Mitglied vote; a Stellvertretung votes when the member it stands for is absent; Beratend never. */
export const memberRoles = ['vorsitz', 'mitglied', 'stellvertretung', 'beratend'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const meetingStatuses = [
	'geplant',
	'einladung_versandt',
	'durchgefuehrt',
	'protokoll_freigegeben'
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceStates = ['anwesend', 'entschuldigt', 'abwesend'] as const;
export type Attendance = (typeof attendanceStates)[number];

/** What an agenda item is about: the proposals of core/steering/agenda-proposal.ts, or a free item. */
export const agendaItemKinds = [
	'for_decision',
	'goal_worse',
	'unit_lowest_class',
	'milestone_overdue',
	'budget_overrun',
	'free'
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** beschlossen, abgelehnt, zurückverwiesen (mit Auflagen), vertagt. */
export const decisionOutcomes = ['beschlossen', 'abgelehnt', 'zurueckverwiesen', 'vertagt'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * A meeting moves forward one step at a time: the invitation goes out, the meeting takes place, its
 * minutes are approved. Nothing goes back: what was sent was sent, and approved minutes are final.
 */
export function nextMeetingStatus(status: MeetingStatus): MeetingStatus | null {
	const i = meetingStatuses.indexOf(status);
	return meetingStatuses[i + 1] ?? null;
}

/** Until the meeting has taken place its agenda can be changed. */
export function agendaEditable(status: MeetingStatus): boolean {
	return status === 'geplant' || status === 'einladung_versandt';
}

/** Decisions are recorded for a meeting that took place and whose minutes are not yet approved. */
export function decisionsOpen(status: MeetingStatus): boolean {
	return status === 'durchgefuehrt';
}

/** The votes of a decision; all three or none. */
export interface Votes {
	yes: number;
	no: number;
	abstain: number;
}

/** Problems of a decision before it is stored (field → German message). */
export function decisionProblems(input: {
	outcome: DecisionOutcome;
	text: string;
	conditions: string | null;
	votes: Votes | null;
}): Record<string, string> {
	const problems: Record<string, string> = {};
	if (input.outcome === 'zurueckverwiesen' && !input.conditions?.trim())
		problems.conditions = 'Bitte die Auflagen nennen, mit denen die Vorlage zurückverwiesen wird.';
	if (input.votes) {
		const { yes, no, abstain } = input.votes;
		if (input.outcome === 'beschlossen' && yes <= no)
			problems.votesYes = 'Beschlossen ist eine Vorlage nur mit mehr Ja- als Nein-Stimmen.';
		if (input.outcome === 'abgelehnt' && yes > no)
			problems.votesNo = 'Mit mehr Ja- als Nein-Stimmen ist die Vorlage nicht abgelehnt.';
		if (yes + no + abstain === 0)
			problems.votesYes = 'Bitte die Stimmen angeben oder die Felder leer lassen.';
	}
	return problems;
}

export type GoalStatusForDecision =
	'entwurf' | 'zur_entscheidung' | 'beschlossen' | 'erreicht' | 'aufgegeben';

/**
 * The status a goal takes from a decision on it: adopted when beschlossen; back to its owner as a
 * draft when returned or rejected (the remarks go with the decision); unchanged when postponed, so
 * that it is proposed again for the next meeting. A goal already reached or given up keeps its status:
 * the decision is recorded in its history, but the data or its owner decide those.
 */
export function goalStatusAfter(
	status: GoalStatusForDecision,
	outcome: DecisionOutcome
): GoalStatusForDecision {
	if (status === 'erreicht' || status === 'aufgegeben') return status;
	if (outcome === 'beschlossen') return 'beschlossen';
	if (outcome === 'zurueckverwiesen' || outcome === 'abgelehnt') return 'entwurf';
	return status;
}
