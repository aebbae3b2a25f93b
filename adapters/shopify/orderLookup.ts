// lookupOrder: one complaint's order context from Shopify's Admin GraphQL API, through whatever
// transport the host provides, mapped into the core's Order and Customer. It never throws: every way the
// exchange can go wrong is a reason code the apps translate, plus an English message for logs.
import type { Customer, Order } from '../../core/model.ts';
import { formatPath } from '../../core/validation.ts';
import { mapCustomer, mapOrder } from './mapOrder.ts';
import { orderRequest, type LookupBy, type OrderLookup } from './orderQuery.ts';
import { queryCost } from './queryCost.ts';
import { redactCredentials } from './redact.ts';
import {
  GraphQLResponse,
  OrderByIdData,
  OrderSearchData,
  type GraphQLError,
  type QueryCost,
  type ShopifyOrder,
} from './shopifyResponse.ts';
import { DEFAULT_WAIT_MS, retryAfterMs, throttleWaitMs } from './throttle.ts';
import type { GraphQLRequest, Transport, TransportResponse } from './transport.ts';

export type { OrderLookup } from './orderQuery.ts';

export type LookupFailure =
  | 'not_found'
  | 'deleted'
  /** Older than 60 days and the app lacks read_all_orders. */
  | 'too_old'
  | 'unauthorized'
  | 'forbidden'
  | 'throttled'
  /** 5xx, a timeout, or no network. */
  | 'unavailable'
  | 'malformed';

export interface LookupCost {
  /** Shopify's requested cost when the response carries it, else ours (queryCost.ts). */
  requested: number;
  actual?: number;
  /** Points left in the bucket afterwards, and how fast it refills: lets a caller pace itself. */
  available?: number;
  restoreRate?: number;
}

export type LookupResult =
  | {
      ok: true;
      order: Order;
      customer?: Customer;
      /** Protected fields Shopify withheld (null + ACCESS_DENIED): shown as "not shared with this app". */
      notShared: string[];
      /** Other errors that came with data (a partial result): the data is kept, the error reported here. */
      partialErrors: string[];
      cost: LookupCost;
    }
  | { ok: false; reason: LookupFailure; message: string; retryAfterMs?: number };

export interface LookupOptions {
  /** Injected so tests run instantly; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number;
  /** Per request; a transport that has not answered by then counts as 'unavailable'. */
  timeoutMs?: number;
  /** The shop granted read_all_orders, so orders older than 60 days are visible. */
  readAllOrders?: boolean;
  /** When the order was placed, if the caller knows (a helpdesk field): tells 'too_old' from 'deleted'. */
  placedAt?: string;
  /**
   * The shop turned on e-mail lookup. Searching orders by the buyer's e-mail is level-2 protected
   * customer data, which the app must be approved for; without this flag the e-mail variant never runs.
   */
  emailLookup?: boolean;
}

export const MAX_RETRIES = 2;
/** The most time spent waiting on throttles for one lookup: an agent is looking at a spinner. */
export const MAX_WAIT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 8_000;
const SIXTY_DAYS_MS = 60 * 24 * 60 * 60 * 1000;

