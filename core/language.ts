// Tells English, Simplified and Traditional Chinese apart, even on a few characters. General
// language-ID libraries return "und" on short Chinese and cannot tell the two scripts apart
// (domain/anchors.md §4), so we count scripts ourselves.
import type { Language } from './model.ts';
import { countScriptMarkers } from './normalise.ts';

// Words that are frequent in English complaints and rare in other Latin-script languages.
const ENGLISH = new Set(
  ('the is are was were be been my your our i it its and to of you this that have has had not for with ' +
    'where what when why how who still never just but did didn\'t don\'t doesn\'t can can\'t will won\'t would ' +
    'from at they we me he she order orders refund package parcel item items received arrived delivered ' +
    'please hi hello thanks thank get got want need ordered bought paid money back any yet again ' +
    'wrong broken damaged missing late sent since days weeks today there here one all').split(' '),
);
// Frequent words of the Latin-script languages most likely to reach an English-speaking shop.
const OTHER_LATIN = new Set(
  ('el la los las de del que y en un una por para con mi pedido no es está muy ' + // es
    'le les des et est une pour avec mon ma ne pas je commande colis très ' + // fr
    'der die das und ist ich nicht mein meine bestellung mit ein eine paket noch ' + // de
    'o os um uma meu minha não com pedido encomenda ' + // pt
    'il di che non sono ordine ' + // it
    'dan yang saya tidak sudah belum pesanan barang ' + // id/ms
    'het een niet ik mijn bestelling').split(' '),
);

// Scripts are counted in one pass over the sample (see countScripts) rather than with one regex
// each: matching allocated a string per Chinese character, most of the cost on Chinese text.
//   han     [\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff], or a surrogate pair [\ud840-\ud87f][\udc00-\udfff]
//   kana    [\u3040-\u30ff]
//   hangul  [\uac00-\ud7af\u1100-\u11ff]
//   other   Cyrillic, Hebrew, Arabic, Thai, Devanagari: [\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u0900-\u097f]
const LATIN_WORD = /[a-zà-öø-ÿ]+(?:'[a-z]+)?/gi;
// Order numbers, tracking codes, links and addresses say nothing about the language.
const LINK = /https?:\/\/[^\s]+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CODE = /#?\b[a-z]*\d[\w-]*/gi;
const DIGIT = /\d/;
/** The opening of a message tells its language; a 1 MB body need not be read to the end. */
const SAMPLE = 800;

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  other: number;
}

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x400) continue;
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) counts.han++;
    } else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) counts.hangul++;
    else if (c <= 0x6ff ? c <= 0x4ff || c >= 0x590 : (c >= 0xe00 && c <= 0xe7f) || (c >= 0x900 && c <= 0x97f)) counts.other++;
  }
  return counts;
}

export function detectLanguage(fullText: string): Language {
  const text = fullText.slice(0, SAMPLE);
  const { han, kana, hangul, other: otherLetters } = countScripts(text);
  if (kana > 0 && kana * 5 >= han) return 'other'; // Japanese mixes kana into kanji
  if (hangul > han) return 'other';
  let clean = DIGIT.test(text) ? text.replace(CODE, ' ') : text; // a code has a digit
  if (clean.includes('://')) clean = clean.replace(LINK, ' ');
  if (clean.includes('@')) clean = clean.replace(EMAIL, ' ');
  const words = clean.match(LATIN_WORD) ?? [];
  // A Chinese sentence with an English product name ("我的AirPods Pro坏了") is Chinese.
  if (han > 0 && han >= words.length) return chineseScript(text);
  if (otherLetters > words.length) return 'other';
  let english = 0;
  let other = 0;
  for (let w = 0; w < words.length; w++) {
    // Once the words left could not make up the lead, the answer is English.
    if (english > other + words.length - w) return 'en';
    const lower = words[w]!.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHER_LATIN.has(lower)) other++;
  }
  if (english > other) return 'en';
  return han > 0 ? chineseScript(text) : 'other';
}

/** Shared characters are the majority of any Chinese text; only the script-specific ones decide. */
function chineseScript(text: string): Language {
  const markers = countScriptMarkers(text);
  return markers.traditional > markers.simplified ? 'zh-Hant' : 'zh-Hans';
}
