/** @jsxImportSource preact */
// The order's own complaint risk: one line per signal, its level as a badge.
import type { RiskSignal } from '../orderRisk.ts';
import { LEVEL_TONE } from '../tones.ts';
import type { Translate } from '../translate.ts';

export function RiskSignals({ signals, t }: { signals: readonly RiskSignal[]; t: Translate }) {
  return (
    <s-section heading={t('risk.heading')}>
      {signals.length === 0 ? (
        <s-text>{t('risk.none')}</s-text>
      ) : (
        <s-stack direction="block" gap="small-200">
          {signals.map((s) => (
            <s-stack key={s.id} direction="inline" gap="small-200" alignItems="center">
              <s-badge tone={LEVEL_TONE[s.level]}>{t(`risk.level.${s.level}`)}</s-badge>
              <s-text>{t(`risk.${s.id}`, s.detail)}</s-text>
            </s-stack>
          ))}
        </s-stack>
      )}
    </s-section>
  );
}