/** Every failure message is redacted: it quotes Shopify, the host's proxy or a transport error, any of which may echo a credential. */
const fail = (reason: LookupFailure, message: string, retryAfter?: number): LookupResult => {
  const safe = redactCredentials(message);
  return retryAfter === undefined ? { ok: false, reason, message: safe } : { ok: false, reason, message: safe, retryAfterMs: retryAfter };
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Shopify's words, capped: they go into logs and support tickets, not into the UI. */
const excerpt = (raw: string) => {
  const text = redactCredentials(raw);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
};

type Outcome = { done: LookupResult } | { retryAfterMs: number; message: string };

export async function lookupOrder(transport: Transport, lookup: OrderLookup, options: LookupOptions = {}): Promise<LookupResult> {
  const built = orderRequest(lookup);
  if (!built.ok) return fail('not_found', built.message);
  if (lookup.by === 'email' && !options.emailLookup)
    return fail(
      'forbidden',
      'E-mail lookup is off. It needs protected customer data level 2 (the e-mail field), which the shop must turn on and the app must be approved for.',
    );
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const started = now();
  let waited = 0;
  for (let retries = 0; ; retries++) {
    const outcome = await exchange(transport, built.request, lookup, options, now);
    if ('done' in outcome) return outcome.done;
    // Bounded: an agent waits at most MAX_WAIT_MS in all, and we ask at most MAX_RETRIES more times.
    const spent = Math.max(now() - started, waited);
    if (retries >= MAX_RETRIES || spent + outcome.retryAfterMs > MAX_WAIT_MS) return fail('throttled', outcome.message, outcome.retryAfterMs);
    await sleep(outcome.retryAfterMs);
    waited += outcome.retryAfterMs;
  }
}

async function send(
  transport: Transport,
  request: GraphQLRequest,
  timeoutMs: number,
): Promise<{ response: TransportResponse } | { failure: string }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    // Raced as well as aborted: a host transport (Zendesk's client.request) may not honour the signal.
    const response = await Promise.race([transport(request, { signal: controller.signal }), timeout]);
    if (response === 'timeout') return { failure: `Shopify did not answer within ${Math.round(timeoutMs / 100) / 10} s.` };
    return { response };
  } catch (error) {
    return { failure: `Could not reach Shopify: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

function header(response: TransportResponse, name: string): string | undefined {
  for (const [key, value] of Object.entries(response.headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** The `errors` text of a refusal body, if it has one ({"errors": "[API] Invalid API key…"}). */
function refusalDetail(body: string): string {
  try {
    const parsed = GraphQLResponse.safeParse(JSON.parse(body));
    if (!parsed.success) return '';
    const errors = parsed.data.errors;
    if (typeof errors === 'string') return `: ${excerpt(errors)}`;
    return errors && errors.length > 0 ? `: ${excerpt(errors.map((e) => e.message).join('; '))}` : '';
  } catch {
    return '';
  }
}

async function exchange(
  transport: Transport,
  request: GraphQLRequest,
  lookup: OrderLookup,
  options: LookupOptions,
  now: () => number,
): Promise<Outcome> {
  const sent = await send(transport, request, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if ('failure' in sent) return { done: fail('unavailable', sent.failure) };
  const response = sent.response;
  const status = response.status;
  const retryAfter = retryAfterMs(header(response, 'retry-after'), now());
  if (status === 429) return { retryAfterMs: retryAfter ?? DEFAULT_WAIT_MS, message: 'Shopify is rate-limiting this app (HTTP 429).' };
  if (status === 401) return { done: fail('unauthorized', `Shopify refused the app's credentials (HTTP 401)${refusalDetail(response.body)}.`) };
  if (status === 403) return { done: fail('forbidden', `Shopify refused access (HTTP 403)${refusalDetail(response.body)}.`) };
  if (status >= 500) return { done: fail('unavailable', `Shopify is unavailable (HTTP ${status}).`, retryAfter) };
  // 402 (shop frozen for non-payment), 404 (no such shop or API version) and 423 (shop locked) are
  // about the shop or the endpoint, not this order; nothing the agent can fix by retyping it.
  if (status === 402 || status === 404 || status === 423)
    return { done: fail('unavailable', `Shopify cannot serve this shop or API version (HTTP ${status})${refusalDetail(response.body)}.`) };
  if (status < 200 || status >= 300) return { done: fail('malformed', `Shopify rejected the request (HTTP ${status})${refusalDetail(response.body)}.`) };

  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    return { done: fail('malformed', 'Shopify answered with something that is not JSON.') };
  }
  const envelope = GraphQLResponse.safeParse(json);
  if (!envelope.success) return { done: fail('malformed', `Shopify's answer has an unexpected shape (${describeIssues(envelope.error.issues)}).`) };
  return interpret(envelope.data, lookup, options, now);
}

/**
 * zod/mini ships no locale, so its messages read "Invalid input": say what was expected instead, which
 * is what whoever reads the log needs to find the proxy or API change that broke the shape.
 */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; expected?: unknown }[]): string {
  return excerpt(
    issues
      .slice(0, 3)
      .map((i) => {
        const what = i.code === 'invalid_type' && typeof i.expected === 'string' ? `expected ${i.expected}` : i.code === 'invalid_format' ? 'wrong format' : i.message;
        return `${formatPath(i.path) || '(body)'}: ${what}`;
      })
      .join('; '),
  );
}

const codeOf = (e: GraphQLError) => e.extensions?.code ?? undefined;

/** An error path relative to the order: ["order","customer","amountSpent"] → "customer.amountSpent". */
function orderPath(path: GraphQLError['path']): string | undefined {
  if (!path) return undefined;
  const rest = path[0] === 'order' ? path.slice(1) : path[0] === 'orders' && path[1] === 'nodes' ? path.slice(3) : undefined;
  return rest === undefined ? undefined : formatPath(rest);
}

function lookupCost(cost: QueryCost | null | undefined, by: LookupBy): LookupCost {
  const out: LookupCost = { requested: cost?.requestedQueryCost ?? queryCost(by) };
  if (typeof cost?.actualQueryCost === 'number') out.actual = cost.actualQueryCost;
  if (cost?.throttleStatus) {
    out.available = cost.throttleStatus.currentlyAvailable;
    out.restoreRate = cost.throttleStatus.restoreRate;
  }
  return out;
}

