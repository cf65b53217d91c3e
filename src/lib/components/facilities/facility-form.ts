/**
 * The facility form (new and edit) and the service's input: field names are those of the service's
 * `facilityInput`, so that its field errors ("capacities.u3", "lat") land at the right field.
 * Places are fields named `capacities.<code>`; an empty one means "not known" (null), never 0.
 */

export const capacityFieldPrefix = 'capacities.';

const textFields = [
	'code',
	'name',
	'kind',
	'providerId',
	'departmentId',
	'ageFrom',
	'ageTo',
	'street',
	'postcode',
	'place',
	'lat',
	'lon',
	'validFrom',
	'validTo'
] as const;

/** What the service gets from a submitted form. */
export function facilityFormInput(form: FormData): Record<string, unknown> {
	const input: Record<string, unknown> = {};
	for (const name of textFields) input[name] = String(form.get(name) ?? '');
	input.lifePhases = form.getAll('lifePhases').map(String);
	const capacities: Record<string, string> = {};
	for (const [key, value] of form) {
		if (key.startsWith(capacityFieldPrefix) && typeof value === 'string')
			capacities[key.slice(capacityFieldPrefix.length)] = value.trim();
	}
	input.capacities = capacities;
	return input;
}

/**
 * The submitted form as formResult keeps it for a failure: one string per field. Checkboxes of the
 * life phases repeat a name, so they travel joined in `lifePhasesList`.
 */
export function formWithJoinedPhases(form: FormData): FormData {
	const copy = new FormData();
	for (const [key, value] of form) if (key !== 'lifePhases') copy.append(key, value);
	copy.set('lifePhasesList', form.getAll('lifePhases').map(String).join(','));
	return copy;
}

/** The state of the form's fields: strings for inputs, a list for the life phases. */
export interface FacilityFormState {
	fields: Record<string, string>;
	lifePhases: string[];
}

/** A stored facility as the form shows it (German decimal comma is accepted back by the service). */
export function facilityFormState(f: {
	code: string;
	name: string;
	kindCode: string;
	providerId: string | null;
	departmentId: string | null;
	lifePhases: string[] | null;
	ageFrom: number | null;
	ageTo: number | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	lat: number;
	lon: number;
	validFrom: string | null;
	validTo: string | null;
	capacities: { code: string; places: number | null }[];
}): FacilityFormState {
	const fields: Record<string, string> = {
		code: f.code,
		name: f.name,
		kind: f.kindCode,
		providerId: f.providerId ?? '',
		departmentId: f.departmentId ?? '',
		ageFrom: f.ageFrom === null ? '' : String(f.ageFrom),
		ageTo: f.ageTo === null ? '' : String(f.ageTo),
		street: f.street ?? '',
		postcode: f.postcode ?? '',
		place: f.place ?? '',
		lat: String(f.lat),
		lon: String(f.lon),
		validFrom: f.validFrom ?? '',
		validTo: f.validTo ?? ''
	};
	for (const c of f.capacities)
		fields[`${capacityFieldPrefix}${c.code}`] = c.places === null ? '' : String(c.places);
	return { fields, lifePhases: f.lifePhases ?? [] };
}

/** The state after a failed submission: what the person entered. */
export function failedFormState(values: Record<string, string>): FacilityFormState {
	const { lifePhasesList = '', ...fields } = values;
	return { fields, lifePhases: lifePhasesList.split(',').filter(Boolean) };
}

/** The capacity codes the form offers: the kind's, then any others the facility already has. */
export function capacityCodesFor(kindCodes: readonly string[], existing: readonly string[]): string[] {
	return [...new Set([...kindCodes, ...existing])];
}
