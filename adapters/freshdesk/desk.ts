// The Freshdesk binding the sidebar UI talks to: read the ticket, contact and agent (three data calls),
// find and fetch the order (at most one template request), triage, apply, insert a reply, guard Send, and
// follow the ticket's changes. The UI never touches the FDK client directly.
import * as z from '../../core/zod.ts';
import { triage as runTriage, type ComplaintContext, type Finding, type Triage, type UiLanguage } from '../../core/index.ts';
import type { LookupResult } from '../shopify/orderLookup.ts';
import { redactCredentials } from '../shopify/redact.ts';
import { editorHtml, executePlan, noteText, NOTE_MARKER, planApply, planIsEmpty, type ApplyPlan, type CurrentState } from './apply.ts';
import { priorityOf } from './codes.ts';
import type { EventCallback, FdkEvent, FreshdeskClient } from './fdk.ts';
import { htmlToText } from './html.ts';
import { chooseOrderLookup, type OrderSource } from './orderNumber.ts';
import { FdConversation } from './payloads.ts';
import { guardSendReply, type GuardDialog, type GuardOutcome, type ReplyGuard } from './replyGuard.ts';
import { IPARAMS, parseSettings, type FreshdeskSettings } from './settings.ts';
import { lookupViaTemplate, type TemplateLookupOptions } from './shopifyTemplate.ts';
import { mapTicket, uiLanguageOf, type FreshdeskSnapshot, type HostData } from './ticketContext.ts';

export type OrderState =
  | { status: 'none'; why: 'no_shop' | 'no_reference' }
  | { status: 'found'; source: OrderSource; reference: string; result: Extract<LookupResult, { ok: true }> }
  | { status: 'failed'; source: OrderSource; reference: string; result: Extract<LookupResult, { ok: false }> };

/** Events after which the triage is recomputed (hosts/freshdesk.md §2). */
export const RETRIAGE_EVENTS = [
  'app.activated',
  'ticket.propertiesUpdated',
  'ticket.priorityChanged',
  'ticket.statusChanged',
  'ticket.groupChanged',
  'ticket.agentChanged',
  'ticket.typeChanged',
] as const;

export interface ApplyOutcome {
  status: 'applied' | 'unchanged' | 'needs_confirm';
  plan: ApplyPlan;
}

/** What we set in the properties form that the saved ticket may not show yet (until the agent's Update). */
interface Pending {
  ticketId: string;
  priority?: CurrentState['priority'];
  tags?: string[];
  fields: Record<string, string>;
  notes: string[];
}

const DATA_NAMES = ['ticket', 'contact', 'loggedInUser'] as const;

export class FreshdeskDesk {
  settings: FreshdeskSettings = parseSettings(undefined);
  private ready: Promise<FreshdeskSettings> | undefined;
  private pending: Pending | undefined;

  constructor(
    readonly client: FreshdeskClient,
    private readonly lookupOptions: TemplateLookupOptions = {},
  ) {}

  /** Reads the non-secure iparams once; a failure leaves the defaults and a problem to show. */
  init(): Promise<FreshdeskSettings> {
    this.ready ??= this.client.iparams.get().then(
      (iparams) => (this.settings = parseSettings(iparams)),
      (error: unknown) => {
        this.settings = parseSettings(undefined);
        this.settings.problems.push({ setting: IPARAMS.shopDomain, message: redactCredentials(`installation settings could not be read (${describe(error)})`) });
        return this.settings;
      },
    );
    return this.ready;
  }

  private async hostData(names: readonly (typeof DATA_NAMES)[number][]): Promise<HostData> {
    const results = await Promise.allSettled(names.map((name) => this.client.data.get(name)));
    const data: HostData = {};
    results.forEach((r, i) => {
      const name = names[i]!;
      // Each result is wrapped in its object's name: {ticket: {...}}.
      if (r.status === 'fulfilled' && r.value && typeof r.value === 'object') data[name] = (r.value as Record<string, unknown>)[name];
    });
    return data;
  }

  async loadTicket(): Promise<FreshdeskSnapshot> {
    await this.init();
    return mapTicket(await this.hostData(DATA_NAMES));
  }

  async loadOrder(snapshot: FreshdeskSnapshot): Promise<OrderState> {
    const settings = await this.init();
    if (!settings.shopDomain) return { status: 'none', why: 'no_shop' };
    const t = snapshot.context.ticket;
    const choice = chooseOrderLookup({
      fieldValue: settings.orderField ? snapshot.fields[settings.orderField] : undefined,
      texts: [t.subject, t.body, ...t.messages.filter((m) => m.author === 'customer').map((m) => m.body)],
      email: t.requester?.email ?? snapshot.context.customer?.email,
      emailLookup: settings.emailLookup,
    });
    if (!choice) return { status: 'none', why: 'no_reference' };
    const result = await lookupViaTemplate(this.client, choice.lookup, { emailLookup: settings.emailLookup, ...this.lookupOptions });
    const reference = choice.lookup.value;
    return result.ok ? { status: 'found', source: choice.source, reference, result } : { status: 'failed', source: choice.source, reference, result };
  }

  uiLanguage(snapshot: FreshdeskSnapshot): UiLanguage {
    return uiLanguageOf(snapshot.agent.locale);
  }

