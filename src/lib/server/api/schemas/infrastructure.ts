import { z } from 'zod';
import { component, date, described, text, uuid } from './registry';

/**
 * Request bodies of the social infrastructure (crosswalks, supply settings) and the answer of a
 * deleted crosswalk. The analyses themselves (crosswalk, supply, prevention chain) are still
 * described only as objects in openapi-infrastructure.ts.
 */
export const crosswalkRequestSchema = component(
	'CrosswalkRequest',
	z.object({
		from: described(text, 'Ausgangsebene'),
		to: described(text, 'Zielebene'),
		method: z.enum(['areal', 'population']),
		weightVariable: described(text, 'Gewichtendes Merkmal (nur population)').optional(),
		weightLayer: described(text, 'Feinere Ebene des Merkmals (nur population)').optional(),
		date: described(date, 'Stichtag (population: Vorgabe der jüngste)').optional()
	})
);

export const crosswalkDeletedSchema = component(
	'CrosswalkDeleted',
	z.object({ deleted: described(uuid, 'Kennung der gelöschten Umschlüsselung') })
);

export const supplySettingsInputSchema = component(
	'SupplySettingsInput',
	z.object({
		bands: z.array(
			z
				.object({
					code: text,
					label: text,
					capacityCode: text,
					kindCodes: z.array(text),
					populationVariables: z.array(text),
					needRate: described(z.number().nullable(), 'Bedarfsquote in Prozent')
				})
				.partial()
		),
		catchment: described(z.number(), 'Einzugsradius in Metern'),
		decay: described(
			z.looseObject({}),
			"{kind: 'none'|'linear'|'gaussian'} oder {kind: 'steps', rings: [{upTo, weight}]}"
		)
	})
);
