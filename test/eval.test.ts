// Keeps the classifier's scores on the labelled fixtures from sliding back. The floors sit a little
// under what `npm run eval` measures today, so a lexicon change that costs accuracy fails here.
import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled, type LabelledSet } from './evaluate.ts';

const FLOORS: Record<LabelledSet, { category: number; tier: number; crisisRecall: number; riskRecall: number }> = {
  complaints: { category: 0.88, tier: 0.95, crisisRecall: 0.95, riskRecall: 0.8 },
  holdout: { category: 0.88, tier: 0.95, crisisRecall: 0.95, riskRecall: 0.8 },
};

describe.each(Object.keys(FLOORS) as LabelledSet[])('classifier on %s.jsonl', (set) => {
  const m = evaluate(loadLabelled(undefined, set));
  const floor = FLOORS[set];

  it('holds its accuracy', () => {
    expect(m.categoryAccuracy).toBeGreaterThanOrEqual(floor.category);
    expect(m.tierAccuracy).toBeGreaterThanOrEqual(floor.tier);
    expect(m.crisisRecall).toBeGreaterThanOrEqual(floor.crisisRecall);
    expect(m.routineToCrisis).toBeLessThanOrEqual(0.1);
    expect(m.languageAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('finds every risk in most complaints that carry it', () => {
    for (const r of m.risks) expect({ risk: r.id, recall: r.recall >= floor.riskRecall }).toEqual({ risk: r.id, recall: true });
  });
});
