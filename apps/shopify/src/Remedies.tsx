/** @jsxImportSource preact */
// The remedies the policy proposes, each marked with whether the frontline may give it or who must approve.
import type { Remedy } from '../../../core/model.ts';
import type { Translate } from '../translate.ts';

export function Remedies({ remedies, t }: { remedies: readonly Remedy[]; t: Translate }) {
  return (
    <s-section heading={t('remedies.heading')}>
      {remedies.length === 0 ? (
        <s-text>{t('remedies.none')}</s-text>
      ) : (
        <s-stack direction="block" gap="small-200">
          {remedies.map((r) => (
            <s-stack key={r.kind} direction="inline" gap="small-200" alignItems="center">
              {/* The core's label already carries the amount in the order's currency ("No-threshold coupon: CN¥120"). */}
              <s-text>{r.label}</s-text>
              {r.authority === 'within' ? (
                <s-badge tone="success">{t('remedies.within')}</s-badge>
              ) : (
                <s-badge tone="warning">{t('remedies.approval', { approver: t(`remedies.approver.${r.approver ?? 'supervisor'}`) })}</s-badge>
              )}
            </s-stack>
          ))}
        </s-stack>
      )}
    </s-section>
  );
}
