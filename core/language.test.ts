import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';
import './hanTableData.ts'; // the built-in Han tables, which policy.ts provides elsewhere

describe('detectLanguage', () => {
  it.each([
    ['退款呢？', 'zh-Hans'],
    ['退款呢？！', 'zh-Hans'],
    ['快递三天了还没动静', 'zh-Hans'],
    ['where is my order??', 'en'],
    ['my parcel says delivered but it’s not here', 'en'],
    ['請問我的訂單什麼時候會寄出？', 'zh-Hant'],
    ['貨到了但是壞掉了，要退貨', 'zh-Hant'],
    ['還沒到貨', 'zh-Hant'],
    ['我买的AirPods Pro用了两天就坏了', 'zh-Hans'],
    ['already发了小红书', 'zh-Hans'],
    ['訂單 #10423 的 iPhone 15 Pro Max 螢幕有裂痕', 'zh-Hant'],
    ['订单号 SO-2026-88123 还没发货', 'zh-Hans'],
    ['My order for 绿茶 gift box never came, it has been three weeks', 'en'],
    ['Mi pedido no ha llegado todavía', 'other'],
    ['Ma commande n’est pas arrivée', 'other'],
    ['注文した商品がまだ届きません', 'other'],
    ['주문한 상품이 아직 도착하지 않았어요', 'other'],
    ['Мой заказ не пришёл', 'other'],
    ['Order #10423, tracking 1Z999AA10123456784: where is it?', 'en'],
    ['see https://shop.example/orders/1042 or write to help@shop.example, the parcel never came', 'en'],
    ['𠮷𠮷的外卖太咸', 'zh-Hans'],
    ['Замовлення не прийшло, order', 'other'],
    ['', 'other'],
    ['???', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('tells Traditional from Simplified on the same sentence', () => {
    expect(detectLanguage('这个质量太差了，我要退货')).toBe('zh-Hans');
    expect(detectLanguage('這個品質太差了，我要退貨')).toBe('zh-Hant');
  });

  it('reads words in any case, accents and contractions included', () => {
    expect(detectLanguage('MY ORDER HAS NOT ARRIVED')).toBe('en');
    expect(detectLanguage('MI PEDIDO ESTÁ MUY MAL')).toBe('other');
    expect(detectLanguage('CE COLIS EST TRÈS EN RETARD')).toBe('other');
    expect(detectLanguage("DON'T DIDN'T CAN'T package")).toBe('en');
    expect(detectLanguage("don'té l'été")).toBe('en'); // "don't" then "é": only ASCII letters follow an apostrophe
    expect(detectLanguage('ÿ Ÿ ß')).toBe('other');
  });

  it('reads only the opening of a long text, a character pair cut at its end included', () => {
    expect(detectLanguage('a'.repeat(799) + '𠮷的外卖太咸了')).toBe('other'); // one word, no whole Han character
    expect(detectLanguage('a'.repeat(798) + '𠮷的外卖太咸了')).toBe('zh-Hans');
    expect(detectLanguage('the order '.repeat(80) + '快递显示已签收'.repeat(200))).toBe('en');
  });

  it('has no Latin word letter above U+017F, as the word reader assumes', () => {
    const letter = /[a-zà-öø-ÿ]/i;
    const above: number[] = [];
    for (let c = 0x180; c <= 0xffff; c++) if (letter.test(String.fromCharCode(c))) above.push(c);
    expect(above).toEqual([]);
  });

  it('stops reading an English sample early only when the words left could not change the answer', () => {
    // On ASCII text without codes, links or addresses the answer is the vote of all the words of the
    // first 800 characters, as the regex of language.ts's comment reads them.
    const word = fc.constantFrom('the', 'my', 'order', "didn't", 'not', 'de', 'la', 'pedido', 'und', 'ich', 'grinder', 'x', 'qq', 'A');
    const gap = fc.constantFrom(' ', '  ', ', ', '. ', '\n', '-', "'");
    const text = fc.array(fc.tuple(word, gap), { maxLength: 300 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = t.slice(0, 800).match(/[a-zà-öø-ÿ]+(?:'[a-z]+)?/gi) ?? [];
        const kinds = words.map((w) => w.toLowerCase()).map((w) => (ENGLISH_SAMPLE.has(w) ? 1 : OTHER_SAMPLE.has(w) ? -1 : 0));
        const vote = kinds.reduce<number>((a, b) => a + b, 0);
        expect(detectLanguage(t)).toBe(vote > 0 ? 'en' : 'other');
      }),
      { numRuns: 500 },
    );
  });
});

// The generator's words that language.ts lists as English and as other Latin languages.
const ENGLISH_SAMPLE = new Set(['the', 'my', 'order', "didn't", 'not']);
const OTHER_SAMPLE = new Set(['de', 'la', 'pedido', 'und', 'ich']);
