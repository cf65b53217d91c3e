/**
 * B8's plausibility table: per Bezirk (first two digits of the LOR code) and age band the children,
 * the places of the Kitas inside the Bezirk, the Versorgungsquote and — with the illustrative
 * Bedarfsquoten of DOMAIN.md §4 (55 % U3, 98 % Ü3) — Platzbedarf, Fehlbedarf and Überhang through
 * src/lib/core/supply/need.ts; beside them the 2SFCA result as places per 100 children, weighted
 * by children (Σ A_i · P_i / Σ P_i × 100), which moves places across Bezirk boundaries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvRecords } from '../../src/lib/server/importers/readers/csv-records';
import { supplyNeedSeries, sumToAreas, type BandCount } from '../../src/lib/core/supply/need';
import { bands, type B8Data } from './data';

export const needRates = { u3: 55, ue3: 98 };

export interface PlausibilityRow {
	code: string;
	name: string;
	band: string;
	children: number | null;
	places: number | null;
	coverageRate: number | null;
	placesNeeded: number | null;
	shortfall: number | null;
	surplus: number | null;
	gaussian: number;
	none: number;
}

const date = '2016-12-31';

function bezirkNames(): Map<string, string> {
	const file = path.join(
		path.dirname(new URL(import.meta.url).pathname),
		'..',
		'..',
		'demo',
		'berlin-lor-2006',
		'bezirke.csv'
	);
	const { records } = csvRecords(readFileSync(file, 'utf8'), ';');
	return new Map(records.slice(1).map((r) => [r.cells[0]!, r.cells[1]!]));
}

export function plausibility(data: B8Data, accessibility: Map<string, Float64Array>): PlausibilityRow[] {
	const { codes } = data.units;
	const bezirkOf = (unit: string) => (unit === 'Berlin' ? null : unit.slice(0, 2));
	const children: BandCount[] = [];
	const places: BandCount[] = [];
	for (const band of bands) {
		codes.forEach((code, i) =>
			children.push({ unit: code, band: band.code, date, value: data.units.children[band.code][i]! })
		);
		// Places of the Kitas inside each Planungsraum; Kitas with unknown places are left out, as in the 2SFCA.
		const sums = new Float64Array(codes.length);
		data.kitas.places[band.code].forEach((p, k) => {
			const unit = data.kitas.unit[k]!;
			if (unit >= 0 && !Number.isNaN(p)) sums[unit]! += p;
		});
		codes.forEach((code, i) => places.push({ unit: code, band: band.code, date, value: sums[i]! }));
	}
	const byBezirk = supplyNeedSeries(sumToAreas(children, bezirkOf), sumToAreas(places, bezirkOf), needRates);
	const whole = supplyNeedSeries(
		sumToAreas(children, () => 'Berlin'),
		sumToAreas(places, () => 'Berlin'),
		needRates
	);
	const names = bezirkNames();
	return [...byBezirk, ...whole].map((row) => {
		const inArea = (code: string) => row.unit === 'Berlin' || code.startsWith(row.unit);
		const weighted = (decay: string) => {
			const a = accessibility.get(`${row.band}|${decay}`)!;
			const population = data.units.children[row.band as 'u3' | 'ue3'];
			let served = 0;
			let total = 0;
			codes.forEach((code, i) => {
				if (!inArea(code)) return;
				served += a[i]! * population[i]!;
				total += population[i]!;
			});
			return (served / total) * 100;
		};
		return {
			code: row.unit,
			name: names.get(row.unit) ?? row.unit,
			band: bands.find((b) => b.code === row.band)!.label,
			children: row.children,
			places: row.places,
			coverageRate: row.coverageRate,
			placesNeeded: row.placesNeeded,
			shortfall: row.shortfall,
			surplus: row.surplus,
			gaussian: weighted('gaussian'),
			none: weighted('none')
		};
	});
}
