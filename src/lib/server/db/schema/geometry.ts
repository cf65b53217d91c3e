import { customType } from 'drizzle-orm/pg-core';

/**
 * PostGIS geometry column in EPSG:4326. Written as EWKT (`SRID=4326;MULTIPOLYGON(...)`) or through
 * SQL functions; read it with ST_AsGeoJSON in the repository (PostGIS returns hex EWKB otherwise).
 */
export const multiPolygon = customType<{ data: string; driverData: string }>({
	dataType: () => 'geometry(MultiPolygon,4326)'
});

export const point = customType<{ data: string; driverData: string }>({
	dataType: () => 'geometry(Point,4326)'
});
