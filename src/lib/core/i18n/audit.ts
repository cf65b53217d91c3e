import { isRole, roleLabels } from '../auth/roles';
import { tenantKindLabels, tenantKinds, type TenantKind } from '../tenancy/tenant-kinds';
import type { MessageKey } from './de';
import { formatDateTime, isIsoTimestamp } from './format';
import type { Locale } from './locale';
import { t } from './translate';

/** Names for the ids that audit entries contain, so that the log reads as text. */
export interface AuditNames {
	departments: ReadonlyMap<string, string>;
	users: ReadonlyMap<string, string>;
	tenants: ReadonlyMap<string, string>;
	/** Träger by id (provider accounts name theirs); without it the id is shown. */
	providers?: ReadonlyMap<string, string>;
}

export interface AuditField {
	label: string;
	value: string;
}

export const auditEntities = [
	'user',
	'membership',
	'department',
	'tenant',
	'spatial_layer',
	'variable',
	'topic',
	'indicator',
	'data_import',
	'composite_index',
	'composite_index_run',
	'disclosure_setting',
	'api_token',
	'provider',
	'facility',
	'facility_kind',
	'supply_setting',
	'goal'
] as const;
const auditActions = ['create', 'update', 'delete'] as const;

function known<T extends string>(list: readonly T[], value: string): value is T {
	return (list as readonly string[]).includes(value);
}

export function auditEntityLabel(locale: Locale, entity: string): string {
	return known(auditEntities, entity) ? t(locale, `audit.entity.${entity}`) : entity;
}

export function auditActionLabel(locale: Locale, action: string): string {
	return known(auditActions, action) ? t(locale, `audit.action.${action}`) : action;
}

/** The changed object by name where it is known (a user's name, a department's name). */
export function auditObjectName(entity: string, entityId: string, names: AuditNames): string | null {
	if (entity === 'user' || entity === 'membership') return names.users.get(entityId) ?? null;
	if (entity === 'department') return names.departments.get(entityId) ?? null;
	if (entity === 'tenant') return names.tenants.get(entityId) ?? null;
	return null;
}

const fieldKeys = [
	'id',
	'slug',
	'name',
	'shortName',
	'kind',
	'ags',
	'parentId',
	'tenantId',
	'createdAt',
	'username',
	'email',
	'displayName',
	'role',
	'departmentId',
	'providerId',
	'disabled',
	'passwordChangedAt',
	'passwordResetBy'
] as const;

/** The object's own id and tenant are named in the row already. */
const hidden = new Set(['id', 'tenantId']);

function fieldLabel(locale: Locale, key: string): string {
	return known(fieldKeys, key) ? t(locale, `audit.field.${key}` as MessageKey) : key;
}

function fieldValue(locale: Locale, key: string, value: unknown, names: AuditNames): string {
	if (key === 'departmentId' && !value) return t(locale, 'users.field.noDepartment');
	if (key === 'providerId' && !value) return t(locale, 'users.field.noProvider');
	if (value === null || value === undefined || value === '') return t(locale, 'common.none');
	if (typeof value === 'boolean') return t(locale, value ? 'common.yes' : 'common.no');
	if (typeof value === 'string') {
		if (key === 'role' && isRole(value)) return roleLabels[value][locale];
		if (key === 'kind' && known<TenantKind>(tenantKinds, value)) return tenantKindLabels[value][locale];
		if (key === 'departmentId') return names.departments.get(value) ?? t(locale, 'audit.unknownDepartment');
		if (key === 'providerId') return names.providers?.get(value) ?? value;
		if (key === 'parentId' || key === 'tenantId') return names.tenants.get(value) ?? value;
		if (isIsoTimestamp(value)) return formatDateTime(value, locale);
		return value;
	}
	if (typeof value === 'number') return String(value);
	return JSON.stringify(value);
}

/** A before/after state as label–value pairs in the user's language, never raw JSON. */
export function auditFields(locale: Locale, state: unknown, names: AuditNames): AuditField[] {
	if (state === null || state === undefined) return [];
	if (typeof state !== 'object' || Array.isArray(state)) {
		return [{ label: '', value: fieldValue(locale, '', state, names) }];
	}
	return Object.entries(state as Record<string, unknown>)
		.filter(([key]) => !hidden.has(key))
		.map(([key, value]) => ({
			label: fieldLabel(locale, key),
			value: fieldValue(locale, key, value, names)
		}));
}
