// Amounts and dates the way the customer reads them (Intl), with the formatters cached: building
// an Intl formatter costs tens of microseconds, using one costs one.
import type { Money, UiLanguage } from './model.ts';

const DEFAULT_LOCALE: Record<UiLanguage, string> = { en: 'en-US', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** Regions that keep one time zone, so a customer's locale tells it. */
const REGION_ZONE: Record<string, string> = {
  CN: 'Asia/Shanghai',
  TW: 'Asia/Taipei',
  HK: 'Asia/Hong_Kong',
  MO: 'Asia/Macau',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
};

function canonical(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/**
 * The locale to format for: the customer's own when it is in the reply's language (en-GB writes
 * dates its way), else the reply language's usual one.
 */
export function formattingLocale(language: UiLanguage, customerLocale: string | undefined): string {
  const locale = customerLocale === undefined ? undefined : canonical(customerLocale.replace('_', '-'));
  if (locale) {
    const script = locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
    if (language === 'en' && locale.language === 'en') return locale.baseName;
    if (language !== 'en' && locale.language === 'zh' && script === language) return locale.baseName;
  }
  return DEFAULT_LOCALE[language];
}

/** The zone a locale's region implies, when the region has only one. */
export function zoneOfLocale(customerLocale: string | undefined): string | undefined {
  if (customerLocale === undefined) return undefined;
  const tag = customerLocale.replace('_', '-');
  // maximize() would guess a region for "zh-Hant"; only a region the customer gave counts.
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
  return region === undefined ? undefined : REGION_ZONE[region];
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

// By locale, then currency: [whole amounts, amounts with cents]. Nested maps rather than one
// key built per call, which cost as much as the lookup (a draft formats money half a dozen times).
const moneyFormatters = new Map<string, Map<string, (MoneyFormat | undefined)[]>>();
/** Locales and currencies come from customers' data: a long-running host keeps only so many. */
const MAX_CACHED = 64;

interface MoneyFormat {
  format: Intl.NumberFormat;
  /** Amounts already written: remedies, reasons and drafts write the same few of one order. */
  written: Map<number, string>;
}

/** "¥1,350", "US$189.50", "NT$900": whole amounts without ".00". */
export function formatMoney(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  let byCurrency = moneyFormatters.get(locale);
  if (!byCurrency) {
    if (moneyFormatters.size >= MAX_CACHED) moneyFormatters.clear();
    moneyFormatters.set(locale, (byCurrency = new Map()));
  }
  let pair = byCurrency.get(money.currency);
  if (!pair) {
    if (byCurrency.size >= MAX_CACHED) byCurrency.clear();
    byCurrency.set(money.currency, (pair = [undefined, undefined]));
  }
  const f = (pair[whole ? 0 : 1] ??= {
    format: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }),
    written: new Map(),
  });
  if (money.amount === 0) return f.format.format(money.amount); // a Map would take -0 for 0
  let text = f.written.get(money.amount);
  if (text === undefined) {
    if (f.written.size >= MAX_CACHED) f.written.clear();
    f.written.set(money.amount, (text = f.format.format(money.amount)));
  }
  return text;
}

/** A calendar day, e.g. "Nov 20, 2026" / "2026年11月20日". */
export function formatDay(instant: number, locale: string, timeZone: string): string {
  return cached(`d ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' })).format(instant);
}

/** A due moment, e.g. "Fri, Nov 20, 2:00 PM" / "11月20日周五 14:00". */
export function formatMoment(instant: number, locale: string, timeZone: string): string {
  return cached(
    `t ${locale} ${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
  ).format(instant);
}
