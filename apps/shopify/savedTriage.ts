// Reads the last saved triage back from the order's metafield. A query of its own (2 points) rather than a
// field in the shared lookup: the helpdesks run that lookup too, and this metafield is the admin app's.
import type { Transport } from '../../adapters/shopify/transport.ts';
import { METAFIELD_KEY, METAFIELD_NAMESPACE, parseRecord, type TriageRecord } from './triageRecord.ts';

export const SAVED_TRIAGE_QUERY = `query ComplaintSavedTriage($id: ID!) {
  order(id: $id) { metafield(namespace: "${METAFIELD_NAMESPACE}", key: "${METAFIELD_KEY}") { value } }
}`;

/** undefined when nothing was saved, or the saved value cannot be read: the block then shows order risk only. */
export async function loadSavedTriage(transport: Transport, orderId: string): Promise<TriageRecord | undefined> {
  try {
    const response = await transport({ query: SAVED_TRIAGE_QUERY, variables: { id: orderId } });
    if (response.status < 200 || response.status >= 300) return undefined;
    const body = JSON.parse(response.body) as { data?: { order?: { metafield?: { value?: string } | null } | null } };
    return parseRecord(body.data?.order?.metafield?.value);
  } catch {
    // A missing last triage must never hide the order risk beside it.
    return undefined;
  }
}
