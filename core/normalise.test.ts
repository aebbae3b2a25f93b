import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countScriptMarkers, isAscii, normalisationTable, normalise, normalisedAt } from './normalise.ts';
import './hanTableData.ts'; // the built-in Han tables, which policy.ts provides elsewhere

describe('normalise', () => {
  it('maps Traditional to Simplified and full-width to half-width without changing length', () => {
    const text = '貨到了，ＡＢＣ１２３！還沒退款';
    const out = normalise(text);
    expect(out).toBe('货到了,abc123!还没退款');
    expect(out.length).toBe(text.length);
  });

  it('keeps offsets valid for text outside the BMP and combining marks', () => {
    const text = 'Cafe\u0301 😡 𠀀 DAMAGED';
    const out = normalise(text);
    expect(out.length).toBe(text.length);
    expect(out.indexOf('damaged')).toBe(text.indexOf('DAMAGED'));
  });

  it('lower-cases ASCII text and changes nothing else in it', () => {
    expect(normalise('Where IS my ORDER #A1?')).toBe('where is my order #a1?');
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(normalise(s)).toBe(s.replace(/[A-Z]/g, (c) => c.toLowerCase()));
        expect(normalise(`${s}é`)).toBe(`${s.replace(/[A-Z]/g, (c) => c.toLowerCase())}é`);
      }),
    );
  });

  it('maps texts longer than one String.fromCharCode call', () => {
    const long = '這個，'.repeat(7000) + 'A';
    expect(normalise(long)).toBe('这个,'.repeat(7000) + 'a');
  });

  it('keeps a leading U+FEFF, and turns a lone surrogate into U+FFFD in place', () => {
    expect(normalise('\ufeff退款Ａ')).toBe('\ufeff退款a');
    expect(normalise('\ud800貨\udc00𠀀')).toBe('\ufffd货\ufffd𠀀');
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }), (s) => {
        expect(normalise(s).length).toBe(s.length);
      }),
    );
  });

  it('is read in place by normalisedAt, unit for unit, surrogates in and out of pairs included', () => {
    const table = normalisationTable();
    const readInPlace = (text: string) => Array.from({ length: text.length }, (_, i) => String.fromCharCode(normalisedAt(text, i, table))).join('');
    expect(readInPlace('\ud800貨\udc00𠀀Ａb\udbff\udbff\udfff\udfff')).toBe(normalise('\ud800貨\udc00𠀀Ａb\udbff\udbff\udfff\udfff'));
    const unit = fc.oneof(
      fc.constantFrom('A', 'z', 'Ｑ', '１', '　', '’', '“', '貨', '货', '還', '没', '，', '。', '\ud83d', '\ude21', '😡', '𠀀'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(readInPlace(text)).toBe(normalise(text));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves characters Simplified text uses alone', () => {
    expect(normalise('怎么了台湾后来')).toBe('怎么了台湾后来');
  });

  it('counts script-specific characters', () => {
    expect(countScriptMarkers('這個東西壞了')).toEqual({ traditional: 4, simplified: 0 });
    expect(countScriptMarkers('这个东西坏了')).toEqual({ traditional: 0, simplified: 4 });
  });
});

describe('isAscii', () => {
  it('answers as the regex /[^\\x00-\\x7f]/ does, at any length and with lone surrogates', () => {
    const long = 'a'.repeat(20_000); // past the encoder's buffer
    const cases = ['', 'plain ASCII ~\x7f\x00', 'café', 'x\ud800', '\udc00', '😡', long, `${long}é`, `é${long}`, `${'b'.repeat(16_383)}\u0080`];
    for (const text of cases) expect(isAscii(text), JSON.stringify(text.slice(0, 20))).toBe(!/[^\x00-\x7f]/.test(text));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => isAscii(text) === !/[^\x00-\x7f]/.test(text)));
  });
});
