import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LexiconsInput } from './lexicon.ts';
import { compileMatcher } from './matcher.ts';
import { normalise } from './normalise.ts';
import './hanTableData.ts'; // the built-in Han tables, which policy.ts provides elsewhere

const lexicons: LexiconsInput = {
  en: {
    categories: {
      damaged_in_transit: { damaged: 2, 'arrived broken': 3 },
      refund_return: { 'refund*': 2, 'no refund': 3 },
      billing_payment: { 'charged … twice': 3 },
    },
    risks: { legal_threat: { sue: 3 } },
    emotion: {},
    negators: ['not', 'no', 'never'],
  },
  zh: {
    categories: {
      damaged_in_transit: { 破损: 2 },
      counterfeit: { 假货: 3, 不是正品: 3 },
      quality_defect: { '屏幕…裂': 3 },
      lost_parcel: { 没收到: 3 },
    },
    risks: { legal_threat: { 投诉: 1, '12315': 3 } },
    emotion: {},
    negators: ['没有', '不是', '不会'],
  },
};
const matcher = compileMatcher(lexicons);
const find = (text: string) => matcher.find(text).map((h) => ({ term: h.term.source, text: text.slice(h.start, h.end) }));

describe('matcher', () => {
  it('reports spans in the original text, Traditional and full-width included', () => {
    expect(find('買到假貨了')).toEqual([{ term: '假货', text: '假貨' }]);
    expect(find('打１２３１５')).toEqual([{ term: '12315', text: '１２３１５' }]);
  });

  it('matches English on word boundaries, with * for endings', () => {
    expect(find('I want a REFUND')).toEqual([{ term: 'refund*', text: 'REFUND' }]);
    expect(find('they refunded half')).toEqual([{ term: 'refund*', text: 'refunded' }]);
    expect(find('undamaged and sued')).toEqual([]);
  });

  it('matches gapped terms within one sentence only', () => {
    expect(find('到手屏幕就裂了')).toEqual([{ term: '屏幕…裂', text: '屏幕就裂' }]);
    expect(find('屏幕很好。盒子裂了')).toEqual([]);
    expect(find('you charged me twice')).toEqual([{ term: 'charged … twice', text: 'charged me twice' }]);
  });

  it('needs every part of a gapped term on word boundaries', () => {
    expect(find('you recharged me twice')).toEqual([]);
    expect(find('you charged me twicefold')).toEqual([]);
    expect(find('charged me twice, then charged them twice')).toEqual([
      { term: 'charged … twice', text: 'charged me twice' },
      { term: 'charged … twice', text: 'charged them twice' },
    ]);
  });

  it('drops negated terms', () => {
    expect(find('没有破损')).toEqual([]);
    expect(find('没有任何破损')).toEqual([]);
    expect(find('不是假货')).toEqual([]);
    expect(find('我不会去投诉')).toEqual([]);
    expect(find('it was not damaged')).toEqual([]);
    expect(find('I will never sue')).toEqual([]);
  });

  it('hears an English negator among the last three words only', () => {
    expect(find("I don't want it damaged")).toEqual([]);
    expect(find('no, it was really damaged')).toEqual([{ term: 'damaged', text: 'damaged' }]);
    expect(find('not that it was ever damaged')).toEqual([{ term: 'damaged', text: 'damaged' }]);
    expect(find("not that it's damaged")).toEqual([]);
  });

  it('does not let a negation cross a clause', () => {
    expect(find('没有发票，但是有破损')).toEqual([{ term: '破损', text: '破损' }]);
    expect(find('not late, but damaged')).toEqual([{ term: 'damaged', text: 'damaged' }]);
  });

  it('starts the clause after the last conjunction, a whole word in English', () => {
    const damaged = [{ term: 'damaged', text: 'damaged' }];
    expect(find('not late but damaged')).toEqual(damaged);
    expect(find('not late however damaged')).toEqual(damaged);
    expect(find('not late though damaged')).toEqual(damaged);
    expect(find('but not damaged')).toEqual([]);
    expect(find('not late but then never damaged')).toEqual([]);
    expect(find('not the button damaged')).toEqual([]); // "but" inside a word is no conjunction
    expect(find('没有发票但有破损')).toEqual([{ term: '破损', text: '破损' }]);
    expect(find('没有发票可是有破损')).toEqual([{ term: '破损', text: '破损' }]);
    expect(find('但没有破损')).toEqual([]);
  });

  it('hears only whole negator words, and any n\'t', () => {
    const damaged = [{ term: 'damaged', text: 'damaged' }];
    expect(find('a knot damaged')).toEqual(damaged);
    expect(find('nota damaged')).toEqual(damaged);
    expect(find('noo damaged')).toEqual(damaged);
    expect(find("it isn't damaged")).toEqual([]);
    expect(find("it wasn't really damaged")).toEqual([]);
  });

  it('negates each hit by its own clause in a long text with many negators', () => {
    const damaged = [{ term: 'damaged', text: 'damaged' }];
    expect(find('not damaged. '.repeat(30) + 'it was damaged')).toEqual(damaged);
    expect(find('it was damaged, ' + 'not damaged, '.repeat(30))).toEqual(damaged);
    expect(find('没有破损。'.repeat(30) + '有破损')).toEqual([{ term: '破损', text: '破损' }]);
    expect(find('not ' + 'x'.repeat(60) + ' not damaged')).toEqual([]);
  });

  it('chains a gapped term past a negator inside a word, not past a negator word', () => {
    expect(find('you charged another twice')).toEqual([{ term: 'charged … twice', text: 'charged another twice' }]);
    expect(find('you charged not twice')).toEqual([]);
    expect(find('you charged me. twice')).toEqual([]);
  });

  it('reports the hits of a long text in order of where they start', () => {
    const text = 'it arrived damaged, you charged me twice. '.repeat(200);
    const hits = find(text);
    expect(hits).toHaveLength(400);
    expect(hits.map((h) => h.term)).toEqual(Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 'damaged' : 'charged … twice')));
  });

  it('finds in a text as written what it finds in the normalised text, negations and clauses included', () => {
    // Traditional, full-width and upper-case spellings of terms, negators and conjunctions, which the
    // matcher reads through normalise()'s table rather than from a normalised copy.
    const piece = fc.constantFrom(
      ...['破損', '假貨', '不是正品', '屏幕', '裂', '沒收到', '投訴', '１２３１５', 'DAMAGED', 'Ｒｅｆｕｎｄｅｄ', 'No Refund', 'CHARGED', 'TWICE', 'SUE'],
      ...['沒有', '不是', '不會', 'NOT', 'ＮＯ', 'Never', "DON'T", 'ISN’T', '但是', '不過', '可是', 'BUT', 'However'],
      ...[' ', '，', '。', '. ', '！', '\n', '我', '了', 'x', '\ud800', '😡'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const hits = (found: ReturnType<typeof matcher.find>) => found.map((h) => [h.term.source, h.start, h.end]);
        expect(hits(matcher.find(text))).toEqual(hits(matcher.find(normalise(text))));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a long ASCII text in capitals as in lower case', () => {
    // Long ASCII texts take the automaton's four-walk path, whose columns are folded separately.
    const text = 'IT ARRIVED DAMAGED, YOU CHARGED ME TWICE. '.repeat(20);
    expect(find(text)).toHaveLength(40);
    expect(matcher.find(text)).toEqual(matcher.find(text.toLowerCase()));
  });

  it('lets a negated complaint phrase beat its negator', () => {
    expect(find('还没收到')).toEqual([{ term: '没收到', text: '没收到' }]);
    expect(find('这个不是正品')).toEqual([{ term: '不是正品', text: '不是正品' }]);
    expect(find('still no refund')).toEqual([{ term: 'no refund', text: 'no refund' }]);
  });
});

