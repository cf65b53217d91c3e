import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { parseRawCsv } from '../../../../test/support/raw-csv';
import { readRawDbf } from '../../../../test/support/raw-dbf';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { ImportReport } from '../../core/imports/report';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from '../services/audit.service';
import { importUnits } from '../services/import.service';
import { listIndicators } from '../services/indicator.service';
import { listUnits } from '../services/spatial-layer.service';
import { createTenant } from '../services/tenant.service';
import { defineVariable, ensureDefaultTopics, listVariables } from '../services/variable.service';
import {
	berlinDataDir,
	defineBerlinAgeIndicators,
	importBerlinInhabitants,
	importBerlinLayers
} from './berlin';
import { upgradeAgeLabels, upgradeRegionNames } from './demo-upgrade';
import { tenantContext } from '../services/tenant-context';

/**
 * The names of every LOR layer of the demo against the source files, read here with the tests'
 * own readers: as the files have them, except the Bezirksregion names the source cut, completed
 * where `bezirksregion-namen-ergaenzt.csv` says `sicher = ja` and marked where it says `nein`.
 * Then a demo database of an earlier version (cut names, „Kinder 0–<1 Jahre“) is upgraded.
 */
let handle: DatabaseHandle;
let reports: Record<string, ImportReport>;
const ctx = () => contextFor(handle.db, system);
const raw = (name: string) => readFileSync(path.join(berlinDataDir, name));
const semicolonCsv = (name: string) => {
	const [header, ...lines] = raw(name).toString('utf8').trim().split(/\r?\n/);
	const columns = header!.split(';');
	return lines.map((l) => Object.fromEntries(l.split(';').map((cell, i) => [columns[i]!, cell])));
};

async function names(layer: string): Promise<Map<string, string>> {
	return new Map((await listUnits(await tenantContext(ctx(), 'berlin'), layer)).map((u) => [u.code, u.name]));
}

/** What the demo must show for the Bezirksregionen: the DBF, with the list of completions applied. */
function expectedRegionNames(): Map<string, string> {
	const expected = new Map(
		readRawDbf(raw('bezirksregion.dbf'))
			.filter((r) => r.SCHLUESSEL)
			.map((r) => [r.SCHLUESSEL!, r.BZR_NAME!])
	);
	for (const row of semicolonCsv('bezirksregion-namen-ergaenzt.csv')) {
		const code = row.SCHLUESSEL!;
		expect(expected.get(code), `${code} is cut in the DBF as the list says`).toBe(row.BZR_NAME_DBF);
		if (row.sicher === 'ja') expected.set(code, row.BZR_NAME!);
		else {
			const guess = row.BZR_NAME ? `; Vermutung: ${row.BZR_NAME}` : '';
			expected.set(code, `„${row.BZR_NAME_DBF}“ (${code}, Name in der Quelle unvollständig${guess})`);
		}
	}
	return expected;
}

beforeAll(async () => {
	handle = await createTestDatabase();
	await createTenant(ctx(), { slug: 'berlin', name: 'Berlin (Beispiel)', kind: 'kreisfreie_stadt' });
	await ensureDefaultTopics(await tenantContext(ctx(), 'berlin'));
	reports = await importBerlinLayers(await tenantContext(ctx(), 'berlin'));
	await importBerlinInhabitants(await tenantContext(ctx(), 'berlin'));
	await defineBerlinAgeIndicators(await tenantContext(ctx(), 'berlin'));
}, 600_000);
afterAll(() => handle?.close());

