import { applyRestriction, type ImportRestriction } from '../../core/facility/import-permissions';
import { resolveFacilityColumns } from '../../core/facility/import-mapping';
import { recordsOfFeatures } from '../../core/facility/import-points';
import {
	checkFacilityRecords,
	type FacilityCheckContext,
	type FacilitySourceRecord
} from '../../core/facility/import-rows';
import { ImportFailed } from '../../core/imports/import-failed';
import { ProblemList } from '../../core/imports/problem-list';
import { problem, type ImportProblem } from '../../core/imports/problems';
import type { Database } from '../db/client';
import { insertDataImport } from '../repositories/data-import.repository';
import {
	pointsInTenantArea,
	tenantHasUnitGeometry,
	upsertFacilities,
	type FacilityUpsert
} from '../repositories/facility-import.repository';
import { listFacilityKinds } from '../repositories/facility-kind.repository';
import { findProvidersByNames, insertProvider } from '../repositories/provider.repository';
import { listDepartments } from '../repositories/tenant.repository';
import type { FacilityImportValues } from './facility-import-options';
import { readGeodata } from './readers/geodata';
import { extensionOf } from './readers/sniff';
import { readTable } from './readers/table';
import { fileProvenance } from './staging/file-hash';
import type { ImportWrite } from './types';

/** What a facility import did (or, in a dry run, would do). */
export interface FacilityImportReport {
	importId: string;
	kind: 'facilities';
	file: string;
	rows: number;
	created: number;
	updated: number;
	/** Names of providers (Träger) the file named that did not exist and were created. */
	providersCreated: string[];
	/** Capacity cells left empty: stored as unknown (null), never as 0. */
	unknownCapacities: number;
	warnings: ImportProblem[];
}

/** The file as header and records, whatever its format. */
export interface FacilitySource {
	file: string;
	header: string[];
	records: FacilitySourceRecord[];
	hasGeometry: boolean;
	geometryCrs?: FacilityCheckContext['geometryCrs'];
	format: Record<string, unknown>;
	warnings: ImportProblem[];
}

const geodataExtensions = new Set(['geojson', 'json', 'zip', 'shp']);

/** Reads a CSV/XLSX table or a GeoJSON file; a file that cannot be read fails here. */
export async function readFacilitySource(values: FacilityImportValues): Promise<FacilitySource> {
	const { file, options } = values;
	if (geodataExtensions.has(extensionOf(file.name))) {
		const read = await readGeodata([file], { crs: options.crs });
		if (!read.ok) throw new ImportFailed(read.problems);
		const { header, records } = recordsOfFeatures(read.value.features);
		return {
			file: read.value.file,
			header,
			records,
			hasGeometry: true,
			geometryCrs: { epsg: read.value.crs, source: read.value.crsSource },
			format: { ...read.value.format, crs: read.value.crs, crsSource: read.value.crsSource },
			warnings: read.warnings
		};
	}
	const read = await readTable(file, {
		encoding: options.encoding,
		delimiter: options.delimiter,
		sheet: options.sheet
	});
	if (!read.ok) throw new ImportFailed(read.problems);
	const table = read.value;
	return {
		file: table.file,
		header: table.header,
		records: table.rows.map((r) => ({ row: r.line, cells: r.cells })),
		hasGeometry: false,
		format: table.format,
		warnings: read.warnings
	};
}

/**
 * Checks the file against the tenant (kinds, departments, the actor's restriction, the tenant's
 * area) and writes it in the caller's transaction. Any error: ImportFailed with every problem, and
 * nothing is written, because every check comes before the first write.
 */
