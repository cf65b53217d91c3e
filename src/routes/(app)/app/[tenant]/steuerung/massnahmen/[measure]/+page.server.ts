import { mayReportMeasure, mayWriteDataOf } from '$lib/core/auth/capabilities';
import { measureDetailPage } from '$lib/server/presenters/measure-detail';
import { decisionsAbout } from '$lib/server/services/decision.service';
import { getMeasure } from '$lib/server/services/measure.service';
import { reportMilestone, reportOutput } from '$lib/server/services/measure-progress.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/**
 * One measure with everything known of it. The administration reads every measure, a Träger only
 * those it runs (the service refuses the others); its Träger and planners report on it here.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const detail = await getMeasure(tc, event.params.measure);
		// A Träger sees its measures, not the administration's decisions on them.
		const decisions = capabilities.readData
			? await decisionsAbout(tc, { measure: event.params.measure })
			: null;
		const today = tc.now.toISOString().slice(0, 10);
		return {
			...measureDetailPage(detail, today, event.locals.locale),
			canReport: mayReportMeasure(tc.actor, tc.tenant.id, detail.measure),
			canEdit: mayWriteDataOf(tc.actor, tc.tenant.id, detail.measure.leadDepartmentId),
			created: event.url.searchParams.has('angelegt'),
			saved: event.url.searchParams.has('gespeichert'),
			linkGoals: capabilities.readData,
			decisions
		};
	});
};

export const actions = {
	kennzahl: async (event) => {
		const form = await event.request.formData();
		const text = (name: string) => String(form.get(name) ?? '');
		const result = await formResult(form, async () =>
			reportOutput(await tenantContextOf(event), event.params.measure, {
				figure: text('figure'),
				periodStart: text('periodStart'),
				periodEnd: text('periodEnd'),
				value: text('value')
			})
		);
		if (isFormFailure(result)) return result;
		return { reported: 'output' as const };
	},
	meilenstein: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const tc = await tenantContextOf(event);
			return reportMilestone(
				tc,
				event.params.measure,
				String(form.get('milestone') ?? ''),
				String(form.get('doneOn') ?? '') || tc.now.toISOString().slice(0, 10)
			);
		});
		if (isFormFailure(result)) return result;
		return { reported: 'milestone' as const };
	}
} satisfies Actions;
