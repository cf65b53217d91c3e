import { pgTable, text } from 'drizzle-orm/pg-core';

/** Settings of this installation shared by all app servers (e.g. the CSRF signing secret). */
export const instanceSetting = pgTable('instance_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull()
});
