// The Zendesk binding the sidebar UI talks to: load the ticket (one batched get), find and fetch its
// order (at most one Shopify query, retried within bounds), triage, apply, insert a reply, and follow
// the ticket's changes. The UI never touches the ZAF client directly.
import { triage as runTriage, type ComplaintContext, type Triage, type UiLanguage } from '../../core/index.ts';
import type { LookupResult } from '../shopify/orderLookup.ts';
import { executePlan, noteText, planApply, planIsEmpty, type ApplyPlan } from './apply.ts';
import { htmlToText } from './html.ts';
import { chooseOrderLookup, type OrderSource } from './orderNumber.ts';
import { parseSettings, type AppSettings } from './settings.ts';
import { lookupWithRetry, zendeskTransport, type RetryOptions } from './shopifyProxy.ts';
import { customFieldPath, mapTicket, ticketPaths, uiLanguageOf, ZafComment, type TicketSnapshot } from './ticketData.ts';
import type { ZafClient } from './zaf.ts';

export type OrderState =
  | { status: 'none'; why: 'no_shop' | 'no_reference' }
  | { status: 'found'; source: OrderSource; reference: string; result: Extract<LookupResult, { ok: true }> }
  | { status: 'failed'; source: OrderSource; reference: string; result: Extract<LookupResult, { ok: false }> };

/** Ticket events after which the triage is recomputed (hosts/zendesk.md §5). */
export const RETRIAGE_EVENTS = [
  'ticket.comments.changed',
  'ticket.requester.changed',
  'ticket.requester.email.changed',
  'ticket.tags.changed',
  'ticket.subject.changed',
  'ticket.description.changed',
  'ticket.status.changed',
] as const;
/** The composer: ZAF names the event without the `ticket.` prefix in some versions, so both. */
export const COMPOSER_EVENTS = ['comment.text.changed', 'ticket.comment.text.changed'] as const;

/** How long the sidebar waits for the ticket before saying so. */
export const TICKET_TIMEOUT_MS = 15_000;

export interface ApplyOutcome {
  status: 'applied' | 'unchanged' | 'needs_confirm';
  plan: ApplyPlan;
}

export class ZendeskDesk {
  settings: AppSettings = parseSettings(undefined);
  private ready: Promise<AppSettings> | undefined;
  /** Orders already fetched, by lookup: re-triaging after a new comment asks Shopify nothing again. */
  private readonly orders = new Map<string, Promise<LookupResult>>();
  private readonly settled = new Map<string, LookupResult>();

  constructor(
    readonly client: ZafClient,
    private readonly retry: RetryOptions = {},
  ) {}

  /** Reads the installation settings (from the registration message: no host round trip). */
  init(): Promise<AppSettings> {
    this.ready ??= this.client.metadata().then((m) => (this.settings = parseSettings(m.settings)));
    return this.ready;
  }

