import type { TenantRow } from '../../lib/server/repositories/tenant.repository';
import { defineCommand } from '../command';
import { cliActor, cliConfig } from '../database';
import { formatBytes, say } from '../output';

const onlyEmbedded =
	'Nur für die eingebettete Datenbank (DATA_DIR). Für einen PostgreSQL-Server (DATABASE_URL) sind ' +
	'pg_dump -Fc und pg_restore die richtigen Werkzeuge.';

export const backupCommand = defineCommand({
	name: 'backup',
	summary: 'Sichert die eingebettete Datenbank in eine Datei (.tar.gz).',
	description:
		'Der Server muss dafür beendet sein: Die eingebettete Datenbank kann nur ein Prozess zugleich öffnen. ' +
		onlyEmbedded,
	options: { force: { type: 'boolean', description: 'Eine vorhandene Datei überschreiben' } },
	positionals: ['datei.tar.gz'],
	examples: ['querschnitt backup sicherung-$(date +%F).tar.gz'],
	async run({ values, positionals }) {
		const { backupEmbedded } = await import('../../lib/server/db/backup');
		const result = await backupEmbedded(cliConfig().database, positionals[0]!, { overwrite: values.force });
		say(`Gesichert: ${result.dataDir} → ${result.file} (${formatBytes(result.bytes)}).`);
	}
});

export const restoreCommand = defineCommand({
	name: 'restore',
	summary: 'Stellt die eingebettete Datenbank aus einer Sicherung wieder her.',
	description:
		'Ein Datenverzeichnis mit Inhalt wird nur mit --force ersetzt; der bisherige Inhalt wird dann nicht ' +
		'gelöscht, sondern nach <DATA_DIR>.vorher-<zeitpunkt> verschoben. Die Sicherung wird zuerst in ein ' +
		'eigenes Verzeichnis geladen, geprüft und auf den Stand dieser Version gebracht; erst dann ersetzt ' +
		'sie das Datenverzeichnis. Der Server muss beendet sein. ' +
		onlyEmbedded,
	options: {
		force: {
			type: 'boolean',
			description: 'Ein Datenverzeichnis mit Inhalt ersetzen (es wird beiseitegelegt)'
		}
	},
	positionals: ['datei.tar.gz'],
	examples: [
		'querschnitt restore sicherung-2025-01-31.tar.gz',
		'DATA_DIR=/srv/querschnitt/daten querschnitt restore --force sicherung.tar.gz'
	],
	async run({ values, positionals }) {
		const { restoreEmbedded } = await import('../../lib/server/db/backup');
		const { listAllTenants } = await import('../../lib/server/services/tenant.service');
		let tenants: TenantRow[] = [];
		const result = await restoreEmbedded(cliConfig().database, positionals[0]!, {
			force: values.force,
			check: async (handle) => {
				tenants = await listAllTenants({ db: handle.db, actor: cliActor, now: new Date() });
			}
		});
		if (result.movedAsideTo) say(`Der bisherige Inhalt liegt jetzt in ${result.movedAsideTo}.`);
		say(
			`Wiederhergestellt in ${result.dataDir}: ${tenants.length} Mandant(en)` +
				(tenants.length > 0 ? ` (${tenants.map((t) => t.slug).join(', ')}).` : '.')
		);
	}
});
