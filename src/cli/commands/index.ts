import type { Command, CommandGroup } from '../command';
import { backupCommand, restoreCommand } from './backup';
import { compositeIndexGroup } from './composite-index';
import { crosswalkGroup } from './crosswalk';
import { migrateCommand } from './db';
import { departmentGroup } from './department';
import { exportGroup } from './export';
import { facilityGroup } from './facility';
import { importGroup } from './import';
import { indicatorGroup } from './indicator';
import { checkCommand, goalGroup, measureGroup } from './plan';
import { planGroup } from './plan-exchange';
import { providerGroup } from './provider';
import { tenantGroup } from './tenant';
import { tokenGroup } from './token';
import { topicGroup } from './topic';
import { userGroup } from './user';

/**
 * Every top-level command of `querschnitt`, in the order of the help page. A new area (import,
 * indicator, export …) adds its group here; main.ts needs no change.
 */
export const registry: readonly (Command | CommandGroup)[] = [
	tenantGroup,
	departmentGroup,
	userGroup,
	providerGroup,
	facilityGroup,
	importGroup,
	topicGroup,
	indicatorGroup,
	compositeIndexGroup,
	goalGroup,
	measureGroup,
	checkCommand,
	planGroup,
	crosswalkGroup,
	exportGroup,
	tokenGroup,
	migrateCommand,
	backupCommand,
	restoreCommand
];

export function isGroup(entry: Command | CommandGroup): entry is CommandGroup {
	return 'commands' in entry;
}
