import type { ImportProblem } from '../../core/imports/problems';

/** An uploaded or given file: its name as the user knows it, and its bytes. */
export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/** A table read from CSV or XLSX: cells as text, exactly as a person sees them. */
export interface Table {
	file: string;
	header: string[];
	/** `line` is the row number a person sees (header = 1). */
	rows: { line: number; cells: string[] }[];
	/** What was detected or used, kept in the import's provenance. */
	format: { kind: 'csv' | 'xlsx'; encoding?: string; delimiter?: string; sheet?: string; bom?: boolean };
}

export type ReadResult<T> =
	{ ok: true; value: T; warnings: ImportProblem[] } | { ok: false; problems: ImportProblem[] };

/** A feature read from GeoJSON, TopoJSON or a Shapefile, still in the file's CRS. */
export interface FeatureInput {
	/** 1-based feature (record) number in the file. */
	index: number;
	/** The feature's own `id` (GeoJSON, TopoJSON), when it has one; codes are often kept there. */
	id?: string | number;
	properties: Record<string, string | number | boolean | null>;
	/** GeoJSON geometry object as read, or null when the record has none. */
	geometry: { type: string; coordinates?: unknown; geometries?: unknown } | null;
}

export interface FeatureCollectionInput {
	file: string;
	features: FeatureInput[];
	/**
	 * EPSG code of the coordinates: the one given as an option, else the one stated by the file
	 * (GeoJSON `crs` member, .prj), else 4326 for (Topo)JSON per RFC 7946; null when none is known.
	 */
	crs: number | null;
	/** Where `crs` came from: stated in the file, given as an option, or the GeoJSON default 4326. */
	crsSource?: 'file' | 'option' | 'default';
	format: { kind: 'geojson' | 'topojson' | 'shapefile'; encoding?: string };
}

/** Who writes an import, under which id and when: the same for every kind of import. */
export interface ImportWrite {
	tenantId: string;
	importId: string;
	userId: string | null;
	actor: string;
	now: Date;
}
