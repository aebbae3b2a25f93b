import { describe, expect, it } from 'vitest';
import { chineseNumber, findAmounts } from './amounts.ts';
import { normalise } from './normalise.ts';
import './hanTableData.ts'; // the built-in Han tables, which policy.ts provides elsewhere

const amounts = (text: string) => findAmounts(normalise(text)).map((a) => [text.slice(a.start, a.end), a.value, a.currency]);

describe('Chinese numerals', () => {
  it.each([
    ['八百', 800],
    ['一千二百', 1200],
    ['一千二', 1200],
    ['两千五', 2500],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['一万五千', 15000],
    ['一万五', 15000],
    ['三万', 30000],
    ['捌佰', 800],
    ['壹仟贰佰', 1200],
    ['五', 5],
  ])('%s = %d', (text, value) => expect(chineseNumber(text)).toBe(value));

  it('is undefined for zero and for what is not a numeral', () => {
    expect(chineseNumber('零')).toBeUndefined();
    expect(chineseNumber('八百块')).toBeUndefined();
  });
});

describe('amounts in a text', () => {
  it('reads symbols, codes, suffixes, Chinese numerals and English words', () => {
    expect(amounts('¥800, $120, US$ 1,200.50, €50, £60, HK$300, NT$900, CN¥40')).toEqual([
      ['¥800', 800, '¥'],
      ['$120', 120, '$'],
      ['US$ 1,200.50', 1200.5, 'USD'],
      ['€50', 50, 'EUR'],
      ['£60', 60, 'GBP'],
      ['HK$300', 300, 'HKD'],
      ['NT$900', 900, 'TWD'],
      ['CN¥40', 40, 'CNY'],
    ]);
    expect(amounts('800元、八百元、1.5万元、三百块钱、一百二十美金、人民币五百元、50欧元')).toEqual([
      ['800元', 800, '元'],
      ['八百元', 800, '元'],
      ['1.5万元', 15000, '元'],
      ['三百块钱', 300, '元'],
      ['一百二十美金', 120, 'USD'],
      ['人民币五百元', 500, 'CNY'],
      ['50欧元', 50, 'EUR'],
    ]);
    expect(amounts('120 dollars, one hundred and twenty dollars, fifty euros, 2k dollars, 30 quid')).toEqual([
      ['120 dollars', 120, '$'],
      ['one hundred and twenty dollars', 120, '$'],
      ['fifty euros', 50, 'EUR'],
      ['2k dollars', 2000, '$'],
      ['30 quid', 30, 'GBP'],
    ]);
  });

  it('reads full-width and Traditional forms with offsets into the original', () => {
    expect(amounts('退您￥８００或捌佰塊')).toEqual([
      ['￥８００', 800, '¥'],
      ['捌佰塊', 800, '元'],
    ]);
  });

  it('is not fooled by words that only look like money', () => {
    expect(amounts('元旦前发货，单元测试，a dollar store, order 1042, 2 items')).toEqual([]);
  });
});
