// The workbench's sample complaints: what a customer wrote (and what was said since), who they are, and
// the Shopify order behind the complaint. hostPayloads.ts turns one sample into what Zendesk, Freshdesk
// and the Shopify Admin API would send for it.
//
// Every time is relative to `now`, because the workbench runs on the real clock: a message is N minutes
// old, an order N days old, an estimated delivery N days past. The texts say "last week", "three days"
// and never a date or a weekday, so they stay true whenever the workbench is opened.
//
// The samples are data. `order` is a function only so that its times can follow `now`; it builds the
// order node exactly as Shopify's Admin GraphQL API (2026-07) returns the fields of ORDER_FIELDS.
import type { ShopifyOrder } from '../../../adapters/shopify/shopifyResponse.ts';
import type { CategoryId, Tier } from '../../../core/model.ts';

export type SampleLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export interface SampleMessage {
  author: 'customer' | 'agent';
  body: string;
  minutesAgo: number;
}

export interface Sample {
  /** URL-safe and stable: the workbench's picker and links use it. */
  id: string;
  /** Stable small number: the Zendesk and Freshdesk ticket, user and contact ids derive from it. */
  seq: number;
  /** One line for the picker (English): what the sample shows. */
  about: string;
  subject: string;
  language: SampleLanguage;
  /** Oldest first; the first is the customer's complaint, and the ticket was opened then. */
  messages: SampleMessage[];
  requester: {
    name: string;
    email: string;
    /** BCP 47 ("en-US", "zh-CN", "zh-TW", "zh-HK"); each host's own code is derived from it. */
    locale: string;
    /** IANA zone. */
    timeZone: string;
    /** The helpdesk's tags on the user / contact. */
    tags: string[];
  };
  ticket: { status: 'new' | 'open' | 'pending'; tags: string[]; channel: 'email' | 'web' | 'chat' };
  /** The order the complaint is about (or the requester's latest order), as Shopify returns it. */
  order?: (now: Date) => ShopifyOrder;
  expected: { tier: Tier; category: CategoryId };
}

// ── The order builder ───────────────────────────────────────────────────────────────────────────

type Currency = 'USD' | 'EUR' | 'CNY' | 'TWD' | 'HKD';

interface ShipmentSpec {
  /** Shopify's FulfillmentDisplayStatus: IN_TRANSIT, DELAYED, DELIVERED, PICKED_UP, … */
  status: string;
  shippedDaysAgo: number;
  /** When the carrier expects it; a negative number is in the future. */
  etaDaysAgo?: number;
  deliveredDaysAgo?: number;
  carrier: string;
  tracking: string;
  url: string | null;
}

interface OrderSpec {
  /** The order's name as the customer sees it: "#1042". */
  name: string;
  currency: Currency;
  placedDaysAgo: number;
  /** Shopify's OrderDisplayFinancialStatus / OrderDisplayFulfillmentStatus. */
  financial: string;
  fulfillment: string;
  tags?: string[];
  items: { title: string; sku: string | null; quantity: number; price: number }[];
  /** Added to the line items for the order total. */
  shipping?: number;
  shipments?: ShipmentSpec[];
  refunds?: { daysAgo: number; amount: number }[];
  returns?: { status: string; daysAgo: number }[];
  /** `no` makes the customer's GID; null is a guest checkout. */
  customer: { no: number; orders: number; spent: number; sinceDays: number; tags: string[] } | null;
}

