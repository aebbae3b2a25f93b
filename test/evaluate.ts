// Scores the classifier on the labelled fixtures; shared by `npm run eval` and the test that keeps
// the scores from sliding back.
import { readFileSync } from 'node:fs';
import { TicketLine, toContext } from '../apps/cli/ticketLine.ts';
import { CATEGORY_IDS, RISK_IDS, type CategoryId, type RiskId, type Tier, type Triage } from '../core/model.ts';
import { defaultPolicy } from '../core/policy.ts';
import { triage } from '../core/triage.ts';

export interface Labelled {
  id: string;
  subject?: string;
  body: string;
  expected: { language: string; category: CategoryId; risks: RiskId[]; tier: Tier };
}

/** `complaints`: the set the lexicons were tuned on; `holdout`: written later, by someone who never saw the lexicons. */
export type LabelledSet = 'complaints' | 'holdout';
/** The fixtures were written as of this instant (late parcels are late relative to it). */
export const LABELLED_AT = new Date('2026-11-20T12:00:00Z');

/** `dev` = even ids (tune against these), `test` = odd ids (check that the tuning generalises). */
export function loadLabelled(split?: 'dev' | 'test', set: LabelledSet = 'complaints'): Labelled[] {
  return readFileSync(new URL(`./fixtures/${set}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled)
    .filter((row) => {
      if (!split) return true;
      const even = Number(row.id.match(/(\d+)$/)?.[1] ?? 0) % 2 === 0;
      return split === 'dev' ? even : !even;
    });
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);

export function evaluate(rows: Labelled[]) {
  const results = rows.map((row) => ({ row, got: triage(toContext(TicketLine.parse(row)), defaultPolicy, LABELLED_AT) as Triage }));
  const count = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length;
  const categories = CATEGORY_IDS.map((id) => {
    const tp = count((r) => r.got.category === id && r.row.expected.category === id);
    const precision = ratio(tp, count((r) => r.got.category === id));
    const recall = ratio(tp, count((r) => r.row.expected.category === id));
    return { id, precision, recall, f1: (2 * precision * recall) / (precision + recall), n: count((r) => r.row.expected.category === id) };
  });
  const has = (t: Triage, id: RiskId) => t.risks.some((x) => x.id === id);
  const risks = RISK_IDS.map((id) => ({
    id,
    recall: ratio(count((r) => r.row.expected.risks.includes(id) && has(r.got, id)), count((r) => r.row.expected.risks.includes(id))),
    precision: ratio(count((r) => r.row.expected.risks.includes(id) && has(r.got, id)), count((r) => has(r.got, id))),
    n: count((r) => r.row.expected.risks.includes(id)),
  }));
  return {
    results,
    categories,
    risks,
    categoryAccuracy: ratio(count((r) => r.got.category === r.row.expected.category), rows.length),
    tierAccuracy: ratio(count((r) => r.got.tier === r.row.expected.tier), rows.length),
    crisisRecall: ratio(count((r) => r.row.expected.tier === 'crisis' && r.got.tier === 'crisis'), count((r) => r.row.expected.tier === 'crisis')),
    routineToCrisis: ratio(count((r) => r.row.expected.tier === 'routine' && r.got.tier === 'crisis'), count((r) => r.row.expected.tier === 'routine')),
    languageAccuracy: ratio(count((r) => r.got.language === r.row.expected.language), rows.length),
  };
}