function interpret(envelope: GraphQLResponse, lookup: OrderLookup, options: LookupOptions, now: () => number): Outcome {
  const cost = envelope.extensions?.cost;
  if (typeof envelope.errors === 'string') return { done: fail('malformed', `Shopify rejected the query: ${excerpt(envelope.errors)}`) };
  const errors = envelope.errors ?? [];
  const messages = (list: GraphQLError[]) => excerpt(list.map((e) => e.message).join('; '));

  if (errors.some((e) => codeOf(e) === 'THROTTLED'))
    return {
      retryAfterMs: throttleWaitMs(cost?.requestedQueryCost ?? queryCost(lookup.by), cost?.throttleStatus),
      message: 'Shopify throttled the query: the app used up its query budget for this shop.',
    };

  const denied = errors.filter((e) => codeOf(e) === 'ACCESS_DENIED');
  if (envelope.data === undefined || envelope.data === null) {
    // The query never ran (syntax, cost limit) or failed as a whole.
    if (denied.length > 0) return { done: fail('forbidden', `Shopify denied access: ${messages(denied)}`) };
    if (errors.some((e) => codeOf(e) === 'INTERNAL_SERVER_ERROR')) return { done: fail('unavailable', `Shopify failed: ${messages(errors)}`) };
    return { done: fail('malformed', errors.length > 0 ? `Shopify rejected the query: ${messages(errors)}` : 'Shopify answered without data.') };
  }

  let node: ShopifyOrder | null;
  if (lookup.by === 'id') {
    const data = OrderByIdData.safeParse(envelope.data);
    if (!data.success) return { done: fail('malformed', `Shopify's order has an unexpected shape (${describeIssues(data.error.issues)}).`) };
    node = data.data.order;
  } else {
    const data = OrderSearchData.safeParse(envelope.data);
    if (!data.success) return { done: fail('malformed', `Shopify's order has an unexpected shape (${describeIssues(data.error.issues)}).`) };
    node = data.data.orders?.nodes[0] ?? null;
    // The search is Shopify's full-text search: make sure "#1001" did not find "#10010" or "#1001-R".
    if (node && lookup.by === 'name' && !sameName(node.name, lookup.value)) node = null;
  }

  if (node === null) {
    // A denied or failed field that Shopify's schema declares non-null nulls its parent, up to the order.
    if (denied.length > 0) return { done: fail('forbidden', `Shopify denied access: ${messages(denied)}`) };
    if (errors.length > 0) return { done: fail('unavailable', `Shopify could not load the order: ${messages(errors)}`) };
    return { done: missing(lookup, options, now) };
  }

  const notShared = new Set<string>();
  const partialErrors: string[] = [];
  for (const error of errors) {
    const path = orderPath(error.path);
    if (codeOf(error) === 'ACCESS_DENIED' && path) notShared.add(path);
    else partialErrors.push(`${path || formatPath(error.path ?? []) || '(query)'}: ${excerpt(error.message)}`);
  }
  const customer = mapCustomer(node);
  const result: LookupResult = {
    ok: true,
    order: mapOrder(node),
    notShared: [...notShared],
    partialErrors,
    cost: lookupCost(cost, lookup.by),
  };
  if (customer) result.customer = customer;
  return { done: result };
}

function sameName(found: string | null, asked: string): boolean {
  const norm = (name: string) => name.trim().replace(/^#/, '').toLowerCase();
  return found !== null && norm(found) === norm(asked);
}

/**
 * Shopify answers "no order" the same way for a deleted order, a wrong id and an order older than the
 * 60 days an app sees without read_all_orders. What the caller knows tells them apart: an id came from
 * Shopify, so that order existed; a known order date says whether the 60-day window hides it.
 */
function missing(lookup: OrderLookup, options: LookupOptions, now: () => number): LookupResult {
  const placed = options.placedAt === undefined ? NaN : Date.parse(options.placedAt);
  const knownOld = !Number.isNaN(placed) && now() - placed > SIXTY_DAYS_MS;
  const window = options.readAllOrders ? '' : ' Without the read_all_orders scope the app sees only the last 60 days of orders.';
  const value = lookup.value.trim().slice(0, 80);
  if (!options.readAllOrders && knownOld)
    return fail('too_old', `Order ${value} was placed more than 60 days ago; reading it needs the read_all_orders scope.`);
  if (lookup.by !== 'id')
    return fail('not_found', `${lookup.by === 'name' ? `No order named ${value}` : 'No order for this e-mail address'} in this shop.${window}`);
  if (!options.readAllOrders && Number.isNaN(placed))
    return fail('too_old', `Shopify returned no order ${value}.${window} It may also have been deleted.`);
  return fail('deleted', `Order ${value} no longer exists in Shopify: it was deleted (or the id belongs to another shop).`);
}
