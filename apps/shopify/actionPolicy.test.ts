// The action's tone phrases and reply wording, read back from each of its locale files as the admin
// serves them: what actionPolicy provides to the core must be the core's own, so the action's tone
// guard finds, and its drafts say, exactly what the CLI's, Zendesk's and Freshdesk's do.
import { afterEach, describe, expect, it } from 'vitest';
import { TicketLine, toContext } from '../cli/ticketLine.ts';
import type { ComplaintContext } from '../../core/model.ts';
import { defaultPolicy } from '../../core/policy.ts';
import { lintReply } from '../../core/toneGuard.ts';
import { provideTonePhrases, tonePhrases } from '../../core/toneLint.ts';
import { BUILT_IN_WORDING } from '../../core/replyTemplates.ts';
import { provideReplyWording, replyWording } from '../../core/replyWording.ts';
import { TONE_PHRASES } from '../../core/tonePhrases.ts';
import { parseContext, triage } from '../../core/triage.ts';
import { LABELLED_AT, loadLabelled } from '../../test/evaluate.ts';
import { actionPolicy } from './actionPolicy.ts';
import { localeOf, type LocaleName } from './localeFiles.ts';
import { translatorFor } from './localeTranslator.ts';

const LOCALES: LocaleName[] = ['en', 'zh-CN', 'zh-TW'];

afterEach(() => {
  provideTonePhrases(TONE_PHRASES);
  provideReplyWording(BUILT_IN_WORDING);
});

const readBack = (locale: LocaleName) => {
  const loaded = actionPolicy(translatorFor(localeOf('complaint-action', locale), locale));
  expect(loaded).toMatchObject({ ok: true });
  return tonePhrases();
};

// What the complaints and their drafts rarely hold: kind uses of a phrase, negations, acronyms, money, a full refund.
const EDGES = [
  'It’s normal to feel let down. I’m sorry; I will send a replacement today.',
  'It is not your fault and it is not normal. Please contact the courier yourself.',
  '这不是正常现象，不是您理解错了，这是正常现象的反应。请您联系快递！！！',
  'PLEASE CHECK THE USPS AND DHL TRACKING YOURSELF. I WILL REFUND YOU $500 IN FULL TODAY!!!',
  'We will give you a full refund of $950 and a ¥200 coupon; my manager will approve it within 4 hours.',
  '我们给您全额退款，再送您500元红包，明天10:30前到账。',
];

/** The labelled complaints with, as drafts, each one's own words and its reply drafts; every phrase of every group; the edges. */
function drafts(): { context: ComplaintContext; draft: string }[] {
  const out = loadLabelled().flatMap((row) => {
    const context = parseContext(toContext(TicketLine.parse(row)));
    return [row.body, ...triage(context, defaultPolicy, LABELLED_AT).replies.map((r) => r.text)].map((draft) => ({ context, draft }));
  });
  const context = out[0]!.context;
  for (const group of TONE_PHRASES.groups) out.push({ context, draft: group.en.join('. ') }, { context, draft: group.zh.join('，') });
  // Customers of every language (the fixtures come language by language), with and without an order.
  const contexts = out.filter((_, i) => i % 50 === 0).map((row) => row.context);
  for (const draft of EDGES) for (const context of contexts) out.push({ context, draft });
  return out;
}

describe("the action's language data, read back from its locale files", () => {
  it.each(LOCALES)('%s: the tone phrases and the reply wording are the core’s own', (locale) => {
    expect(readBack(locale)).toEqual(TONE_PHRASES);
    expect(tonePhrases()).not.toBe(TONE_PHRASES);
    expect(replyWording()).toEqual(BUILT_IN_WORDING);
    expect(replyWording()).not.toBe(BUILT_IN_WORDING);
  });

  it('finds with the tone guard what the built-in phrases find, byte for byte', () => {
    const all = drafts();
    const lintAll = () => JSON.stringify(all.map(({ context, draft }) => lintReply(draft, context, defaultPolicy, 'agent')));
    const builtIn = lintAll();
    expect(builtIn).toContain('forbidden_phrase');
    readBack('zh-TW');
    expect(lintAll()).toBe(builtIn);
  });

  it('writes the drafts the built-in wording writes, byte for byte', () => {
    const contexts = loadLabelled().map((row) => parseContext(toContext(TicketLine.parse(row))));
    const draftAll = () => JSON.stringify(contexts.map((context) => triage(context, defaultPolicy, LABELLED_AT, { uiLanguage: 'zh-Hant' }).replies));
    const builtIn = draftAll();
    readBack('en');
    expect(draftAll()).toBe(builtIn);
  });
});
