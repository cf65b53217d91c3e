import type { CommandGroup } from '../command';
import { facilities } from './import/facilities';
import { list, rollback } from './import/history';
import { observations } from './import/observations';
import { units } from './import/units';

export const importGroup: CommandGroup = {
	name: 'import',
	summary: 'Gebietseinheiten, Beobachtungswerte und Einrichtungen aus Dateien importieren.',
	description:
		'Dieselben Importe wie in der Anwendung, mit denselben Prüfungen; jeder Import wird mit Datei, Prüfsumme, ' +
		'Benutzer, Zeit und Anzahlen festgehalten und kann rückgängig gemacht werden (import rollback).',
	commands: [units, observations, facilities, list, rollback]
};
