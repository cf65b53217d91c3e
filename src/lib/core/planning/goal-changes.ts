import type { MessageKey } from '../i18n/de';
import { formatIsoDate, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import { goalLevels, goalOrigins, goalScopeKinds, goalStatuses } from './goal';
import { ratings } from './goal-check';

/**
 * A goal's changes as its page lists them, from the audit log: who changed what and when, each
 * field before → after in words (names for ids, German dates and numbers, the words of the plan
 * for levels, statuses and ratings), never raw JSON.
 *
 * The goal service writes the goal as it was read before (with the names of its joins, without its
 * chosen units) and the row as written after (with `unitIds`). Both are reduced to the same fields
 * here; the units before a change are those after the change before it (the entries come in time
 * order), and are left out where no earlier entry says what they were.
 */

/** One audit entry of a goal or of one of its assessments. */
export interface GoalAuditEntry {
	id: string;
	at: Date | string;
	actor: string;
	entity: string;
	action: string;
	before: unknown;
	after: unknown;
}

/** Names for the ids a goal's state contains, by id; an id not found reads "(nicht mehr vorhanden)". */
export interface GoalChangeNames {
	goals: ReadonlyMap<string, string>;
	topics: ReadonlyMap<string, string>;
	indicators: ReadonlyMap<string, string>;
	departments: ReadonlyMap<string, string>;
	layers: ReadonlyMap<string, string>;
	indexes: ReadonlyMap<string, string>;
	units: ReadonlyMap<string, string>;
}

export interface GoalChangeField {
	label: string;
	/** Null for a field of a new goal or assessment (nothing before). */
	before: string | null;
	after: string;
}

export type GoalChangeKind = 'created' | 'updated' | 'deleted' | 'assessed';

export interface GoalChange {
	id: string;
	/** ISO timestamp. */
	at: string;
	actor: string;
	kind: GoalChangeKind;
	fields: GoalChangeField[];
}

type State = Record<string, unknown>;
type Field = {
	/** The key in the dictionary that labels it. */
	label: MessageKey;
	/** A comparable value of the state (undefined: the state does not say). */
	raw: (s: State) => unknown;
	/** The value in words. */
	text: (s: State, locale: Locale, names: GoalChangeNames) => string;
};

const none = (locale: Locale) => t(locale, 'common.none');
const gone = (locale: Locale) => t(locale, 'goalPage.changes.gone');

function known<T extends string>(list: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (list as readonly string[]).includes(value);
}

const str = (key: string) => (s: State) => s[key] ?? null;

function plain(key: string): Pick<Field, 'raw' | 'text'> {
	return {
		raw: str(key),
		text: (s, locale) => {
			const value = s[key];
			if (value === null || value === undefined || value === '') return none(locale);
			return String(value);
		}
	};
}

function date(key: string): Pick<Field, 'raw' | 'text'> {
	return {
		raw: str(key),
		text: (s, locale) => (typeof s[key] === 'string' ? formatIsoDate(s[key] as string, locale) : none(locale))
	};
}

function number(key: string): Pick<Field, 'raw' | 'text'> {
	return {
		raw: str(key),
		text: (s, locale) => (typeof s[key] === 'number' ? formatNumber(s[key] as number, locale) : none(locale))
	};
}

/** An id shown by its name. */
function named(key: string, map: keyof GoalChangeNames): Pick<Field, 'raw' | 'text'> {
	return {
		raw: str(key),
		text: (s, locale, names) => {
			const id = s[key];
			if (typeof id !== 'string' || id === '') return none(locale);
			return names[map].get(id) ?? gone(locale);
		}
	};
}

/** A value of a fixed list in the plan's words (`planning.<prefix>.<value>`). */
function worded(key: string, list: readonly string[], prefix: string): Pick<Field, 'raw' | 'text'> {
	return {
		raw: str(key),
		text: (s, locale) => {
			const value = s[key];
			if (!known(list, value)) return value === null || value === undefined ? none(locale) : String(value);
			return t(locale, `${prefix}.${value}` as MessageKey);
		}
	};
}

const unitIdsOf = (s: State): string[] | undefined =>
	Array.isArray(s.unitIds) ? (s.unitIds as unknown[]).map(String).sort() : undefined;

/** The fields of a goal, in the order of the form. */
const goalFields: Field[] = [
	{ label: 'planning.field.code', ...plain('code') },
	{ label: 'planning.field.title', ...plain('title') },
	{ label: 'planning.field.level', ...worded('level', goalLevels, 'planning.level') },
	{ label: 'planning.field.parent', ...named('parentId', 'goals') },
	{ label: 'planning.field.topic', ...named('topicId', 'topics') },
	{ label: 'planning.field.rationale', ...plain('rationale') },
	{ label: 'planning.field.indicator', ...named('indicatorId', 'indicators') },
	{ label: 'planning.field.direction', ...worded('direction', ['higher', 'lower'], 'planning.direction') },
	{ label: 'goalPage.changes.field.scopeKind', ...worded('scopeKind', goalScopeKinds, 'planning.scope') },
	{ label: 'planning.scope.layer', ...named('scopeLayerId', 'layers') },
	{
		label: 'goalPage.changes.field.units',
		raw: (s) => unitIdsOf(s)?.join(','),
		text: (s, locale, names) => {
			const ids = unitIdsOf(s) ?? [];
			if (ids.length === 0) return none(locale);
			return ids
				.map((id) => names.units.get(id) ?? gone(locale))
				.sort((a, b) => a.localeCompare(b, locale))
				.join(', ');
		}
	},
	{ label: 'planning.scope.index', ...named('scopeIndexId', 'indexes') },
	{
		label: 'planning.scope.classKind',
		...worded('scopeClassKind', ['status', 'dynamics', 'combined'], 'planning.scope.classKind')
	},
	{ label: 'planning.scope.class', ...plain('scopeClass') },
	{ label: 'planning.scope.date', ...date('scopeDate') },
	{ label: 'planning.field.baselineValue', ...number('baselineValue') },
	{ label: 'planning.field.baselineDate', ...date('baselineDate') },
	{ label: 'planning.field.baselineReason', ...plain('baselineReason') },
	{ label: 'planning.field.targetValue', ...number('targetValue') },
	{ label: 'planning.field.targetDate', ...date('targetDate') },
	{ label: 'planning.field.ownerDepartment', ...named('ownerDepartmentId', 'departments') },
	{ label: 'planning.field.ownerName', ...plain('ownerName') },
	{ label: 'planning.field.origin', ...worded('origin', goalOrigins, 'planning.origin') },
	{ label: 'planning.field.status', ...worded('status', goalStatuses, 'planning.status') }
];

/** The fields of an assessment of a qualitative goal. */
const assessmentFields: Field[] = [
	{ label: 'goalPage.assess.date', ...date('assessedOn') },
	{ label: 'goalPage.assess.rating', ...worded('rating', ratings, 'planning.rating') },
	{ label: 'goalPage.assess.text', ...plain('text') }
];

const isState = (value: unknown): value is State =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (raw: unknown) => raw === null || raw === undefined || raw === '';

function toIso(at: Date | string): string {
	return typeof at === 'string' ? new Date(at).toISOString() : at.toISOString();
}

/** The fields of a new object: those with a value. */
function created(fields: Field[], after: State, locale: Locale, names: GoalChangeNames): GoalChangeField[] {
	return fields
		.filter((f) => !isEmpty(f.raw(after)))
		.map((f) => ({ label: t(locale, f.label), before: null, after: f.text(after, locale, names) }));
}

/** The fields that differ between two states; a field one of them does not state is left out. */
function changed(
	fields: Field[],
	before: State,
	after: State,
	locale: Locale,
	names: GoalChangeNames
): GoalChangeField[] {
	return fields.flatMap((f) => {
		const [was, is] = [f.raw(before), f.raw(after)];
		if (was === undefined || is === undefined) return [];
		if ((isEmpty(was) && isEmpty(is)) || was === is) return [];
		return [
			{
				label: t(locale, f.label),
				before: f.text(before, locale, names),
				after: f.text(after, locale, names)
			}
		];
	});
}

/**
 * The changes of a goal and its assessments, newest first. `entries` may come in any order; they
 * are put in time order to carry the chosen units from one change to the next.
 */
export function goalChanges(
	entries: readonly GoalAuditEntry[],
	locale: Locale,
	names: GoalChangeNames
): GoalChange[] {
	const chronological = [...entries].sort((a, b) => toIso(a.at).localeCompare(toIso(b.at)));
	let lastUnits: string[] | undefined;
	const changes: GoalChange[] = [];
	for (const entry of chronological) {
		const base = { id: entry.id, at: toIso(entry.at), actor: entry.actor };
		const after = isState(entry.after) ? entry.after : {};
		const before = isState(entry.before) ? entry.before : {};
		if (entry.entity === 'goal_assessment') {
			changes.push({ ...base, kind: 'assessed', fields: created(assessmentFields, after, locale, names) });
			continue;
		}
		if (entry.entity !== 'goal') continue;
		if (entry.action === 'create') {
			changes.push({ ...base, kind: 'created', fields: created(goalFields, after, locale, names) });
		} else if (entry.action === 'update') {
			const was = before.unitIds === undefined && lastUnits ? { ...before, unitIds: lastUnits } : before;
			changes.push({ ...base, kind: 'updated', fields: changed(goalFields, was, after, locale, names) });
		} else {
			changes.push({ ...base, kind: 'deleted', fields: [] });
		}
		lastUnits = unitIdsOf(after) ?? lastUnits;
	}
	return changes.reverse();
}
