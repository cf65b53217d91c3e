import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TenantContext } from '../services/tenant-context';
import { listIndicators } from '../services/indicator.service';
import { listUnits } from '../services/spatial-layer.service';
import { defineVariable, listVariables } from '../services/variable.service';
import {
	bands,
	berlinDataDir,
	defineBerlinAgeIndicators,
	importBerlinRegionNames,
	regionNamesFile
} from './berlin';

/**
 * Brings a demo database created by an earlier version up to date on start, through the same
 * audited services as the first seed. Each step looks first and changes only what is still old,
 * so running it on every start changes nothing the second time (and nothing a person has since
 * changed by hand, except a name that is still the cut fragment of the source).
 */

/** The codes and cut names of the names file (`;`, UTF-8, header SCHLUESSEL;BZR_NAME_DBF;…). */
function cutRegionNames(): Map<string, string> {
	const text = readFileSync(path.join(berlinDataDir, regionNamesFile), 'utf8');
	const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const columns = header!.split(';');
	const code = columns.indexOf('SCHLUESSEL');
	const cut = columns.indexOf('BZR_NAME_DBF');
	return new Map(lines.map((l) => l.split(';')).map((cells) => [cells[code]!, cells[cut]!]));
}

/** The Bezirksregion names import, when a unit still carries the cut name of the DBF. Returns whether it ran. */
export async function upgradeRegionNames(tc: TenantContext): Promise<boolean> {
	const cut = cutRegionNames();
	const units = await listUnits(tc, 'bezirksregion');
	if (!units.some((u) => cut.get(u.code) === u.name)) return false;
	await importBerlinRegionNames(tc);
	return true;
}

/** Age labels „Kinder 0–<1 Jahre“ → „Kinder unter 1 Jahr“ in the variables and their indicators. */
export async function upgradeAgeLabels(tc: TenantContext): Promise<boolean> {
	const variables = new Map((await listVariables(tc)).map((v) => [v.code, v]));
	const indicators = new Map((await listIndicators(tc)).map((i) => [i.code, i]));
	let changed = false;
	for (const { band, name, share } of bands) {
		const old = variables.get(`einwohner_${band}`);
		if (old && old.name !== name) {
			await defineVariable(tc, {
				code: old.code,
				name,
				kind: old.kind,
				personCount: old.personCount,
				unitLabel: old.unitLabel,
				source: old.source,
				topic: old.topicCode ?? undefined,
				description: old.description
			});
			changed = true;
		}
		const indicator = indicators.get(`anteil_kinder_${band}`);
		if (indicator && indicator.name !== `Anteil der Kinder ${share}`) changed = true;
	}
	if (changed) await defineBerlinAgeIndicators(tc);
	return changed;
}
