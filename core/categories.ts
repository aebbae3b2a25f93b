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

export function scoreCategories(hits: ScanHit[], facts: OrderFact[]): { primary: CategoryId; categories: CategoryScore[] } {
  const scores = new Map<CategoryId, { score: number; evidence: Evidence[] }>();
  const add = (id: CategoryId, weight: number, evidence: Evidence) => {
    const entry = scores.get(id) ?? { score: 0, evidence: [] };
    entry.score += weight;
    entry.evidence.push(evidence);
    scores.set(id, entry);
  };
  for (const hit of hits) if (hit.target.kind === 'category') add(hit.target.id, hit.weight, hit.evidence);

  const says = (id: CategoryId) => (scores.get(id)?.score ?? 0) > 0;
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

  const rank = (id: CategoryId) => CATEGORY_SEVERITY.indexOf(id);
  const categories: CategoryScore[] = [...scores]
    .filter(([, s]) => s.score > 0)
    .map(([id, s]) => ({ id, score: Math.round(s.score * 100) / 100, evidence: s.evidence }))
    .sort((a, b) => b.score - a.score || rank(a.id) - rank(b.id));
  const top = categories[0];
  if (!top || top.score < PRIMARY_THRESHOLD) return { primary: 'other', categories };
  return { primary: top.id, categories };
}
