import { baselineFromData, listGoals, saveGoal } from '../services/goal.service';
import { listFieldsOfAction, saveFieldOfAction } from '../services/field-of-action.service';
import { saveMeasure } from '../services/measure.service';
import { reportOutput, saveBudget, saveMilestones } from '../services/measure-progress.service';
import type { TenantContext } from '../services/tenant-context';
import { listDepartments } from '../repositories/tenant.repository';
import { berlinIndexCode } from './berlin-index';

/**
 * An example plan for the Berlin demo (issue 15), marked as an example in every text: goals on the
 * demo's real indicators with their real baselines (taken from the data by the goal service), and
 * measures across departments and real Träger of the youth centre register. Targets, budgets,
 * milestones and output figures are invented for the example and say so.
 *
 * What the check then shows is true to the data: the MSS shares have one date (31.12.2016), so their
 * goals are rated "keine Daten" until a second MSS is imported; the share of young children has
 * 16 years, so its goal is rated by its trend.
 */

export const examplePlanNote =
	'Beispiel: Dieser Plan zeigt, wie Ziele und Maßnahmen in Querschnitt aussehen. Ausgangswerte stammen aus den Beispieldaten; Zielwerte, Budgets, Meilensteine und Kennzahlen sind erfunden.';

/** The Planungsräume of Nord-Neukölln (Prognoseraum 0801), for the measures there. */
const nordNeukoelln = [
	'08010115',
	'08010116',
	'08010117',
	'08010118',
	'08010211',
	'08010212',
	'08010213',
	'08010214',
	'08010301',
	'08010302',
	'08010303',
	'08010404',
	'08010405',
	'08010406',
	'08010508',
	'08010509'
].map((code) => ({ layer: 'planungsraum', code }));

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Seeds the example plan once: a tenant that has goals already is left alone. Returns whether it ran. */
export async function seedBerlinPlan(tc: TenantContext): Promise<boolean> {
	if ((await listGoals(tc)).length > 0) return false;
	const departments = new Map((await listDepartments(tc.db, tc.tenant.id)).map((d) => [d.name, d.id]));
	const dept = (name: string) => departments.get(name) ?? null;

	const fields = new Map((await listFieldsOfAction(tc)).map((f) => [f.code, f]));
	for (const [code, owners] of [
		['jugend', ['Jugendamt']],
		['bildung', ['Schul- und Sportamt', 'Jugendamt']],
		['soziales', ['Amt für Soziales', 'Jobcenter']],
		['gesundheit', ['Gesundheitsamt']]
	] as const) {
		const field = fields.get(code);
		if (!field) continue;
		await saveFieldOfAction(tc, {
			code,
			name: field.name,
			departmentIds: owners.map(dept).filter((id): id is string => id !== null)
		});
	}

	const goal = async (input: Record<string, unknown>) => saveGoal(tc, { status: 'beschlossen', ...input });
	await goal({
		code: 'L 1',
		title: 'Alle Kinder wachsen gut auf – unabhängig davon, wo sie wohnen',
		level: 'leitziel',
		topic: 'jugend',
		origin: 'gesamtstrategie',
		ownerDepartmentId: dept('Sozialraumorientierte Planungskoordination'),
		rationale: examplePlanNote
	});
	// Targets follow from the real baselines: so many points below or above what the data say.
	const target = async (input: Record<string, unknown>, change: number) => {
		const baseline = await baselineFromData(tc, input);
		if (!baseline) throw new Error(`Kein Ausgangswert für ${String(input.indicator)} in den Beispieldaten.`);
		return goal({ ...input, targetValue: round1(baseline.value + change) });
	};
	await target(
		{
			code: 'Z 1.1',
			title: 'Kinderarmut in den Planungsräumen mit sehr niedrigem Status senken',
			level: 'handlungsziel',
			parent: 'L 1',
			topic: 'jugend',
			origin: 'gesamtstrategie',
			ownerDepartmentId: dept('Jugendamt'),
			ownerName: 'Jugendhilfeplanung',
			indicator: 'mss_status4',
			scope: {
				kind: 'index_class',
				index: berlinIndexCode,
				classKind: 'status',
				class: '4',
				date: '2016-12-31'
			},
			baselineDate: '2016-12-31',
			targetDate: '2026-12-31',
			rationale: examplePlanNote
		},
		-5
	);
	await target(
		{
			code: 'Z 1.2',
			title: 'Familien mit kleinen Kindern in Mitte halten',
			level: 'wirkungsziel',
			parent: 'L 1',
			topic: 'jugend',
			origin: 'sozialraumkonferenz',
			ownerDepartmentId: dept('Jugendamt'),
			indicator: 'anteil_kinder_unter_6',
			direction: 'higher',
			scope: { kind: 'units', layer: 'bezirk', units: ['01'] },
			baselineDate: '2011-12-31',
			targetDate: '2021-12-31',
			rationale: `${examplePlanNote} Bottom-up aus der Sozialraumkonferenz Mitte: junge Familien ziehen aus der Innenstadt weg.`
		},
		0.5
	);

	await goal({
		code: 'L 2',
		title: 'Teilhabe an Arbeit und Bildung für alle sichern',
		level: 'leitziel',
		topic: 'soziales',
		origin: 'gesamtstrategie',
		ownerDepartmentId: dept('Amt für Soziales'),
		rationale: examplePlanNote
	});
	await target(
		{
			code: 'Z 2.1',
			title: 'Transferbezug in der Stadt senken',
			level: 'handlungsziel',
			parent: 'L 2',
			topic: 'soziales',
			origin: 'fachplanung',
			ownerDepartmentId: dept('Amt für Soziales'),
			indicator: 'mss_status3',
			scope: { kind: 'tenant' },
			baselineDate: '2016-12-31',
			targetDate: '2026-12-31',
			rationale: examplePlanNote
		},
		-2
	);
	await goal({
		code: 'L 3',
		title: 'Gesundheit von Anfang an',
		level: 'leitziel',
		topic: 'gesundheit',
		origin: 'fachplanung',
		status: 'entwurf',
		ownerDepartmentId: dept('Gesundheitsamt'),
		rationale: `${examplePlanNote} Noch ohne Handlungsziele und Maßnahmen: die Prüfung nennt es.`
	});

	const measure = (input: Record<string, unknown>) =>
		saveMeasure(tc, { description: examplePlanNote, ...input });
	await measure({
		code: 'M 1.1',
		title: 'Stadtteilmütter in Nord-Neukölln',
		status: 'laufend',
		periodStart: '2024-01-01',
		periodEnd: '2027-12-31',
		leadDepartmentId: dept('Jugendamt'),
		partnerDepartmentIds: [dept('Gesundheitsamt')].filter(Boolean),
		providers: ['Nachbarschaftsheim Neukölln e.V.'],
		facilities: ['08010030'],
		goals: ['Z 1.1'],
		units: nordNeukoelln,
		lifePhases: ['schwangerschaft', 'alter_0_3', 'alter_3_6'],
		targetGroups: ['Familien mit Migrationsgeschichte', 'Alleinerziehende']
	});
	await saveBudget(tc, 'M 1.1', [
		{ year: 2025, source: 'haushalt', planned: 180000, approved: 180000, spent: 176500 },
		{
			year: 2025,
			source: 'foerderprogramm',
			programme: 'Landesrahmenprogramm Stadtteilmütter (Beispiel)',
			planned: 240000,
			approved: 240000,
			spent: 238000
		},
		{ year: 2026, source: 'haushalt', planned: 185000, approved: 185000, spent: 120000 }
	]);
	await saveMilestones(tc, 'M 1.1', [
		{ title: 'Zwölf Stadtteilmütter qualifiziert', dueOn: '2024-06-30', doneOn: '2024-06-20' },
		{ title: 'Zweite Qualifizierungsrunde', dueOn: '2026-09-30' },
		{ title: 'Auswertung mit dem Gesundheitsamt', dueOn: '2027-10-31' }
	]);
	for (const [periodStart, periodEnd, value] of [
		['2025-01-01', '2025-06-30', 212],
		['2025-07-01', '2025-12-31', 248]
	] as const)
		await reportOutput(tc, 'M 1.1', { figure: 'Erreichte Familien', periodStart, periodEnd, value });

	await measure({
		code: 'M 1.2',
		title: 'Familienzentren an Kitas in Mitte',
		status: 'laufend',
		periodStart: '2023-01-01',
		periodEnd: '2026-12-31',
		leadDepartmentId: dept('Jugendamt'),
		goals: ['Z 1.2'],
		units: [{ layer: 'bezirk', code: '01' }],
		lifePhases: ['alter_0_3', 'alter_3_6'],
		targetGroups: ['Familien mit Kindern unter 6 Jahren']
	});
	await saveMilestones(tc, 'M 1.2', [
		{ title: 'Drei Familienzentren eröffnet', dueOn: '2024-03-31', doneOn: '2024-05-15' },
		{ title: 'Viertes Familienzentrum eröffnet', dueOn: '2026-06-30' }
	]);

	await measure({
		code: 'M 2.1',
		title: 'Lernförderung in Jugendfreizeiteinrichtungen',
		status: 'laufend',
		periodStart: '2025-08-01',
		periodEnd: '2028-07-31',
		leadDepartmentId: dept('Schul- und Sportamt'),
		partnerDepartmentIds: [dept('Jugendamt')].filter(Boolean),
		providers: ['outreach gGmbH', 'Lebenswelt gGmbH'],
		facilities: ['08010027', '08010034'],
		goals: ['L 2'],
		units: [
			{ layer: 'planungsraum', code: '08010404' },
			{ layer: 'planungsraum', code: '08010211' }
		],
		lifePhases: ['alter_6_10', 'alter_10_16'],
		targetGroups: ['Schülerinnen und Schüler mit Lernrückständen']
	});
	await saveBudget(tc, 'M 2.1', [
		{
			year: 2026,
			source: 'foerderprogramm',
			programme: 'Startchancen-Programm (Beispiel)',
			planned: 90000,
			approved: 75000,
			spent: 81000,
			note: 'Beispiel: zusätzliche Gruppe im Herbst, Nachbewilligung beantragt.'
		}
	]);

	await measure({
		code: 'M 2.2',
		title: 'Jobcenter-Sprechstunden im Quartier',
		status: 'geplant',
		periodStart: '2027-01-01',
		periodEnd: '2028-12-31',
		leadDepartmentId: dept('Jobcenter'),
		partnerDepartmentIds: [dept('Amt für Soziales')].filter(Boolean),
		goals: ['Z 2.1'],
		units: [{ layer: 'bezirk', code: '08' }],
		targetGroups: ['Langzeitarbeitslose', 'Bedarfsgemeinschaften mit Kindern']
	});
	return true;
}
