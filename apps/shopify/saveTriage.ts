// Save: the triage's tier and category become order tags (complaint:crisis, complaint:lost_parcel) and the
// conclusion goes into a JSON metafield. Idempotent: what the order already carries is not written again,
// so a second Save sends nothing. One mutation request carries every change (each root field costs 10 points).
import type { Transport } from '../../adapters/shopify/transport.ts';
import { complaintTags, tagChanges } from './complaintTags.ts';
import { METAFIELD_KEY, METAFIELD_NAMESPACE, sameConclusion, type TriageRecord } from './triageRecord.ts';

export type SaveOutcome =
  | { status: 'saved'; added: string[]; removed: string[]; metafield: boolean }
  | { status: 'unchanged' }
  /** forbidden: the app lacks write_orders; throttled: try again shortly; rejected: Shopify refused a value. */
  | { status: 'failed'; reason: 'forbidden' | 'throttled' | 'unavailable' | 'rejected'; message: string };

export interface SavePlan {
  add: string[];
  remove: string[];
  /** The metafield value to write, or undefined when the saved one already says the same. */
  metafield?: string;
}

export function planSave(currentTags: readonly string[], previous: TriageRecord | undefined, record: TriageRecord): SavePlan | undefined {
  const { add, remove } = tagChanges(currentTags, complaintTags(record.tier, record.category));
  const metafield = previous && sameConclusion(previous, record) ? undefined : JSON.stringify(record);
  if (add.length === 0 && remove.length === 0 && metafield === undefined) return undefined;
  return metafield === undefined ? { add, remove } : { add, remove, metafield };
}

/** The mutation for a plan: only the root fields it needs, so nothing is written twice. */
export function saveMutation(orderId: string, plan: SavePlan): { query: string; variables: Record<string, unknown> } {
  const params: string[] = ['$id: ID!'];
  const fields: string[] = [];
  const variables: Record<string, unknown> = { id: orderId };
  const userErrors = '{ userErrors { field message } }';
  if (plan.add.length > 0) {
    params.push('$add: [String!]!');
    fields.push(`tagsAdd(id: $id, tags: $add) ${userErrors}`);
    variables.add = plan.add;
  }
  if (plan.remove.length > 0) {
    params.push('$remove: [String!]!');
    fields.push(`tagsRemove(id: $id, tags: $remove) ${userErrors}`);
    variables.remove = plan.remove;
  }
  if (plan.metafield !== undefined) {
    params.push('$metafields: [MetafieldsSetInput!]!');
    fields.push(`metafieldsSet(metafields: $metafields) ${userErrors}`);
    variables.metafields = [{ ownerId: orderId, namespace: METAFIELD_NAMESPACE, key: METAFIELD_KEY, type: 'json', value: plan.metafield }];
  }
  return { query: `mutation ComplaintSave(${params.join(', ')}) {\n  ${fields.join('\n  ')}\n}`, variables };
}

interface MutationBody {
  data?: Record<string, { userErrors?: { message: string }[] } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function saveTriage(transport: Transport, orderId: string, plan: SavePlan): Promise<SaveOutcome> {
  let body: MutationBody;
  try {
    const response = await transport(saveMutation(orderId, plan));
    if (response.status === 401 || response.status === 403) return { status: 'failed', reason: 'forbidden', message: `HTTP ${response.status}` };
    if (response.status === 429) return { status: 'failed', reason: 'throttled', message: 'HTTP 429' };
    if (response.status < 200 || response.status >= 300) return { status: 'failed', reason: 'unavailable', message: `HTTP ${response.status}` };
    body = JSON.parse(response.body) as MutationBody;
  } catch (error) {
    return { status: 'failed', reason: 'unavailable', message: error instanceof Error ? error.message : String(error) };
  }
  const errors = body.errors ?? [];
  const code = (c: string) => errors.some((e) => e.extensions?.code === c);
  // A mutation is not retried here: the merchant sees the outcome and presses Save again, which is safe.
  if (code('ACCESS_DENIED')) return { status: 'failed', reason: 'forbidden', message: errors.map((e) => e.message).join('; ') };
  if (code('THROTTLED')) return { status: 'failed', reason: 'throttled', message: 'Throttled' };
  const userErrors = Object.values(body.data ?? {}).flatMap((r) => r?.userErrors ?? []);
  if (errors.length > 0 || userErrors.length > 0 || !body.data)
    return { status: 'failed', reason: 'rejected', message: [...errors, ...userErrors].map((e) => e.message).join('; ') || 'no data' };
  return { status: 'saved', added: plan.add, removed: plan.remove, metafield: plan.metafield !== undefined };
}
