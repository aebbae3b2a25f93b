// Injection (issue 9): what customers and shops type — HTML, script, javascript: links, and the template
// syntax of every system a draft passes through (ZAF's {{setting.x}}, FDK's <%= iparam.x %>, JavaScript's
// ${…}, Ruby's #{…}, Liquid, and our own ICU MessageFormat) — is a value in the reply drafts, never a
// template: it appears literally (core/replies.ts makes it one line and quotes titles) or not at all,
// and it is escaped for the hosts that insert HTML. Each payload starts with a sentinel, so "every
// sentinel in a draft is followed by the whole payload, unchanged" catches any evaluation, stripping or
// unescaping. The apps render it as text: test/{zendesk,freshdesk}/browser.test.ts run the markup in Chromium.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorHtml } from '../../adapters/freshdesk/apply.ts';
import { lookupOrder } from '../../adapters/shopify/orderLookup.ts';
import { escapeHtml } from '../../core/replies.ts';
import { Triage, type ComplaintContextInput, type UiLanguage } from '../../core/model.ts';
import { defaultPolicy } from '../../core/policy.ts';
import { parseContext, triage } from '../../core/triage.ts';
import { buildView, orderCard, safeUrl } from '../../apps/shared/viewModel.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const S = 'Q7';

/** At most 40 characters: the shortest cap core/replies.ts puts on an interpolated string. */
const PAYLOADS = [
  `${S}<img src=x onerror=alert(1)>`,
  `${S}<script>alert(1)</script>`,
  `${S}<a href="javascript:alert(1)">x</a>`,
  `${S}javascript:alert(document.cookie)`,
  `${S}{{setting.token}}`,
  `${S}{{7*191}}`,
  `${S}<%= iparam.x %>`,
  `${S}<%= 7*191 %>`,
  `${S}\${7*191}`,
  `${S}\${process.env.HOME}`,
  `${S}#{7*191}`,
  `${S}{{ shop.name | upcase }}`,
  `${S}{customer}`,
  `${S}{x, select, other {EVALUATED}}`,
  `${S}'{x}' it''s <b>`,
  `${S}&lt;b&gt; &amp;`,
];

const BODY: Record<UiLanguage, string> = {
  en: 'The box arrived crushed and the glass is broken. I will contact my lawyer.',
  'zh-Hans': '收到的杯子碎了，包装太差。再不处理我就去12315投诉。',
  'zh-Hant': '收到的杯子破了，包裝太差。再不處理我就去消保官申訴。',
};

function base(lang: UiLanguage): ComplaintContextInput {
  return {
    ticket: { id: 'T-1', subject: 'Order', body: BODY[lang], createdAt: '2026-11-19T10:00:00Z', requester: { name: 'Sam' } },
    customer: { name: 'Sam', tags: [] },
    order: {
      number: '#1042',
      total: { amount: 80, currency: 'USD' },
      lineItems: [{ title: 'Glass teapot', quantity: 1 }],
      shipments: [{ carrier: 'UPS', trackingNumber: '1Z999', trackingUrl: 'https://www.ups.com/track?n=1Z999', status: 'delivered', deliveredAt: '2026-11-18T10:00:00Z' }],
    },
  };
}

/** Where a payload goes, and whether the drafts are expected to quote it (so it must show, literally). */
const FIELDS: { name: string; quoted: boolean; put: (c: ComplaintContextInput, p: string) => void; agent?: true }[] = [
  { name: 'subject', quoted: false, put: (c, p) => void (c.ticket.subject = p) },
  { name: 'body', quoted: false, put: (c, p) => void (c.ticket.body = `${c.ticket.body} ${p}`) },
  { name: 'a customer message', quoted: false, put: (c, p) => void (c.ticket.messages = [{ author: 'customer', body: p, at: '2026-11-19T11:00:00Z' }]) },
  { name: 'requester name', quoted: true, put: (c, p) => void (c.ticket.requester = { name: p }) },
  { name: 'customer name', quoted: true, put: (c, p) => void ((c.ticket.requester = undefined), (c.customer!.name = p)) },
  { name: 'order number', quoted: true, put: (c, p) => void (c.order!.number = p) },
  { name: 'line-item title', quoted: true, put: (c, p) => void (c.order!.lineItems = [{ title: p, quantity: 1 }, { title: `${p} (2)`, quantity: 1 }]) },
  { name: 'carrier', quoted: true, put: (c, p) => void (c.order!.shipments![0]!.carrier = p) },
  { name: 'tracking number', quoted: true, put: (c, p) => void (c.order!.shipments![0]!.trackingNumber = p) },
  { name: 'ticket id', quoted: false, put: (c, p) => void (c.ticket.id = p) },
  { name: 'agent name', quoted: true, put: () => undefined, agent: true },
];