  async loadTicket(timeoutMs = TICKET_TIMEOUT_MS): Promise<TicketSnapshot> {
    const settings = await this.init();
    // The SDK itself waits five minutes before giving up on a get; an agent should not.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Zendesk did not send the ticket within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      const result = await Promise.race([this.client.get(ticketPaths(settings)), timeout]);
      return mapTicket(result, settings);
    } finally {
      clearTimeout(timer);
    }
  }

  private choose(snapshot: TicketSnapshot) {
    const settings = this.settings;
    const t = snapshot.context.ticket;
    return chooseOrderLookup({
      fieldValue: settings.orderFieldId ? snapshot.fields[settings.orderFieldId] : undefined,
      texts: [t.subject, t.body, ...t.messages.filter((m) => m.author === 'customer').map((m) => m.body)],
      email: t.requester?.email ?? snapshot.context.customer?.email,
      emailLookup: settings.emailLookup,
    });
  }

  private toState(choice: NonNullable<ReturnType<ZendeskDesk['choose']>>, result: LookupResult): OrderState {
    const reference = choice.lookup.value;
    return result.ok ? { status: 'found', source: choice.source, reference, result } : { status: 'failed', source: choice.source, reference, result };
  }

  /** The order state without asking anyone: known when nothing needs fetching or it was fetched already. */
  peekOrder(snapshot: TicketSnapshot): OrderState | undefined {
    if (!this.settings.shopDomain) return { status: 'none', why: 'no_shop' };
    const choice = this.choose(snapshot);
    if (!choice) return { status: 'none', why: 'no_reference' };
    const known = this.settled.get(`${choice.lookup.by}:${choice.lookup.value}`);
    return known ? this.toState(choice, known) : undefined;
  }

  async loadOrder(snapshot: TicketSnapshot): Promise<OrderState> {
    const settings = await this.init();
    if (!settings.shopDomain) return { status: 'none', why: 'no_shop' };
    const choice = this.choose(snapshot);
    if (!choice) return { status: 'none', why: 'no_reference' };
    const key = `${choice.lookup.by}:${choice.lookup.value}`;
    let pending = this.orders.get(key);
    if (!pending) {
      pending = lookupWithRetry(zendeskTransport(this.client, settings.shopDomain), choice.lookup, { emailLookup: settings.emailLookup, ...this.retry });
      this.orders.set(key, pending);
    }
    const result = await pending;
    // Failures are not kept: the next re-triage (or the agent's retry) asks again.
    if (result.ok) this.settled.set(key, result);
    else this.orders.delete(key);
    return this.toState(choice, result);
  }

  /** Forgets fetched orders, so "Try again" really asks Shopify again. */
  forgetOrders(): void {
    this.orders.clear();
    this.settled.clear();
  }

  uiLanguage(snapshot: TicketSnapshot): UiLanguage {
    return uiLanguageOf(snapshot.agent.locale);
  }

  contextWithOrder(snapshot: TicketSnapshot, order: OrderState | undefined): ComplaintContext {
    if (order?.status !== 'found') return snapshot.context;
    const found = order.result;
    const customer = { ...snapshot.context.customer, ...found.customer, tags: [...new Set([...(snapshot.context.customer?.tags ?? []), ...(found.customer?.tags ?? [])])] };
    return { ...snapshot.context, order: found.order, customer };
  }

  triage(snapshot: TicketSnapshot, order: OrderState | undefined, now: Date): Triage {
    const options: { uiLanguage: UiLanguage; agentName?: string } = { uiLanguage: this.uiLanguage(snapshot) };
    if (snapshot.agent.name) options.agentName = snapshot.agent.name;
    return runTriage(this.contextWithOrder(snapshot, order), this.settings.policy, now, options);
  }

  /** Reads the ticket's current state (one get), then writes only what differs. */
  async apply(triage: Triage, options: { confirmPriority?: boolean } = {}): Promise<ApplyOutcome> {
    const settings = await this.init();
    const fieldIds = [settings.tierFieldId, settings.categoryFieldId].filter((id): id is string => !!id);
    const paths = ['ticket.id', 'ticket.priority', 'ticket.tags', ...fieldIds.map(customFieldPath)];
    if (settings.addInternalNote) paths.push('ticket.comments');
    const current = await this.client.get(paths);
    const fields: Record<string, string | undefined> = {};
    for (const id of fieldIds) {
      const v = current[customFieldPath(id)];
      fields[id] = typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    }
    const priority = current['ticket.priority'];
    const notes = Array.isArray(current['ticket.comments'])
      ? current['ticket.comments'].flatMap((c) => {
          const parsed = ZafComment.safeParse(c);
          return parsed.success && parsed.data.value ? [htmlToText(parsed.data.value)] : [];
        })
      : [];
    const plan = planApply(
      triage,
      {
        priority: priority === 'low' || priority === 'normal' || priority === 'high' || priority === 'urgent' ? priority : undefined,
        tags: Array.isArray(current['ticket.tags']) ? current['ticket.tags'].filter((t): t is string => typeof t === 'string') : [],
        fields,
        notes,
      },
      settings,
      { ...options, note: noteText(triage) },
    );
    if (planIsEmpty(plan)) return { status: plan.priorityNeedsConfirm ? 'needs_confirm' : 'unchanged', plan };
    const id = current['ticket.id'];
    await executePlan(this.client, plan, id === undefined || id === null ? undefined : String(id));
    return { status: plan.priorityNeedsConfirm ? 'needs_confirm' : 'applied', plan };
  }

  /** Fits the sidebar iframe to the content (ZAF `resize`): UI housekeeping, not a ticket read or write. */
  async resize(heightPx: number): Promise<void> {
    await this.client.invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` });
  }

  /** Appends a draft to the reply the agent is writing; what they typed stays. */
  async insertReply(text: string): Promise<void> {
    await this.client.invoke('ticket.comment.appendText', text);
  }

  async composerText(): Promise<string> {
    const r = await this.client.get('ticket.comment.text');
    const v = r['ticket.comment.text'];
    return typeof v === 'string' ? htmlToText(v) : '';
  }

  /** Calls `onChange` (debounced) when the ticket changes and `onComposer` with the composer's text. */
  subscribe(onChange: () => void, onComposer: (text: string) => void, debounceMs = 300): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(onChange, debounceMs);
    };
    let composerTimer: ReturnType<typeof setTimeout> | undefined;
    const composer = (data: unknown) => {
      clearTimeout(composerTimer);
      composerTimer = setTimeout(() => {
        if (typeof data === 'string') onComposer(htmlToText(data));
        else void this.composerText().then(onComposer, () => undefined);
      }, 250);
    };
    const settings = this.settings;
    const events: string[] = [...RETRIAGE_EVENTS];
    if (settings.orderFieldId) events.push(`ticket.custom_field_${settings.orderFieldId}.changed`);
    for (const e of events) this.client.on(e, changed);
    for (const e of COMPOSER_EVENTS) this.client.on(e, composer);
    return () => {
      clearTimeout(timer);
      clearTimeout(composerTimer);
      for (const e of events) this.client.off?.(e, changed);
      for (const e of COMPOSER_EVENTS) this.client.off?.(e, composer);
    };
  }
}