export async function writeFacilities(
	tx: Database,
	values: FacilityImportValues,
	source: FacilitySource,
	restriction: ImportRestriction,
	write: ImportWrite
): Promise<FacilityImportReport> {
	const { tenantId, importId } = write;
	const { options } = values;
	const { file } = source;
	const resolved = resolveFacilityColumns(
		file,
		source.header,
		{ ...options, fixedKind: options.fixedKind },
		source.hasGeometry
	);
	if (!resolved.ok) throw new ImportFailed([...source.warnings, ...resolved.problems]);
	const kinds = await listFacilityKinds(tx, tenantId);
	const departments = await listDepartments(tx, tenantId);
	const problems = new ProblemList();
	const { facilities: checked } = checkFacilityRecords(
		source.records,
		resolved.value,
		{ file, kinds, departments, geometryCrs: source.geometryCrs, numberStyle: options.numberStyle },
		problems
	);
	const columnName = (index: number) => (index >= 0 ? (source.header[index] ?? null) : null);
	const restricted = applyRestriction(file, checked, restriction, {
		department: columnName(resolved.value.columns.department),
		provider: columnName(resolved.value.columns.provider)
	});
	problems.addAll(restricted.problems);
	const facilities = restricted.facilities;

	const warnings = [...source.warnings];
	const transformed = await pointsInTenantArea(
		tx,
		tenantId,
		facilities.map((f) => ({ row: f.row, x: f.x, y: f.y, crs: f.crs }))
	);
	if (await tenantHasUnitGeometry(tx, tenantId)) {
		for (const p of transformed) {
			if (p.inside) continue;
			const f = facilities.find((x) => x.row === p.row)!;
			const message = `Zeile ${p.row}: Die Einrichtung „${f.name}“ liegt mit ${p.lat.toFixed(5).replace('.', ',')} N, ${p.lon.toFixed(5).replace('.', ',')} O außerhalb des Gebiets des Mandanten (keine Gebietseinheit enthält sie). Bitte prüfen Sie die Koordinaten und das Koordinatensystem.`;
			problems.add(problem('import.outside_area', { file, row: p.row }, message));
		}
	} else if (facilities.length > 0) {
		const message =
			'Der Mandant hat noch keine Gebietseinheiten mit Geometrie; ob die Einrichtungen in seinem Gebiet liegen, wurde nicht geprüft. Bitte importieren Sie zuerst die Gebiete, um das prüfen zu lassen.';
		warnings.push(problem('import.outside_area', { file }, message, 'warning'));
	}
	const all = [...warnings, ...problems.list()];
	if (problems.hasErrors) throw new ImportFailed(all);

	// Providers the file names that do not exist yet are created (and counted in the report).
	const providerNames = [
		...new Set(facilities.map((f) => f.providerName).filter((n): n is string => n !== null))
	];
	const providerIds = new Map(
		(await findProvidersByNames(tx, tenantId, providerNames)).map((p) => [p.name, p.id])
	);
	const providersCreated: string[] = [];
	for (const name of providerNames) {
		if (providerIds.has(name)) continue;
		// A new provider takes the sector its first row states; existing ones keep theirs.
		const sector = facilities.find((f) => f.providerName === name && f.providerSector)?.providerSector;
		const row = await insertProvider(tx, { tenantId, name, sector: sector ?? 'unbekannt' });
		providerIds.set(name, row.id);
		providersCreated.push(name);
	}

	const lonLat = new Map(transformed.map((p) => [p.row, p]));
	const upserts: FacilityUpsert[] = facilities.map((f) => ({
		code: f.code,
		name: f.name,
		kindId: f.kindId,
		providerId: f.providerName === null ? null : providerIds.get(f.providerName)!,
		departmentId: f.departmentId,
		street: f.street,
		postcode: f.postcode,
		place: f.place,
		ageFrom: f.ageFrom,
		ageTo: f.ageTo,
		validFrom: f.validFrom,
		validTo: f.validTo,
		lon: lonLat.get(f.row)!.lon,
		lat: lonLat.get(f.row)!.lat,
		capacities: f.capacities
	}));
	const { created, updated } = await upsertFacilities(tx, tenantId, importId, write.now, upserts);
	const unknownCapacities = facilities.reduce(
		(n, f) => n + f.capacities.filter((c) => c.places === null).length,
		0
	);
	const provenance = fileProvenance([values.file]);
	const report: FacilityImportReport = {
		importId,
		kind: 'facilities',
		file,
		rows: source.records.length,
		created,
		updated,
		providersCreated,
		unknownCapacities,
		warnings: all
	};
	await insertDataImport(tx, {
		tenantId,
		id: importId,
		kind: 'facilities',
		fileName: provenance.fileName,
		sha256: provenance.sha256,
		userId: write.userId,
		actor: write.actor,
		at: write.now,
		rows: source.records.length,
		details: {
			files: provenance.files,
			read: source.format,
			options,
			created,
			updated,
			providersCreated,
			unknownCapacities,
			warnings: all
		}
	});
	return report;
}
