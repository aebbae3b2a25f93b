import { describe, expect, it } from 'vitest';
import { defaultPolicy, triage, type Clock } from '../../core/index.ts';
import { mapTicket } from '../../adapters/zendesk/ticketData.ts';
import { parseSettings } from '../../adapters/zendesk/settings.ts';
import { crisisTicket, NOW, routineTicket, xssTicket } from '../../adapters/zendesk/fixtures/payloads.ts';
import { clockView, duration } from './clock.ts';
import { segments, snippet } from './highlight.ts';
import { STRINGS, t, uiLanguageOfLocale } from './strings.ts';
import { buildView, orderNote, safeUrl } from './viewModel.ts';

const now = new Date(NOW);

describe('strings', () => {
  it('has every key in every language, with the same placeholders', () => {
    const keys = Object.keys(STRINGS.en);
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      expect(Object.keys(STRINGS[lang]).sort()).toEqual([...keys].sort());
      for (const k of keys) {
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(vars(STRINGS[lang][k as keyof typeof STRINGS.en]), `${lang}.${k}`).toEqual(vars(STRINGS.en[k as keyof typeof STRINGS.en]));
      }
    }
  });
  it('maps Zendesk agent locales', () => {
    expect(uiLanguageOfLocale('zh-cn')).toBe('zh-Hans');
    expect(uiLanguageOfLocale('zh-tw')).toBe('zh-Hant');
    expect(uiLanguageOfLocale('zh-hk')).toBe('zh-Hant');
    expect(uiLanguageOfLocale('fr')).toBe('en');
    expect(t('en', 'clockLeft', { time: '5 min' })).toBe('5 min left');
  });
});

describe('highlight', () => {
  it('cuts text into marked and unmarked segments, merging overlaps', () => {
    expect(segments('abcdefgh', [{ start: 2, end: 4 }, { start: 3, end: 5 }, { start: 7, end: 99 }])).toEqual([
      { text: 'ab', mark: false },
      { text: 'cde', mark: true },
      { text: 'fg', mark: false },
      { text: 'h', mark: true },
    ]);
    expect(segments('', [])).toEqual([{ text: '', mark: false }]);
    expect(snippet('0123456789', 4, 6, 2)).toEqual([{ text: '…23', mark: false }, { text: '45', mark: true }, { text: '67…', mark: false }]);
  });
  it('keeps markup as text in the segments', () => {
    const s = mapTicket(xssTicket, parseSettings({}));
    const view = buildView(triage(s.context, defaultPolicy, now), s.context, 'en', now);
    const all = view.customerText.flatMap((c) => c.segments.map((x) => x.text)).join('');
    expect(all).toContain('<img src=x onerror=');
  });
  it('only lets https links through', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('http://x.example')).toBeUndefined();
    expect(safeUrl('https://ups.com/t?x=1')).toBe('https://ups.com/t?x=1');
  });
});

describe('clocks', () => {
  const clock = (over: Partial<Clock>): Clock => ({ kind: 'first_response', targetMinutes: 30, startedAt: '2026-11-20T10:00:00.000Z', dueAt: '2026-11-20T10:30:00.000Z', minutesLeft: 20, state: 'running', ...over });
  it('counts down, warns, and says overdue', () => {
    expect(clockView(clock({}), now, 'en')).toMatchObject({ text: '20 min left', tone: 'ok' });
    expect(clockView(clock({}), new Date('2026-11-20T10:25:00Z'), 'en')).toMatchObject({ text: '5 min left', tone: 'warning' });
    expect(clockView(clock({ state: 'breached' }), new Date('2026-11-20T11:45:00Z'), 'zh-Hant')).toMatchObject({ text: '已逾時 1 小時 15 分鐘', tone: 'danger' });
    expect(clockView(clock({ state: 'met', minutesLeft: -12 }), now, 'en').text).toBe('met 12 min late');
    expect(clockView(clock({ state: 'paused', minutesLeft: 90 }), now, 'zh-Hans').text).toBe('已暂停 · 剩余 1 小时 30 分钟');
    expect(duration(3 * 86400_000 + 3600_000, 'en')).toBe('3 d 1 h');
  });
});

describe('view model', () => {
  it('builds a crisis view in Traditional Chinese with highlighted evidence', () => {
    const s = mapTicket(crisisTicket, parseSettings({}));
    const tri = triage(s.context, defaultPolicy, now, { uiLanguage: 'zh-Hant' });
    const view = buildView(tri, s.context, 'zh-Hant', now, { status: 'none', why: 'no_shop' });
    expect(view.tier).toMatchObject({ id: 'crisis', label: '危機', tone: 'danger' });
    expect(view.risks.length).toBeGreaterThan(0);
    expect(view.customerText[0]!.segments.some((x) => x.mark)).toBe(true);
    expect(view.reasons.some((r) => r.quotes.length > 0)).toBe(true);
    expect(view.clocks[0]!.text).toMatch(/剩餘/);
    expect(view.orderNote?.text).toMatch(/Shopify/);
    expect(view.replies.length).toBeGreaterThan(0);
  });
  it('explains order failures so the agent knows what to do', () => {
    expect(orderNote({ status: 'failed', reason: 'unauthorized', reference: '#1' }, 'en')?.text).toMatch(/ask your admin to re-enter it/);
    expect(orderNote({ status: 'failed', reason: 'not_found', reference: '#1001' }, 'zh-Hans')?.text).toContain('#1001');
  });
  it('shows an English routine complaint', () => {
    const s = mapTicket(routineTicket, parseSettings({}));
    const view = buildView(triage(s.context, defaultPolicy, now), s.context, 'en', now);
    expect(view.tier.id).toBe('routine');
    expect(view.customerText.length).toBeGreaterThanOrEqual(2);
  });
});
