// Keeps the classifier's scores on the labelled fixtures from sliding back. The floors sit a little
// under what `npm run eval` measures today, so a lexicon change that costs accuracy fails here.
import { describe, expect, it } from 'vitest';
import { evaluate, loadLabelled } from './evaluate.ts';

describe('classifier on the labelled fixtures', () => {
  const m = evaluate(loadLabelled());

  it('holds its accuracy', () => {
    expect(m.categoryAccuracy).toBeGreaterThanOrEqual(FLOORS.category);
    expect(m.tierAccuracy).toBeGreaterThanOrEqual(FLOORS.tier);
    expect(m.crisisRecall).toBeGreaterThanOrEqual(FLOORS.crisisRecall);
    expect(m.routineToCrisis).toBeLessThanOrEqual(0.1);
    expect(m.languageAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  it('finds every risk in most complaints that carry it', () => {
    for (const r of m.risks) expect({ risk: r.id, recall: r.recall >= FLOORS.riskRecall }).toEqual({ risk: r.id, recall: true });
  });
});

const FLOORS = { category: 0.87, tier: 0.92, crisisRecall: 0.9, riskRecall: 0.8 };
