/** @jsxImportSource preact */
// admin.order-details.action.render ("Handle complaint"): the merchant pastes the customer's message and
// gets the full triage with this order's context, reply drafts, remedies and the tone guard on their own
// reply. Save writes the tier and category tags and the last-triage metafield, once.
import { useState } from 'preact/hooks';
import type { ComplaintContext, Triage } from '../../../core/model.ts';
import { parseContext, triage } from '../../../core/triage.ts';
import { OWNER_KEYS } from '../actionKeys.ts';
import { actionPolicy } from '../actionPolicy.ts';
import { planSave, saveTriage } from '../saveTriage.ts';
import { uiLanguageOf } from '../translate.ts';
import { recordOf, type TriageRecord } from '../triageRecord.ts';
import { actionApi, adminTransport, selectedOrderId, translatorOf } from './adminApi.ts';
import { OrderNotice } from './OrderNotice.tsx';
import { Remedies } from './Remedies.tsx';
import { ReplyDrafts } from './ReplyDrafts.tsx';
import { ToneCheck } from './ToneCheck.tsx';
import { TriageSummary } from './TriageSummary.tsx';
import { useOrder } from './useOrder.ts';

interface Result {
  triage: Triage;
  context: ComplaintContext;
  record: TriageRecord;
}

type Notice = { tone: 'success' | 'info' | 'warning' | 'critical'; text: string };

export function ActionExtension() {
  const api = actionApi();
  const t = translatorOf(api);
  const lang = uiLanguageOf(t);
  const [transport] = useState(adminTransport);
  // Read once: unpacking and compiling the lexicons costs milliseconds, not a render's worth.
  const [loaded] = useState(() => actionPolicy(t));
  const orderId = selectedOrderId(api);
  const state = useOrder(transport, orderId);
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<Result>();
  const [hint, setHint] = useState<string>();
  // What the order carries after our own saves: Save compares against it, so a second Save writes nothing.
  const [written, setWritten] = useState<{ tags: string[]; record?: TriageRecord }>();
  const [notice, setNotice] = useState<Notice>();
  const [saving, setSaving] = useState(false);

  const lookup = state.phase === 'done' ? state.lookup : undefined;

  function run() {
    if (!loaded.ok) return;
    if (message.trim() === '') return setHint(t('emptyMessage'));
    setHint(undefined);
    setNotice(undefined);
    const now = new Date();
    // The message arrives now as far as the SLA clocks know: the merchant pastes it as it comes in.
    // Without a helpdesk the order is the customer's reference: drafts name "#1042", never a gid.
    const reference = (lookup?.ok ? lookup.order.number : undefined) ?? orderId?.split('/').pop() ?? 'order';
    const input = {
      ticket: { id: reference, body: message, createdAt: now.toISOString(), channel: 'shopify_admin' },
      ...(lookup?.ok ? { order: lookup.order, ...(lookup.customer ? { customer: lookup.customer } : {}) } : {}),
    };
    const context = parseContext(input);
    const outcome = triage(context, loaded.policy, now, { uiLanguage: lang });
    setResult({ triage: outcome, context, record: recordOf(outcome, now) });
  }

  async function save() {
    if (!result || !orderId || saving) return;
    const tags = written?.tags ?? (lookup?.ok ? lookup.order.tags : []);
    const previous = written ? written.record : state.phase === 'done' ? state.saved : undefined;
    const plan = planSave(tags, previous, result.record);
    if (!plan) return setNotice({ tone: 'info', text: t('unchanged') });
    setSaving(true);
    const outcome = await saveTriage(transport, orderId, plan);
    setSaving(false);
    if (outcome.status !== 'saved') {
      if (outcome.status === 'failed')
        setNotice({ tone: outcome.reason === 'forbidden' ? 'critical' : 'warning', text: t(`saveFailed.${outcome.reason}`, { detail: outcome.message }) });
      return;
    }
    const removed = new Set(outcome.removed.map((x) => x.toLowerCase()));
    setWritten({ tags: [...tags.filter((x) => !removed.has(x.toLowerCase())), ...outcome.added], record: result.record });
    setNotice({ tone: 'success', text: outcome.added.length > 0 ? t('saved', { tags: outcome.added.join(', ') }) : t('savedTriageOnly') });
  }

  return (
    <s-admin-action heading={t('heading')} loading={state.phase === 'loading'}>
      <s-stack direction="block" gap="base">
        {!loaded.ok && <s-banner tone="critical">{t('wordListsMissing', { detail: loaded.problem })}</s-banner>}
        {lookup && <OrderNotice lookup={lookup} t={t} />}
        {lookup && !lookup.ok && <s-text tone="neutral">{t('orderOnlyMessage')}</s-text>}
        <s-text-area label={t('message')} details={t('messageHelp')} rows={6} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
        {hint && <s-text tone="warning">{hint}</s-text>}
        <s-button onClick={run} disabled={!loaded.ok}>
          {t('run')}
        </s-button>
        {result && (
          <s-stack direction="block" gap="base">
            <s-section heading={t('triage.heading')}>
              <s-stack direction="block" gap="small-200">
                <TriageSummary record={result.record} now={new Date()} lang={lang} t={t} />
                <s-text>
                  {t('triage.owner')}: {t(OWNER_KEYS[result.triage.owner])}
                </s-text>
                <s-heading>{t('triage.reasons')}</s-heading>
                <s-unordered-list>
                  {result.triage.reasons.map((r) => (
                    <s-list-item key={r.rule}>{r.text}</s-list-item>
                  ))}
                </s-unordered-list>
              </s-stack>
            </s-section>
            <ReplyDrafts replies={result.triage.replies} t={t} />
            <Remedies remedies={result.triage.remedies} t={t} />
            {loaded.ok && <ToneCheck context={result.context} policy={loaded.policy} t={t} />}
          </s-stack>
        )}
        {notice && <s-banner tone={notice.tone}>{notice.text}</s-banner>}
      </s-stack>
      <s-button slot="primary-action" onClick={() => void save()} disabled={!result || !orderId || saving}>
        {saving ? t('saving') : t('save')}
      </s-button>
      <s-button slot="secondary-actions" onClick={() => api.close()}>
        {t('close')}
      </s-button>
    </s-admin-action>
  );
}
