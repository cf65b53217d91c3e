import { z } from 'zod';
import { findColumn, normalizeColumnName } from '../../core/imports/column-names';
import type { ImportProblem } from '../../core/imports/problems';
import type { ImportReport } from '../../core/imports/report';
import { codeSchema } from './import-history-input';
import type { ObservationImportInput } from './observation-import-options';
import type { InputFile } from './types';
import type { UnitImportInput } from './unit-import-options';
import type { HierarchyImportInput } from './unit-hierarchy-import';

/**
 * The import wizard's state between its steps, and how its form fields become the input of the
 * import service. Mapping fields travel as the strings of the form, so that a form shown again
 * (after a check, or going back) shows exactly what was entered.
 */

export const wizardTargetSchema = z
	.object({
		kind: z.enum(['units', 'observations'], { error: 'Bitte wählen Sie, was importiert werden soll.' }),
		/** Code of an existing layer, or "" with `newLayer`. */
		layer: z.string().trim().default(''),
		newLayer: z
			.object({
				code: codeSchema,
				name: z.string().trim().min(1, 'Bitte geben Sie den Namen der neuen Ebene an.').max(200),
				parentLayer: z.string().trim().optional()
			})
			.optional()
	})
	.superRefine((target, issues) => {
		if (target.kind === 'observations' && target.newLayer) {
			issues.addIssue({
				code: 'custom',
				path: ['layer'],
				message: 'Beobachtungen gehören zu den Gebieten einer vorhandenen Ebene. Bitte wählen Sie eine Ebene.'
			});
		}
		if (!target.newLayer && target.layer === '') {
			issues.addIssue({ code: 'custom', path: ['layer'], message: 'Bitte wählen Sie eine Ebene.' });
		}
	});

export type WizardTarget = z.output<typeof wizardTargetSchema>;

/** The form fields of the mapping step, as entered. */
export type WizardMapping = Record<string, string>;

export type WizardCheck =
	| { ok: true; at: string; report: ImportReport }
	| { ok: false; at: string; message: string; problems: ImportProblem[] };

export interface WizardState {
	target: WizardTarget;
	mapping: WizardMapping | null;
	check: WizardCheck | null;
}

/** What the mapping step shows of the files: their columns (or properties) and the first rows. */
export interface UploadPreview {
	source: 'table' | 'geodata';
	header: string[];
	rows: string[][];
	rowCount: number;
	/** EPSG code of geodata, as stated by the file; null when unknown. */
	crs: number | null;
	/** Problems that kept the files from being read with the current options. */
	problems: ImportProblem[];
}

const text = (mapping: WizardMapping, key: string) => (mapping[key] ?? '').trim();
const optional = (value: string) => (value === '' ? undefined : value);

function wholeNumber(value: string): number | undefined {
	return /^\d+$/.test(value) ? Number(value) : undefined;
}

type Delimiter = 'auto' | ';' | ',' | '\t' | '|';

function readerOptions(mapping: WizardMapping) {
	const encoding = optional(text(mapping, 'encoding'));
	const delimiter = optional(text(mapping, 'delimiter'));
	return {
		...(encoding ? { encoding: encoding as 'auto' } : {}),
		...(delimiter ? { delimiter: (delimiter === 'tab' ? '\t' : delimiter) as Delimiter } : {}),
		...(optional(text(mapping, 'sheet')) ? { sheet: text(mapping, 'sheet') } : {})
	};
}

/** The layer of the import service's input: the chosen one, or the new one to create. */
function layerOf(target: WizardTarget): UnitImportInput['layer'] {
	if (!target.newLayer) return target.layer;
	const { code, name, parentLayer } = target.newLayer;
	return { code, name, ...(parentLayer ? { parentLayer } : {}) };
}

