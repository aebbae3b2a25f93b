// What crosses a boundary is either accepted or refused with a path-naming error; nothing a shop
// or an agent types makes the core throw anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError, defaultPolicy, resolvePolicy } from './policy.ts';
import { lintReply } from './toneGuard.ts';
import { parseContext } from './triage.ts';

const json = fc.jsonValue({ maxDepth: 4 });
// Overrides shaped like a policy, with wrong values in plausible places.
const policyish = fc.record(
  {
    tiers: fc.record({ severe: fc.record({ categories: fc.array(fc.oneof(fc.constantFrom('lost_parcel', 'counterfeit'), fc.string())), emotionAtLeast: json }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    vipTags: fc.oneof(fc.array(fc.string()), json),
    highValueOrder: fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.double(), json)),
    lexicons: fc.record({ en: fc.record({ categories: fc.dictionary(fc.constantFrom('lost_parcel', 'nope'), fc.dictionary(fc.string(), fc.oneof(fc.integer({ min: -2, max: 7 }), json))) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
    sla: fc.record({ targets: fc.record({ severe: fc.record({ firstResponse: fc.oneof(fc.integer({ min: -5, max: 600 }), json) }, { requiredKeys: [] }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('boundaries on any input', () => {
  it('a policy override is merged or refused with a PolicyError naming a path', () => {
    fc.assert(
      fc.property(fc.oneof(policyish, json), (override) => {
        try {
          resolvePolicy(override);
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyError);
          expect((e as PolicyError).issues.length).toBeGreaterThan(0);
        }
      }),
      // Each run merges and validates the whole lexicon: fewer runs keep CI quick.
      { numRuns: 120 },
    );
  });

  it('a context from outside is parsed or refused naming a field', () => {
    fc.assert(
      fc.property(json, (input) => {
        try {
          parseContext(input);
        } catch (e) {
          expect((e as Error).name).toBe('ContextError');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lintReply never throws and its spans point into the draft', () => {
    const context = parseContext({ ticket: { id: 'l', body: '快递三天了还没动静', locale: 'zh-CN' }, order: { total: { amount: 300, currency: 'CNY' } } });
    const draft = fc.array(fc.oneof(fc.constantFrom('这是正常现象', '您理解错了', '¥800', '八百元', 'THIS IS NORMAL', '您说“这是正常现象”', '😡', '\u0000', 'e\u0301'), fc.string({ maxLength: 10 })), { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(draft, fc.constantFrom('agent' as const, 'supervisor' as const), (text, role) => {
        for (const f of lintReply(text, context, defaultPolicy, role)) {
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
