/**
 * Präventionskette (DOMAIN.md §4, issue 6 item 4): life phases × units, each cell with the offers
 * that serve the phase, their places, the departments (Ämter) and providers (Träger), and two
 * flags a steering group asks for: a gap (a phase without any offer in reach) and an overlap
 * (Doppelstruktur: offers of the same kind for the same phase in one unit, run by several
 * departments or several providers). Pure: the caller has already assigned each offer to its unit
 * and its life phases (life-phases.ts).
 *
 * Reach: 'unit' counts only the unit's own offers; 'neighbourhood' adds those of the neighbouring
 * units (marked `neighbour`), because a family crosses a street to the next Familienzentrum. A gap
 * therefore closes in neighbourhood mode when a neighbour has an offer; an overlap is always
 * judged within one unit, as a neighbour's offer is no duplicate of one's own.
 *
 * Places: summed per capacity code (capacity-sum.ts); one unknown makes the sum unknown.
 */
import { sumCapacities, type Capacity, type CapacitySum } from './capacity-sum';
import type { LifePhase } from './life-phases';

export type { Capacity, CapacitySum } from './capacity-sum';

export interface ChainOffer {
	facilityId: string;
	name: string;
	kindCode: string;
	kindLabel: string;
	/** Codes of the life phases this offer serves (explicit or from its age range). */
	lifePhases: readonly string[];
	departmentId: string | null;
	departmentName: string | null;
	providerId: string | null;
	providerName: string | null;
	/** The unit that contains it; null: outside every unit (reported, never dropped silently). */
	unitId: string | null;
	capacities: readonly Capacity[];
}

export interface ChainUnit {
	id: string;
	code: string;
	name: string;
	/** Ids of the neighbouring units; the relation is taken as symmetric. */
	neighbours?: readonly string[];
}

export type ChainReach = 'unit' | 'neighbourhood';

export interface PreventionChainInput {
	phases: readonly LifePhase[];
	units: readonly ChainUnit[];
	offers: readonly ChainOffer[];
	reach?: ChainReach;
	/**
	 * Kinds where several providers in one unit are intended (Trägervielfalt, § 3 SGB VIII — e.g.
	 * Kitas): several providers are then no overlap; several departments still are.
	 */
	pluralProviderKinds?: readonly string[];
}

export interface CellOffer {
	offer: ChainOffer;
	/** true: the offer lies in a neighbouring unit (neighbourhood mode only). */
	neighbour: boolean;
}

/** A department or provider present in a cell. id null: offers without one recorded. */
export interface CellParty {
	id: string | null;
	name: string | null;
	/** Offers in the unit itself. */
	offers: number;
	/** Offers in neighbouring units (always 0 in unit mode). */
	neighbourOffers: number;
}

export interface ChainOverlap {
	kindCode: string;
	kindLabel: string;
	/** Departments running this kind here; the overlap is by department when there are two or more. */
	departments: { id: string; name: string | null }[];
	providers: { id: string; name: string | null }[];
	byDepartments: boolean;
	byProviders: boolean;
	/** The facility ids concerned, in offer order. */
	facilityIds: string[];
}

export interface ChainCell {
	phase: string;
	unitId: string;
	/** Offers in reach, by name then facility id. */
	offers: CellOffer[];
	/** Places of the unit's own offers, per capacity code (by code). */
	capacities: CapacitySum[];
	/** Places of all offers in reach (equal to `capacities` in unit mode). */
	capacitiesInReach: CapacitySum[];
	departments: CellParty[];
	providers: CellParty[];
	/** No offer of this phase in reach. */
	gap: boolean;
	overlaps: ChainOverlap[];
}

export interface PhaseSummary {
	phase: string;
	unitsWithGap: number;
	unitsWithOverlap: number;
	/** Offers of this phase in the shown units (each counted once, in its own unit). */
	offers: number;
}

export interface UnitSummary {
	unitId: string;
	phasesWithGap: number;
	/** Kinds with an overlap in this unit, counted once even if they serve several phases. */
	overlaps: number;
	overlapKinds: string[];
}

