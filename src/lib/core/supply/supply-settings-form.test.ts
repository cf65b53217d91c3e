import { describe, expect, it } from 'vitest';
import { draftFromForm, draftOf, settingsInputOf } from './supply-settings-form';
import type { SupplySettings } from './supply-settings';

const settings: SupplySettings = {
	bands: [
		{
			code: 'u3',
			label: 'unter 3 Jahre',
			capacityCode: 'u3',
			kindCodes: ['kita', 'kindertagespflege'],
			populationVariables: ['einwohner_00_01', 'einwohner_01_02'],
			needRate: 55.5
		}
	],
	catchment: 1000,
	decay: {
		kind: 'steps',
		rings: [
			{ upTo: 500, weight: 1 },
			{ upTo: 1000, weight: 0.5 }
		]
	}
};

/** The draft as the browser would post it. */
function posted(draft: ReturnType<typeof draftOf>): FormData {
	const form = new FormData();
	form.set('bands', String(draft.bands.length));
	draft.bands.forEach((b, i) => {
		form.set(`band_${i}_code`, b.code);
		form.set(`band_${i}_label`, b.label);
		form.set(`band_${i}_capacity`, b.capacityCode);
		b.kindCodes.forEach((k) => form.append(`band_${i}_kinds`, k));
		b.populationVariables.forEach((v) => form.append(`band_${i}_vars`, v));
		form.set(`band_${i}_need`, b.needRate);
	});
	form.set('catchment', draft.catchment);
	form.set('decay', draft.decay);
	form.set('rings', draft.rings);
	return form;
}

describe('the settings form', () => {
	it('round-trips settings through the form fields, decimal comma included', () => {
		const draft = draftOf(settings);
		expect(draft.bands[0]!.needRate).toBe('55,5');
		expect(draft.rings).toBe('500: 1; 1000: 0,5');
		expect(settingsInputOf(draftFromForm(posted(draft)))).toEqual(settings);
	});
	it('keeps an empty need rate as none and an unreadable number as NaN for the service to refuse', () => {
		const form = posted({ ...draftOf(settings), decay: 'none', rings: '' });
		form.set('band_0_need', '');
		form.set('catchment', 'weit');
		const input = settingsInputOf(draftFromForm(form)) as {
			bands: { needRate: number | null }[];
			catchment: number;
			decay: unknown;
		};
		expect(input.bands[0]!.needRate).toBeNull();
		expect(input.catchment).toBeNaN();
		expect(input.decay).toEqual({ kind: 'none' });
	});
});
