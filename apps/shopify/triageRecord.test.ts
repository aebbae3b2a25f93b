import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../core/policy.ts';
import { triage } from '../../core/triage.ts';
import { parseRecord, recordOf, sameConclusion } from './triageRecord.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const result = triage(
  { ticket: { id: 'o1', body: 'My parcel never arrived and I will report you to the consumer protection agency!', createdAt: NOW.toISOString() } },
  defaultPolicy,
  NOW,
);

describe('triage record', () => {
  it('keeps the conclusion and the deadlines, and round-trips through JSON', () => {
    const record = recordOf(result, NOW);
    expect(record).toMatchObject({ v: 1, tier: result.tier, category: result.category, priority: result.priority });
    expect(record.clocks.map((c) => c.kind)).toEqual(result.sla.clocks.map((c) => c.kind));
    expect(parseRecord(JSON.stringify(record))).toEqual(record);
  });

  it("never stores the customer's whole message", () => {
    const long = triage({ ticket: { id: 'o2', body: `Lost parcel, I will sue you. ${'x'.repeat(500)}` } }, defaultPolicy, NOW);
    const text = JSON.stringify(recordOf(long, NOW));
    expect(text).not.toContain('x'.repeat(100));
  });

  it('tells an unchanged conclusion from a changed one, whenever it was saved', () => {
    const a = recordOf(result, NOW);
    expect(sameConclusion(a, recordOf(result, new Date('2026-11-24T00:00:00Z')))).toBe(true);
    expect(sameConclusion(a, { ...a, tier: 'routine' })).toBe(false);
  });

  it('ignores values that are not a record of ours', () => {
    expect(parseRecord(undefined)).toBeUndefined();
    expect(parseRecord('not json')).toBeUndefined();
    expect(parseRecord('{"v":2}')).toBeUndefined();
    expect(parseRecord('[1,2]')).toBeUndefined();
  });

  it('drops malformed clocks and risks rather than the whole record', () => {
    const record = { ...recordOf(result, NOW), clocks: [{ kind: 'first_response', dueAt: 'soon', targetMinutes: 30 }], risks: [{ id: 'legal_threat', evidence: [1] }] };
    expect(parseRecord(JSON.stringify(record))).toMatchObject({ clocks: [], risks: [] });
  });
});