export interface PreventionChain {
	reach: ChainReach;
	phases: LifePhase[];
	/** Units by code (numeric-aware), then id. */
	units: ChainUnit[];
	/** cells[p][u]: phase p × unit u, in the order of `phases` and `units`. */
	cells: ChainCell[][];
	phaseSummary: PhaseSummary[];
	unitSummary: UnitSummary[];
	/** Offers with unitId null: outside every unit. */
	outside: ChainOffer[];
	/** Offers in a shown unit that serve none of the shown phases (e.g. Senioreneinrichtungen). */
	withoutPhase: ChainOffer[];
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const byText = (a: string | null, b: string | null) =>
	a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const byOffer = (a: ChainOffer, b: ChainOffer) =>
	byText(a.name, b.name) || byText(a.facilityId, b.facilityId);

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

function unique<T>(items: readonly T[], key: (item: T) => string, what: string): void {
	const seen = new Set<string>();
	for (const item of items) {
		const k = key(item);
		if (seen.has(k)) throw new RangeError(`${what} doppelt: ${k}`);
		seen.add(k);
	}
}

function checkOffer(offer: ChainOffer): void {
	unique(offer.capacities, (c) => c.code, `Kapazität von ${offer.facilityId}`);
	for (const c of offer.capacities)
		if (c.places !== null && !(Number.isFinite(c.places) && c.places >= 0))
			throw new RangeError(`Plätze von ${offer.facilityId} (${c.code}) ungültig: ${c.places}`);
}

function parties(offers: readonly CellOffer[], of: 'department' | 'provider'): CellParty[] {
	const found = new Map<string | null, CellParty>();
	for (const { offer, neighbour } of offers) {
		const id = of === 'department' ? offer.departmentId : offer.providerId;
		const name = of === 'department' ? offer.departmentName : offer.providerName;
		const party = found.get(id) ?? { id, name, offers: 0, neighbourOffers: 0 };
		if (neighbour) party.neighbourOffers++;
		else party.offers++;
		found.set(id, party);
	}
	return [...found.values()].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
}

/** Several departments, or several providers, with the same kind among the unit's own offers. */
function overlaps(own: readonly ChainOffer[], pluralProviderKinds: ReadonlySet<string>): ChainOverlap[] {
	const byKind = new Map<string, ChainOffer[]>();
	for (const offer of own) pushTo(byKind, offer.kindCode, offer);
	const found: ChainOverlap[] = [];
	for (const [kindCode, offers] of byKind) {
		// An unrecorded department or provider is no evidence of a second one: only known ids count.
		const distinct = (id: (o: ChainOffer) => string | null, name: (o: ChainOffer) => string | null) => {
			const map = new Map<string, string | null>();
			for (const o of offers) if (id(o) !== null && !map.has(id(o)!)) map.set(id(o)!, name(o));
			return [...map]
				.map(([id, name]) => ({ id, name }))
				.sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
		};
		const departments = distinct(
			(o) => o.departmentId,
			(o) => o.departmentName
		);
		const providers = distinct(
			(o) => o.providerId,
			(o) => o.providerName
		);
		const byDepartments = departments.length > 1;
		const byProviders = providers.length > 1 && !pluralProviderKinds.has(kindCode);
		if (byDepartments || byProviders)
			found.push({
				kindCode,
				kindLabel: offers[0]!.kindLabel,
				departments,
				providers,
				byDepartments,
				byProviders,
				facilityIds: offers.map((o) => o.facilityId)
			});
	}
	return found.sort((a, b) => byText(a.kindLabel, b.kindLabel) || byText(a.kindCode, b.kindCode));
}

/** The prevention chain matrix; throws on duplicate phase codes, unit ids, facility ids or bad places. */
export function preventionChain(input: PreventionChainInput): PreventionChain {
	const reach = input.reach ?? 'unit';
	unique(input.phases, (p) => p.code, 'Lebensphase');
	unique(input.units, (u) => u.id, 'Gebiet');
	unique(input.offers, (o) => o.facilityId, 'Angebot');
	input.offers.forEach(checkOffer);

	const phases = [...input.phases];
	const units = [...input.units].sort((a, b) => byText(a.code, b.code) || byText(a.id, b.id));
	const offers = [...input.offers].sort(byOffer);
	const plural = new Set(input.pluralProviderKinds ?? []);
	const shownPhases = new Set(phases.map((p) => p.code));
	const shownUnits = new Set(units.map((u) => u.id));

	// Symmetric neighbour sets; a unit is never its own neighbour.
	const neighbours = new Map<string, Set<string>>(units.map((u) => [u.id, new Set<string>()]));
	if (reach === 'neighbourhood')
		for (const unit of units)
			for (const other of unit.neighbours ?? []) {
				if (other === unit.id) continue;
				neighbours.get(unit.id)!.add(other);
				if (!neighbours.has(other)) neighbours.set(other, new Set());
				neighbours.get(other)!.add(unit.id);
			}

	// Offers per (unit, phase), in offer order.
	const inUnit = new Map<string, ChainOffer[]>();
	const key = (unitId: string, phase: string) => `${unitId}\u0000${phase}`;
	for (const offer of offers)
		if (offer.unitId !== null)
			for (const phase of new Set(offer.lifePhases)) pushTo(inUnit, key(offer.unitId, phase), offer);

	const cells = phases.map((phase) =>
		units.map((unit): ChainCell => {
			const own = inUnit.get(key(unit.id, phase.code)) ?? [];
			const near = [...neighbours.get(unit.id)!].flatMap((n) => inUnit.get(key(n, phase.code)) ?? []);
			const listed: CellOffer[] = [
				...own.map((offer) => ({ offer, neighbour: false })),
				...near.map((offer) => ({ offer, neighbour: true }))
			].sort((a, b) => byOffer(a.offer, b.offer));
			return {
				phase: phase.code,
				unitId: unit.id,
				offers: listed,
				capacities: sumCapacities(own),
				capacitiesInReach: sumCapacities(listed.map((c) => c.offer)),
				departments: parties(listed, 'department'),
				providers: parties(listed, 'provider'),
				gap: listed.length === 0,
				overlaps: overlaps(own, plural)
			};
		})
	);

	const phaseSummary = phases.map((phase, p) => ({
		phase: phase.code,
		unitsWithGap: cells[p]!.filter((c) => c.gap).length,
		unitsWithOverlap: cells[p]!.filter((c) => c.overlaps.length > 0).length,
		offers: cells[p]!.reduce((n, c) => n + c.offers.filter((o) => !o.neighbour).length, 0)
	}));
	const unitSummary = units.map((unit, u) => {
		const kinds = new Set(cells.flatMap((row) => row[u]!.overlaps.map((o) => o.kindCode)));
		const overlapKinds = [...kinds].sort(byText);
		return {
			unitId: unit.id,
			phasesWithGap: cells.filter((row) => row[u]!.gap).length,
			overlaps: overlapKinds.length,
			overlapKinds
		};
	});

	return {
		reach,
		phases,
		units,
		cells,
		phaseSummary,
		unitSummary,
		outside: offers.filter((o) => o.unitId === null),
		withoutPhase: offers.filter(
			(o) => o.unitId !== null && shownUnits.has(o.unitId) && !o.lifePhases.some((p) => shownPhases.has(p))
		)
	};
}
