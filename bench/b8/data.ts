/**
 * B8's inputs from the real Berlin files (demo/berlin-lor-2006): 2,552 Kitas (WGS84) and 447
 * Planungsräume (EPSG:25833) with children 0–<3 and 3–<6 on 31.12.2016. PostGIS in embedded PGlite
 * projects the Kitas to EPSG:25833, gives each Planungsraum a representative point
 * (ST_PointOnSurface) and assigns each Kita to the Planungsraum that contains it (for the
 * Versorgungsquote). None of this is measured; the same tables then serve the SQL peer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { csvRecords } from '../../src/lib/server/importers/readers/csv-records';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client';

const demo = path.join(
	path.dirname(new URL(import.meta.url).pathname),
	'..',
	'..',
	'demo',
	'berlin-lor-2006'
);

export interface Band {
	code: 'u3' | 'ue3';
	label: string;
	/** Column of the Kita file with the places of this band. */
	placesColumn: 'under' | 'over';
	/** Columns of the children file (2016) that add up to the band. */
	childColumns: string[];
}

export const bands: Band[] = [
	{ code: 'u3', label: 'U3 (0–<3 Jahre)', placesColumn: 'under', childColumns: ['00_01', '01_02', '02_03'] },
	{ code: 'ue3', label: 'Ü3 (3–<6 Jahre)', placesColumn: 'over', childColumns: ['03_05', '05_06'] }
];

export interface B8Data {
	handle: DatabaseHandle;
	db: PGlite;
	kitas: {
		x: Float64Array;
		y: Float64Array;
		/** Places per band; NaN where the file says NaN (unknown). */
		places: Record<Band['code'], Float64Array>;
		/** Index of the containing Planungsraum, −1 outside all. */
		unit: Int32Array;
	};
	units: { codes: string[]; x: Float64Array; y: Float64Array; children: Record<Band['code'], Float64Array> };
	postgis: string;
}

function table(file: string): { header: string[]; rows: string[][] } {
	const { records } = csvRecords(readFileSync(path.join(demo, file), 'utf8'), ',');
	return { header: records[0]!.cells, rows: records.slice(1).map((r) => r.cells) };
}

const number = (text: string) => (text === '' || text === 'NaN' || text === 'NA' ? Number.NaN : Number(text));

export async function loadB8(): Promise<B8Data> {
	const kitaFile = table('kitas-2017.csv');
	const col = (name: string) => kitaFile.header.indexOf(name);
	const lat = kitaFile.rows.map((r) => Number(r[col('alat')]));
	const lon = kitaFile.rows.map((r) => Number(r[col('alon')]));
	const under = kitaFile.rows.map((r) => number(r[col('under')]!));
	const over = kitaFile.rows.map((r) => number(r[col('over')]!));

	const childFile = table('einwohner-kinder-2001-2016.csv');
	const codes = childFile.rows.map((r) => r[0]!);
	const childCol = (suffix: string) => childFile.header.indexOf(`2016_E_E${suffix}`);
	const children = Object.fromEntries(
		bands.map((b) => [
			b.code,
			Float64Array.from(childFile.rows, (r) =>
				b.childColumns.reduce((s, c) => s + number(r[childCol(c)]!), 0)
			)
		])
	) as Record<Band['code'], Float64Array>;

	const handle = await openDatabase({ engine: 'pglite-memory' });
	const db = handle.pglite!;
	await db.exec(`
		create extension if not exists postgis;
		create table kita (id int primary key, geom geometry(Point, 25833) not null,
			under float8, over float8);
		create table pr (id int primary key, code text not null, area geometry(MultiPolygon, 25833) not null,
			geom geometry(Point, 25833), u3 float8 not null, ue3 float8 not null);`);
	// NaN places become NULL in SQL; the peer treats them as the core is given them (see index).
	const nullable = (values: number[]) => values.map((v) => (Number.isNaN(v) ? null : v));
	await db.query(
		`insert into kita select id, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 25833), under, over
		 from unnest($1::int[], $2::float8[], $3::float8[], $4::float8[], $5::float8[]) as t(id, lon, lat, under, over)`,
		[lat.map((_, i) => i), lon, lat, nullable(under), nullable(over)]
	);
	const features = (
		JSON.parse(readFileSync(path.join(demo, 'planungsraum.geojson'), 'utf8')) as {
			features: { properties: { SCHLUESSEL: string }; geometry: unknown }[];
		}
	).features;
	const geometryOf = new Map(features.map((f) => [f.properties.SCHLUESSEL, JSON.stringify(f.geometry)]));
	const missing = codes.filter((c) => !geometryOf.has(c));
	if (missing.length) throw new Error(`Planungsräume ohne Geometrie: ${missing.join(', ')}`);
	await db.query(
		`insert into pr (id, code, area, u3, ue3)
		 select id, code, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(g), 25833)), u3, ue3
		 from unnest($1::int[], $2::text[], $3::text[], $4::float8[], $5::float8[]) as t(id, code, g, u3, ue3)`,
		[codes.map((_, i) => i), codes, codes.map((c) => geometryOf.get(c)!), [...children.u3], [...children.ue3]]
	);
	await db.exec(`
		update pr set geom = ST_PointOnSurface(area);
		create index on kita using gist (geom);
		create index on pr using gist (geom);
		create index on pr using gist (area);
		analyze;`);

	const kitaRows = await db.query<{ id: number; x: number; y: number; unit: number | null }>(
		`select k.id, ST_X(k.geom) as x, ST_Y(k.geom) as y,
			(select p.id from pr p where ST_Contains(p.area, k.geom) order by p.id limit 1) as unit
		 from kita k order by k.id`
	);
	const unitRows = await db.query<{ x: number; y: number }>(
		'select ST_X(geom) as x, ST_Y(geom) as y from pr order by id'
	);
	const postgis = (await db.query<{ v: string }>('select postgis_lib_version() as v')).rows[0]!.v;
	const version = (await db.query<{ v: string }>('select version() as v')).rows[0]!.v.split(' on ')[0]!;
	return {
		handle,
		db,
		kitas: {
			x: Float64Array.from(kitaRows.rows, (r) => r.x),
			y: Float64Array.from(kitaRows.rows, (r) => r.y),
			places: { u3: Float64Array.from(under), ue3: Float64Array.from(over) },
			unit: Int32Array.from(kitaRows.rows, (r) => r.unit ?? -1)
		},
		units: {
			codes,
			x: Float64Array.from(unitRows.rows, (r) => r.x),
			y: Float64Array.from(unitRows.rows, (r) => r.y),
			children
		},
		postgis: `${version}, PostGIS ${postgis}`
	};
}