  contextWithOrder(snapshot: FreshdeskSnapshot, order: OrderState | undefined): ComplaintContext {
    if (order?.status !== 'found') return snapshot.context;
    const found = order.result;
    const tags = [...new Set([...(snapshot.context.customer?.tags ?? []), ...(found.customer?.tags ?? [])])];
    return { ...snapshot.context, order: found.order, customer: { ...snapshot.context.customer, ...found.customer, tags } };
  }

  triage(snapshot: FreshdeskSnapshot, order: OrderState | undefined, now: Date): Triage {
    const options: { uiLanguage: UiLanguage; agentName?: string } = { uiLanguage: this.uiLanguage(snapshot) };
    if (snapshot.agent.name) options.agentName = snapshot.agent.name;
    return runTriage(this.contextWithOrder(snapshot, order), this.settings.policy, now, options);
  }

  /** Reads the ticket first (one data call), then writes only what differs from it. */
  async apply(triage: Triage, options: { confirmPriority?: boolean } = {}): Promise<ApplyOutcome> {
    const settings = await this.init();
    const { ticket } = await this.hostData(['ticket']);
    const state = this.currentState(ticket);
    const plan = planApply(triage, state.state, settings, { ...options, note: noteText(triage) });
    const needsConfirm = plan.priorityNeedsConfirm ? 'needs_confirm' : undefined;
    if (planIsEmpty(plan)) return { status: needsConfirm ?? 'unchanged', plan };
    await executePlan(this.client, plan);
    this.remember(state.id, plan);
    return { status: needsConfirm ?? 'applied', plan };
  }

  /** The saved ticket, overlaid with what we already put into its form in this session. */
  private currentState(raw: unknown): { id: string; state: CurrentState } {
    const t = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const id = t.id == null ? 'new' : String(t.id);
    const fields: Record<string, string | undefined> = {};
    if (t.custom_fields && typeof t.custom_fields === 'object')
      for (const [k, v] of Object.entries(t.custom_fields as Record<string, unknown>)) fields[k] = v === null || v === undefined ? undefined : String(v);
    const notes = Array.isArray(t.conversations)
      ? t.conversations.flatMap((c) => {
          const p = z.safeParse(FdConversation, c);
          if (!p.success || p.data.private !== true) return [];
          const text = p.data.body_text ?? (p.data.body ? htmlToText(p.data.body) : '');
          return text.includes(NOTE_MARKER) ? [text] : [];
        })
      : [];
    const state: CurrentState = {
      priority: priorityOf(t.priority),
      tags: Array.isArray(t.tags) ? t.tags.filter((x): x is string => typeof x === 'string') : [],
      fields,
      notes,
    };
    const p = this.pending?.ticketId === id ? this.pending : undefined;
    if (p) {
      if (p.priority) state.priority = p.priority;
      if (p.tags) state.tags = p.tags;
      Object.assign(state.fields, p.fields);
      state.notes = [...(state.notes ?? []), ...p.notes];
    }
    return { id, state };
  }

  private remember(ticketId: string, plan: ApplyPlan): void {
    const p: Pending = this.pending?.ticketId === ticketId ? this.pending : { ticketId, fields: {}, notes: [] };
    if (plan.setPriority) p.priority = plan.setPriority;
    if (plan.tags) p.tags = plan.tags;
    Object.assign(p.fields, plan.setFields);
    if (plan.note) p.notes.push(plan.note);
    this.pending = p;
  }

  /** Inserts a draft into the reply editor, after what the agent typed (`replace: false`). */
  async insertReply(text: string): Promise<void> {
    await this.client.interface.trigger('setValue', { id: 'editor', text: editorHtml(text), replace: false });
  }

  /**
   * Calls `onChange` (debounced) when the ticket changes or the app is shown again. The FDK has no
   * `events.off`, so the returned function mutes the handlers instead of removing them.
   */
  subscribe(onChange: () => void, debounceMs = 300): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    // One closure per event name: the name is known here even if a host leaves `event.type` out.
    const handlerFor =
      (name: string): EventCallback =>
      (event: FdkEvent) => {
        if (!active) return;
        this.forgetOnSave(name, event);
        clearTimeout(timer);
        timer = setTimeout(onChange, debounceMs);
      };
    for (const name of RETRIAGE_EVENTS) this.client.events.on(name, handlerFor(name));
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }

  /**
   * Once the agent saves the properties, the saved ticket is the truth again; and a priority the agent
   * picks in the form by hand is theirs, so our pending one must not make it look like ours.
   */
  private forgetOnSave(name: string, event: FdkEvent): void {
    if (name === 'ticket.propertiesUpdated') this.pending = undefined;
    if (name === 'ticket.priorityChanged' && this.pending?.priority) {
      let data: unknown;
      try {
        data = event.helper.getData();
      } catch {
        data = undefined;
      }
      const now = data && typeof data === 'object' && 'new' in data ? priorityOf((data as { new: unknown }).new) : undefined;
      if (now !== this.pending.priority) delete this.pending.priority;
    }
  }

  /** The tone guard on Send (see replyGuard.ts). */
  guardReplies(
    check: (text: string) => Finding[] | Promise<Finding[]>,
    options: { dialog?: () => GuardDialog; onOutcome?: (outcome: GuardOutcome, findings: Finding[]) => void } = {},
  ): ReplyGuard {
    return guardSendReply(this.client, check, options);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
