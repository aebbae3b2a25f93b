import { describe, expect, it } from 'vitest';
import { translatorFor } from './localeTranslator.ts';
import { localeOf } from './localeFiles.ts';
import type { RiskSignal } from './orderRisk.ts';
import { collapsedSummary, fit, SUMMARY_MAX } from './summary.ts';
import type { TriageRecord } from './triageRecord.ts';

const en = translatorFor(localeOf('complaint-block', 'en'), 'en');
const zh = translatorFor(localeOf('complaint-block', 'zh-CN'), 'zh-CN');
const NOW = new Date('2026-11-23T12:00:00Z');
const record = (tier: TriageRecord['tier'], dueAt: string, metAt?: string): TriageRecord => ({
  v: 1,
  savedAt: NOW.toISOString(),
  tier,
  priority: 'urgent',
  category: 'lost_parcel',
  risks: [],
  clocks: [{ kind: 'first_response', dueAt, targetMinutes: 30, ...(metAt ? { metAt } : {}) }],
});
const late: RiskSignal = { id: 'shipment_late', level: 'warning', detail: {} };
const vip: RiskSignal = { id: 'vip', level: 'info', detail: {} };

describe('collapsed summary', () => {
  it('reads "Crisis · reply due 25 min"', () => {
    expect(collapsedSummary(record('crisis', '2026-11-23T12:25:00Z'), [], NOW, en, 'en')).toBe('Crisis · reply due 25 min');
  });

  it('says when the reply is late', () => {
    expect(collapsedSummary(record('severe', '2026-11-23T11:00:00Z'), [], NOW, en, 'en')).toBe('Severe · reply late 1 h 00 min');
  });

  it('shows tier and category once the customer has been answered', () => {
    expect(collapsedSummary(record('severe', '2026-11-23T11:00:00Z', '2026-11-23T10:50:00Z'), [], NOW, en, 'en')).toBe('Severe · Lost parcel');
  });

  it('counts worrying order signals when nothing was triaged, not the VIP note', () => {
    expect(collapsedSummary(undefined, [late, vip], NOW, en, 'en')).toBe('1 complaint risk');
    expect(collapsedSummary(undefined, [vip], NOW, en, 'en')).toBe('No complaint risk');
  });

  it('does not claim "no risk" for an order it could not read', () => {
    expect(collapsedSummary(undefined, undefined, NOW, en, 'en')).toBe('Order risk unavailable');
  });

  it('speaks Chinese with the core tier names', () => {
    expect(collapsedSummary(record('crisis', '2026-11-23T12:25:00Z'), [], NOW, zh, 'zh-Hans')).toBe('危机 · 25 分钟内须回复');
  });

  it('never passes 30 characters, and cuts visibly', () => {
    const long = collapsedSummary(record('routine', '2026-11-23T01:55:00Z'), [], NOW, en, 'en');
    expect([...long].length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(fit('危'.repeat(40))).toHaveLength(SUMMARY_MAX);
  });
});