export function unitInput(target: WizardTarget, mapping: WizardMapping, files: InputFile[]): UnitImportInput {
	const parent = text(mapping, 'parent');
	const rule =
		parent === 'column'
			? { from: 'column' as const, column: text(mapping, 'parentColumn') }
			: parent === 'prefix'
				? { from: 'prefix' as const, length: wholeNumber(text(mapping, 'prefixLength')) ?? 0 }
				: parent === 'containment'
					? { from: 'containment' as const }
					: undefined;
	const crs = wholeNumber(text(mapping, 'crs'));
	return {
		layer: layerOf(target),
		files,
		options: {
			...readerOptions(mapping),
			...(crs ? { crs } : {}),
			code: optional(text(mapping, 'code')),
			name: optional(text(mapping, 'name')),
			...(rule ? { parent: rule } : {}),
			...(mapping.skipWithoutCode === 'on' ? { skipRecordsWithoutCode: true } : {})
		}
	};
}

/** Whether the mapping asks for the whole hierarchy from one flat table. */
export function isHierarchy(target: WizardTarget, mapping: WizardMapping): boolean {
	return target.kind === 'units' && text(mapping, 'parent') === 'levels';
}

/**
 * The hierarchy import of the form: the upper levels `lvl.<n>.*` (rows without a layer are not
 * used), then the layer of the import as the lowest, with the code and name columns of the form.
 */
export function hierarchyInput(
	target: WizardTarget,
	mapping: WizardMapping,
	files: InputFile[]
): HierarchyImportInput {
	const levels: HierarchyImportInput['levels'] = [];
	for (let n = 0; mapping[`lvl.${n}.layer`] !== undefined; n++) {
		const field = (key: string) => text(mapping, `lvl.${n}.${key}`);
		if (field('layer') === '') continue;
		const prefix = wholeNumber(field('prefix'));
		levels.push({
			layer: field('layerName') ? { code: field('layer'), name: field('layerName') } : field('layer'),
			...(optional(field('code')) ? { code: field('code') } : prefix !== undefined ? { prefix } : {}),
			...(optional(field('name')) ? { name: field('name') } : {})
		});
	}
	const lowest = target.newLayer ? { code: target.newLayer.code, name: target.newLayer.name } : target.layer;
	levels.push({
		layer: lowest,
		code: text(mapping, 'code'),
		...(optional(text(mapping, 'name')) ? { name: text(mapping, 'name') } : {})
	});
	return { files, levels, options: readerOptions(mapping) };
}

/** Variable definitions of the form: `var.<n>.code`, `.name`, `.kind`, `.unitLabel`, `.source`. */
function variableDefinitions(mapping: WizardMapping) {
	const definitions = [];
	for (let n = 0; mapping[`var.${n}.code`] !== undefined; n++) {
		const field = (key: string) => text(mapping, `var.${n}.${key}`);
		if (field('name') === '') continue;
		definitions.push({
			code: field('code'),
			name: field('name'),
			kind: (['count', 'amount', 'rate'].includes(field('kind')) ? field('kind') : 'count') as 'count',
			...(optional(field('unitLabel')) ? { unitLabel: field('unitLabel') } : {}),
			...(optional(field('source')) ? { source: field('source') } : {})
		});
	}
	return definitions;
}

/** Wide format: `col.<n>` holds the variable code for column n of the header ("" = not imported). */
function wideColumns(mapping: WizardMapping, header: readonly string[]): Record<string, string> {
	const columns: Record<string, string> = {};
	header.forEach((name, index) => {
		const variable = text(mapping, `col.${index}`);
		if (variable !== '') columns[name] = variable;
	});
	return columns;
}

