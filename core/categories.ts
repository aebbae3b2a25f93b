// Scores every category from the customer's words and the order's facts, and picks the primary:
// the highest score, ties going to the more severe category (design.md §1).
import { CATEGORY_SEVERITY, type CategoryId, type CategoryScore, type Evidence } from './model.ts';
import type { OrderFact } from './orderFacts.ts';
import type { ScanHit } from './scan.ts';

/** A complaint almost always has a category: one supporting word is a better guess than "other". */
export const PRIMARY_THRESHOLD = 1;

// How much an order fact adds, and to which category. A "delivered" scan only counts when the
// customer talks about the parcel: beside "never received" it makes the loss near certain; beside
// "still waiting" it is a hint of loss (the customer may also mean it came late).
const FACT_WEIGHT = { shipment_late: 2, refund_pending: 1, return_open: 1, shipment_failed: 1 } as const;

/** Each category's place in CATEGORY_SEVERITY, most severe 0. */
const RANK = Object.fromEntries(CATEGORY_SEVERITY.map((id, i) => [id, i])) as Record<CategoryId, number>;

export function scoreCategories(hits: ScanHit[], facts: OrderFact[]): { primary: CategoryId; categories: CategoryScore[] } {
  // Scores and evidence by severity rank: a Map of entries, spread, filtered and mapped, cost
  // several times the arithmetic on a complaint's handful of categories.
  const scores: number[] = CATEGORY_SEVERITY.map(() => 0);
  const evidence: Evidence[][] = [];
  const add = (id: CategoryId, weight: number, e: Evidence) => {
    const rank = RANK[id];
    scores[rank] = scores[rank]! + weight;
    (evidence[rank] ??= []).push(e);
  };
  for (const hit of hits) if (hit.target.kind === 'category') add(hit.target.id, hit.weight, hit.evidence);

  const says = (id: CategoryId) => scores[RANK[id]]! > 0;
  for (const fact of facts) {
    switch (fact.kind) {
      case 'shipment_late':
        add('logistics_delay', FACT_WEIGHT.shipment_late, fact.evidence);
        break;
      case 'shipment_failed':
        add(says('lost_parcel') ? 'lost_parcel' : 'logistics_delay', FACT_WEIGHT.shipment_failed, fact.evidence);
        break;
      case 'shipment_delivered':
        if (says('lost_parcel')) add('lost_parcel', 2, fact.evidence);
        else if (says('logistics_delay')) add('lost_parcel', 1, fact.evidence);
        break;
      case 'refund_pending':
      case 'return_open':
        add('refund_return', FACT_WEIGHT[fact.kind], fact.evidence);
        break;
    }
  }

  // Listed most severe first, so the stable sort by score leaves ties in order of severity.
  const categories: CategoryScore[] = [];
  for (let rank = 0; rank < scores.length; rank++) {
    if (scores[rank]! > 0) categories.push({ id: CATEGORY_SEVERITY[rank]!, score: Math.round(scores[rank]! * 100) / 100, evidence: evidence[rank]! });
  }
  if (categories.length > 1) categories.sort((a, b) => b.score - a.score);
  const top = categories[0];
  if (!top || top.score < PRIMARY_THRESHOLD) return { primary: 'other', categories };
  return { primary: top.id, categories };
}
