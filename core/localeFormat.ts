// Amounts and dates the way the customer reads them (Intl), with the formatters cached: building
// an Intl formatter costs tens of microseconds, using one costs one.
import { remember } from './remember.ts';
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

/** What a customer's locale tag says, read once: Intl.Locale and maximize() cost ~5 µs each. */
interface TagFacts {
  /** The tag maximized ("en-GB" → en, Latn, "en-Latn-GB"); undefined when it is no locale tag. */
  maximized?: { language: string; script: string | undefined; baseName: string };
  /** The region the customer gave, not one maximize() guessed ("zh-Hant" has none). */
  region?: string;
}

// By the tag as the customer's data spells it. Tags come from customers' data: bounded.
const tagFacts = new Map<string, TagFacts>();

function factsOf(customerLocale: string): TagFacts {
  let facts = tagFacts.get(customerLocale);
  if (!facts) {
    facts = {};
    try {
      const locale = new Intl.Locale(customerLocale.replace('_', '-'));
      const maximized = locale.maximize();
      facts = { maximized: { language: maximized.language, script: maximized.script, baseName: maximized.baseName }, region: locale.region };
    } catch {
      // not a locale tag
    }
    remember(tagFacts, customerLocale, facts);
  }
  return facts;
}

/** The customer's locale tag ("zh_TW" too) maximized, or undefined when it is no locale tag. */
export function maximizedLocale(customerLocale: string): TagFacts['maximized'] {
  return factsOf(customerLocale).maximized;
}

/**
 * The locale to format for: the customer's own when it is in the reply's language (en-GB writes
 * dates its way), else the reply language's usual one.
 */
export function formattingLocale(language: UiLanguage, customerLocale: string | undefined): string {
  const locale = customerLocale === undefined ? undefined : maximizedLocale(customerLocale);
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
  const region = factsOf(customerLocale).region;
  return region === undefined ? undefined : REGION_ZONE[region];
}

// By locale, then currency: [whole amounts, amounts with cents]. Nested maps rather than one
// key built per call, which cost as much as the lookup (a draft formats money half a dozen times).
const moneyFormatters = new Map<string, Map<string, (MoneyFormat | undefined)[]>>();

interface MoneyFormat {
  format: Intl.NumberFormat;
  /** Amounts already written: remedies, reasons and drafts write the same few of one order. */
  written: Map<number, string>;
}

/** "¥1,350", "US$189.50", "NT$900": whole amounts without ".00". */
export function formatMoney(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  const byCurrency = moneyFormatters.get(locale) ?? remember(moneyFormatters, locale, new Map());
  const pair = byCurrency.get(money.currency) ?? remember(byCurrency, money.currency, [undefined, undefined]);
  const f = (pair[whole ? 0 : 1] ??= {
    format: new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }),
    written: new Map(),
  });
  if (money.amount === 0) return f.format.format(money.amount); // a Map would take -0 for 0
  return f.written.get(money.amount) ?? remember(f.written, money.amount, f.format.format(money.amount));
}

// Dates: by locale, then zone, one formatter per style with the texts it has written, by minute.
// Intl's format costs over a microsecond, and a triage writes the same few moments: the delivery day,
// and due times that are the ticket's own or "now" plus a target, so they repeat for every
// complaint of the minute.
const dateFormats = new Map<string, Map<string, DateFormats>>();

interface DateFormats {
  day?: DateFormat;
  moment?: DateFormat;
}

interface DateFormat {
  format: Intl.DateTimeFormat;
  /** Texts by minute since the epoch. */
  written: Map<number, string>;
}

const MINUTE = 60_000;
/**
 * Neither style shows seconds, so every instant of a minute reads the same, as long as the zone's
 * offset is whole minutes. It has been everywhere since 1972 (Liberia's −0:44:30 was the last);
 * earlier instants, with local mean times such as +8:05:43, are not remembered.
 */
const WHOLE_MINUTE_OFFSETS = Date.UTC(1973, 0, 1);

function formatsFor(locale: string, timeZone: string): DateFormats {
  const byZone = dateFormats.get(locale) ?? remember(dateFormats, locale, new Map());
  return byZone.get(timeZone) ?? remember(byZone, timeZone, {});
}

function write(f: DateFormat, instant: number): string {
  if (!(instant >= WHOLE_MINUTE_OFFSETS)) return f.format.format(instant);
  const minute = Math.floor(instant / MINUTE);
  return f.written.get(minute) ?? remember(f.written, minute, f.format.format(instant));
}

/** A calendar day, e.g. "Nov 20, 2026" / "2026年11月20日". */
export function formatDay(instant: number, locale: string, timeZone: string): string {
  const formats = formatsFor(locale, timeZone);
  formats.day ??= { format: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }), written: new Map() };
  return write(formats.day, instant);
}

/** A due moment, e.g. "Fri, Nov 20, 2:00 PM" / "11月20日周五 14:00". */
export function formatMoment(instant: number, locale: string, timeZone: string): string {
  const formats = formatsFor(locale, timeZone);
  formats.moment ??= {
    format: new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
    written: new Map(),
  };
  return write(formats.moment, instant);
}