export function observationInput(
	target: WizardTarget,
	mapping: WizardMapping,
	files: InputFile[],
	header: readonly string[]
): ObservationImportInput {
	const format = text(mapping, 'format') === 'wide' ? 'wide' : 'long';
	const numberStyle = optional(text(mapping, 'numberStyle'));
	const variables = variableDefinitions(mapping);
	const list = (key: string) =>
		text(mapping, key)
			.split(',')
			.map((w) => w.trim())
			.filter((w) => w !== '');
	const flags = list('flags');
	const common = {
		...readerOptions(mapping),
		// Issue 12: the file's codes for missing values (checked by the service) and flag variables.
		...(optional(text(mapping, 'missingCodes')) ? { missingCodes: text(mapping, 'missingCodes') } : {}),
		...(mapping.noDefaultCodes === 'on' ? { destatisCodes: false } : {}),
		...(flags.length > 0
			? {
					flags: {
						variables: flags,
						...(list('flagYes').length > 0 ? { yes: list('flagYes') } : {}),
						...(list('flagNo').length > 0 ? { no: list('flagNo') } : {})
					}
				}
			: {}),
		...(optional(text(mapping, 'fixedDate')) ? { date: text(mapping, 'fixedDate') } : {}),
		...(numberStyle ? { numberStyle: numberStyle as 'auto' } : {}),
		...(variables.length > 0 ? { variables } : {})
	};
	if (format === 'long') {
		const columns = {
			unit: optional(text(mapping, 'unit')),
			date: optional(text(mapping, 'date')),
			variable: optional(text(mapping, 'variable')),
			value: optional(text(mapping, 'value'))
		};
		return {
			layer: target.layer,
			files,
			format,
			options: {
				...common,
				columns: Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)),
				...(optional(text(mapping, 'fixedVariable')) ? { variable: text(mapping, 'fixedVariable') } : {})
			}
		};
	}
	const pattern = text(mapping, 'pattern');
	return {
		layer: target.layer,
		files,
		format,
		options: {
			...common,
			columns: {
				...(optional(text(mapping, 'unit')) ? { unit: text(mapping, 'unit') } : {}),
				...(optional(text(mapping, 'wideDate')) ? { date: text(mapping, 'wideDate') } : {})
			},
			wideColumns: wideColumns(mapping, header),
			...(pattern
				? {
						widePatterns: [
							{
								match: pattern,
								variable: text(mapping, 'patternVariable') || '$1',
								...(optional(text(mapping, 'patternDate')) ? { date: text(mapping, 'patternDate') } : {})
							}
						]
					}
				: {})
		}
	};
}

const column = (header: readonly string[], index: number) => (index >= 0 ? header[index]! : '');

/**
 * Sensible first answers for the mapping step, from the column names (Schlüssel, Code, PLR, Name,
 * Stichtag, Merkmal, Wert …), the target layer's parent and the variables already known.
 */
export function guessMapping(
	target: WizardTarget,
	preview: UploadPreview,
	context: { parentLayer: { code: string; name: string } | null; variableCodes: readonly string[] }
): WizardMapping {
	const { header } = preview;
	const mapping: WizardMapping = { encoding: 'auto', delimiter: 'auto' };
	if (target.kind === 'units') {
		mapping.code = column(header, findColumn(header, 'unit'));
		mapping.name = column(header, findColumn(header, 'name'));
		let parentIndex = findColumn(header, 'parent');
		const parent = context.parentLayer;
		if (parentIndex < 0 && parent) {
			// A column named after the parent layer ("Bezirksregion") holds the parent's code.
			const names = [parent.code, parent.name].map(normalizeColumnName);
			parentIndex = header.findIndex((h) => names.includes(normalizeColumnName(h)));
		}
		mapping.parentColumn = column(header, parentIndex);
		mapping.parent = !parent
			? 'none'
			: parentIndex >= 0
				? 'column'
				: preview.source === 'geodata'
					? 'containment'
					: 'none';
		mapping.crs = '';
		return mapping;
	}
	const unit = findColumn(header, 'unit');
	const value = findColumn(header, 'value');
	mapping.unit = column(header, unit);
	mapping.format = value >= 0 ? 'long' : 'wide';
	mapping.date = column(header, findColumn(header, 'date'));
	mapping.variable = column(header, findColumn(header, 'variable'));
	mapping.value = column(header, value);
	const known = new Set(context.variableCodes);
	// A wide file's date column (Stichtag, Jahr …) is offered as the date of each row.
	if (mapping.format === 'wide') mapping.wideDate = mapping.date;
	header.forEach((name, index) => {
		if (index === unit) return;
		const code = name.trim().toLowerCase();
		mapping[`col.${index}`] = known.has(code) ? code : '';
	});
	return mapping;
}
