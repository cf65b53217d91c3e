import { parseCapacityMapping, parseValueMapping } from '../../../lib/core/facility/import-mapping';
import { actingContext } from '../../acting-user';
import { UsageError, defineCommand } from '../../command';
import { withServices } from '../../database';
import { readInputFiles } from '../../input-files';
import { note, printJson, say } from '../../output';
import { importProblemLine } from '../../problem-report';
import { commonOptions, definedOnly, integer, readerOptions, readerValues, tenantOption } from './options';

const column = (what: string) => ({ type: 'string', value: '<spalte>', description: what }) as const;

export const facilities = defineCommand({
	name: 'facilities',
	summary: 'Importiert Angebote und Einrichtungen (Kitas, Schulen, Beratungsstellen …) aus einer Datei.',
	description:
		'Eine Datei: CSV oder Excel mit Breite/Länge (WGS 84) oder Rechts-/Hochwert (mit --crs), oder GeoJSON mit ' +
		'Punkten in beliebigem Koordinatensystem (aus dem „crs“-Eintrag der Datei oder --crs). Spalten werden an ' +
		'üblichen Namen erkannt (id/Kennung/Nummer, name/Bezeichnung, lat/Breite, lon/Länge, x/Rechtswert, ' +
		'y/Hochwert, Adresse/Straße + Hausnummer, PLZ, Ort/Ortsteil, Träger und Trägerart, Amt; auch mit kurzem ' +
		'Vorsatz wie e_nr, e_name, e_art, t_name, t_art, bsn, schulart, e_platz); andere Namen geben die Optionen an.\n\n' +
		'Plätze einer Platzart, die die Art der Zeile nicht zählt (z. B. „plaetze“ bei einer Grundschule, die ' +
		'„schueler“ zählt), werden abgelehnt, statt unbeachtet gespeichert zu werden; --platzart-als ordnet sie zu.\n\n' +
		'Einrichtungen mit derselben Kennung werden aktualisiert (Plätze ersetzt), neue angelegt; genannte Träger, ' +
		'die es noch nicht gibt, werden angelegt. Leere Platzzahlen bedeuten „unbekannt“, nicht 0.\n\n' +
		'Der Import gelingt ganz oder gar nicht: Bei einem Fehler (vertauschte Koordinaten, Punkte außerhalb des ' +
		'Gebiets, fehlendes Koordinatensystem, doppelte Kennungen, negative Plätze, unbekannte Arten …) werden ' +
		'alle Probleme mit Datei, Zeile, Spalte, Code und Meldung aufgeführt, der Exit-Code ist 1, und an der ' +
		'Datenbank ändert sich nichts. Mit --pruefen wird nur geprüft.',
	options: {
		tenant: tenantOption,
		art: {
			type: 'string',
			value: '<code>',
			description: 'Eine Art für alle Zeilen (z. B. kita); sonst die Spalte --art-spalte'
		},
		'art-spalte': column('Spalte mit Kürzel oder Name der Art'),
		kapazitaet: {
			type: 'string',
			value: '<platzart=spalte,…>',
			description: 'Platzarten und ihre Spalten, z. B. u3=under,ue3=over'
		},
		'art-zuordnung': {
			type: 'string',
			value: '<wert=art;…>',
			description:
				'Werte der Art-Spalte den Arten zuordnen, z. B. "Grundschule=grundschule;Gymnasium=weiterfuehrende_schule"'
		},
		'platzart-als': {
			type: 'string',
			value: '<platzart=platzart,…>',
			description:
				'Plätze einer Platzart, die die Art einer Zeile nicht kennt, unter deren Platzart speichern, z. B. plaetze=schueler (sonst Fehler)'
		},
		crs: {
			type: 'string',
			value: '<epsg>',
			description: 'EPSG-Code der Koordinaten (z. B. 25833); nötig für Rechts-/Hochwerte'
		},
		kennung: column('Spalte mit der Kennung (Nummer) der Einrichtung'),
		name: column('Spalte mit dem Namen'),
		lat: column('Spalte mit der geographischen Breite (WGS 84)'),
		lon: column('Spalte mit der geographischen Länge (WGS 84)'),
		x: column('Spalte mit dem Rechtswert'),
		y: column('Spalte mit dem Hochwert'),
		traeger: column('Spalte mit dem Namen des Trägers'),
		'traeger-art': column(
			'Spalte mit der Art des Trägers (öffentlich, frei, privat) für neu angelegte Träger'
		),
		amt: column('Spalte mit Name oder Kürzel des zuständigen Amtes'),
		strasse: column('Spalte mit Straße (und Hausnummer); „strasse+hausnr“ verbindet zwei Spalten'),
		hausnummer: column('Spalte mit der Hausnummer, an die Straße angehängt'),
		'hausnummer-zusatz': column('Spalte mit dem Zusatz der Hausnummer (z. B. A oder -17)'),
		plz: column('Spalte mit der Postleitzahl'),
		ort: column('Spalte mit Ort oder Ortsteil'),
		'alter-von': column('Spalte mit dem Mindestalter in Jahren'),
		'alter-bis': column('Spalte mit dem Höchstalter in Jahren (ausschließlich)'),
		'gueltig-ab': column('Spalte mit dem Beginn (TT.MM.JJJJ oder JJJJ-MM-TT)'),
		'gueltig-bis': column('Spalte mit dem Ende (TT.MM.JJJJ oder JJJJ-MM-TT)'),
		quelle: {
			type: 'string',
			value: '<text>',
			description: 'Herkunft der Datei (Herausgeber, Stand, Lizenz), wird mit dem Import gespeichert'
		},
		pruefen: { type: 'boolean', description: 'Nur prüfen, nichts speichern' },
		...readerOptions,
		...commonOptions
	},
	positionals: ['datei'],
	examples: [
		'querschnitt import facilities --tenant berlin --art kita --kapazitaet u3=under,ue3=over kitas-2017.csv',
		'querschnitt import facilities --tenant berlin --art grundschule --crs 25833 --x rechtswert --y hochwert schulen.xlsx',
		'querschnitt import facilities --tenant berlin --art-zuordnung "Jugendfreizeiteinrichtungen (JFE)=jugendfreizeit;PbS oder ASP oder Kinderfarm=kinderfarm_spielplatz" jugendfreizeiteinrichtungen-2022.geojson'
	],
	async run({ values, positionals }) {
		const path = 'import facilities';
		let capacities: Record<string, string> | undefined;
		if (values.kapazitaet !== undefined) {
			const parsed = parseCapacityMapping(values.kapazitaet);
			if (!parsed.ok) throw new UsageError(`--kapazitaet: ${parsed.message}`, path);
			capacities = parsed.value;
		}
		const mapping = (option: string, example: string) => {
			const text = values[option as 'art-zuordnung' | 'platzart-als'];
			if (text === undefined) return undefined;
			const parsed = parseValueMapping(text, example);
			if (!parsed.ok) throw new UsageError(`--${option}: ${parsed.message}`, path);
			return parsed.value;
		};
		const kindMap = mapping('art-zuordnung', 'Grundschule=grundschule');
		const capacityCodeMap = mapping('platzart-als', 'plaetze=schueler');
		const [file] = readInputFiles(positionals);
		if (!file || positionals.length !== 1) throw new UsageError('Bitte nennen Sie genau eine Datei.', path);
		const options = {
			...readerValues(values),
			...definedOnly({
				fixedKind: values.art,
				kind: values['art-spalte'],
				capacities,
				kindMap,
				capacityCodeMap,
				crs: integer('crs', values.crs, path),
				code: values.kennung,
				name: values.name,
				lat: values.lat,
				lon: values.lon,
				x: values.x,
				y: values.y,
				provider: values.traeger,
				providerSector: values['traeger-art'],
				department: values.amt,
				street: values.strasse,
				houseNumber: values.hausnummer,
				houseNumberSuffix: values['hausnummer-zusatz'],
				source: values.quelle,
				postcode: values.plz,
				place: values.ort,
				ageFrom: values['alter-von'],
				ageTo: values['alter-bis'],
				validFrom: values['gueltig-ab'],
				validTo: values['gueltig-bis']
			})
		};
		const { importFacilities } = await import('../../../lib/server/services/facility-import.service');
		const dryRun = values.pruefen === true;
		const report = await withServices(async (system) => {
			const tc = await actingContext(system, values.tenant, values.as);
			// The encoding and delimiter choices are checked by the service (zod), like a form.
			const input = { file, options } as Parameters<typeof importFacilities>[1];
			return importFacilities(tc, input, { dryRun });
		});
		for (const warning of report.warnings) note(importProblemLine(warning));
		if (values.json) return printJson(report);
		const counts = `${report.rows} Zeilen gelesen, ${report.created} Einrichtungen neu, ${report.updated} aktualisiert`;
		say(
			dryRun
				? `Prüfung ohne Fehler (nichts gespeichert): ${counts}.`
				: `Import ${report.importId} abgeschlossen: ${counts}.`
		);
		if (report.providersCreated.length > 0)
			say(
				`Neue Träger: ${report.providersCreated.length} (${report.providersCreated.slice(0, 10).join(', ')}${report.providersCreated.length > 10 ? ' …' : ''}).`
			);
		if (report.unknownCapacities > 0)
			say(
				`${report.unknownCapacities} Platzzahlen leer: ${dryRun ? 'würden' : 'werden'} als „unbekannt“ gespeichert, nicht als 0.`
			);
		if (report.warnings.length > 0) say(`${report.warnings.length} Warnung(en), siehe oben.`);
	}
});
