import { defineCommand } from '../command';
import { cliConfig, describeDatabase, withServices } from '../database';
import { say } from '../output';

export const migrateCommand = defineCommand({
	name: 'migrate',
	summary: 'Richtet die Datenbank ein (PostGIS, Tabellen) und bringt sie auf den neuesten Stand.',
	description:
		'Der Server tut das bei jedem Start selbst. Dieser Befehl ist für Installationen, die das Schema ' +
		'vorab oder getrennt vom Start aktualisieren wollen, und zeigt, welche Datenbank die Konfiguration meint.',
	options: {},
	examples: [
		'querschnitt migrate',
		'DATABASE_URL=postgres://querschnitt:…@db.intern:5432/querschnitt querschnitt migrate'
	],
	async run() {
		const config = cliConfig();
		say(`Datenbank: ${describeDatabase(config.database)}`);
		await withServices(async () => {}, config);
		const { migrationTags } = await import('../../lib/server/db/migrate');
		const tags = migrationTags();
		say(`Schema ist aktuell: ${tags.length} Migration(en), zuletzt ${tags.at(-1) ?? '–'}.`);
	}
});
