import { agendaEditable, decisionsOpen, nextMeetingStatus } from '$lib/core/steering/steering';
import { decideItem } from '$lib/server/services/decision.service';
import {
	addAgendaItem,
	advanceMeeting,
	editAgendaItem,
	getMeeting,
	moveAgendaItem,
	recordAttendance,
	removeAgendaItem,
	takeProposedAgenda
} from '$lib/server/services/meeting.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/**
 * One meeting: its agenda with the decision papers and decisions, attendance and status. Planners
 * prepare the agenda (take the proposal from the data, add, move, edit, remove) until the meeting is
 * held and move it forward; the steering members record the decisions of the held meeting.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const detail = await loadResult(async () => getMeeting(await tenantContextOf(event), event.params.meeting));
	const status = detail.meeting.status;
	return {
		...detail,
		next: nextMeetingStatus(status),
		canPrepare: capabilities.writeSharedData && agendaEditable(status),
		canAdvance: capabilities.writeSharedData && nextMeetingStatus(status) !== null,
		canRecordAttendance: capabilities.writeSharedData && decisionsOpen(status),
		canDecide: capabilities.decide && decisionsOpen(status)
	};
};

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

export const actions = {
	weiter: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			advanceMeeting(await tenantContextOf(event), event.params.meeting)
		);
		if (isFormFailure(result)) return result;
		return { advanced: result.status };
	},
	vorschlagen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			takeProposedAgenda(await tenantContextOf(event), event.params.meeting)
		);
		if (isFormFailure(result)) return result;
		return { proposed: result.length };
	},
	punkt: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			addAgendaItem(await tenantContextOf(event), event.params.meeting, Object.fromEntries(form))
		);
		if (isFormFailure(result)) return result;
		return { itemSaved: true };
	},
	bearbeiten: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			editAgendaItem(
				await tenantContextOf(event),
				event.params.meeting,
				text(form, 'item'),
				Object.fromEntries(form)
			)
		);
		if (isFormFailure(result)) return result;
		return { itemSaved: true };
	},
	verschieben: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			moveAgendaItem(
				await tenantContextOf(event),
				event.params.meeting,
				text(form, 'item'),
				text(form, 'direction') === 'down' ? 'down' : 'up'
			)
		);
		if (isFormFailure(result)) return result;
		return { moved: true };
	},
	entfernen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			removeAgendaItem(await tenantContextOf(event), event.params.meeting, text(form, 'item'))
		);
		if (isFormFailure(result)) return result;
		return { removed: true };
	},
	beschluss: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			decideItem(
				await tenantContextOf(event),
				event.params.meeting,
				text(form, 'item'),
				Object.fromEntries(form)
			)
		);
		if (isFormFailure(result)) return result;
		return { decided: true };
	},
	anwesenheit: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const attendance: Record<string, string> = {};
			for (const [key, value] of form)
				if (key.startsWith('a-') && typeof value === 'string' && value) attendance[key.slice(2)] = value;
			return recordAttendance(await tenantContextOf(event), event.params.meeting, attendance);
		});
		if (isFormFailure(result)) return result;
		return { attendanceSaved: true };
	}
} satisfies Actions;
