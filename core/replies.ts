// Ready reply drafts for one complaint, in the customer's language and filled from the order
// (design.md §1, domain §5–§7). Customers' and shops' strings are values, never templates, and a
// fact we do not have selects the wording without it.
import { limitFor } from './authority.ts';
import { addBusinessMilliseconds, parseInstant } from './businessCalendar.ts';
import { CATEGORY_NAMES, RISK_NAMES, TIER_NAMES, listOf } from './labels.ts';
import { formatDay, formatMoment, formatMoney, formattingLocale, maximizedLocale, zoneOfLocale } from './localeFormat.ts';
import { remember } from './remember.ts';
import { formatList, formatMessage, valueNames, type ValueList, type Values } from './messageFormat.ts';
import type { Approver, CategoryId, ComplaintContext, Evidence, Language, Remedy, RemedyKind, Reply, ReplyKind, Triage, UiLanguage } from './model.ts';
import type { Policy } from './policy.ts';
import { REMEDY_NAMES, proposeRemedies } from './remedies.ts';
import { COMPENSATION_VALUE_NAMES, replyWording, type ReplyWording } from './replyWording.ts';
import type { ClockKind } from './slaClocks.ts';

/**
 * Every value a reply may use, and compensation's own while it is written, in the order of a
 * draft's value list: templates read them by position (messageFormat's `valueNames`).
 */
const REPLY_NAMES = COMPENSATION_VALUE_NAMES;
/** Each name's position in the list. */
const AT = Object.fromEntries(REPLY_NAMES.map((name, i) => [name, i])) as Record<(typeof REPLY_NAMES)[number], number>;
const REPLY_SLOTS = valueNames(REPLY_NAMES);

export interface AgentInfo {
  name?: string;
  uiLanguage: UiLanguage;
}

/** What triage knows before the drafts are written; remedies are proposed here when absent. */
export type TriageSoFar = Omit<Triage, 'replies' | 'remedies'> & { remedies?: Remedy[] };

const MINUTE = 60_000;
/** A promise shorter than this cannot be kept once the customer has read the message. */
const SHORTEST_PROMISE = 30 * MINUTE;
const DAY = 24 * 60 * MINUTE;

const APPROVER_NAMES: Record<Approver, Record<UiLanguage, string>> = {
  supervisor: { en: 'supervisor', 'zh-Hans': '主管', 'zh-Hant': '主管' },
  crisis_team: { en: 'crisis team', 'zh-Hans': '危机小组', 'zh-Hant': '危機小組' },
};

/** Remedies that go with the first one rather than replace it. */
const EXTRAS: ReadonlySet<RemedyKind> = new Set<RemedyKind>(['coupon', 'store_credit', 'priority_shipping', 'gesture', 'extended_warranty']);

/** The language to answer in: the customer's; when we cannot tell, their locale's, else English. */
export function replyLanguage(detected: Language, context: ComplaintContext): UiLanguage {
  if (detected !== 'other') return detected;
  const tag = context.ticket.requester?.locale ?? context.ticket.locale;
  // Not a locale tag: English.
  const locale = tag ? maximizedLocale(tag) : undefined;
  if (locale?.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For hosts that insert a draft as HTML: every character that could open markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// Control characters and line breaks would let an order string restructure the message.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A customer's or shop's string made safe to set into a sentence: one line, bounded, and empty
 * when it holds no letter or digit (a lone "#" is no order number). Exported for its tests.
 */
export function plain(text: string | undefined, max: number): string {
  if (text === undefined) return '';
  // Most strings (order numbers, tracking numbers, names) are one line already; two regex
  // replaces and a trim cost ~0.3 µs a string, and a draft cleans a dozen.
  const line = isOneLine(text) ? text : text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!hasAsciiLetterOrDigit(line) && !/[\p{L}\p{N}]/u.test(line)) return '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Most strings have one near the start, found for less than the Unicode test costs (~30 ns). */
function hasAsciiLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true; // | 0x20: A-Z as a-z
  }
  return false;
}

/**
 * Whether `plain`'s replaces and trim would leave `text` as it is: no control character, no white
 * space but single spaces (JavaScript's \s, which trim also removes), none at either end.
 */
function isOneLine(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) continue;
    if (c === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 0x20) return false;
      continue;
    }
    if (c <= 0xa0) return false; // C0 controls, DEL, C1 controls, no-break space
    if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false;
    }
  }
  return true;
}

// A crisis is answered by supervisor, legal and PR together (domain §7, tier 3: a statement in 2 h).
const TEAMS: (keyof ReplyWording['teams'])[] = ['supervisor', 'legal', 'pr'];

