// A pretend Shopify store behind the Admin GraphQL endpoint, for the workbench: it answers the shared order
// lookup (adapters/shopify/orderQuery.ts), the block's saved-triage read and the action's Save mutation from
// the sample orders, and keeps what Save writes (tags, the metafield) for as long as the page lives. A mode
// makes it misbehave the way Shopify does, so every error state of the three plug-ins can be seen.
// Pure: msw (page/adminApi.ts) and the tests call it with the request body and the time.
import { findOrder } from './samples/hostPayloads.ts';

export const MODES = ['normal', 'throttled', 'denied', 'unauthorized', 'failing', 'slow'] as const;
export type Mode = (typeof MODES)[number];

export interface ShopState {
  /** Tags and the saved triage per order id, once Save has changed them. */
  tags: Map<string, string[]>;
  metafields: Map<string, string>;
}

export const emptyShop = (): ShopState => ({ tags: new Map(), metafields: new Map() });

export interface Answer {
  status: number;
  body: unknown;
  /** How long Shopify takes to answer, in ms. */
  delayMs?: number;
}

const cost = (requested: number, available = 1950) => ({
  cost: { requestedQueryCost: requested, actualQueryCost: Math.ceil(requested / 4), throttleStatus: { maximumAvailable: 2000, currentlyAvailable: available, restoreRate: 100 } },
});

const denied = (path: (string | number)[], field: string) => ({
  message: `Access denied for ${field} field. Required access: \`read_customers\` access scope. Also: Level 1 access to Customer data for Protected Customer Data.`,
  path,
  extensions: { code: 'ACCESS_DENIED', requiredAccess: '`read_customers` access scope. Also: Level 1 access to Customer data for Protected Customer Data.' },
});

/** `name:"#1042"` → `#1042`: the search strings orderQuery.ts writes (quoted, `"` and `\` escaped). */
export function searchValue(query: unknown, field: 'name' | 'email'): string | undefined {
  if (typeof query !== 'string') return undefined;
  const m = new RegExp(`^${field}:"((?:[^"\\\\]|\\\\.)*)"$`).exec(query.trim());
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

interface Body {
  query?: unknown;
  variables?: Record<string, unknown>;
}

function withState(node: Record<string, unknown>, shop: ShopState): Record<string, unknown> {
  const id = String(node.id);
  return shop.tags.has(id) ? { ...node, tags: shop.tags.get(id) } : node;
}

/** The customer fields a store that has not granted protected customer data sends back as null. */
function denyCustomer(node: Record<string, unknown>, path: (string | number)[]) {
  const customer = node.customer as Record<string, unknown> | null | undefined;
  if (!customer) return { node, errors: [] };
  return {
    node: { ...node, customer: { ...customer, numberOfOrders: null, amountSpent: null } },
    errors: [denied([...path, 'customer', 'numberOfOrders'], 'numberOfOrders'), denied([...path, 'customer', 'amountSpent'], 'amountSpent')],
  };
}

function save(body: Body, shop: ShopState, now: Date): Answer {
  const vars = body.variables ?? {};
  const id = String(vars.id ?? '');
  const query = String(body.query);
  const current = findOrder(now, { by: 'id', value: id });
  if (!current) return { status: 200, body: { data: null, errors: [{ message: `Invalid id: ${id}`, extensions: { code: 'RESOURCE_NOT_FOUND' } }] } };
  let tags = shop.tags.get(id) ?? ((current.tags as string[]) ?? []);
  const data: Record<string, unknown> = {};
  if (/tagsAdd\(/.test(query)) {
    tags = [...new Set([...tags, ...((vars.add as string[]) ?? [])])];
    data.tagsAdd = { userErrors: [] };
  }
  if (/tagsRemove\(/.test(query)) {
    const remove = new Set((vars.remove as string[]) ?? []);
    tags = tags.filter((t) => !remove.has(t));
    data.tagsRemove = { userErrors: [] };
  }
  if (/metafieldsSet\(/.test(query)) {
    const [metafield] = (vars.metafields as { value?: string }[]) ?? [];
    if (typeof metafield?.value === 'string') shop.metafields.set(id, metafield.value);
    data.metafieldsSet = { userErrors: [] };
  }
  shop.tags.set(id, tags);
  return { status: 200, body: { data, extensions: cost(10 * Object.keys(data).length) } };
}

/** One Admin GraphQL request, answered as the store would in the given mode. */
export function answerAdminGraphql(body: Body, mode: Mode, shop: ShopState, now: Date): Answer {
  if (mode === 'unauthorized') return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
  if (mode === 'failing') return { status: 503, body: { errors: 'Service Unavailable' } };
  if (mode === 'throttled')
    return { status: 200, body: { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }], extensions: { ...cost(50, 8), cost: { ...cost(50, 8).cost, actualQueryCost: null } } } };
  const delayMs = mode === 'slow' ? 2500 : 0;
  const query = typeof body.query === 'string' ? body.query : '';
  const vars = body.variables ?? {};
  const op = /^\s*(query|mutation)\s+(\w+)/.exec(query)?.[2];
  if (op === 'ComplaintSave') return { ...save(body, shop, now), delayMs };
  if (op === 'ComplaintSavedTriage') {
    const id = String(vars.id ?? '');
    const value = shop.metafields.get(id);
    const exists = findOrder(now, { by: 'id', value: id });
    return { status: 200, body: { data: { order: exists ? { metafield: value ? { value } : null } : null }, extensions: cost(2) }, delayMs };
  }
  const lookup =
    op === 'ComplaintOrderById'
      ? { by: 'id' as const, value: String(vars.id ?? '') }
      : op === 'ComplaintOrderByName'
        ? { by: 'name' as const, value: searchValue(vars.query, 'name') }
        : op === 'ComplaintLatestOrderByEmail'
          ? { by: 'email' as const, value: searchValue(vars.query, 'email') }
          : undefined;
  if (!lookup || lookup.value === undefined)
    return { status: 200, body: { errors: [{ message: `The workbench's store does not answer this query (${op ?? 'no operation name'}).` }] } };
  const found = findOrder(now, { by: lookup.by, value: lookup.value });
  const node = found ? withState(found, shop) : null;
  if (lookup.by === 'id') {
    if (!node) return { status: 200, body: { data: { order: null }, extensions: cost(48) }, delayMs };
    if (mode !== 'denied') return { status: 200, body: { data: { order: node }, extensions: cost(48) }, delayMs };
    const d = denyCustomer(node, ['order']);
    return { status: 200, body: { data: { order: d.node }, errors: d.errors, extensions: cost(48) }, delayMs };
  }
  if (!node) return { status: 200, body: { data: { orders: { nodes: [] } }, extensions: cost(50) }, delayMs };
  if (mode !== 'denied') return { status: 200, body: { data: { orders: { nodes: [node] } }, extensions: cost(50) }, delayMs };
  const d = denyCustomer(node, ['orders', 'nodes', 0]);
  return { status: 200, body: { data: { orders: { nodes: [d.node] } }, errors: d.errors, extensions: cost(50) }, delayMs };
}
