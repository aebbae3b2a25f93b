import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TicketLine, toContext } from '../apps/cli/ticketLine.ts';
import { compileMatcherData } from './matcher.ts';
import { MatcherData } from './matcherData.ts';
import { defaultPolicy, type Policy } from './policy.ts';
import { matcherFor, provideMatcher } from './scan.ts';
import { triage } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const fixtures = ['complaints', 'holdout', 'samples'].flatMap((set) =>
  readFileSync(new URL(`../test/fixtures/${set}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => toContext(TicketLine.parse(JSON.parse(l)))),
);
/** The default policy with lexicons of the same content that are another object, so matched anew. */
const policyWithOwnLexicons = (): Policy => ({ ...defaultPolicy, lexicons: structuredClone(defaultPolicy.lexicons) });

describe('matcher data kept between opens', () => {
  const stored = () => structuredClone(matcherFor(defaultPolicy.lexicons).data); // as IndexedDB gives it back

  it('triages every labelled complaint exactly as the compiled lexicons do', () => {
    const policy = policyWithOwnLexicons();
    provideMatcher(policy.lexicons, MatcherData.parse(stored()));
    for (const context of fixtures) expect(triage(context, policy, NOW, { uiLanguage: 'zh-Hans' })).toEqual(triage(context, defaultPolicy, NOW, { uiLanguage: 'zh-Hans' }));
  });

  it('is what scans use once provided, not a compile of the lexicons', () => {
    const policy = policyWithOwnLexicons();
    const context = { ticket: { id: '1', body: 'The parcel arrived broken and the glass is smashed.' } };
    expect(triage(context, policy, NOW).category).toBe('damaged_in_transit');
    const other = compileMatcherData({ en: { categories: { counterfeit: { parcel: 3 } }, risks: {}, emotion: {}, negators: [] }, zh: { categories: {}, risks: {}, emotion: {}, negators: [] } });
    provideMatcher(policy.lexicons, MatcherData.parse(structuredClone(other)));
    expect(triage(context, policy, NOW).category).toBe('counterfeit');
  });

  it('refuses data that storage gave back damaged, naming what is wrong', () => {
    const cut = stored();
    cut.singleOpen = cut.singleOpen.slice(1);
    expect(MatcherData.safeParse(cut).error?.issues[0]?.message).toMatch(/lists by term and by keyword do not fit/);
    const automaton = stored();
    automaton.automaton.dense = automaton.automaton.dense.slice(0, 100);
    expect(MatcherData.safeParse(automaton).error?.issues[0]?.message).toMatch(/automaton's tables do not fit/);
    const full = stored();
    full.automaton.stepState.fill(1); // no empty slot: a probe for a missing step would never end
    expect(MatcherData.safeParse(full).error?.issues[0]?.message).toMatch(/automaton's tables do not fit/);
    // What a JSON round trip would make of a typed array.
    const json = JSON.parse(JSON.stringify(stored())) as unknown;
    expect(MatcherData.safeParse(json).error?.issues.map((i) => i.path.join('.'))).toContain('sourceEnds');
  });
});
