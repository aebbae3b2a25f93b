import { describe, expect, it } from 'vitest';
import { LexiconTextError, lexiconFromText, lexiconToText } from './lexiconText.ts';
import { enLexicon } from './lexicons/en.ts';
import { zhLexicon } from './lexicons/zh.ts';
import { defaultPolicy } from './policy.ts';
import { PolicyError, policyWith } from './policySettings.ts';
import { triage } from './triage.ts';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('lexicon text', () => {
  it('reads back every default lexicon exactly, term order included', () => {
    for (const lexicon of [enLexicon, zhLexicon]) {
      const back = lexiconFromText(lexiconToText(lexicon));
      expect(back).toEqual({ ...lexicon, exclusions: lexicon.exclusions ?? [] });
      expect(Object.keys(back.categories.logistics_delay ?? {})).toEqual(Object.keys(lexicon.categories.logistics_delay ?? {}));
    }
  });

  it('gives a policy that triages exactly like the default one', () => {
    const policy = policyWith({ en: lexiconFromText(lexiconToText(enLexicon)), zh: lexiconFromText(lexiconToText(zhLexicon)) });
    const ticket = { id: 'T1', subject: '包裹丢了', body: '快递显示已签收但我根本没收到，再不处理我就去12315投诉。 Where is my parcel??' };
    expect(triage({ ticket }, policy, NOW)).toEqual(triage({ ticket }, defaultPolicy, NOW));
  });

  it('names the line it cannot read', () => {
    expect(() => lexiconFromText('@categories lost_parcel\nnever arrived')).toThrow(new LexiconTextError('line 2: expected a term, a tab and a weight: "never arrived"'));
    expect(() => lexiconFromText('late\t1')).toThrow(/line 1: a term before any section/);
    expect(() => lexiconFromText('@colours red')).toThrow(/line 1: unknown section/);
    expect(() => lexiconFromText('@emotion\nugh\t')).toThrow(/line 2: expected a term/);
  });

  it('leaves wrong ids and weights to the policy schema, which names the path', () => {
    const bad = lexiconFromText('@categories lost_parcels\nnever arrived\t2\n@emotion\nugh\t9\n@negators\nnot');
    expect(() => policyWith({ en: bad, zh: zhLexicon })).toThrow(PolicyError);
    expect(() => policyWith({ en: bad, zh: zhLexicon })).toThrow(/lexicons\.en\.(categories|emotion)/);
  });

  it('refuses terms that would not survive as text', () => {
    expect(() => lexiconToText({ categories: { other: { 'a\tb': 1 } }, risks: {}, emotion: {}, negators: [] })).toThrow(/cannot be written/);
    expect(() => lexiconToText({ categories: {}, risks: {}, emotion: { '{{x}}': 1 }, negators: [] })).toThrow(/cannot be written/);
  });
});
