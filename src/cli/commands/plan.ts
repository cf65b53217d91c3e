import { t } from '../../lib/core/i18n/translate';
import { defineCommand, type CommandGroup } from '../command';
import { withTenant } from '../database';
import { printJson, printTable, say } from '../output';
import { tenantOption } from './import/options';

/**
 * `querschnitt goal|measure|check` (issue 15): the plan for scripts and for the yearly check
 * without a browser. Ratings in German words, as on the pages.
 */

const json = { type: 'boolean', description: 'Ausgabe als JSON (für Skripte)' } as const;

const goalList = defineCommand({
	name: 'list',
	summary: 'Listet die Ziele eines Mandanten mit ihrer Bewertung jetzt auf (aus den Daten geprüft).',
	options: { tenant: tenantOption, json },
	examples: ['querschnitt goal list --tenant berlin', 'querschnitt goal list --tenant berlin --json'],
	async run({ values }) {
		const { checkAllGoals } = await import('../../lib/server/values/goal-check');
		const { indicatorUnits } = await import('../../lib/server/values/goal-facts');
		const { latestAssessmentsOf } = await import('../../lib/server/services/goal-assessment.service');
		const { goalResource } = await import('../../lib/server/api/presenters/goals');
		const goals = await withTenant(values.tenant, async (tc) => {
			const [checks, units, latest] = await Promise.all([
				checkAllGoals(tc),
				indicatorUnits(tc),
				latestAssessmentsOf(tc)
			]);
			return checks.map((c) =>
				goalResource(c, units.get(c.goal.indicatorCode ?? '') ?? null, latest.get(c.goal.id) ?? null)
			);
		});
		if (values.json) return printJson(goals);
		if (goals.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Ziele.`);
		printTable(
			['Nummer', 'Titel', 'Status', 'Bewertung', 'Begründung'],
			goals.map((g) => [
				g.code,
				g.title,
				g.status,
				g.rating ? t('de', `planning.rating.${g.rating}`) : 'ohne Indikator',
				g.ratingReason
			])
		);
	}
});

const measureList = defineCommand({
	name: 'list',
	summary: 'Listet die Maßnahmen eines Mandanten auf (ein Träger nur seine eigenen).',
	options: { tenant: tenantOption, json },
	examples: ['querschnitt measure list --tenant berlin'],
	async run({ values }) {
		const { listMeasures } = await import('../../lib/server/services/measure.service');
		const { measureResource } = await import('../../lib/server/api/presenters/planning');
		const measures = (await withTenant(values.tenant, (tc) => listMeasures(tc))).map(measureResource);
		if (values.json) return printJson(measures);
		if (measures.length === 0) return say(`Der Mandant ${values.tenant} hat noch keine Maßnahmen.`);
		printTable(
			['Nummer', 'Titel', 'Status', 'Federführung', 'Ziele', 'Laufzeit'],
			measures.map((m) => [
				m.code,
				m.title,
				m.status,
				m.leadDepartmentName,
				m.goalCodes.join(', ') || null,
				[m.periodStart, m.periodEnd].filter(Boolean).join(' – ') || null
			])
		);
	}
});

export const checkCommand = defineCommand({
	name: 'check',
	summary:
		'Prüft den Plan: überfällige Meilensteine, Budget, Maßnahmen ohne Ziel, Ziele ohne Maßnahme, Gebiete mit größtem Bedarf ohne Maßnahme.',
	options: {
		tenant: tenantOption,
		date: { type: 'string', value: '<JJJJ-MM-TT>', description: 'Stichtag der Prüfung (Vorgabe: heute)' },
		json
	},
	examples: [
		'querschnitt check --tenant berlin',
		'querschnitt check --tenant berlin --date 2026-12-31 --json'
	],
	async run({ values }) {
		const { planCheck } = await import('../../lib/server/values/plan-check');
		const check = await withTenant(values.tenant, (tc) => planCheck(tc, values.date));
		if (values.json) return printJson(check);
		const overruns = check.budget.filter((b) => b.overrun);
		say(`Überfällige Meilensteine: ${check.overdueMilestones.length}`);
		for (const m of check.overdueMilestones)
			say(`  ${m.measure.code} ${m.title}: fällig ${m.dueOn}, ${m.daysOverdue} Tage überfällig`);
		say(`Budget über dem bewilligten Betrag: ${overruns.length}`);
		for (const b of overruns)
			say(`  ${b.measure.code} ${b.year}: ${b.spent} € ausgegeben, ${b.approved} € bewilligt`);
		say(`Maßnahmen ohne Ziel: ${check.measuresWithoutGoal.map((m) => m.code).join(', ') || 'keine'}`);
		say(`Ziele ohne Maßnahme: ${check.goalsWithoutMeasure.map((g) => g.code).join(', ') || 'keine'}`);
		say(`Gebiete mit größtem Bedarf ohne Maßnahme: ${check.unservedNeedUnits.length}`);
		for (const u of check.unservedNeedUnits) say(`  ${u.code} ${u.name} (${u.indexName}: ${u.classLabel})`);
	}
});

export const goalGroup: CommandGroup = {
	name: 'goal',
	summary: 'Ziele eines Mandanten mit ihrer Bewertung.',
	commands: [goalList]
};

export const measureGroup: CommandGroup = {
	name: 'measure',
	summary: 'Maßnahmen eines Mandanten.',
	commands: [measureList]
};
