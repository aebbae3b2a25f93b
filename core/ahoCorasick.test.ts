import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildKeywordMatcher } from './ahoCorasick.ts';
import { normalise } from './normalise.ts';
import { defaultPolicy } from './policy.ts';

const all = (keywords: string[], text: string, fold?: Uint16Array) => {
  const found: string[] = [];
  const triples = buildKeywordMatcher(keywords).scan(text, fold);
  for (let i = 0; i < triples.length; i += 3) found.push(`${triples[i]}@${triples[i + 1]}-${triples[i + 2]}`);
  return found.sort();
};

const naive = (keywords: string[], text: string) => {
  const found: string[] = [];
  keywords.forEach((k, i) => {
    if (k === '') return;
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) found.push(`${i}@${at}-${at + k.length}`);
  });
  return found.sort();
};

describe('buildKeywordMatcher', () => {
  it('finds overlapping and nested keywords with their offsets', () => {
    expect(all(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['0@2-4', '1@1-4', '3@2-6']);
    expect(all(['没收到', '收到', '到'], '还没收到货')).toEqual(['0@1-4', '1@2-4', '2@3-4']);
  });

  it('finds exactly what a naive search finds, for any keywords and text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '假', '货', '😡');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
    // The text also holds characters no keyword has, ASCII ("z", " ") and not ("。").
    const textAlphabet = fc.constantFrom('a', 'b', 'c', '假', '货', '😡', 'z', ' ', '。');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(textAlphabet, { maxLength: 60 }), (keywords, chars) => {
        const text = chars.join('');
        expect(all(keywords, text)).toEqual(naive(keywords, text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads the text through a fold on either path, as a naive search of the folded text finds', () => {
    const foldOf = (pairs: Record<string, string>) => {
      const fold = Uint16Array.from({ length: 0x10000 }, (_, c) => c);
      for (const [from, to] of Object.entries(pairs)) fold[from.charCodeAt(0)] = to.charCodeAt(0);
      return fold;
    };
    const upper = foldOf({ A: 'a', B: 'b', Ç: 'c' }); // ASCII stays ASCII: long texts take the four walks
    const toHan = foldOf({ A: 'a', x: '假' }); // an ASCII character read as Han: the general path
    const applied = (text: string, fold: Uint16Array) => Array.from({ length: text.length }, (_, i) => String.fromCharCode(fold[text.charCodeAt(i)]!)).join('');
    const word = fc.array(fc.constantFrom('a', 'b', 'c', '假', ' '), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    const asciiText = fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'c', 'x', ' ', 'z'), { minLength: 48, maxLength: 400 });
    const mixedText = fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'c', 'Ç', 'x', '假', ' ', 'z'), { maxLength: 100 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.oneof(asciiText, mixedText), (keywords, chars) => {
        const text = chars.join('');
        for (const fold of [upper, toHan]) expect(all(keywords, text, fold)).toEqual(naive(keywords, applied(text, fold)));
      }),
      { numRuns: 300 },
    );
    expect(all(['a\ufffdb'], 'A\ud800b', upper)).toEqual(['0@0-3']); // a surrogate outside a pair reads as U+FFFD
  });

  it('reports matches by end, the longer first, then in keyword order', () => {
    const keywords = ['ab', 'b', 'cab', 'ab', '假b', 'b假', 'zz'];
    const ordered = (text: string) => {
      const triples = buildKeywordMatcher(keywords).scan(text);
      const found: string[] = [];
      for (let i = 0; i < triples.length; i += 3) found.push(`${triples[i]}@${triples[i + 1]}-${triples[i + 2]}`);
      return found;
    };
    expect(ordered('cab假b假')).toEqual(['2@0-3', '0@1-3', '3@1-3', '1@2-3', '5@2-4', '4@3-5', '1@4-5', '5@4-6']);
    expect(ordered('zzz ab')).toEqual(['6@0-2', '6@1-3', '0@4-6', '3@4-6', '1@5-6']);
  });

  it('reads long ASCII text in four walks to the same matches, in the same order, as one walk', () => {
    const ascii = fc.constantFrom('a', 'b', 'c', ' ', "'");
    const word = fc.array(ascii, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    const textAlphabet = fc.constantFrom('a', 'b', 'c', ' ', "'", 'z', '.');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.array(textAlphabet, { minLength: 48, maxLength: 700 }), (keywords, chars) => {
        const text = chars.join('');
        const matcher = buildKeywordMatcher(keywords);
        // A character above U+007F that no keyword has sends the same text down the general path.
        const oneWalk = matcher.scan(`${text}。`);
        expect(matcher.scan(text)).toEqual(oneWalk);
        expect(all(keywords, text)).toEqual(naive(keywords, text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps dense rows for the built-in lexicons, and finds the same without them', () => {
    // The keywords compileMatcher makes of the built-in terms: each part of each term, normalised.
    const keywords = new Set<string>();
    for (const lexicon of [defaultPolicy.lexicons.en, defaultPolicy.lexicons.zh]) {
      const terms = [...Object.values(lexicon.categories), ...Object.values(lexicon.risks), lexicon.emotion].flatMap((t) => Object.keys(t ?? {}));
      for (const term of [...terms, ...(lexicon.exclusions ?? []), ...lexicon.negators]) {
        for (const part of normalise(term.trim().replace(/\*$/, '')).split(/\s*(?:…|\.\.\.)\s*/)) if (part.trim()) keywords.add(part.trim());
      }
    }
    const builtIn = buildKeywordMatcher([...keywords]);
    // Rows hold 15-bit states: a lexicon past 32,767 all-ASCII beginnings reads English more slowly.
    expect(builtIn.tables.denseStates).toBeGreaterThan(20_000);
    expect(builtIn.tables.denseStates).toBeLessThan(30_000); // room to grow; past it, see STATE_BITS

    // Past that many, the hash table alone finds the same.
    const many = Array.from({ length: 9000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const large = buildKeywordMatcher(many);
    expect(large.tables.denseStates).toBe(0);
    const text = many.filter((_, i) => i % 97 === 0).join(' then ');
    expect(large.scan(text).length / 3).toBe(Math.ceil(9000 / 97));
    // Chinese and ASCII keywords that share no row: every step is read from the hash table and the root's.
    const mixed = [...many, '假货', '货a', 'a假', '退款', 'w1x', '款w'];
    const mixedText = `假货a假 w1x7kq 退款w1 ${text.slice(0, 300)} 货a假货`;
    expect(all(mixed, mixedText)).toEqual(naive(mixed, mixedText));
  });
});