describe('the names of the demo layers', () => {
	it('equal the source files, with the certain completions applied and the uncertain ones marked', async () => {
		const bezirke = semicolonCsv('bezirke.csv');
		expect(await names('bezirk')).toEqual(new Map(bezirke.map((r) => [r['Schlüssel']!, r.Name!])));
		const prognoseraeume = readRawDbf(raw('prognoseraum.dbf')).filter((r) => r.SCHLUESSEL);
		// Prognoseraum 0301 has no name in the DBF: the import names a unit without a name by its code.
		expect(prognoseraeume.find((r) => r.SCHLUESSEL === '0301')?.PRG_NAME).toBe('');
		expect(await names('prognoseraum')).toEqual(
			new Map(prognoseraeume.map((r) => [r.SCHLUESSEL!, r.PRG_NAME || r.SCHLUESSEL!]))
		);
		expect(await names('bezirksregion')).toEqual(expectedRegionNames());
		const mss = parseRawCsv(raw('mss-2017.csv').toString('utf8'));
		expect(await names('planungsraum')).toEqual(new Map(mss.map((r) => [r.SCHLUESSEL!, r.PLANNAME!])));
	});

	it('never shows a guess as certain', async () => {
		const regions = await names('bezirksregion');
		expect(regions.get('080101')).toBe('Schillerpromenade');
		expect(regions.get('040304')).toBe(
			'„Charlotten-“ (040304, Name in der Quelle unvollständig; Vermutung: Schloss Charlottenburg)'
		);
		expect(regions.get('020506')).toBe('„Nord“ (020506, Name in der Quelle unvollständig)');
		expect([...regions.values()]).not.toContain('Schloss Charlottenburg');
	});

	it('got there through imports a planner can follow: warnings first, then a names import', async () => {
		const cut = reports.bezirksregion!.warnings.filter((w) => w.code === 'import.name_looks_cut');
		const rows = readRawDbf(raw('bezirksregion.dbf'));
		const looksCut = rows
			.map((r, i) => ({ row: i + 1, name: r.BZR_NAME! }))
			.filter((r) => /^(Nord|Süd|Nordwest|Südwest)$|^\p{Ll}|[-/]$/u.test(r.name));
		expect(cut.map((w) => [w.row, w.column])).toEqual(looksCut.map((r) => [r.row, 'BZR_NAME']));
		const step = reports.bezirksregionNames!;
		expect([step.created, step.updated]).toEqual([
			0,
			semicolonCsv('bezirksregion-namen-ergaenzt.csv').length
		]);
		expect(step.warnings.filter((w) => w.code === 'import.uncertain_name').map((w) => w.row)).toEqual([
			15, 16, 17, 18, 19
		]);
	});
});

describe('the upgrade of a demo database made by an earlier version', () => {
	it('puts in the completed names and the new age labels once, audited, and then changes nothing', async () => {
		// The earlier version: the DBF's names, „Kinder 0–<1 Jahre“.
		await importUnits(await tenantContext(ctx(), 'berlin'), {
			layer: 'bezirksregion',
			files: ['shp', 'shx', 'dbf'].map((ext) => ({
				name: `bezirksregion.${ext}`,
				bytes: new Uint8Array(raw(`bezirksregion.${ext}`))
			})),
			options: { crs: 25833, code: 'SCHLUESSEL', name: 'BZR_NAME', skipRecordsWithoutCode: true }
		});
		expect((await names('bezirksregion')).get('080101')).toBe('promenade');
		for (const [code, name] of [
			['einwohner_00_01', 'Kinder 0–<1 Jahre'],
			['einwohner_01_02', 'Kinder 1–<2 Jahre']
		]) {
			await defineVariable(await tenantContext(ctx(), 'berlin'), { code, name, kind: 'count' });
		}

		const audit = async () => (await listAudit(await tenantContext(ctx(), 'berlin'), {})).total;
		const before = await audit();
		expect(await upgradeRegionNames(await tenantContext(ctx(), 'berlin'))).toBe(true);
		expect(await upgradeAgeLabels(await tenantContext(ctx(), 'berlin'))).toBe(true);
		expect(await names('bezirksregion')).toEqual(expectedRegionNames());
		const variables = new Map(
			(await listVariables(await tenantContext(ctx(), 'berlin'))).map((v) => [v.code, v.name])
		);
		expect(variables.get('einwohner_00_01')).toBe('Kinder unter 1 Jahr');
		expect(variables.get('einwohner_01_02')).toBe('Kinder 1 bis unter 2 Jahre');
		const indicators = new Map(
			(await listIndicators(await tenantContext(ctx(), 'berlin'))).map((i) => [i.code, i.name])
		);
		expect(indicators.get('anteil_kinder_00_01')).toBe('Anteil der Kinder unter 1 Jahr');
		expect(indicators.get('anteil_kinder_03_05')).toBe('Anteil der Kinder von 3 bis unter 5 Jahren');
		const audited = await audit();
		expect(audited).toBeGreaterThan(before);

		expect(await upgradeRegionNames(await tenantContext(ctx(), 'berlin'))).toBe(false);
		expect(await upgradeAgeLabels(await tenantContext(ctx(), 'berlin'))).toBe(false);
		expect(await audit()).toBe(audited);
	});
});