describe('matcher: exclusions, gaps and mixed scripts', () => {
  const m = compileMatcher({
    en: { categories: { counterfeit: { fake: 3 } }, risks: { legal_threat: { '12315': 3 } }, emotion: {}, negators: ['not'], exclusions: ['was worried…fake'] },
    zh: {
      categories: { quality_defect: { 质量差: 3 }, logistics_delay: { '物流…慢': 2 } },
      risks: {},
      emotion: {},
      negators: ['不会', '不'],
      exclusions: ['质量差不多'],
    },
  });
  const terms = (text: string) => m.find(text).map((h) => h.term.source);

  it('matches a gapped term wherever it stands in the lexicon, the first term included, its parts repeated or not', () => {
    const gapped = compileMatcher({
      en: { categories: { refund_return: { 'refund … late': 2, 'charged … again … charged': 3 } }, risks: {}, emotion: {}, negators: [] },
      zh: { categories: {}, risks: {}, emotion: {}, negators: [] },
    });
    const found = (text: string) => gapped.find(text).map((h) => h.term.source);
    expect(found('My refund is very late.')).toEqual(['refund … late']);
    expect(found('Charged me again, and charged twice.')).toEqual(['charged … again … charged']);
  });

  it('does not count a term inside an exclusion', () => {
    expect(terms('质量差不多，还行')).toEqual([]);
    expect(terms('质量差，还贵')).toEqual(['质量差']);
    expect(terms('I was worried it was fake but it is genuine')).toEqual([]);
    expect(terms('it is fake')).toEqual(['fake']);
  });

  it('does not chain a gapped term across a negator', () => {
    expect(terms('物流一点不慢')).toEqual([]);
    expect(terms('物流太慢了')).toEqual(['物流…慢']);
  });

  it('reads a negator that is also part of a term both ways', () => {
    const shared = compileMatcher({
      en: { categories: { lost_parcel: { 'never … arrived': 3 }, damaged_in_transit: { damaged: 2 } }, risks: {}, emotion: {}, negators: ['never'] },
      zh: { categories: {}, risks: {}, emotion: {}, negators: [] },
    });
    const found = (text: string) => shared.find(text).map((h) => h.term.source);
    expect(found('it never arrived')).toEqual(['never … arrived']);
    expect(found('it never arrived damaged')).toEqual(['never … arrived']);
    expect(found('it arrived damaged')).toEqual(['damaged']);
  });

  it('negates every term of a phrase that is in two kinds', () => {
    const both = compileMatcher({
      en: { categories: { billing_payment: { chargeback: 3 } }, risks: { legal_threat: { chargeback: 3 } }, emotion: {}, negators: ['no'] },
      zh: { categories: {}, risks: {}, emotion: {}, negators: [] },
    });
    const found = (text: string) => both.find(text).map((h) => h.term.target);
    expect(found('I will file a chargeback')).toEqual([
      { kind: 'category', id: 'billing_payment' },
      { kind: 'risk', id: 'legal_threat' },
    ]);
    expect(found('no chargeback')).toEqual([]);
  });

  it('hears Chinese negators before digits and English ones before Chinese', () => {
    expect(terms('我不会12315投诉')).toEqual([]);
    expect(terms('我要12315投诉')).toEqual(['12315']);
  });
});
