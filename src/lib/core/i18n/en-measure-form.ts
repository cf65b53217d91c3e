import type { deMeasureForm } from './de-measure-form';

/** English texts of the measure form (create, edit, budget and milestones). Merged into the dictionary in en.ts. */
export const enMeasureForm: Record<keyof typeof deMeasureForm, string> = {};
