import type { DistanceDecay } from './distance-decay';
import type { SupplySettings } from './supply-settings';

/**
 * The settings form of the Versorgung page as plain fields, so that it works without JavaScript:
 * band i has fields `band_<i>_code`, `_label`, `_capacity`, `_kinds` (checkboxes), `_vars`
 * (checkboxes) and `_need` (per cent, decimal comma allowed); `bands` holds how many there are.
 * The rings of a step decay are written as "500: 1; 1000: 0,5" (up to metres: weight).
 */

export interface SupplyFormBand {
	code: string;
	label: string;
	capacityCode: string;
	kindCodes: string[];
	populationVariables: string[];
	needRate: string;
}

export interface SupplyFormDraft {
	bands: SupplyFormBand[];
	catchment: string;
	decay: DistanceDecay['kind'];
	rings: string;
}

const decayKinds = ['none', 'linear', 'gaussian', 'steps'] as const;
const germanNumber = (text: string) => Number(text.trim().replace(/\./g, '').replace(',', '.'));
const plain = (value: number) => String(value).replace('.', ',');

export const emptyBand: SupplyFormBand = {
	code: '',
	label: '',
	capacityCode: '',
	kindCodes: [],
	populationVariables: [],
	needRate: ''
};

export function draftOf(settings: SupplySettings): SupplyFormDraft {
	return {
		bands: settings.bands.map((b) => ({
			code: b.code,
			label: b.label,
			capacityCode: b.capacityCode,
			kindCodes: [...b.kindCodes],
			populationVariables: [...b.populationVariables],
			needRate: b.needRate === null ? '' : plain(b.needRate)
		})),
		catchment: String(settings.catchment),
		decay: settings.decay.kind,
		rings:
			settings.decay.kind === 'steps'
				? settings.decay.rings.map((r) => `${r.upTo}: ${plain(r.weight)}`).join('; ')
				: ''
	};
}

export function draftFromForm(form: FormData): SupplyFormDraft {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.trim() : '';
	};
	const list = (name: string) =>
		form.getAll(name).flatMap((v) => (typeof v === 'string' && v.trim() !== '' ? [v.trim()] : []));
	const count = Math.max(0, Math.min(50, Math.trunc(Number(text('bands')) || 0)));
	const bands = Array.from({ length: count }, (_, i) => ({
		code: text(`band_${i}_code`),
		label: text(`band_${i}_label`),
		capacityCode: text(`band_${i}_capacity`),
		kindCodes: list(`band_${i}_kinds`),
		populationVariables: list(`band_${i}_vars`),
		needRate: text(`band_${i}_need`)
	}));
	const decay = text('decay');
	return {
		bands,
		catchment: text('catchment'),
		decay: (decayKinds as readonly string[]).includes(decay) ? (decay as DistanceDecay['kind']) : 'none',
		rings: text('rings')
	};
}

/**
 * The draft as the input of setSupplySettings. Numbers that cannot be read become NaN, which the
 * service refuses with its own message, so the form shows the same wording as the API.
 */
export function settingsInputOf(draft: SupplyFormDraft): unknown {
	const decay =
		draft.decay === 'steps'
			? {
					kind: 'steps' as const,
					rings: draft.rings
						.split(';')
						.filter((r) => r.trim() !== '')
						.map((ring) => {
							const [upTo, weight] = ring.split(':');
							return { upTo: germanNumber(upTo ?? ''), weight: germanNumber(weight ?? '') };
						})
				}
			: { kind: draft.decay };
	return {
		bands: draft.bands.map((b) => ({
			code: b.code,
			label: b.label,
			capacityCode: b.capacityCode,
			kindCodes: b.kindCodes,
			populationVariables: b.populationVariables,
			needRate: b.needRate === '' ? null : germanNumber(b.needRate)
		})),
		catchment: germanNumber(draft.catchment),
		decay
	};
}