/** What is written once from the provided wording, and again should other wording be provided. */
interface Written {
  from: ReplyWording;
  /** The teams as listed in each language. */
  teams: Record<UiLanguage, string>;
  /** "within 2 hours" as written (within()). */
  relativeTimes: Map<string, Map<number, string>>;
  /** The drafts' titles (titlesFor()). */
  titles: Map<UiLanguage, Map<CategoryId, Record<ReplyKind, string>>>;
}
let written: Written | undefined;

function writtenFrom(wording: ReplyWording): Written {
  if (written?.from !== wording) {
    const teams = (lang: UiLanguage) => listOf(TEAMS.map((t) => wording.teams[t][lang]), lang);
    written = { from: wording, teams: { en: teams('en'), 'zh-Hans': teams('zh-Hans'), 'zh-Hant': teams('zh-Hant') }, relativeTimes: new Map(), titles: new Map() };
  }
  return written;
}

const QUOTE_MARKS = /[“”"「」『』]/;
const ALL_QUOTE_MARKS = /[“”"「」『』]/g;

/** Quoted so the reader (and the tone guard) sees whose words these are. */
function quote(text: string, lang: UiLanguage, wording: ReplyWording): string {
  const [open, close] = wording.quotes[lang];
  // Tested first: a replace that finds nothing still costs more than the test.
  return `${open}${QUOTE_MARKS.test(text) ? text.replace(ALL_QUOTE_MARKS, "'") : text}${close}`;
}

/** `list.includes(text)`: the builtin compares equal strings cut from the same complaint ~2.5× slower. */
function isIn(list: string[], text: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === text) return true;
  return false;
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function time(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = parseInstant(iso);
  return Number.isNaN(t) ? undefined : t;
}

// "within 2 hours" as written, by locale, then by language, unit and count in one number. Writing
// one takes a plural rule and a number format (~1.5 µs in English), and every triage writes three
// of the same few dozen. Locales come from customers' data, and days can be any count: both maps
// are bounded.
const LANGUAGE_INDEX: Record<UiLanguage, number> = { en: 0, 'zh-Hans': 1, 'zh-Hant': 2 };
const UNIT_INDEX = { minute: 0, hour: 1, day: 2 } as const;

function within({ from: wording, relativeTimes }: Written, lang: UiLanguage, locale: string, unit: keyof typeof UNIT_INDEX, n: number): string {
  const times = relativeTimes.get(locale) ?? remember(relativeTimes, locale, new Map());
  const key = (n * 3 + UNIT_INDEX[unit]) * 3 + LANGUAGE_INDEX[lang]; // n is a whole number ≥ 0
  return times.get(key) ?? remember(times, key, formatMessage(wording.parts.time[lang], locale, { kind: 'in', unit, n }));
}

export function draftReplies(context: ComplaintContext, triage: TriageSoFar, policy: Policy, now: Date, agent: AgentInfo): Reply[] {
  const lang = replyLanguage(triage.language, context);
  const customerLocale = context.ticket.requester?.locale ?? context.ticket.locale;
  const locale = formattingLocale(lang, customerLocale);
  const zone = context.ticket.requester?.timeZone ?? zoneOfLocale(customerLocale);
  const nowMs = now.getTime();
  const wording = replyWording();
  const fromWording = writtenFrom(wording);
  const part = (name: keyof ReplyWording['parts'], values: Values) => formatMessage(wording.parts[name][lang], locale, values);

  // ── Times, phrased for the customer ──
  const phrase = (due: number): string => {
    const ms = Math.max(due - nowMs, SHORTEST_PROMISE);
    if (zone) return part('time', { kind: 'at', at: formatMoment(nowMs + ms, locale, zone), unit: '', n: 0 });
    const minutes = Math.ceil(ms / MINUTE);
    if (minutes < 60) return within(fromWording, lang, locale, 'minute', Math.ceil(minutes / 5) * 5);
    if (minutes <= 48 * 60) return within(fromWording, lang, locale, 'hour', Math.ceil(minutes / 60));
    return within(fromWording, lang, locale, 'day', Math.ceil(minutes / (24 * 60)));
  };
  const targets = policy.sla.targets[triage.tier];
  const clockDue = (kinds: ClockKind[], fallbackMinutes: number): number => {
    for (const kind of kinds) {
      const clock = triage.sla.clocks.find((c) => c.kind === kind && c.state !== 'met');
      if (clock) return parseInstant(clock.dueAt);
    }
    return addBusinessMilliseconds(nowMs, fallbackMinutes * MINUTE, policy.sla.calendar);
  };
  const handling = phrase(clockDue(['solution', 'resolution'], targets.solution ?? targets.resolution ?? targets.firstResponse));
  const update = phrase(clockDue(['next_update'], targets.update ?? targets.resolution ?? targets.firstResponse));

  // ── Facts of the order ──
  const order = context.order;
  const orderNumber = plain(order?.number, 40);
  const hasOrder = orderNumber !== '';
  const lineItems = order?.lineItems ?? [];
  const titles = lineItems.length === 0 ? [] : [...new Set(lineItems.map((i) => plain(i.title, 60)).filter((t) => t !== ''))];
  const items =
    titles.length === 0
      ? ''
      : part('items', { first: listOf(titles.slice(0, 2).map((t) => quote(t, lang, wording)), lang), more: Math.max(0, titles.length - 2) });
  const shipments = order?.shipments ?? [];
  const shipment = shipments.findLast((s) => s.trackingNumber) ?? shipments[shipments.length - 1];
  const carrier = plain(shipment?.carrier, 40);
  const tracking = plain(shipment?.trackingNumber, 60);
  const dayZone = zone ?? policy.sla.calendar?.timeZone ?? 'UTC';
  const deliveredAt = shipment?.status === 'delivered' ? time(shipment.deliveredAt) : undefined;
  const estimated = shipment && shipment.status !== 'delivered' ? time(shipment.estimatedDelivery) : undefined;
  const deliveryKind = deliveredAt !== undefined ? 'delivered' : estimated !== undefined ? 'estimated' : 'none';
  const deliveryAt = deliveredAt ?? estimated;
  const total = order?.total && order.total.amount > 0 ? formatMoney(order.total, locale) : '';
  const customer = plain(context.ticket.requester?.name ?? context.customer?.name, 40);
  const agentName = plain(agent.name, 40);

  // ── Compensation from the remedies ──
  const remedies = triage.remedies ?? proposeRemedies(context, triage.category, triage.tier, policy, agent.uiLanguage);
  const primary = remedies[0];
  const approval = primary?.approver ?? 'none';
  const extra = remedies.slice(1).find((r) => {
    if (r.authority !== 'within' || !EXTRAS.has(r.kind) || r.kind === primary?.kind) return false;
    // Two gifts the agent gives alone must fit in one authority together.
    if (approval !== 'none' || !r.amount || !primary?.amount) return true;
    return r.amount.currency !== primary.amount.currency || r.amount.amount + primary.amount.amount <= (limitFor('agent', r.amount.currency, policy.authority)?.amount ?? 0);
  });
  const offerValues = (r: Remedy | undefined): Values => ({
    kind: r?.kind ?? 'gesture',
    hasAmount: yesNo(r?.amount !== undefined),
    amount: r?.amount ? formatMoney(r.amount, locale) : '',
    hasItems: yesNo(items !== ''),
    items,
  });

  const risks = triage.risks.map((r) => r.id);
  // The first three distinct quotable words of the risks, else of the main category.
  const quotes: string[] = [];
  const evidenceLists: Evidence[][] = triage.risks.length > 0 ? triage.risks.map((r) => r.evidence) : [triage.categories[0]?.evidence ?? []];
  // A long complaint repeats its words: each text is cleaned once, the first time it is met.
  const seen: string[] = [];
  for (const list of evidenceLists) {
    for (const e of list) {
      if (quotes.length === 3) break;
      if (e.start === undefined || isIn(seen, e.text)) continue;
      seen.push(e.text);
      const text = plain(e.text, 40);
      if (text !== '' && !quotes.includes(text)) quotes.push(text);
    }
  }
  const needApproval = remedies.filter((r) => r.authority === 'needs_approval');
  const approvals = needApproval.map(
    (r) => `${REMEDY_NAMES[r.kind][lang]}${r.amount ? ` ${formatMoney(r.amount, locale)}` : ''}${lang === 'en' ? ' (' : '（'}${APPROVER_NAMES[r.approver ?? 'supervisor'][lang]}${lang === 'en' ? ')' : '）'}`,
  );

  const ticket = plain(context.ticket.id, 40);
  const delivery = deliveryAt === undefined ? '' : formatDay(deliveryAt, locale, dayZone);
  const day = phrase(nowMs + DAY);
  const riskList = listOf(risks.map((r) => RISK_NAMES[r][lang]), lang);
  const quoteList = listOf(quotes.map((q) => quote(q, lang, wording)), lang);
  const approvalList = listOf(approvals, lang);
  // The values every template may use, by position (REPLY_NAMES): the facts, then the parts
  // written from them, filled in as they are written. A value still undefined reads as not
  // provided, exactly as an absent one, so each part sees the facts alone and compensation its own
  // values besides, as if each had its own copy of the values; but there is no copy.
  const v: ValueList = new Array(REPLY_NAMES.length); // empty slots read as undefined
  const partOf = (name: 'greeting' | 'signoff' | 'compensation') => formatList(wording.parts[name][lang], locale, REPLY_SLOTS, v);
  v[AT.customer] = customer;
  v[AT.hasCustomer] = yesNo(customer !== '');
  v[AT.agent] = agentName;
  v[AT.hasAgent] = yesNo(agentName !== '');
  v[AT.ticket] = ticket;
  v[AT.order] = hasOrder ? orderNumber : '';
  v[AT.hasOrder] = yesNo(hasOrder);
  v[AT.items] = items;
  v[AT.hasItems] = yesNo(items !== '');
  v[AT.itemCount] = titles.length;
  v[AT.carrier] = carrier;
  v[AT.hasCarrier] = yesNo(carrier !== '');
  v[AT.tracking] = tracking;
  v[AT.hasTracking] = yesNo(tracking !== '');
  v[AT.delivery] = delivery;
  v[AT.deliveryKind] = deliveryKind;
  v[AT.total] = total;
  v[AT.hasTotal] = yesNo(total !== '');
  v[AT.category] = triage.category;
  v[AT.categoryName] = CATEGORY_NAMES[triage.category][lang];
  v[AT.tier] = triage.tier;
  v[AT.tierName] = TIER_NAMES[triage.tier][lang];
  v[AT.isShipping] = yesNo(['logistics_delay', 'lost_parcel', 'damaged_in_transit', 'wrong_or_missing_item'].includes(triage.category));
  v[AT.isSafety] = yesNo(triage.category === 'safety_health' || risks.includes('safety_hazard'));
  v[AT.approval] = approval;
  v[AT.handling] = handling;
  v[AT.update] = update;
  v[AT.day] = day;
  v[AT.risks] = riskList;
  v[AT.hasRisks] = yesNo(risks.length > 0);
  v[AT.quotes] = quoteList;
  v[AT.hasQuotes] = yesNo(quotes.length > 0);
  v[AT.teams] = fromWording.teams[lang];
  v[AT.approvals] = approvalList;
  v[AT.hasApprovals] = yesNo(approvals.length > 0);
  const [ackTemplate, apologyTemplate, preventionTemplate] = wording.scripts[triage.category][lang];
  const greeting = partOf('greeting');
  const signoff = partOf('signoff');
  const ack = formatList(ackTemplate, locale, REPLY_SLOTS, v);
  const apology = formatList(apologyTemplate, locale, REPLY_SLOTS, v);
  const prevention = formatList(preventionTemplate, locale, REPLY_SLOTS, v);
  const primaryOffer = offerValues(primary);
  v[AT.offer] = part('offer', primaryOffer);
  v[AT.offerNoun] = part('offerNoun', primaryOffer);
  v[AT.hasExtra] = yesNo(extra !== undefined);
  v[AT.extra] = extra ? part('offer', offerValues(extra)) : '';
  const compensation = partOf('compensation');
  v[AT.offer] = v[AT.offerNoun] = v[AT.hasExtra] = v[AT.extra] = undefined;
  v[AT.greeting] = greeting;
  v[AT.signoff] = signoff;
  v[AT.ack] = ack;
  v[AT.apology] = apology;
  v[AT.prevention] = prevention;
  v[AT.compensation] = compensation;

  const kinds: ReplyKind[] = ['acceptance', 'empathy', 'scenario', 'progress_update', 'follow_up'];
  if (triage.tier === 'crisis') kinds.push('holding_statement', 'escalation_note');
  const draftTitles = titlesFor(fromWording, agent.uiLanguage, triage.category);
  return kinds.map((kind) => ({ kind, language: lang, title: draftTitles[kind], text: render(wording, kind, lang, locale, v, policy) }));
}

// The drafts' titles, for the agent: they depend on the UI language and the category alone, so each
// set is written once. Both are closed lists (3 × 14 pairs), within the usual bound of remember().
function titlesFor({ from: wording, titles: writtenTitles }: Written, ui: UiLanguage, category: CategoryId): Record<ReplyKind, string> {
  const forUi = writtenTitles.get(ui) ?? remember(writtenTitles, ui, new Map());
  let titles = forUi.get(category);
  if (titles === undefined) {
    const categoryName = CATEGORY_NAMES[category][ui];
    const title = (kind: ReplyKind) => formatMessage(wording.titles[kind][ui], ui, { categoryName });
    titles = remember(forUi, category, {
      acceptance: title('acceptance'),
      empathy: title('empathy'),
      scenario: title('scenario'),
      progress_update: title('progress_update'),
      follow_up: title('follow_up'),
      holding_statement: title('holding_statement'),
      escalation_note: title('escalation_note'),
    });
  }
  return titles;
}

function render(wording: ReplyWording, kind: ReplyKind, lang: UiLanguage, locale: string, values: ValueList, policy: Policy): string {
  const override = policy.replies[kind]?.[lang];
  if (override !== undefined) {
    try {
      return formatList(override, locale, REPLY_SLOTS, values).trim();
    } catch {
      // A validated override can still fail on a value's type (a plural over a word): ours stands in.
    }
  }
  return formatList(wording.replies[kind][lang], locale, REPLY_SLOTS, values).trim();
}