const DAY_MS = 86_400_000;
/** Shopify's DateTime: UTC, whole seconds. */
const at = (now: Date, daysAgo: number) => new Date(Math.floor((now.getTime() - daysAgo * DAY_MS) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** Shopify's Decimal as it prints it: "1280.0", "96.4", "64.9". */
const decimal = (n: number) => n.toFixed(2).replace(/0$/, '');

const ORDER_ID_BASE = 6_104_418_300_000;
const CUSTOMER_ID_BASE = 7_311_250_000_000;

/** The GID of an order named "#1042". Names are unique across the samples (checked by the test). */
export const orderGidOf = (name: string) => `gid://shopify/Order/${ORDER_ID_BASE + Number(name.replace(/\D/g, ''))}`;

function order(spec: OrderSpec): (now: Date) => ShopifyOrder {
  return (now) => {
    const money = (amount: number) => ({ shopMoney: { amount: decimal(amount), currencyCode: spec.currency } });
    const itemsTotal = spec.items.reduce((sum, i) => sum + i.price * i.quantity, 0);
    return {
      id: orderGidOf(spec.name),
      name: spec.name,
      createdAt: at(now, spec.placedDaysAgo),
      displayFinancialStatus: spec.financial,
      displayFulfillmentStatus: spec.fulfillment,
      tags: spec.tags ?? [],
      totalPriceSet: money(itemsTotal + (spec.shipping ?? 0)),
      lineItems: { nodes: spec.items.map((i) => ({ title: i.title, sku: i.sku, quantity: i.quantity, originalUnitPriceSet: money(i.price) })) },
      fulfillments: (spec.shipments ?? []).map((s) => ({
        displayStatus: s.status,
        createdAt: at(now, s.shippedDaysAgo + 0.2),
        inTransitAt: at(now, s.shippedDaysAgo),
        estimatedDeliveryAt: s.etaDaysAgo === undefined ? null : at(now, s.etaDaysAgo),
        deliveredAt: s.deliveredDaysAgo === undefined ? null : at(now, s.deliveredDaysAgo),
        trackingInfo: [{ company: s.carrier, number: s.tracking, url: s.url }],
      })),
      refunds: (spec.refunds ?? []).map((r) => ({ createdAt: at(now, r.daysAgo), totalRefundedSet: money(r.amount) })),
      returns: { nodes: (spec.returns ?? []).map((r) => ({ status: r.status, createdAt: at(now, r.daysAgo) })) },
      customer: spec.customer && {
        id: `gid://shopify/Customer/${CUSTOMER_ID_BASE + spec.customer.no}`,
        numberOfOrders: String(spec.customer.orders),
        createdAt: at(now, spec.customer.sinceDays),
        tags: spec.customer.tags,
        amountSpent: { amount: decimal(spec.customer.spent), currencyCode: spec.currency },
      },
    };
  };
}

const ups = (n: string) => ({ carrier: 'UPS', tracking: n, url: `https://www.ups.com/track?tracknum=${n}` });
const usps = (n: string) => ({ carrier: 'USPS', tracking: n, url: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` });
const fedex = (n: string) => ({ carrier: 'FedEx', tracking: n, url: `https://www.fedex.com/fedextrack/?trknbr=${n}` });
const dhl = (n: string) => ({ carrier: 'DHL Parcel', tracking: n, url: `https://www.dhl.com/nl-en/home/tracking.html?tracking-id=${n}` });
const sf = (n: string) => ({ carrier: '顺丰速运', tracking: n, url: `https://www.sf-express.com/chn/sc/waybill/waybill-detail/${n}` });
const sfHk = (n: string) => ({ carrier: '順豐速運', tracking: n, url: `https://htm.sf-express.com/hk/tc/dynamic_function/waybill/#search/bill-number/${n}` });
const zto = (n: string) => ({ carrier: '中通快递', tracking: n, url: null });
const tcat = (n: string) => ({ carrier: '黑貓宅急便', tracking: n, url: `https://www.t-cat.com.tw/inquire/trace.aspx?no=${n}` });

// ── The samples ─────────────────────────────────────────────────────────────────────────────────

export const SAMPLES: readonly Sample[] = [
  // ── English ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'late-headphones-en',
    seq: 1,
    about: 'Late shipment: tracking frozen, estimated delivery passed; agent reply and a follow-up',
    subject: 'Order #1042 - where are my headphones?',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 1565,
        body:
          "Hi there,\n\nI ordered the Sony WH-1000XM5 headphones (order #1042) over a week ago and paid extra for expedited shipping. " +
          "They were supposed to be here two days ago. The UPS tracking has said \"In Transit - Arrived at Facility, Louisville KY\" for four days now and hasn't moved at all.\n\n" +
          "They're a birthday present for my son so I'm getting a bit nervous. Can you find out what's going on?\n\nThanks,\nJordan",
      },
      {
        author: 'agent',
        minutesAgo: 1402,
        body: "Hi Jordan,\n\nI'm sorry about the wait. I've opened a trace with UPS for your parcel and I'll update you as soon as they get back to me.\n\nAlex",
      },
      { author: 'customer', minutesAgo: 38, body: 'Any news? Tracking still says Louisville. His birthday is in three days.' },
    ],
    requester: { name: 'Jordan Reyes', email: 'jordan.reyes@example.com', locale: 'en-US', timeZone: 'America/Chicago', tags: [] },
    ticket: { status: 'open', tags: ['shipping'], channel: 'email' },
    order: order({
      name: '#1042',
      currency: 'USD',
      placedDaysAgo: 9.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Sony WH-1000XM5 Wireless Headphones - Black', sku: 'SNY-WH1000XM5-B', quantity: 1, price: 348 }],
      shipping: 14.95,
      shipments: [{ status: 'IN_TRANSIT', shippedDaysAgo: 8.1, etaDaysAgo: 3.1, ...ups('1Z8A74W60341265839') }],
      customer: { no: 1, orders: 3, spent: 512.4, sinceDays: 410, tags: [] },
    }),
    expected: { tier: 'routine', category: 'logistics_delay' },
  },
  {
    id: 'porch-delivered-vip-en',
    seq: 2,
    about: 'Delivered but not received; a VIP customer with a high lifetime spend',
    subject: 'Marked delivered but nothing here - order #1047',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 176,
        body:
          "Hello,\n\nTracking for order #1047 says the FedEx package was delivered yesterday afternoon and \"left at front door\", but there is nothing on my porch. " +
          "I was working from home the whole day and our doorbell camera doesn't show a FedEx driver coming anywhere near the house. I've asked the neighbors on each side and checked the mail room.\n\n" +
          "It's a $750 order so I'd really like this sorted quickly. I've been ordering from you for years and this has never happened before.\n\nPriya",
      },
    ],
    requester: { name: 'Priya Natarajan', email: 'priya.natarajan@example.com', locale: 'en-US', timeZone: 'America/Los_Angeles', tags: ['VIP'] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1047',
      currency: 'USD',
      placedDaysAgo: 5.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      tags: ['vip'],
      items: [
        { title: 'Vitamix A3500 Ascent Blender - Brushed Stainless', sku: 'VMX-A3500-BS', quantity: 1, price: 649.95 },
        { title: 'Blending Cup & Bowl Starter Kit', sku: 'VMX-KIT-CB', quantity: 1, price: 99.95 },
      ],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 4.3, etaDaysAgo: 1.0, deliveredDaysAgo: 1.05, ...fedex('771284650392') }],
      customer: { no: 2, orders: 23, spent: 4860.15, sinceDays: 1630, tags: ['VIP'] },
    }),
    expected: { tier: 'severe', category: 'lost_parcel' },
  },
  {
    id: 'crushed-coffee-maker-en',
    seq: 3,
    about: 'Damaged in transit: crushed box, smashed glass jug (EUR shop)',
    subject: 'Coffee maker arrived broken',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 92,
        body:
          "Hi,\n\nmy order #1051 came today and one corner of the box was completely crushed. The glass jug is smashed, there's glass all through the packaging, " +
          "and the lid of the water tank is cracked too. The only protection inside was a bit of folded cardboard.\n\n" +
          "I've attached photos of the box and the damage. Could you send me a new jug and lid, or do I need to send the whole thing back?\n\nKind regards,\nSophie Janssen",
      },
    ],
    requester: { name: 'Sophie Janssen', email: 'sophie.janssen@example.nl', locale: 'en-GB', timeZone: 'Europe/Amsterdam', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1051',
      currency: 'EUR',
      placedDaysAgo: 6.3,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Moccamaster KBG Select - Matt Black', sku: 'MM-KBG-SEL-MB', quantity: 1, price: 249 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 3.9, etaDaysAgo: 0.5, deliveredDaysAgo: 0.24, ...dhl('JVGL06241538820044') }],
      customer: { no: 3, orders: 1, spent: 249, sinceDays: 6.4, tags: [] },
    }),
    expected: { tier: 'routine', category: 'damaged_in_transit' },
  },
  {
    id: 'wrong-size-boots-en',
    seq: 4,
    about: 'Wrong size sent and an item missing; agent asked for photos, customer replied',
    subject: 'Wrong size boots + missing spray (#1053)',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 2890,
        body:
          "Got my order #1053 today. The box label says 10.5 but the boots inside are a size 9, the sticker on the tongue says 9. " +
          "Also the suede protector spray that was in the same order wasn't in the box at all.\n\nI need the 10.5s before I fly out next week, can you swap them?",
      },
      {
        author: 'agent',
        minutesAgo: 2731,
        body:
          "Hi Marcus,\n\nSo sorry about the mix-up! Could you send me a photo of the size label inside the tongue and of the label on the box? Then I'll get the right pair out to you straight away.\n\nAlex",
      },
      { author: 'customer', minutesAgo: 51, body: 'Photos attached. Box says 10.5, boots say 9. And the spray definitely isn\'t there, I went through all the packing paper twice.' },
    ],
    requester: { name: 'Marcus Bell', email: 'marcus.bell@example.com', locale: 'en-US', timeZone: 'America/New_York', tags: [] },
    ticket: { status: 'open', tags: [], channel: 'web' },
    order: order({
      name: '#1053',
      currency: 'USD',
      placedDaysAgo: 6.1,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [
        { title: 'Harbor Chelsea Boot - Tobacco Suede / US 10.5', sku: 'HCB-TOB-105', quantity: 1, price: 168 },
        { title: 'Suede Protector Spray 200 ml', sku: 'ACC-SPR-200', quantity: 1, price: 14 },
      ],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 4.8, etaDaysAgo: 2.0, deliveredDaysAgo: 2.1, ...ups('1Z4F9E230398417726') }],
      customer: { no: 4, orders: 2, spent: 241.5, sinceDays: 220, tags: [] },
    }),
    expected: { tier: 'routine', category: 'wrong_or_missing_item' },
  },
  {
    id: 'jacket-refund-third-time-en',
    seq: 5,
    about: 'Open return, refund not paid; the customer writes for the third time',
    subject: 'Still no refund for returned jacket (order #1058)',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 203,
        body:
          "I returned the down jacket from order #1058 with the prepaid label you emailed me. USPS tracking shows it was delivered to your returns center 12 days ago. " +
          "I still haven't received my refund of $219, and your own policy says refunds are processed within 5-7 business days.\n\n" +
          "This is the third time I'm writing about this. Both times before I was told it's \"being processed\". Please just refund me.\n\nHannah Cole",
      },
    ],
    requester: { name: 'Hannah Cole', email: 'hannah.cole@example.com', locale: 'en-US', timeZone: 'America/Denver', tags: [] },
    ticket: { status: 'new', tags: ['returns'], channel: 'email' },
    order: order({
      name: '#1058',
      currency: 'USD',
      placedDaysAgo: 34.5,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Ridgeline 700-Fill Down Jacket - Navy / M', sku: 'RDG-700-NV-M', quantity: 1, price: 219 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 33.2, etaDaysAgo: 29.0, deliveredDaysAgo: 29.3, ...usps('9400136208303362471825') }],
      returns: [{ status: 'OPEN', daysAgo: 17.6 }],
      customer: { no: 5, orders: 4, spent: 486.2, sinceDays: 700, tags: [] },
    }),
    expected: { tier: 'severe', category: 'refund_return' },
  },
  {
    id: 'charged-twice-en',
    seq: 6,
    about: 'Billing: one order, two card charges; order not shipped yet',
    subject: 'Charged twice for one order',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 312,
        body:
          "Hi, I placed order #1060 last night and I've been charged twice. My banking app shows two separate charges of $64.90 from your store a few minutes apart, " +
          "and both have posted (they're not pending). I only placed one order & there's only one confirmation email in my inbox.\n\nCan you reverse the duplicate charge please?\n\nKevin O'Brien",
      },
    ],
    requester: { name: "Kevin O'Brien", email: 'kevin.obrien@example.com', locale: 'en-US', timeZone: 'America/New_York', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1060',
      currency: 'USD',
      placedDaysAgo: 0.7,
      financial: 'PAID',
      fulfillment: 'UNFULFILLED',
      items: [
        { title: 'Merino Crew Socks - 3 Pack / L', sku: 'MER-CRW-3P-L', quantity: 1, price: 38 },
        { title: 'Trail Running Cap - Olive', sku: 'CAP-TRL-OLV', quantity: 1, price: 26.9 },
      ],
      customer: { no: 6, orders: 1, spent: 64.9, sinceDays: 0.7, tags: [] },
    }),
    expected: { tier: 'routine', category: 'billing_payment' },
  },
  {
    id: 'account-takeover-en',
    seq: 7,
    about: 'Account security, no order number: the order is found only by e-mail lookup',
    subject: 'Someone got into my account',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 24,
        body:
          "Someone has been in my account. At about 3am I got an email saying my account email and password had been changed, and that wasn't me. " +
          "I managed to get back in with the forgot password link and now there's a saved address in Miami I've never heard of and a new card ending 4417 that isn't mine.\n\n" +
          "Please lock the account and make sure nothing gets shipped to that address.",
      },
    ],
    requester: { name: 'Rachel Kim', email: 'rachel.kim@example.com', locale: 'en-US', timeZone: 'America/Los_Angeles', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'chat' },
    order: order({
      name: '#1045',
      currency: 'USD',
      placedDaysAgo: 26.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Washed Linen Pillow Covers (Set of 2) - Sage', sku: 'LIN-PC2-SAGE', quantity: 1, price: 58 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 25.1, etaDaysAgo: 21.5, deliveredDaysAgo: 21.7, ...usps('9400111206213849260517') }],
      customer: { no: 7, orders: 5, spent: 389.75, sinceDays: 980, tags: [] },
    }),
    expected: { tier: 'severe', category: 'account_security' },
  },
  {
    id: 'oak-table-lawyer-en',
    seq: 8,
    about: 'Crisis, legal threat: "solid oak" table is veneer on particle board; high-value order',
    subject: 'Formal complaint - "solid oak" table is veneer (order #1066)',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 61,
        body:
          "Your product page describes the Alder dining table as \"solid white oak, no veneers\". What was delivered last week is oak veneer glued over particle board. " +
          "You can see the layers on the underside and where the edge of the apron has split.\n\n" +
          "I paid $1,389 for solid wood furniture. I expect a full refund and collection of the table at your cost within 7 days. " +
          "If I don't hear back by then I will be filing in small claims court and reporting the listing to the FTC for false advertising.\n\nDavid Hartman",
      },
    ],
    requester: { name: 'David Hartman', email: 'd.hartman@example.com', locale: 'en-US', timeZone: 'America/New_York', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1066',
      currency: 'USD',
      placedDaysAgo: 19.5,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Alder 72" Dining Table - Solid White Oak', sku: 'ALD-72-WOAK', quantity: 1, price: 1290 }],
      shipping: 99,
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 12.2, etaDaysAgo: 6.0, deliveredDaysAgo: 6.2, carrier: 'Estes Final Mile', tracking: 'EFM20480117', url: null }],
      customer: { no: 8, orders: 1, spent: 1389, sinceDays: 19.6, tags: [] },
    }),
    expected: { tier: 'crisis', category: 'not_as_described' },
  },
  {
    id: 'bottle-lids-parents-en',
    seq: 9,
    about: 'Crisis, mass complaint: the same cracked lid at thirty families of one school',
    subject: 'Cracked lids - lots of parents with the same problem',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 140,
        body:
          "Hi,\n\nthree weeks in, the straw lids on all three of the kids' bottles I bought (order #1064) have cracked along the hinge and they leak into the school bags every day.\n\n" +
          "I mentioned it in our school parents' Facebook group and it turns out I'm not the only one. At least 30 families at our school bought these for the new term and most of them have the same cracked hinge. " +
          "Several of us are putting together a group complaint.\n\nIs this a known problem with this batch, and what are you going to do for everyone affected?\n\nMegan Torres",
      },
    ],
    requester: { name: 'Megan Torres', email: 'megan.torres@example.com', locale: 'en-US', timeZone: 'America/Chicago', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1064',
      currency: 'USD',
      placedDaysAgo: 27.3,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [
        { title: "Kids' Insulated Straw Bottle 12 oz - Dino", sku: 'KDS-12-DINO', quantity: 2, price: 24 },
        { title: "Kids' Insulated Straw Bottle 12 oz - Unicorn", sku: 'KDS-12-UNIC', quantity: 1, price: 24 },
      ],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 26.0, etaDaysAgo: 22.4, deliveredDaysAgo: 23.1, ...usps('9400111899562783309148') }],
      customer: { no: 9, orders: 2, spent: 118, sinceDays: 300, tags: [] },
    }),
    expected: { tier: 'crisis', category: 'quality_defect' },
  },
  {
    id: 'rude-chat-no-order-en',
    seq: 10,
    about: 'No order at all: a shopper (no orders on file) complains about a live-chat agent',
    subject: 'Your chat agent was really rude',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 33,
        body:
          "I used the live chat on your site this afternoon to ask whether the wool coat comes in petite sizes before buying it. " +
          "The agent was short with me from the start, answered \"it's on the website\" to every question and then ended the chat while I was still typing.\n\n" +
          "I wasn't asking anything unreasonable. I was about to spend £300 with you and now I'm really not sure I want to.\n\nOlivia Grant",
      },
    ],
    requester: { name: 'Olivia Grant', email: 'olivia.grant@example.co.uk', locale: 'en-GB', timeZone: 'Europe/London', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    expected: { tier: 'routine', category: 'service_attitude' },
  },
  {
    id: 'vacuum-repair-weeks-en',
    seq: 11,
    about: 'After-sales delay: warranty repair gone quiet for five weeks (EUR shop, order older than 60 days)',
    subject: 'Vacuum sent for warranty repair 5 weeks ago',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 415,
        body:
          "Hi,\n\nmy Aero V12 vacuum (order #1036) stopped holding a charge a couple of months ago, so I sent it in for warranty repair as your team told me to. " +
          "Your repair centre confirmed they received it five weeks ago. Since then I've had no updates at all.\n\n" +
          "I've rung twice and each time I'm told it's waiting for a part and someone will call me back, and nobody ever does. Can someone please tell me when I'll actually get it back?\n\nAoife Byrne",
      },
    ],
    requester: { name: 'Aoife Byrne', email: 'aoife.byrne@example.ie', locale: 'en-IE', timeZone: 'Europe/Dublin', tags: [] },
    ticket: { status: 'new', tags: ['warranty'], channel: 'email' },
    order: order({
      name: '#1036',
      currency: 'EUR',
      placedDaysAgo: 203.6,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Aero V12 Cordless Vacuum', sku: 'AERO-V12', quantity: 1, price: 449 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 202.1, etaDaysAgo: 199.0, deliveredDaysAgo: 199.3, carrier: 'An Post', tracking: 'CE214583966IE', url: 'https://www.anpost.com/Post-Parcels/Track/History?item=CE214583966IE' }],
      customer: { no: 11, orders: 2, spent: 512, sinceDays: 600, tags: [] },
    }),
    expected: { tier: 'severe', category: 'after_sales_delay' },
  },
  {
    id: 'store-locator-other-en',
    seq: 12,
    about: 'Other: a complaint that fits no category (a closed shop still on the store locator)',
    subject: 'Closed shop listed on your store locator',
    language: 'en',
    messages: [
      {
        author: 'customer',
        minutesAgo: 1210,
        body:
          "Your store locator still lists the Burnside Street shop in Portland, with opening hours and everything. I drove 40 minutes there at the weekend and it's an empty unit with a \"for lease\" sign. " +
          "Please update the website so nobody else makes the same trip.",
      },
    ],
    requester: { name: 'Tom Whitaker', email: 'tom.whitaker@example.com', locale: 'en-US', timeZone: 'America/Los_Angeles', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1039',
      currency: 'USD',
      placedDaysAgo: 88.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: 'Canvas Weekender Bag - Khaki', sku: 'BAG-WKD-KHK', quantity: 1, price: 145 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 87.0, etaDaysAgo: 83.5, deliveredDaysAgo: 84.0, ...ups('1Z6V81E50322786014') }],
      customer: { no: 12, orders: 3, spent: 301, sinceDays: 900, tags: [] },
    }),
    expected: { tier: 'routine', category: 'other' },
  },

  // ── Simplified Chinese ───────────────────────────────────────────────────────────────────────
  {
    id: 'serum-fake-zh-hans',
    seq: 13,
    about: 'Counterfeit claim: batch number unknown to the brand, smell and dropper differ',
    subject: '收到的精华疑似假货',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 128,
        body:
          '你好，订单号1070买的柏芮修护精华，收到后跟我之前在专柜买的那瓶对比了一下：瓶身的字印得很模糊，滴管颜色也不一样，味道有很重的酒精味。' +
          '瓶底的批号在品牌官网上根本查不到。\n\n说实话我很怀疑是假货。麻烦给我一个解释，能不能提供一下进货渠道和品牌授权证明？',
      },
    ],
    requester: { name: '张婷', email: 'zhangting88@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1070',
      currency: 'CNY',
      placedDaysAgo: 6.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '柏芮 BRIO 修护精华液 50ml', sku: 'BRIO-SER-50', quantity: 1, price: 680 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 5.1, etaDaysAgo: 3.5, deliveredDaysAgo: 3.6, ...sf('SF1428830675214') }],
      customer: { no: 13, orders: 6, spent: 3280, sinceDays: 520, tags: [] },
    }),
    expected: { tier: 'severe', category: 'counterfeit' },
  },
  {
    id: 'robot-vacuum-dead-zh-hans',
    seq: 14,
    about: 'Quality defect: robot vacuum stops charging after a week',
    subject: '扫地机器人用了一周就坏了',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 265,
        body:
          '扫地机器人收到才用了一个星期，现在放回充电座上充不进电，指示灯一直闪红灯，App上显示“电池异常”。重启、换插座、擦充电触点都试过了，还是不行。\n\n' +
          '订单号 1071，买了还不到半个月，这质量也太差了吧。麻烦尽快给我换一台新的。',
      },
    ],
    requester: { name: '李伟', email: 'liwei.sh@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1071',
      currency: 'CNY',
      placedDaysAgo: 13.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '扫拖一体机器人 X20 白色', sku: 'RBV-X20-W', quantity: 1, price: 2599 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 12.8, etaDaysAgo: 10.5, deliveredDaysAgo: 10.9, ...sf('SF1428791037756') }],
      customer: { no: 14, orders: 2, spent: 2787, sinceDays: 300, tags: [] },
    }),
    expected: { tier: 'severe', category: 'quality_defect' },
  },
  {
    id: 'not-shipped-zh-hans',
    seq: 15,
    about: 'Not shipped yet (unfulfilled for days); the promised date passed after the agent\'s reply',
    subject: '下单四天了还没发货',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 1510,
        body: '下单已经四天了还没发货，商品页上写的是48小时内发货。订单号1072，请问到底什么时候能发？我是等着换季用的。',
      },
      {
        author: 'agent',
        minutesAgo: 1396,
        body: '亲，非常抱歉让您久等了！这款四件套近期订单比较多，仓库正在加急排单，预计明天可以发出，发出后会第一时间把单号同步给您～',
      },
      { author: 'customer', minutesAgo: 64, body: '昨天说今天发，今天后台还是显示待发货，一点动静都没有。' },
    ],
    requester: { name: '陈晓雨', email: 'xiaoyu.chen@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'open', tags: [], channel: 'chat' },
    order: order({
      name: '#1072',
      currency: 'CNY',
      placedDaysAgo: 5.1,
      financial: 'PAID',
      fulfillment: 'UNFULFILLED',
      items: [{ title: '加厚珊瑚绒四件套 1.8m床 奶咖色', sku: 'BED-CRL-18-MK', quantity: 1, price: 329 }],
      customer: { no: 15, orders: 3, spent: 807, sinceDays: 380, tags: [] },
    }),
    expected: { tier: 'routine', category: 'logistics_delay' },
  },
  {
    id: 'down-coat-refund-xhs-zh-hans',
    seq: 16,
    about: 'Crisis, media exposure: return received four days ago, no refund; posted on Xiaohongshu, Douyin next',
    subject: '七天无理由退货，签收四天了还不退款',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 236,
        body:
          '直播间买的羽绒服，主播说支持七天无理由退货。我收到第三天就申请了退货，快递也寄回去了，物流显示你们仓库四天前就签收了，到现在还不给退款。' +
          '问客服，每次就一句“仓库在处理，请耐心等待”。\n\n我已经把聊天记录和物流截图发到小红书了，今天再不退款，我就拍视频发抖音，让大家看看你们是怎么对待顾客的。',
      },
    ],
    requester: { name: '王芳', email: 'wangfang.hz@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1073',
      currency: 'CNY',
      placedDaysAgo: 14.3,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      tags: ['livestream'],
      items: [{ title: '直播专享 90白鸭绒长款羽绒服 黑色 L', sku: 'LS-DWN-90-BK-L', quantity: 1, price: 899 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 13.5, etaDaysAgo: 11.0, deliveredDaysAgo: 11.6, ...zto('78412293305617') }],
      returns: [{ status: 'OPEN', daysAgo: 8.7 }],
      customer: { no: 16, orders: 4, spent: 1996, sinceDays: 260, tags: [] },
    }),
    expected: { tier: 'crisis', category: 'refund_return' },
  },
  {
    id: 'expired-milk-zh-hans',
    seq: 17,
    about: 'Safety and health without a hazard: one case of milk long past its date',
    subject: '收到的牛奶过期了',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 540,
        body:
          '昨天收到的两箱纯牛奶，其中一箱的生产日期是八个月前的，保质期才六个月，早就过期了！还好给孩子倒之前我看了一眼。另一箱的日期是正常的。\n\n' +
          '订单号1074。你们仓库发货前都不检查日期的吗？这是要入口的东西。',
      },
    ],
    requester: { name: '刘洋', email: 'liuyang.bj@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1074',
      currency: 'CNY',
      placedDaysAgo: 3.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '全脂纯牛奶 250ml×24盒', sku: 'MLK-FULL-24', quantity: 2, price: 69 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 2.6, etaDaysAgo: 1.0, deliveredDaysAgo: 1.2, ...sf('SF1428855102938') }],
      customer: { no: 17, orders: 9, spent: 1122, sinceDays: 640, tags: [] },
    }),
    expected: { tier: 'routine', category: 'safety_health' },
  },
  {
    id: 'purifier-repair-third-zh-hans',
    seq: 18,
    about: 'Repeat complainer: third contact about a repair; two follow-ups after the agent\'s reply',
    subject: '空气净化器寄修二十多天没结果',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 4380,
        body:
          '你好，这是我第三次联系你们了。空气净化器上个月寄回去保修，你们售后说7个工作日修好寄回，现在已经过去二十多天了，每次问都说“还在检测”，一直没有结果。\n\n订单号1075。请给个明确的时间。',
      },
      { author: 'agent', minutesAgo: 2905, body: '您好，非常抱歉给您带来不便！已经帮您再次催促售后中心，有进展会第一时间通知您。' },
      { author: 'customer', minutesAgo: 1322, body: '又过了一天，还是没有消息。' },
      { author: 'customer', minutesAgo: 87, body: '到底什么时候能寄回来？家里有老人，没有净化器真的不行。' },
    ],
    requester: { name: '赵磊', email: 'zhaolei@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'open', tags: ['售后'], channel: 'email' },
    order: order({
      name: '#1075',
      currency: 'CNY',
      placedDaysAgo: 121.5,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '空气净化器 KJ500 除甲醛款', sku: 'AIR-KJ500', quantity: 1, price: 1899 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 120.7, etaDaysAgo: 118.0, deliveredDaysAgo: 118.4, ...sf('SF1421007736820') }],
      customer: { no: 18, orders: 5, spent: 4210, sinceDays: 800, tags: [] },
    }),
    expected: { tier: 'severe', category: 'after_sales_delay' },
  },
  {
    id: 'missing-trousers-zh-hans',
    seq: 19,
    about: 'Missing item: three pieces ordered, two in the parcel',
    subject: '少发了一条裤子',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 186,
        body: '订单1076一共买了三件，今天拆开只有两件，少了那条灰色的阔腿裤。包裹外面是好的，里面的发货单上也写的是三件。麻烦查一下是不是漏发了，尽快帮我补发。',
      },
    ],
    requester: { name: '孙悦', email: 'sunyue@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'chat' },
    order: order({
      name: '#1076',
      currency: 'CNY',
      placedDaysAgo: 4.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [
        { title: '女士高腰阔腿裤 灰色 M', sku: 'WPT-HW-GY-M', quantity: 1, price: 159 },
        { title: '女士高腰阔腿裤 黑色 M', sku: 'WPT-HW-BK-M', quantity: 1, price: 159 },
        { title: '针织开衫 米白 均码', sku: 'KNT-CDG-IV', quantity: 1, price: 199 },
      ],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 3.3, etaDaysAgo: 0.6, deliveredDaysAgo: 0.3, ...zto('78412360118843') }],
      customer: { no: 19, orders: 7, spent: 2380, sinceDays: 450, tags: [] },
    }),
    expected: { tier: 'routine', category: 'wrong_or_missing_item' },
  },
  {
    id: 'coupon-not-applied-zh-hans',
    seq: 20,
    about: 'Billing: the 50-yuan coupon was not deducted at checkout',
    subject: '优惠券没有抵扣',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 47,
        body: '下单的时候页面显示满299减50，我也选了优惠券，但是付款的时候没有抵扣，实付378。订单号1077。能把这50块补给我吗？',
      },
    ],
    requester: { name: '周敏', email: 'zhoumin@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'chat' },
    order: order({
      name: '#1077',
      currency: 'CNY',
      placedDaysAgo: 0.9,
      financial: 'PAID',
      fulfillment: 'UNFULFILLED',
      items: [
        { title: '电动牙刷替换刷头 8支装', sku: 'TB-HEAD-8', quantity: 1, price: 149 },
        { title: '便携冲牙器 薄荷绿', sku: 'WF-PORT-MT', quantity: 1, price: 229 },
      ],
      customer: { no: 20, orders: 2, spent: 466, sinceDays: 150, tags: [] },
    }),
    expected: { tier: 'routine', category: 'billing_payment' },
  },
  {
    id: 'account-stolen-zh-hans',
    seq: 21,
    about: 'Account security: points spent and a strange address, no order number in the text',
    subject: '账号被盗了',
    language: 'zh-Hans',
    messages: [
      {
        author: 'customer',
        minutesAgo: 18,
        body: '我的账号好像被盗了！刚才连着收到好几条登录验证码短信，都不是我操作的。登进去一看，账户里3000多积分全被用掉了，还多了一个寄到广州的收货地址。麻烦马上帮我冻结账号，我人在北京，从来没去过广州。',
      },
    ],
    requester: { name: '黄俊杰', email: 'huangjunjie@example.cn', locale: 'zh-CN', timeZone: 'Asia/Shanghai', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'chat' },
    order: order({
      name: '#1069',
      currency: 'CNY',
      placedDaysAgo: 31.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '降噪蓝牙耳机 Pro 曜石黑', sku: 'EAR-PRO-BK', quantity: 1, price: 1299 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 30.4, etaDaysAgo: 28.5, deliveredDaysAgo: 28.8, ...sf('SF1427702281364') }],
      customer: { no: 21, orders: 11, spent: 8630, sinceDays: 1100, tags: [] },
    }),
    expected: { tier: 'severe', category: 'account_security' },
  },

  // ── Traditional Chinese (Taiwan and Hong Kong) ───────────────────────────────────────────────
  {
    id: 'heater-fire-zh-hant',
    seq: 22,
    about: 'Crisis, safety hazard: heater plug smoked and scorched the socket; agent reply and follow-up',
    subject: '電暖器插頭冒煙還有燒焦味',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 97,
        body:
          '昨天晚上開你們賣的陶瓷電暖器，開不到半小時插頭那邊就開始冒煙，整個房間都是燒焦的塑膠味。拔掉之後發現插座跟插頭都燒黑了，插頭的塑膠還有點融掉。' +
          '還好我人在旁邊，不然真的可能會起火。家裡有兩個小孩，真的嚇死我了。\n\n訂單編號 1080，請你們盡快處理，這個商品是不是有問題？',
      },
      {
        author: 'agent',
        minutesAgo: 71,
        body: '陳小姐您好，非常抱歉讓您和家人受到驚嚇！請先停止使用，把電暖器放在遠離插座的地方。我們已經通報主管，今天內會回覆您處理方式。',
      },
      { author: 'customer', minutesAgo: 22, body: '好，我已經收起來不用了。想請問同一批的是不是都有這個問題？你們會不會回收？' },
    ],
    requester: { name: '陳怡君', email: 'yijun.chen@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: [] },
    ticket: { status: 'open', tags: [], channel: 'email' },
    order: order({
      name: '#1080',
      currency: 'TWD',
      placedDaysAgo: 12.3,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '陶瓷電暖器 1200W 白', sku: 'HTR-CER-1200-W', quantity: 1, price: 2990 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 11.2, etaDaysAgo: 9.5, deliveredDaysAgo: 9.7, ...tcat('908163524417') }],
      customer: { no: 22, orders: 3, spent: 6870, sinceDays: 500, tags: [] },
    }),
    expected: { tier: 'crisis', category: 'safety_health' },
  },
  {
    id: 'picked-up-not-me-zh-hant',
    seq: 23,
    about: 'Delivered but not received: store pickup shows "picked up", the customer never went',
    subject: '顯示已取貨但我根本還沒去拿',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 155,
        body:
          '訂單號碼 1081，物流狀態昨天晚上顯示「已取貨」，可是我根本還沒去門市拿！今天去7-11問，店員說系統顯示已經被領走了，也不知道是誰領的。' +
          '我的取貨簡訊跟驗證碼都還在手機裡。\n\n請幫我查清楚到底是誰拿走的，東西不見了你們要負責。',
      },
    ],
    requester: { name: '林冠宇', email: 'guanyu.lin@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1081',
      currency: 'TWD',
      placedDaysAgo: 4.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '主動降噪藍牙耳機 霧黑', sku: 'ANC-EAR-MBK', quantity: 1, price: 3490 }],
      shipments: [{ status: 'PICKED_UP', shippedDaysAgo: 3.2, etaDaysAgo: 1.5, deliveredDaysAgo: 0.6, carrier: '7-ELEVEN 交貨便', tracking: 'F71284403361', url: null }],
      customer: { no: 23, orders: 4, spent: 9120, sinceDays: 720, tags: [] },
    }),
    expected: { tier: 'severe', category: 'lost_parcel' },
  },
  {
    id: 'sf-stuck-hk-zh-hant',
    seq: 24,
    about: 'Late shipment in Cantonese: SF tracking frozen three days, estimated delivery passed (HKD)',
    subject: '順豐三日都冇郁',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 702,
        body:
          '你好，我張單 #1082 落單嗰陣話三至五個工作天到，而家都第九日喇。順豐個追蹤三日都冇郁過，一直停喺「已到達轉運中心」。' +
          '打去順豐，佢哋又叫我問返你哋。\n\n可唔可以幫我跟進下，幾時先派到？',
      },
    ],
    requester: { name: '黃嘉欣', email: 'kayan.wong@example.hk', locale: 'zh-HK', timeZone: 'Asia/Hong_Kong', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1082',
      currency: 'HKD',
      placedDaysAgo: 9.3,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '空氣炸鍋 5.5L 啞黑', sku: 'AFR-55-MBK', quantity: 1, price: 899 }],
      shipments: [{ status: 'IN_TRANSIT', shippedDaysAgo: 7.6, etaDaysAgo: 3.4, ...sfHk('SF1460392285731') }],
      customer: { no: 24, orders: 2, spent: 1468, sinceDays: 240, tags: [] },
    }),
    expected: { tier: 'routine', category: 'logistics_delay' },
  },
  {
    id: 'cardigan-colour-zh-hant',
    seq: 25,
    about: 'Not as described: colour and thickness far from the photos',
    subject: '顏色跟照片差很多',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 330,
        body:
          '收到的針織外套顏色跟網站上的照片差很多，照片是很溫柔的燕麥奶茶色，實品根本是偏灰的土黃色，而且材質比描述寫的薄很多，摸起來不太像有羊毛。\n\n訂單編號：1083。想問可以退貨嗎？',
      },
    ],
    requester: { name: '吳佩珊', email: 'peishan.wu@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1083',
      currency: 'TWD',
      placedDaysAgo: 5.6,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '羊毛混紡針織外套 燕麥奶茶 M', sku: 'KNT-WL-OAT-M', quantity: 1, price: 1580 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 4.3, etaDaysAgo: 2.5, deliveredDaysAgo: 2.2, ...tcat('908164077352') }],
      customer: { no: 25, orders: 5, spent: 7420, sinceDays: 410, tags: [] },
    }),
    expected: { tier: 'routine', category: 'not_as_described' },
  },
  {
    id: 'bowls-broken-zh-hant',
    seq: 26,
    about: 'Damaged in transit: dented carton, two ceramic bowls broken',
    subject: '陶瓷碗收到破了兩個',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 118,
        body:
          '今天收到包裹，外箱有一角整個凹進去，打開發現四個碗破了兩個，湯盤也有一個裂掉。裡面只包了一層很薄的氣泡紙，這樣寄陶瓷真的很容易破。\n\n訂單1084，破掉的照片我附在下面，請問可以補寄嗎？',
      },
    ],
    requester: { name: '張雅婷', email: 'yating.chang@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1084',
      currency: 'TWD',
      placedDaysAgo: 3.5,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [
        { title: '手作陶瓷飯碗 4入組 霧白', sku: 'CER-BWL-4-WH', quantity: 1, price: 1280 },
        { title: '手作陶瓷湯盤 2入組 霧白', sku: 'CER-PLT-2-WH', quantity: 1, price: 760 },
      ],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 2.1, etaDaysAgo: 0.4, deliveredDaysAgo: 0.2, carrier: '新竹物流', tracking: '8203314675', url: null }],
      customer: { no: 26, orders: 1, spent: 2040, sinceDays: 3.6, tags: [] },
    }),
    expected: { tier: 'routine', category: 'damaged_in_transit' },
  },
  {
    id: 'cancel-refund-hk-zh-hant',
    seq: 27,
    about: 'Refund in Cantonese: order cancelled a week ago, money not back on the card',
    subject: '取消咗張單一個禮拜都未退錢',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 402,
        body:
          '我上個禮拜已經喺網站取消咗張單 #1085，你哋客服電郵話三至五個工作天會退款，但係到而家都仲未見到錢退返落張信用卡度。' +
          '張單又冇寄出，點解退錢要咁耐？麻煩幫我查下筆錢去咗邊。',
      },
    ],
    requester: { name: '何志明', email: 'chiming.ho@example.hk', locale: 'zh-HK', timeZone: 'Asia/Hong_Kong', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1085',
      currency: 'HKD',
      placedDaysAgo: 10.2,
      financial: 'PAID',
      fulfillment: 'UNFULFILLED',
      tags: ['cancel-requested'],
      items: [{ title: '智能手錶 Active 2 太空灰', sku: 'SW-ACT2-GRY', quantity: 1, price: 1599 }],
      customer: { no: 27, orders: 3, spent: 3287, sinceDays: 530, tags: [] },
    }),
    expected: { tier: 'severe', category: 'refund_return' },
  },
  {
    id: 'tablet-screen-vip-zh-hant',
    seq: 28,
    about: 'Quality defect from a VIP customer: tablet screen flickers with a green line (TWD)',
    subject: '平板螢幕閃爍還有一條綠線',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 214,
        body:
          '上個月在你們這裡買的平板，這幾天螢幕開始一直閃爍，右邊還多了一條綠色的直線，重開機也沒用。平常都有裝保護殼，完全沒有摔過或碰到水。\n\n' +
          '訂單編號 1086。我在你們這裡買東西好幾年了，第一次遇到這種狀況，希望可以直接幫我換一台新的，不要叫我送修再等一個月。',
      },
    ],
    requester: { name: '許文豪', email: 'wenhao.hsu@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: ['VIP'] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1086',
      currency: 'TWD',
      placedDaysAgo: 38.6,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '11吋平板電腦 256GB 太空灰', sku: 'TAB-11-256-GRY', quantity: 1, price: 18900 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 37.9, etaDaysAgo: 36.0, deliveredDaysAgo: 36.2, ...tcat('908151288406') }],
      customer: { no: 28, orders: 31, spent: 126400, sinceDays: 2100, tags: ['VIP'] },
    }),
    expected: { tier: 'severe', category: 'quality_defect' },
  },
  {
    id: 'fridge-consumer-council-hk-zh-hant',
    seq: 29,
    about: 'Crisis, legal threat in Cantonese: fridge stopped cooling in two weeks, Consumer Council next',
    subject: '雪櫃兩個禮拜就唔凍',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 58,
        body:
          '部雪櫃用咗兩個禮拜就唔凍，冷藏格啲嘢全部壞晒。你哋安排師傅上門睇過，話係壓縮機有問題，之後就話要等廠方批，已經等咗五日都冇人覆我。\n\n' +
          '訂單 #1087，HK$6,980 嘅雪櫃兩個禮拜就壞，我要求換過部新嘅。如果聽日之前仲未有安排，我會去消委會投訴。',
      },
    ],
    requester: { name: '梁美玲', email: 'meiling.leung@example.hk', locale: 'zh-HK', timeZone: 'Asia/Hong_Kong', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'email' },
    order: order({
      name: '#1087',
      currency: 'HKD',
      placedDaysAgo: 21.4,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '雙門雪櫃 420L 銀色', sku: 'FRG-420-SLV', quantity: 1, price: 6980 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 18.5, etaDaysAgo: 17.0, deliveredDaysAgo: 17.2, carrier: '自家送貨', tracking: 'HD-1087-01', url: null }],
      customer: { no: 29, orders: 2, spent: 7628, sinceDays: 330, tags: [] },
    }),
    expected: { tier: 'crisis', category: 'quality_defect' },
  },
  {
    id: 'canned-replies-zh-hant',
    seq: 30,
    about: 'Service attitude made severe by repeat contact: two days of the same canned LINE reply',
    subject: '客服一直回罐頭訊息',
    language: 'zh-Hant',
    messages: [
      {
        author: 'customer',
        minutesAgo: 266,
        body:
          '我只是想問訂單1088的慢跑鞋可不可以換大半號，在官方LINE問了兩天，每次回覆都是同一段罐頭訊息，完全沒有回答我的問題。' +
          '打電話去客服，講沒兩句就說「這個要問倉庫」，然後叫我自己再去留言。你們的客服到底有沒有在看訊息？',
      },
    ],
    requester: { name: '蔡宗翰', email: 'zonghan.tsai@example.tw', locale: 'zh-TW', timeZone: 'Asia/Taipei', tags: [] },
    ticket: { status: 'new', tags: [], channel: 'web' },
    order: order({
      name: '#1088',
      currency: 'TWD',
      placedDaysAgo: 7.2,
      financial: 'PAID',
      fulfillment: 'FULFILLED',
      items: [{ title: '輕量緩震慢跑鞋 男款 US 9', sku: 'RUN-LT-M-9', quantity: 1, price: 2680 }],
      shipments: [{ status: 'DELIVERED', shippedDaysAgo: 6.1, etaDaysAgo: 4.5, deliveredDaysAgo: 4.3, ...tcat('908166390124') }],
      customer: { no: 30, orders: 2, spent: 4560, sinceDays: 200, tags: [] },
    }),
    expected: { tier: 'severe', category: 'service_attitude' },
  },
];

/** A sample by id, or undefined. */
export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
