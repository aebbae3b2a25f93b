// Risks are what make a complaint dangerous beyond its category: a lawyer, a journalist, a crowd,
// a hurt person, a fake, a customer about to leave or writing again.
import { RISK_IDS, type CategoryScore, type ComplaintContext, type Evidence, type RiskFinding, type RiskId } from './model.ts';
import type { OrderFact } from './orderFacts.ts';
import type { Policy } from './policy.ts';
import type { ScanHit } from './scan.ts';

/** One supporting word is not a threat; a typical phrase (weight 2) or two weak ones are. */
export const RISK_THRESHOLD = 2;
/** Customer messages in a row without a public answer that make the contact a repeat. */
const UNANSWERED_IN_A_ROW = 3;

export function detectRisks(
  hits: ScanHit[],
  facts: OrderFact[],
  categories: CategoryScore[],
  context: ComplaintContext,
  policy: Policy,
): RiskFinding[] {
  const found = new Map<RiskId, { score: number; evidence: Evidence[] }>();
  const add = (id: RiskId, weight: number, evidence: Evidence[]) => {
    const entry = found.get(id) ?? { score: 0, evidence: [] };
    entry.score += weight;
    entry.evidence.push(...evidence);
    found.set(id, entry);
  };
  for (const hit of hits) if (hit.target.kind === 'risk') add(hit.target.id, hit.weight, [hit.evidence]);

  // Saying the item is fake is a counterfeit claim, whatever words were used for it.
  const counterfeit = categories.find((c) => c.id === 'counterfeit');
  const textEvidence = counterfeit?.evidence.filter((e) => e.start !== undefined) ?? [];
  if (counterfeit && counterfeit.score >= RISK_THRESHOLD && textEvidence.length > 0) add('counterfeit_claim', counterfeit.score, textEvidence);

  const previous = facts.find((f) => f.kind === 'previous_complaints');
  if (previous && (context.customer?.previousComplaints ?? 0) >= policy.repeatContactAfter) add('repeat_contact', RISK_THRESHOLD, [previous.evidence]);
  const unanswered = unansweredInARow(context);
  if (unanswered >= UNANSWERED_IN_A_ROW)
    add('repeat_contact', RISK_THRESHOLD, [{ source: 'customer', text: `${unanswered} messages without an answer` }]);

  return RISK_IDS.filter((id) => (found.get(id)?.score ?? 0) >= RISK_THRESHOLD).map((id) => ({
    id,
    evidence: found.get(id)!.evidence,
  }));
}

/** The complaint body plus the customer's follow-ups since the last public agent reply. */
function unansweredInARow(context: ComplaintContext): number {
  let count = 1;
  for (const m of context.ticket.messages) {
    if (m.author === 'agent' && m.public) count = 0;
    else if (m.author === 'customer') count++;
  }
  return count;
}
