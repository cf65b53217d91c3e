/**
 * B9's inputs. Polygons: the 447 Planungsräume of demo/berlin-lor-2006 (EPSG:25833), transformed
 * ONCE to EPSG:4326 by PostGIS in a throwaway PGlite and written out as GeoJSON with 15 decimals, so
 * that both databases and turf.js see the very same coordinates (two PROJ builds could differ in
 * the last bits, and a point near a boundary would then "disagree" for no reason of the method).
 * Units are sorted by code; a unit's id is its position, so "smallest code" is "smallest id".
 * Points: a seeded PRNG (mulberry32), uniform in the units' bounding box in EPSG:4326.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/lib/server/db/client';
import type { SqlSession } from '../lib/sql-session';

export interface Unit {
	code: string;
	/** GeoJSON MultiPolygon in EPSG:4326. */
	geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
	/** The same geometry as text, to load into the databases. */
	text: string;
}

export interface Points {
	x: Float64Array;
	y: Float64Array;
	bbox: [number, number, number, number];
}

const file = path.join(
	path.dirname(new URL(import.meta.url).pathname),
	'..',
	'..',
	'demo',
	'berlin-lor-2006',
	'planungsraum.geojson'
);

export async function loadUnits(): Promise<Unit[]> {
	const features = (
		JSON.parse(readFileSync(file, 'utf8')) as {
			features: { properties: { SCHLUESSEL: string }; geometry: unknown }[];
		}
	).features.sort((a, b) => a.properties.SCHLUESSEL.localeCompare(b.properties.SCHLUESSEL));
	const handle = await openDatabase({ engine: 'pglite-memory' });
	try {
		const db = handle.pglite!;
		await db.exec('create extension if not exists postgis');
		const { rows } = await db.query<{ g: string }>(
			`select ST_AsGeoJSON(ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(g), 25833), 4326)), 15) as g
			 from unnest($1::text[]) with ordinality as t(g, n) order by n`,
			[features.map((f) => JSON.stringify(f.geometry))]
		);
		return rows.map((r, i) => ({
			code: features[i]!.properties.SCHLUESSEL,
			geometry: JSON.parse(r.g) as Unit['geometry'],
			text: r.g
		}));
	} finally {
		await handle.close();
	}
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function bboxOf(units: readonly Unit[]): [number, number, number, number] {
	const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const u of units)
		for (const polygon of u.geometry.coordinates)
			for (const [x, y] of polygon[0]!) {
				box[0] = Math.min(box[0], x!);
				box[1] = Math.min(box[1], y!);
				box[2] = Math.max(box[2], x!);
				box[3] = Math.max(box[3], y!);
			}
	return box;
}

export function generatePoints(count: number, bbox: Points['bbox'], seed = 20261122): Points {
	const next = random(seed);
	const x = new Float64Array(count);
	const y = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		x[i] = bbox[0] + (bbox[2] - bbox[0]) * next();
		y[i] = bbox[1] + (bbox[3] - bbox[1]) * next();
	}
	return { x, y, bbox };
}

/** Tables unit (GiST) and point, and the empty assignment; returns ms for loading the points. */
export async function loadInto(session: SqlSession, units: readonly Unit[], points: Points): Promise<number> {
	await session.exec(`
		create table unit (id int primary key, code text not null, geom geometry(MultiPolygon, 4326) not null);
		create table point (id int primary key, geom geometry(Point, 4326) not null);
		create table assignment (point_id int not null, unit_id int);`);
	await session.query(
		`insert into unit select n::int - 1, code, ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)
		 from unnest($1::text[], $2::text[]) with ordinality as t(code, g, n)`,
		[units.map((u) => u.code), units.map((u) => u.text)]
	);
	await session.exec('create index on unit using gist (geom); analyze unit;');
	const started = Date.now();
	const chunk = 100_000;
	for (let from = 0; from < points.x.length; from += chunk) {
		const to = Math.min(from + chunk, points.x.length);
		const ids = Array.from({ length: to - from }, (_, k) => from + k);
		await session.query(
			`insert into point select id, ST_SetSRID(ST_MakePoint(x, y), 4326)
			 from unnest($1::int[], $2::float8[], $3::float8[]) as t(id, x, y)`,
			// JavaScript writes a double as its shortest exact decimal: the database reads the same double.
			[ids, Array.from(points.x.subarray(from, to)), Array.from(points.y.subarray(from, to))]
		);
	}
	await session.exec('analyze point;');
	return Date.now() - started;
}
