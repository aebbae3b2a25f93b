// @vitest-environment jsdom
// "Handle complaint" rendered by @shopify/ui-extensions-tester from its shopify.extension.toml: paste a
// message, triage it with the order's context, read drafts and remedies, check a reply, Save (twice).
import { join } from 'node:path';
import { getExtension } from '@shopify/ui-extensions-tester';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonForTranslate } from '../localeData.ts';
import { localeOf } from '../localeFiles.ts';
import { translatorFor } from '../localeTranslator.ts';
import { adminApiMock, fixture, savedTriageBody, type Reply } from './adminApiMock.ts';
import { byText, typeInto, waitFor } from './waitFor.ts';

const extension = getExtension('admin.order-details.action.render', {
  configSearchDir: join(import.meta.dirname, '../../../manifests/shopify/extensions/complaint-action'),
});

const NOW = new Date('2026-11-23T12:00:00Z');
const LOST_AND_LEGAL = 'My parcel never arrived and nobody answers. I will report you to the consumer protection agency!';
const SAVED_OK: Reply = { body: { data: { tagsAdd: { userErrors: [] }, metafieldsSet: { userErrors: [] } } } };

beforeEach(() => {
  extension.setUp();
  extension.shopify.i18n.translate = translatorFor(localeOf('complaint-action', 'en'), 'en') as typeof extension.shopify.i18n.translate;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  render(null, document.body);
  extension.tearDown();
  vi.useRealTimers();
});

async function open(order: Reply[], save: Reply[] = [SAVED_OK]) {
  const api = adminApiMock({ ComplaintOrderById: order, ComplaintSavedTriage: [{ body: savedTriageBody(undefined) }], ComplaintSave: save });
  extension.fetch = api.fetch;
  await extension.render();
  await waitFor(() => document.body.querySelector('s-admin-action:not([loading="true"]) s-text-area'));
  await waitFor(() => api.count('ComplaintOrderById') > 0 && api.count('ComplaintSavedTriage') > 0 && !document.body.querySelector('s-admin-action')?.hasAttribute('loading'));
  return api;
}

async function triageMessage(message: string) {
  await typeInto(byText('s-text-area', "Customer's message")!, message);
  byText('s-button', 'Triage')!.click();
  return waitFor(() => document.body.querySelector('s-section[heading="Triage"]'));
}

const text = () => document.body.textContent ?? '';
const saveButton = () => document.body.querySelector<HTMLElement>('s-button[slot="primary-action"]')!;

