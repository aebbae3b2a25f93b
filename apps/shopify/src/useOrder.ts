// Loads the order on screen through the shared lookup, and the last saved triage beside it. Both go out
// at once; a failure of the second never hides the first.
import { useEffect, useState } from 'preact/hooks';
import { lookupOrder, type LookupResult } from '../../../adapters/shopify/orderLookup.ts';
import type { Transport } from '../../../adapters/shopify/transport.ts';
import { loadSavedTriage } from '../savedTriage.ts';
import type { TriageRecord } from '../triageRecord.ts';

export type OrderState = { phase: 'loading' } | { phase: 'done'; lookup: LookupResult; saved?: TriageRecord };

export function useOrder(transport: Transport, orderId: string | undefined): OrderState {
  const [state, setState] = useState<OrderState>({ phase: 'loading' });
  useEffect(() => {
    let current = true;
    if (!orderId) {
      setState({ phase: 'done', lookup: { ok: false, reason: 'not_found', message: 'No order selected.' } });
      return;
    }
    // The order page only shows orders that exist: "not found" there means hidden by the 60-day window
    // (no read_all_orders) or deleted meanwhile; the lookup words it that way.
    Promise.all([lookupOrder(transport, { by: 'id', value: orderId }), loadSavedTriage(transport, orderId)]).then(([lookup, saved]) => {
      if (current) setState(saved ? { phase: 'done', lookup, saved } : { phase: 'done', lookup });
    });
    return () => {
      current = false;
    };
  }, [transport, orderId]);
  return state;
}
