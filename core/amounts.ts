// Money written in a reply: "¥800", "800元", "八百元", "1.5万", "$120", "120 dollars", "€50",
// "one hundred and twenty dollars". Reads the normalised text (normalise.ts: Simplified Chinese,
// half-width, lower-case ASCII), so offsets are offsets into what the agent wrote.

/** A currency code, or a symbol whose currency depends on the shop: "$", "¥" or "元". */
export type CurrencyMark = string;

export interface AmountMention {
  start: number;
  end: number;
  value: number;
  currency: CurrencyMark;
}

const PREFIX: Record<string, CurrencyMark> = {
  'us$': 'USD', 'hk$': 'HKD', 'nt$': 'TWD', 'au$': 'AUD', 'a$': 'AUD', 'ca$': 'CAD', 'c$': 'CAD', 'sg$': 'SGD', 's$': 'SGD',
  'nz$': 'NZD', 'cn¥': 'CNY', 'jp¥': 'JPY', rmb: 'CNY', cny: 'CNY', usd: 'USD', hkd: 'HKD', twd: 'TWD', ntd: 'TWD',
  eur: 'EUR', gbp: 'GBP', jpy: 'JPY', aud: 'AUD', cad: 'CAD', sgd: 'SGD', nzd: 'NZD', '人民币': 'CNY',
  $: '$', '¥': '¥', '￥': '¥', '€': 'EUR', '£': 'GBP',
};
const SUFFIX: Record<string, CurrencyMark> = {
  '元': '元', '圆': '元', '块': '元', '块钱': '元', '元钱': '元', '元整': '元',
  '人民币': 'CNY', '元人民币': 'CNY', rmb: 'CNY', cny: 'CNY', yuan: 'CNY',
  '美元': 'USD', '美金': 'USD', usd: 'USD', dollar: '$', dollars: '$', bucks: '$',
  '欧元': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '英镑': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', quid: 'GBP',
  '港币': 'HKD', '港元': 'HKD', hkd: 'HKD', '台币': 'TWD', '新台币': 'TWD', twd: 'TWD', ntd: 'TWD',
  '日元': 'JPY', '日币': 'JPY', jpy: 'JPY', yen: 'JPY', aud: 'AUD', cad: 'CAD', sgd: 'SGD', nzd: 'NZD',
};
const byLength = (keys: string[]) => keys.sort((a, b) => b.length - a.length).map((k) => k.replace(/[$]/g, '\\$')).join('|');
const PREFIXES = byLength(Object.keys(PREFIX));
const SUFFIXES = byLength(Object.keys(SUFFIX));

const DIGITS = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const MULTIPLIER = String.raw`(?:\s?(k|千|万|w)(?![a-z]))?`;
const CHINESE = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
// 元 in 元旦 (New Year), 元素 (element), 元件 (component)… is not money.
const NOT_MONEY_AFTER_YUAN = '(?![旦素件器宵老首帅气化])';

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
const WORD = Object.keys(WORD_NUMBERS).join('|');

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<AmountMention, 'start' | 'end'> | undefined }[] = [
  {
    // "¥800", "us$ 120", "人民币800元", "€1,200.50", "$2k"
    re: new RegExp(String.raw`(?<![a-z])(${PREFIXES})\s?(${DIGITS})${MULTIPLIER}(?:\s?(?:${SUFFIXES}))?`, 'gu'),
    read: (m) => withUnit(digits(m[2]!), m[3], PREFIX[m[1]!]!),
  },
  {
    // "800元", "120 dollars", "1.5万元", "50 eur"
    re: new RegExp(String.raw`(?<![\d.,])(${DIGITS})${MULTIPLIER}\s?(${SUFFIXES})(?![a-z])${NOT_MONEY_AFTER_YUAN}`, 'gu'),
    read: (m) => withUnit(digits(m[1]!), m[2], SUFFIX[m[3]!]!),
  },
  {
    // "八百元", "一千二百块", "两千五百元", "人民币五百元"
    re: new RegExp(`(人民币)?([${CHINESE}]+)(${SUFFIXES})${NOT_MONEY_AFTER_YUAN}`, 'gu'),
    read: (m) => {
      const value = chineseNumber(m[2]!);
      return value === undefined ? undefined : { value, currency: m[1] ? 'CNY' : SUFFIX[m[3]!]! };
    },
  },
  {
    // "one hundred and twenty dollars", "fifty euros"
    re: new RegExp(String.raw`\b((?:(?:${WORD})[\s-]+(?:and[\s-]+)?)+)(dollars?|bucks|euros?|pounds?|quid|yuan|rmb)\b`, 'gu'),
    read: (m) => {
      const value = wordNumber(m[1]!);
      return value === undefined ? undefined : { value, currency: SUFFIX[m[2]!]! };
    },
  },
];

function digits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function withUnit(value: number, unit: string | undefined, currency: CurrencyMark): Omit<AmountMention, 'start' | 'end'> | undefined {
  const scale = unit === 'k' || unit === '千' ? 1000 : unit === '万' || unit === 'w' ? 10_000 : 1;
  const scaled = value * scale;
  return Number.isFinite(scaled) ? { value: scaled, currency } : undefined;
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7,
  八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CHINESE_BIG: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** "一千二百" → 1200, "两千五" → 2500 (the spoken short form), "十五" → 15, "一百零五" → 105. */
export function chineseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let afterZero = false;
  for (const c of text) {
    if (c in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[c]!;
      if (digit === 0) afterZero = true;
    } else if (c in CHINESE_UNITS) {
      const unit = CHINESE_UNITS[c]!;
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      afterZero = false;
    } else if (c in CHINESE_BIG) {
      const big = CHINESE_BIG[c]!;
      total += (section + (digit ?? 0)) * big || big;
      section = 0;
      digit = undefined;
      lastUnit = big;
      afterZero = false;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // 两千五 is 2500: a bare digit after a unit counts in the next unit down, unless a 零 intervened.
    section += lastUnit >= 100 && !afterZero ? (digit * lastUnit) / 10 : digit;
  }
  const value = total + section;
  return value > 0 ? value : undefined;
}

/** "one hundred and twenty" → 120, "two thousand five hundred" → 2500, "a hundred" → 100. */
function wordNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    const n = WORD_NUMBERS[word];
    if (n === undefined) return undefined;
    if (word !== 'a') any = true;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += n;
  }
  return any ? total + current : undefined;
}

/** Every amount of money in `normalised` (normalise()d text), in order, none overlapping. */
export function findAmounts(normalised: string): AmountMention[] {
  const found: AmountMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
      const amount = read(m);
      if (amount && amount.value > 0) found.push({ start: m.index, end: m.index + m[0].length, ...amount });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: AmountMention[] = [];
  for (const a of found) {
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) continue;
    kept.push(a);
  }
  return kept;
}
