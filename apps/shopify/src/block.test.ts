// @vitest-environment jsdom
// The order block rendered by @shopify/ui-extensions-tester from its shopify.extension.toml, with the Admin
// API answered by adminApiMock through the tester's fetch hook and the real English locale file.
import { join } from 'node:path';
import { getExtension } from '@shopify/ui-extensions-tester';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localeOf } from '../localeFiles.ts';
import { translatorFor } from '../localeTranslator.ts';
import type { TriageRecord } from '../triageRecord.ts';
import { adminApiMock, fixture, savedTriageBody, type Reply } from './adminApiMock.ts';
import { byText, waitFor } from './waitFor.ts';

const extension = getExtension('admin.order-details.block.render', {
  configSearchDir: join(import.meta.dirname, '../../../manifests/shopify/extensions/complaint-block'),
});

beforeEach(() => {
  extension.setUp();
  extension.shopify.i18n.translate = translatorFor(localeOf('complaint-block', 'en'), 'en') as typeof extension.shopify.i18n.translate;
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  // The tester's tearDown cannot require() preact from an ES module; unmount here so the next render starts clean.
  render(null, document.body);
  extension.tearDown();
  vi.useRealTimers();
});

async function show(now: string, order: Reply[], saved: unknown = undefined) {
  vi.setSystemTime(new Date(now));
  const api = adminApiMock({ ComplaintOrderById: order, ComplaintSavedTriage: [{ body: savedTriageBody(saved) }] });
  extension.fetch = api.fetch;
  await extension.render();
  const block = await waitFor(() => {
    const el = document.body.querySelector('s-admin-block');
    return el && !el.querySelector('s-spinner') ? el : undefined;
  });
  return { api, block, summary: block.getAttribute('collapsedSummary') ?? '', text: block.textContent ?? '' };
}

const ok = (name: string): Reply[] => [{ body: fixture(name) }];

describe('order block', () => {
  it('shows a normal order as no complaint risk, fetched through the authenticated Admin API', async () => {
    const { api, summary, text } = await show('2026-11-20T12:00:00Z', ok('order-normal'));
    expect(summary).toBe('No complaint risk');
    expect(text).toContain('Nothing on this order points to a complaint.');
    expect(text).toContain('No complaint triaged on this order yet.');
    expect(api.sent.map((r) => r.url)).toEqual(['shopify:admin/api/graphql.json', 'shopify:admin/api/graphql.json']);
    expect(api.sent.find((r) => r.operation === 'ComplaintOrderById')?.variables).toEqual({ id: 'gid://shopify/Order/1' });
  });

  it('flags a late shipment with its tracking number and due date', async () => {
    const { summary, text } = await show('2026-11-23T12:00:00Z', ok('order-late'));
    expect(summary).toBe('1 complaint risk');
    expect(text).toContain('Late: parcel SF1402938475612 was due 2026-11-14');
    expect(text).toContain('VIP customer (tag VIP)');
    expect(byText('s-badge', 'Watch')?.getAttribute('tone')).toBe('warning');
  });

  it('flags a delivered order that carries a complaint tag, and its open return', async () => {
    const { summary, text } = await show('2026-11-23T12:00:00Z', ok('order-delivered-complaint'));
    expect(summary).toBe('2 complaint risks');
    expect(text).toContain('Delivered 2026-11-03, yet the order carries a complaint tag');
    expect(text).toContain('A return is open');
  });

  it('sums up the last saved triage as "Crisis · reply due 25 min" and shows its risks and clocks', async () => {
    const saved: TriageRecord = {
      v: 1,
      savedAt: '2026-11-23T11:55:00.000Z',
      tier: 'crisis',
      priority: 'urgent',
      category: 'lost_parcel',
      risks: [{ id: 'legal_threat', evidence: ['consumer protection agency'] }],
      clocks: [
        { kind: 'first_response', dueAt: '2026-11-23T12:25:00.000Z', targetMinutes: 30 },
        { kind: 'resolution', dueAt: '2026-11-24T11:55:00.000Z', targetMinutes: 1440 },
      ],
    };
    const { summary, text } = await show('2026-11-23T12:00:00Z', ok('order-delivered-complaint'), saved);
    expect(summary).toBe('Crisis · reply due 25 min');
    expect(text).toContain('Lost parcel');
    expect(text).toContain('Legal threat — “consumer protection agency”');
    expect(text).toContain('First response');
    // 25 of 30 minutes left is not yet the last quarter: informational, not a warning.
    expect(byText('s-badge', '25 min left')?.getAttribute('tone')).toBe('info');
    expect(text).toContain('23 h 55 min left');
  });

  it('waits out a throttle and then shows the order', async () => {
    const { api, text } = await show('2026-11-23T12:00:00Z', [{ body: fixture('throttled') }, { body: fixture('order-late') }]);
    expect(api.count('ComplaintOrderById')).toBe(2);
    expect(text).toContain('Late: parcel SF1402938475612');
  });

  it('names customer fields Shopify withheld as not shared, and still shows the order risk', async () => {
    const { text } = await show('2026-11-23T12:00:00Z', ok('customer-access-denied'));
    expect(text).toMatch(/Not shared with this app: customer\.numberOfOrders/);
    expect(document.body.querySelector('s-section[heading="Risk from the order"]')).not.toBeNull();
    expect(document.body.querySelector('s-banner')).toBeNull();
  });

  it('explains an order Shopify does not return instead of failing', async () => {
    const { summary } = await show('2026-11-23T12:00:00Z', ok('order-not-found'));
    const banner = document.body.querySelector('s-banner');
    expect(banner?.textContent).toBe("This order is older than 60 days; reading it needs the read_all_orders permission.");
    expect(banner?.getAttribute('tone')).toBe('critical');
    expect(summary).toBe('Order risk unavailable');
  });

  it('opens the Handle complaint action', async () => {
    await show('2026-11-20T12:00:00Z', ok('order-normal'));
    const navigate = vi.fn();
    extension.shopify.navigation.navigate = navigate;
    byText('s-button', 'Handle complaint')!.click();
    expect(navigate).toHaveBeenCalledWith('extension://complaint-action');
  });
});
