import { afterEach, describe, expect, it } from 'vitest';
import { defaultPolicy } from './policy.ts';
import { BUILT_IN_WORDING } from './replyTemplates.ts';
import { ReplyWording, provideReplyWording, replyWording } from './replyWording.ts';
import { triage } from './triage.ts';
import { parseOrThrow, ValidationError } from './validation.ts';

afterEach(() => provideReplyWording(BUILT_IN_WORDING));

const NOW = new Date('2026-11-20T12:00:00Z');
const context = {
  ticket: { id: 'T-1', subject: 'Broken', body: 'The grinder arrived broken and I want my money back.', requester: { name: 'Ana' } },
  order: { number: '#1042', total: { amount: 189, currency: 'USD' }, lineItems: [{ title: 'Burr grinder' }] },
};

describe('reply wording', () => {
  it('is provided by the built-in templates, which pass the schema the Shopify action checks its copy with', () => {
    expect(replyWording()).toBe(BUILT_IN_WORDING);
    expect(parseOrThrow(ReplyWording, BUILT_IN_WORDING, ValidationError)).toEqual(BUILT_IN_WORDING);
  });

  it('refuses a message with an unknown value or broken syntax, naming where it is', () => {
    const damaged = structuredClone(BUILT_IN_WORDING);
    damaged.parts.time.en = 'within {n} {units}';
    damaged.scripts.lost_parcel['zh-Hant'][1] = '{hasOrder, select, yes {訂單';
    const error = (() => {
      try {
        parseOrThrow(ReplyWording, damaged, ValidationError);
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.issues.map((i) => i.path)).toEqual(['parts.time.en', 'scripts.lost_parcel.zh-Hant[1]']);
    expect(error?.message).toMatch(/unknown value \{units\}/);
  });

  it('is what the drafts are written with, and written again when other wording is provided', () => {
    const before = triage(context, defaultPolicy, NOW).replies;
    const quoted = (replies: typeof before) => replies.filter((r) => r.text.includes('Burr grinder')).map((r) => r.text.match(/.Burr grinder./)![0]);
    expect(quoted(before)).toContain('“Burr grinder”');
    const other = structuredClone(BUILT_IN_WORDING);
    other.quotes.en = ['«', '»'];
    other.titles.acceptance.en = 'Receipt';
    provideReplyWording(other);
    const after = triage(context, defaultPolicy, NOW).replies;
    expect(after.find((r) => r.kind === 'acceptance')).toMatchObject({ title: 'Receipt' });
    expect(quoted(after)).toEqual(quoted(before).map(() => '«Burr grinder»'));
  });
});