describe('Handle complaint', () => {
  it('triages a pasted message with the order context: tier, drafts with copy buttons, remedies with authority marks', async () => {
    await open([{ body: fixture('order-normal') }]);
    await triageMessage(LOST_AND_LEGAL);
    expect(byText('s-badge', 'Crisis')?.getAttribute('tone')).toBe('critical');
    expect(text()).toContain('Legal threat');
    expect(text()).toContain('Owner: Crisis team');
    const drafts = document.body.querySelectorAll('s-section[heading="Reply drafts"] s-text-area');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts[0]!.getAttribute('value')).toMatch(/#1042|sorry|apolog/i);
    // The customer's reference is the order's name: a draft never shows Shopify's internal gid.
    for (const d of drafts) expect(d.getAttribute('value')).not.toMatch(/gid:\/\//);
    expect(document.body.querySelectorAll('s-section[heading="Reply drafts"] s-button')).toHaveLength(drafts.length);
    const remedies = document.body.querySelector('s-section[heading="Remedies"]')!;
    expect(remedies.querySelectorAll('s-badge').length).toBeGreaterThan(0);
    expect(remedies.textContent).toMatch(/Within your authority|Needs approval/);
  });

  it('copies a draft, or says to select it where the host has no clipboard', async () => {
    await open([{ body: fixture('order-normal') }]);
    await triageMessage(LOST_AND_LEGAL);
    byText('s-section[heading="Reply drafts"] s-button', 'Copy')!.click();
    await waitFor(() => /Copied|Select the text above/.test(text()));
  });

  it('reads a late shipment from the order for a message about a slow parcel', async () => {
    await open([{ body: fixture('order-late') }]);
    await triageMessage('Where is my espresso machine? It was supposed to arrive last week.');
    expect(text()).toContain('Late delivery');
    // The reasons quote the order's own fact, and the VIP tag that raised the priority.
    expect(text()).toContain('shipment SF1402938475612');
    expect(text()).toContain('VIP customer');
  });

  it('takes a delivered order with a complaint into account', async () => {
    await open([{ body: fixture('order-delivered-complaint') }]);
    await triageMessage('Tracking says delivered but I never received the package.');
    expect(text()).toContain('Lost parcel');
  });

  it('waits out a throttle before the order loads', async () => {
    const api = await open([{ body: fixture('throttled') }, { body: fixture('order-normal') }]);
    expect(api.count('ComplaintOrderById')).toBe(2);
    expect(document.body.querySelector('s-banner')).toBeNull();
  });

  it('says which customer fields are not shared, and triages all the same', async () => {
    await open([{ body: fixture('customer-access-denied') }]);
    expect(text()).toMatch(/Not shared with this app: customer\.numberOfOrders/);
    await triageMessage(LOST_AND_LEGAL);
    expect(byText('s-badge', 'Crisis')).toBeDefined();
  });

  it('triages the message alone when the order is not found', async () => {
    await open([{ body: fixture('order-not-found') }]);
    expect(document.body.querySelector('s-banner')?.textContent).toContain('older than 60 days');
    expect(text()).toContain('Triage reads the message only');
    await triageMessage(LOST_AND_LEGAL);
    expect(byText('s-badge', 'Crisis')).toBeDefined();
  });

  it('asks for a message before triaging nothing', async () => {
    await open([{ body: fixture('order-normal') }]);
    byText('s-button', 'Triage')!.click();
    await waitFor(() => text().includes("Paste the customer's message first."));
  });

  it('checks the tone of the merchant’s own reply as they type', async () => {
    await open([{ body: fixture('order-normal') }]);
    await triageMessage(LOST_AND_LEGAL);
    await typeInto(byText('s-text-area', 'Your reply')!, 'Calm down. This is not our fault, the courier lost it!!!');
    await waitFor(() => text().includes('No apology'));
    expect(text()).toContain('Shouting');
    expect(byText('s-badge', 'Fix')).toBeDefined();
  });

  it('Save writes the tier and category tags and the triage metafield once; Save again writes nothing', async () => {
    const api = await open([{ body: fixture('order-normal') }]);
    await triageMessage(LOST_AND_LEGAL);
    saveButton().click();
    await waitFor(() => text().includes('Saved to the order: complaint:crisis, complaint:lost_parcel'));
    const mutation = api.sent.find((r) => r.operation === 'ComplaintSave')!;
    expect(mutation.variables.add).toEqual(['complaint:crisis', 'complaint:lost_parcel']);
    expect((mutation.variables.metafields as { key: string }[])[0]!.key).toBe('last_triage');

    saveButton().click();
    await waitFor(() => text().includes('Already saved: the order carries this triage.'));
    expect(api.count('ComplaintSave')).toBe(1);
  });

  it('says Save needs write_orders when Shopify denies the mutation', async () => {
    await open([{ body: fixture('order-normal') }], [{ body: { data: { tagsAdd: null, metafieldsSet: null }, errors: [{ message: 'Access denied for tagsAdd field.', extensions: { code: 'ACCESS_DENIED' } }] } }]);
    await triageMessage(LOST_AND_LEGAL);
    saveButton().click();
    await waitFor(() => text().includes('Saving needs the write_orders permission.'));
    expect(document.body.querySelector('s-banner[tone="critical"]')).not.toBeNull();
  });

  it('reads its lexicons from the locale data, and says so rather than triage without them', async () => {
    const messages = localeOf('complaint-action', 'en');
    // Without its word lists a legal threat would pass for a calm routine message: refuse instead.
    const { lexicon: _lexicon, ...withoutLexicons } = messages;
    extension.shopify.i18n.translate = translatorFor(withoutLexicons, 'en') as typeof extension.shopify.i18n.translate;
    await open([{ body: fixture('order-normal') }]);
    expect(document.body.querySelector('s-banner[tone="critical"]')?.textContent).toMatch(/word lists did not load.*"?lexicon\.en/);
    expect(byText('s-button', 'Triage')?.getAttribute('disabled')).not.toBeNull();

    render(null, document.body);
    const damaged = { ...messages, lexicon: { en: '@categories lost_parcel\nnever arrived', zh: '' } };
    extension.shopify.i18n.translate = translatorFor(damaged, 'en') as typeof extension.shopify.i18n.translate;
    await extension.render();
    await waitFor(() => document.body.querySelector('s-banner[tone="critical"]'));
    expect(text()).toContain('line 2: expected a term, a tab and a weight');

    render(null, document.body);
    const han = messages.han as Record<string, string>;
    extension.shopify.i18n.translate = translatorFor({ ...messages, han: { ...han, simplified: '还' } }, 'en') as typeof extension.shopify.i18n.translate;
    await extension.render();
    await waitFor(() => document.body.querySelector('s-banner[tone="critical"]'));
    expect(text()).toMatch(/Han tables: \d+ Traditional characters for 1 Simplified/);
  });

  /** The critical banner the action shows with the locale entry `key` set to `value`; undefined: missing. */
  const bannerWith = async (key: string, value: string | undefined) => {
    render(null, document.body);
    const t = translatorFor({ ...localeOf('complaint-action', 'en'), [key]: value ?? '' }, 'en');
    // A missing entry as the tester (and perhaps the admin) gives it: the key for its value.
    const translate: typeof t = (asked, values) => (asked === key && value === undefined ? asked : t(asked, values));
    extension.shopify.i18n.translate = translate as typeof extension.shopify.i18n.translate;
    await extension.render();
    await waitFor(() => document.body.querySelector('s-banner[tone="critical"]'));
    expect(byText('s-button', 'Triage')?.getAttribute('disabled')).not.toBeNull();
    return document.body.querySelector('s-banner[tone="critical"]')!.textContent;
  };

  it('reads the tone guard’s phrases from the locale data, and names a missing or damaged entry rather than check replies without them', async () => {
    const json = localeOf('complaint-action', 'en').tonePhrases as string;
    expect(await bannerWith('tonePhrases', undefined)).toMatch(/word lists did not load.*the locale data has no tonePhrases/);
    const phrases = JSON.parse(json) as { groups: { en: string[] }[] };
    phrases.groups[1]!.en = [];
    expect(await bannerWith('tonePhrases', JSON.stringify(phrases))).toContain('tonePhrases.groups[1].en: Too small');
    // Cut short in transit: not JSON any more.
    expect(await bannerWith('tonePhrases', json.slice(0, 5000))).toMatch(/tonePhrases: .*JSON/);
  });

  it('reads the reply wording from the locale data, and names a missing or damaged entry rather than draft replies without it', async () => {
    const json = localeOf('complaint-action', 'en').replyWording as string;
    expect(await bannerWith('replyWording', undefined)).toMatch(/the locale data has no replyWording/);
    const wording = JSON.parse(json) as { parts: { time: { en: string } } };
    wording.parts.time.en = 'within {n} {units}';
    expect(await bannerWith('replyWording', jsonForTranslate(wording))).toMatch(/replyWording\.parts\.time\.en: unknown value \{units\}/);
    expect(await bannerWith('replyWording', json.slice(0, 3000))).toMatch(/replyWording: .*JSON/);
  });
});
