/** @jsxImportSource preact */
// A triage's conclusion: tier, priority, category, risks with the customer's words, SLA clocks. The block
// shows it from the saved metafield, the action from the triage it just ran (through the same record), so
// both read alike.
import { CATEGORY_NAMES, PRIORITY_NAMES, RISK_NAMES, TIER_NAMES } from '../../../core/labels.ts';
import type { UiLanguage } from '../../../core/model.ts';
import { clockText } from '../clockText.ts';
import { nameOf } from '../names.ts';
import { PRIORITY_TONE, TIER_TONE, toneOf } from '../tones.ts';
import type { Translate } from '../translate.ts';
import type { TriageRecord } from '../triageRecord.ts';

export function TriageSummary({ record, now, lang, t }: { record: TriageRecord; now: Date; lang: UiLanguage; t: Translate }) {
  return (
    <s-stack direction="block" gap="small-200">
      <s-stack direction="inline" gap="small-200" alignItems="center">
        <s-text>{t('triage.tier')}</s-text>
        <s-badge tone={toneOf(TIER_TONE, record.tier)}>{nameOf(TIER_NAMES, record.tier, lang)}</s-badge>
        <s-text>{t('triage.priority')}</s-text>
        <s-badge tone={toneOf(PRIORITY_TONE, record.priority)}>{nameOf(PRIORITY_NAMES, record.priority, lang)}</s-badge>
      </s-stack>
      <s-text>
        {t('triage.category')}: {nameOf(CATEGORY_NAMES, record.category, lang)}
      </s-text>
      {record.risks.length === 0 ? (
        <s-text tone="neutral">{t('triage.noRisks')}</s-text>
      ) : (
        <s-unordered-list>
          {record.risks.map((r) => (
            <s-list-item key={r.id}>
              {nameOf(RISK_NAMES, r.id, lang)}
              {r.evidence.length > 0 ? ` — ${r.evidence.map((e) => `“${e}”`).join(', ')}` : ''}
            </s-list-item>
          ))}
        </s-unordered-list>
      )}
      {record.clocks.length > 0 && (
        <s-stack direction="block" gap="small-300">
          <s-heading>{t('clock.heading')}</s-heading>
          {record.clocks.map((c) => {
            const view = clockText(c, now, t);
            return (
              <s-stack key={c.kind} direction="inline" gap="small-200" alignItems="center">
                <s-text>{view.label}</s-text>
                <s-badge tone={view.tone}>{view.text}</s-badge>
              </s-stack>
            );
          })}
        </s-stack>
      )}
    </s-stack>
  );
}
