// The Freshdesk sidebar's pure parts: its own strings in three languages, Freshdesk's due times beside
// our clocks, the Send dialog within showConfirm's limits, Crayons' component CSS for the light DOM,
// and the re-triage subscription that does not read the ticket twice on open.
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/index.ts';
import type { FreshdeskDesk } from '../../adapters/freshdesk/desk.ts';
import { crayonsComponentCss, scopeHost } from '../../scripts/build/crayonsCss.ts';
import { freshdeskDue } from './due.ts';
import { FD_STRINGS, fd, guardDialog } from './strings.ts';

const NOW = new Date('2026-11-20T10:10:00Z');

describe('strings', () => {
  it('has every key in every language, with the same placeholders', () => {
    const keys = Object.keys(FD_STRINGS.en).sort();
    for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
      expect(Object.keys(FD_STRINGS[lang]).sort()).toEqual(keys);
      for (const k of keys) {
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(vars(FD_STRINGS[lang][k as keyof typeof FD_STRINGS.en]), `${lang}.${k}`).toEqual(vars(FD_STRINGS.en[k as keyof typeof FD_STRINGS.en]));
      }
    }
    expect(fd('zh-Hant', 'fdDue', { time: 'x' })).toBe('Freshdesk：截止 x');
  });

  it('keeps the Send dialog within showConfirm\'s limits in every language', () => {
    const finding = { rule: 'blame_shifting', severity: 'error', text: "it is the courier's fault", start: 0, end: 10, suggestion: '' } as unknown as Finding;
    for (const lang of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      const d = guardDialog(lang);
      expect(d.title.length).toBeLessThanOrEqual(30);
      expect(d.sendLabel.length).toBeLessThanOrEqual(11);
      expect(d.editLabel.length).toBeLessThanOrEqual(11);
      expect(d.message([finding]).length).toBeLessThanOrEqual(100);
    }
  });
});

describe("Freshdesk's due times", () => {
  it('pairs fr_due_by, nr_due_by and due_by with our clocks, overdue and escalated marked', () => {
    const due = { frDueBy: '2026-11-19T23:00:00.000Z', nrDueBy: '2026-11-20T12:00:00.000Z', dueBy: '2026-11-22T15:00:00.000Z', isEscalated: false, frEscalated: true, nrEscalated: false };
    const views = freshdeskDue(due, NOW, 'en', 'UTC');
    expect(views.map((v) => v.kind)).toEqual(['first_response', 'next_update', 'resolution']);
    expect(views[0]).toMatchObject({ overdue: true, escalated: true });
    expect(views[0]!.text).toBe('Freshdesk: due Nov 19, 11:00 PM · overdue by 11 h 10 min · escalated');
    expect(views[1]!.text).toMatch(/1 h 50 min left$/);
    expect(views[2]!.overdue).toBe(false);
  });

  it('shows only the dates Freshdesk gave', () => {
    expect(freshdeskDue({ isEscalated: false, frEscalated: false, nrEscalated: false }, NOW, 'en')).toEqual([]);
    expect(freshdeskDue(undefined, NOW, 'zh-Hans')).toEqual([]);
    expect(freshdeskDue({ dueBy: '2026-11-20T12:10:00Z', isEscalated: false, frEscalated: false, nrEscalated: false }, NOW, 'zh-Hans')[0]!.text).toMatch(/^Freshdesk：截止 .* · 剩余 2 小时 00 分钟$/);
  });
});

describe("Crayons' component styles for the light DOM", () => {
  it('scopes :host and unwraps ::slotted', () => {
    expect(scopeHost(':host{display:block}:host(.x) .a{color:red}.m ::slotted(a){b:c}', 'fw-x')).toBe('.fw-x{display:block}.fw-x:is(.x) .a{color:red}.m a{b:c}');
  });

  it('reads fw-button, fw-label, fw-inline-message and fw-spinner from the installed package', () => {
    const css = crayonsComponentCss();
    expect(css).toMatch(/@freshworks\/crayons 4\.2\.0/);
    for (const cls of ['.fw-btn--primary', '.label--red', '.alert--warning', '.spinner .path']) expect(css).toContain(cls);
    expect(css).not.toMatch(/:host|::slotted/);
  });
});

describe('re-triage subscription', () => {
  it("ignores the app.activated Freshdesk sends as the app opens, then follows every change", async () => {
    const { subscriber } = await import('./subscribe.ts');
    let fire: () => void = () => {};
    const desk: Pick<FreshdeskDesk, 'subscribe'> = { subscribe: (cb: () => void) => ((fire = cb), () => {}) };
    const onChange = vi.fn();
    vi.useFakeTimers();
    try {
      subscriber(desk, 2_000)(onChange);
      fire();
      expect(onChange).not.toHaveBeenCalled();
      fire();
      expect(onChange).toHaveBeenCalledTimes(1);
      const late = vi.fn();
      subscriber(desk, 2_000)(late);
      vi.advanceTimersByTime(2_500);
      fire();
      expect(late).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