const count = (text: string, part: string) => text.split(part).length - 1;
/** Titles are quoted in the draft, and their own quote marks become apostrophes (core/replies.ts `quote`). */
const literal = (field: string, p: string) => (field === 'line-item title' ? p.replace(/[“”"「」『』]/g, "'") : p);

describe('reply drafts never evaluate what customers and shops type', () => {
  for (const field of FIELDS) {
    it(`${field.name}: literal or absent in every draft, in every language, and escaped for HTML hosts`, () => {
      for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
        for (const payload of PAYLOADS) {
          const context = base(lang);
          field.put(context, payload);
          const result = triage(context, defaultPolicy, NOW, { uiLanguage: lang, ...(field.agent ? { agentName: payload } : { agentName: 'Alex' }) });
          expect(Triage.safeParse(result).success).toBe(true);
          const expected = literal(field.name, payload);
          let shown = 0;
          for (const text of [...result.replies.map((r) => r.text), ...result.reasons.map((r) => r.text)]) {
            const where = `${field.name} / ${lang} / ${payload}:\n${text}`;
            // Every sentinel is followed by the whole payload, unchanged: nothing evaluated, stripped or decoded.
            expect(count(text, S), where).toBe(count(text, expected));
            expect(text, where).not.toMatch(/1337|Q7EVALUATED|undefined|\[object|NaN/);
            shown += count(text, expected);
            // For hosts that insert a draft as HTML (Freshdesk's editor): no markup survives.
            expect(escapeHtml(text)).not.toMatch(/[<>]/);
            expect(editorHtml(text).replace(/<br>/g, '')).not.toMatch(/[<>]/);
          }
          if (field.quoted) expect(shown, `${field.name} / ${lang} / ${payload}: quoted nowhere`).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('the order from Shopify: note, titles and links', () => {
  const fixture = JSON.parse(readFileSync(new URL('../../adapters/shopify/fixtures/order-normal.json', import.meta.url), 'utf8'));

  it('an order note never reaches the triage; hostile titles, carriers and links stay inert', async () => {
    const order = fixture.data.order;
    const hostile = {
      ...order,
      note: `${S}NOTE {{setting.token}} <script>alert(1)</script>`,
      lineItems: { nodes: [{ ...order.lineItems.nodes[0], title: `${S}<img src=x onerror=alert(1)>` }] },
      fulfillments: [{ ...order.fulfillments[0], trackingInfo: [{ company: `${S}\${7*191}`, number: `${S}<%= iparam.x %>`, url: 'javascript:alert(1)' }] }],
      customer: { ...order.customer, displayName: `${S}CUSTOMER {{7*191}}`, note: `${S}NOTE` },
    };
    const transport = async () => ({ status: 200, headers: {}, body: JSON.stringify({ data: { order: hostile } }) });
    const found = await lookupOrder(transport, { by: 'id', value: order.id }, { readAllOrders: true });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const context: ComplaintContextInput = { ...base('en'), order: found.order, customer: found.customer };
    const result = triage(context, defaultPolicy, NOW, { uiLanguage: 'en' });
    const all = JSON.stringify(result);
    expect(all).not.toContain('NOTE');
    expect(all).not.toContain('CUSTOMER');
    expect(all).not.toMatch(/1337/);
    const drafts = result.replies.map((r) => r.text).join('\n');
    expect(drafts).toContain(`“${S}<img src=x onerror=alert(1)>”`);

    // What the sidebars render: the link is dropped (only https leaves the sidebar), the text stays text.
    const card = orderCard(found.order, 'en', NOW);
    expect(card.items[0]).toBe(`${S}<img src=x onerror=alert(1)> × 1`);
    expect(card.shipments[0]).toMatchObject({ carrier: `${S}\${7*191}`, tracking: `${S}<%= iparam.x %>` });
    expect(card.shipments[0]!.url).toBeUndefined();
    expect(buildView(result, parseContext(context), 'en', NOW, { status: 'found' }).order).toEqual(card);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'http://tracking.example/1', '//evil.example/x', '/relative'])(
    'a tracking link %j is not a link',
    (url) => expect(safeUrl(url)).toBeUndefined(),
  );
});
