import { AppError } from '$lib/core/errors';
import { convertIndicator, convertVariable } from '$lib/server/services/crosswalk-conversion.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** A count variable (`variable=`) or a rate indicator (`indicator=`) converted to the target layer, with the totals check. */
export const GET = (event) =>
	apiResult(async () => {
		const query = event.url.searchParams;
		const input = { crosswalk: event.params.crosswalk, date: query.get('date') };
		const variable = query.get('variable');
		const indicator = query.get('indicator');
		if (variable && !indicator) return convertVariable(await tenantContextOf(event), { ...input, variable });
		if (indicator && !variable)
			return convertIndicator(await tenantContextOf(event), { ...input, indicator });
		throw new AppError(
			'validation.invalid',
			{ details: 'Geben Sie genau eines an: variable= (Anzahl oder Betrag) oder indicator= (Quote).' },
			{ variable: 'variable oder indicator' }
		);
	});
