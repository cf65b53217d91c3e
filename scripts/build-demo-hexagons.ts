// Builds demo/berlin-lor-2006/demo-sechsecke.geojson ONCE: a hexagon grid over Berlin (edge 1.5 km,
// so about 3 km across), clipped to the union of the Bezirke — a second layer that does NOT nest
// in the LOR, made for the crosswalk demo (issue 6). Not official data; the file is committed, so
// the demo does not depend on this script. Run: npx tsx scripts/build-demo-hexagons.ts
//
// The geometry work is PostGIS's (ST_HexagonGrid, PostGIS ≥ 3.1: in PGlite and on PostgreSQL 15),
// on the Bezirk shapes as the demo imports them. SQL sits here, not in a repository, because this
// is a one-off build step outside the application.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { queryRows } from '../src/lib/server/db/raw-query';
import { berlinDataDir, importBerlinLayers } from '../src/lib/server/seed/berlin';
import { createTenant } from '../src/lib/server/services/tenant.service';
import { tenantContext } from '../src/lib/server/services/tenant-context';

/** Edge length (= circumradius) of a hexagon in metres, in ETRS89 / UTM 33N. */
const edge = 1500;
/** Clipped pieces smaller than this share of a full hexagon are dropped (edge slivers). */
const minShare = 0.02;

const handle = await openDatabase({ engine: 'pglite-memory' });
try {
	await migrateDatabase(handle);
	const ctx = {
		db: handle.db,
		actor: { kind: 'system', label: 'build-demo-hexagons' } as const,
		now: new Date()
	};
	await createTenant(ctx, { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' });
	await importBerlinLayers(await tenantContext(ctx, 'berlin'));
	const rows = await queryRows<{ geometry: string }>(
		handle.db,
		sql`with berlin as (
				select ST_Union(ST_Transform(u.geom, 25833)) as g
				from spatial_unit u join spatial_layer l on l.id = u.layer_id and l.tenant_id = u.tenant_id
				where l.code = 'bezirk'
			), cells as (
				select ST_CollectionExtract(ST_Intersection(h.geom, b.g), 3) as g, ST_Area(h.geom) as full_area,
					ST_Y(ST_Centroid(h.geom)) as y, ST_X(ST_Centroid(h.geom)) as x
				from berlin b, ST_HexagonGrid(${edge}, b.g) as h
				where h.geom && b.g and ST_Intersects(h.geom, b.g)
			)
			select ST_AsGeoJSON(ST_Transform(ST_Multi(g), 4326), 7) as geometry
			from cells
			where ST_Area(g) >= ${minShare} * full_area
			-- north to south, then west to east: numbers read like a page
			order by round(y::numeric, -1) desc, x`
	);
	const features = rows.map((r, i) => ({
		type: 'Feature',
		properties: { code: `H${String(i + 1).padStart(3, '0')}`, name: `Sechseck ${i + 1}` },
		geometry: JSON.parse(r.geometry) as unknown
	}));
	const file = path.join(berlinDataDir, 'demo-sechsecke.geojson');
	writeFileSync(file, `${JSON.stringify({ type: 'FeatureCollection', name: 'demo-sechsecke', features })}\n`);
	console.log(`${features.length} Sechsecke nach ${file} geschrieben.`);
} finally {
	await handle.close();
}
