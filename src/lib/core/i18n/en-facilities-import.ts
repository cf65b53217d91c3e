import type { deFacilitiesImport } from './de-facilities-import';

/** English texts of the facility import. */
export const enFacilitiesImport: Record<keyof typeof deFacilitiesImport, string> = {
	'imports.kind.facilities': 'Facilities',
	'data.import.kind.facilities': 'Facilities',
	'facilityImport.title': 'Import facilities',
	'facilityImport.intro':
		'Upload a table (CSV or Excel) or a GeoJSON file with day-care centres, schools or other offers. Columns such as id, name, latitude and longitude, address, postcode and place are recognised by their usual names. The import succeeds completely or not at all: on an error nothing is stored, and every affected row is named with its reason.',
	'facilityImport.file': 'File',
	'facilityImport.fileHint': 'CSV, Excel (.xlsx) or GeoJSON; one file per import.',
	'facilityImport.kind': 'Kind of facilities',
	'facilityImport.kindHint': 'Applies to every row. Without a choice the file needs a column “Art”.',
	'facilityImport.kindFromFile': 'from the file’s column “Art”',
	'facilityImport.capacities': 'Places (kind=column)',
	'facilityImport.capacitiesHint': 'For example u3=under,ue3=over. Empty cells mean “unknown”, not 0.',
	'facilityImport.crs': 'Coordinate reference system (EPSG code)',
	'facilityImport.crsHint':
		'Only for eastings/northings or GeoJSON without a stated CRS, e.g. 25833 for ETRS89 / UTM zone 33N. Latitude/longitude are WGS 84.',
	'facilityImport.check': 'Check only',
	'facilityImport.submit': 'Import',
	'facilityImport.problemsTitle': 'The file was not imported',
	'facilityImport.problemsCaption': 'Problems in the file',
	'facilityImport.col.row': 'Row',
	'facilityImport.col.column': 'Column',
	'facilityImport.col.code': 'Code',
	'facilityImport.col.message': 'What to do',
	'facilityImport.checkedTitle': 'Check without errors – nothing stored',
	'facilityImport.doneTitle': 'Import completed',
	'facilityImport.report':
		'{rows} {rows|row|rows} read: {created} {created|facility|facilities} new, {updated} updated, {providers} {providers|provider|providers} created, {unknown} place counts unknown.',
	'facilityImport.warnings': 'Notes',
	'facilities.sources': 'Sources of the offers',
	'facilityImport.kindMap': 'Map kinds (value=kind; …)',
	'facilityImport.kindMapHint':
		'Only needed when the kind column has its own labels, e.g. Grundschule=grundschule; Gymnasium=weiterfuehrende_schule. Separate with semicolons.',
	'facilityImport.capacityCodeMap': 'Map capacity codes (code=code of the kind)',
	'facilityImport.capacityCodeMapHint':
		'Places under a code the row’s kind does not count are refused. For example plaetze=schueler stores them as pupil places for schools.',
	'facilityImport.street': 'Address column(s)',
	'facilityImport.streetHint':
		'Only needed when the columns are not recognised. Join two columns with +, e.g. strasse+hausnr (strasse/hausnr and e_strasse/e_hnr are joined by themselves).',
	'facilityImport.source': 'Source (publisher, date, licence)',
	'facilityImport.sourceHint':
		'Kept with the import, e.g. “Geoportal Berlin / Schulen, October 2023, dl-de/by-2.0”.'
};
