/** @jsxImportSource preact */
// The tone guard on the merchant's own reply, as they type: each finding with the words it is about and a
// better wording (in the reply's language, from the core).
import { useState } from 'preact/hooks';
import type { ComplaintContext } from '../../../core/model.ts';
import type { Policy } from '../../../core/policySettings.ts';
// The guard without its built-in phrases: actionPolicy.ts provides them from the locale data.
import { lintReply, type Finding } from '../../../core/toneLint.ts';
import type { Translate } from '../translate.ts';

const SEVERITY_TONE = { error: 'critical', warning: 'warning', info: 'info' } as const;

export function ToneCheck({ context, policy, t }: { context: ComplaintContext; policy: Policy; t: Translate }) {
  const [draft, setDraft] = useState('');
  const findings: Finding[] = draft.trim() === '' ? [] : lintReply(draft, context, policy, 'agent');
  return (
    <s-section heading={t('tone.heading')}>
      <s-stack direction="block" gap="small-200">
        <s-text-area label={t('tone.draft')} details={t('tone.draftHelp')} rows={5} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        {draft.trim() !== '' &&
          (findings.length === 0 ? (
            <s-text tone="success">{t('tone.clean')}</s-text>
          ) : (
            <s-unordered-list>
              {findings.map((f, i) => (
                <s-list-item key={`${f.rule}-${f.start}-${i}`}>
                  <s-badge tone={SEVERITY_TONE[f.severity]}>{t(`tone.severity.${f.severity}`)}</s-badge> {t(`tone.rule.${f.rule}`)}
                  {f.text && f.text.length < 120 ? `: “${f.text}”` : ''} — {t('tone.suggestion', { text: f.suggestion })}
                </s-list-item>
              ))}
            </s-unordered-list>
          ))}
      </s-stack>
    </s-section>
  );
}
