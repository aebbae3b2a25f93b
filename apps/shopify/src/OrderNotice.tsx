/** @jsxImportSource preact */
// What went wrong fetching the order, in the merchant's words, and which protected fields Shopify withheld
// ("not shared with this app" rather than a crash or a silent gap).
import type { LookupResult } from '../../../adapters/shopify/orderLookup.ts';
import type { Translate } from '../translate.ts';

export function OrderNotice({ lookup, t }: { lookup: LookupResult; t: Translate }) {
  if (!lookup.ok) {
    const tone = lookup.reason === 'throttled' || lookup.reason === 'unavailable' ? 'warning' : 'critical';
    return <s-banner tone={tone}>{t(`lookup.${lookup.reason}`)}</s-banner>;
  }
  if (lookup.notShared.length === 0) return null;
  return <s-text tone="neutral">{t('notShared', { fields: lookup.notShared.join(', ') })}</s-text>;
}
