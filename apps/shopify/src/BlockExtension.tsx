/** @jsxImportSource preact */
// admin.order-details.block.render: the order's complaint risk and its last saved triage, summed up in
// the collapsed summary ("Crisis · reply due 25 min"). It never runs the triage itself: that needs the
// lexicons, which the block's bundle cannot afford; the action runs it and Save leaves the result here.
import { useState } from 'preact/hooks';
import { BLOCK_THRESHOLDS } from '../thresholds.ts';
import { orderRisk, worstLevel } from '../orderRisk.ts';
import { collapsedSummary } from '../summary.ts';
import { uiLanguageOf } from '../translate.ts';
import { adminTransport, blockApi, selectedOrderId, translatorOf } from './adminApi.ts';
import { OrderNotice } from './OrderNotice.tsx';
import { RiskSignals } from './RiskSignals.tsx';
import { TriageSummary } from './TriageSummary.tsx';
import { useOrder } from './useOrder.ts';

export const ACTION_HANDLE = 'complaint-action';

export function BlockExtension() {
  const api = blockApi();
  const t = translatorOf(api);
  const lang = uiLanguageOf(t);
  const [transport] = useState(adminTransport);
  const state = useOrder(transport, selectedOrderId(api));
  const now = new Date();

  if (state.phase === 'loading')
    return (
      <s-admin-block heading={t('heading')} collapsedSummary={t('loading')}>
        <s-spinner accessibilityLabel={t('loading')} />
      </s-admin-block>
    );

  const { lookup, saved } = state;
  const signals = lookup.ok ? orderRisk(lookup.order, lookup.customer, BLOCK_THRESHOLDS, now) : undefined;
  const worst = worstLevel(signals ?? []);
  return (
    <s-admin-block heading={t('heading')} collapsedSummary={collapsedSummary(saved, signals, now, t, lang)}>
      <s-stack direction="block" gap="base">
        <OrderNotice lookup={lookup} t={t} />
        {signals && <RiskSignals signals={signals} t={t} />}
        <s-section heading={t('triage.heading')}>
          {saved ? (
            <s-stack direction="block" gap="small-200">
              <TriageSummary record={saved} now={now} lang={lang} t={t} />
              <s-text tone="neutral">{t('triage.savedAt', { date: saved.savedAt.slice(0, 16).replace('T', ' ') })}</s-text>
            </s-stack>
          ) : (
            <s-text>{t('triage.none')}</s-text>
          )}
        </s-section>
        {/* Opens the action in its modal: replies and remedies are too long for a 300 px block. */}
        <s-button variant={worst === 'critical' || saved ? 'primary' : 'secondary'} onClick={() => api.navigation.navigate(`extension://${ACTION_HANDLE}`)}>
          {t('handle')}
        </s-button>
      </s-stack>
    </s-admin-block>
  );
}
