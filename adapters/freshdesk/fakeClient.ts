// A scripted FDK client for contract tests and the browser test host: answers `data.get` from payloads
// wrapped the way Freshdesk wraps them ({ticket: {...}}), records every call, and applies `setValue` to its
// own form state so a test can see what an agent would see. The saved ticket (what `data.get` returns)
// changes only on `save()`, like the agent clicking Update.
import type { EventCallback, FdkEvent, FreshdeskClient, InvokeOptions, TemplateResponse } from './fdk.ts';

export interface Call {
  kind: 'data' | 'trigger' | 'invokeTemplate' | 'iparams' | 'on';
  args: unknown[];
}

export interface FakeOptions {
  iparams?: Record<string, unknown>;
  /** The template's answer to the n-th request (0-based); reject to model a non-2xx or a failure. */
  invoke?: (name: string, options: InvokeOptions, n: number) => Promise<TemplateResponse>;
  /** showConfirm's answer (the chosen label). */
  confirm?: (options: Record<string, unknown>) => Promise<unknown>;
  /** Data objects that fail (the data method rejects). */
  failing?: string[];
}

export type FakeClient = FreshdeskClient & {
  calls: Call[];
  /** The properties form and editors as the agent sees them after our interface calls. */
  form: { priority?: unknown; tags?: unknown; fields: Record<string, unknown>; editor: string; note?: string };
  /** Copies the form into the saved ticket, as the agent's Update would, and fires propertiesUpdated. */
  save(): void;
  /** Fires an event; resolves with what an intercepting handler decided. */
  emit(name: string, data?: unknown): Promise<'done' | 'fail' | 'none'>;
  payloads: Record<string, Record<string, unknown>>;
};

export function fakeClient(payloads: { ticket?: object; contact?: object; loggedInUser?: object }, options: FakeOptions = {}): FakeClient {
  const saved: Record<string, Record<string, unknown>> = JSON.parse(JSON.stringify(payloads));
  const calls: Call[] = [];
  const handlers = new Map<string, { cb: EventCallback; intercept: boolean }[]>();
  const form: FakeClient['form'] = { fields: {}, editor: '' };
  let requests = 0;
  const emit: FakeClient['emit'] = async (name, data) => {
    let decided: 'done' | 'fail' | 'none' = 'none';
    for (const { cb, intercept } of handlers.get(name) ?? []) {
      const event: FdkEvent = {
        type: name,
        helper: {
          getData: () => data ?? {},
          ...(intercept ? { done: () => void (decided = 'done'), fail: () => void (decided = 'fail') } : {}),
        },
      };
      await cb(event);
    }
    return decided;
  };
  return {
    calls,
    form,
    payloads: saved,
    emit,
    save() {
      const t = saved.ticket ?? (saved.ticket = {});
      if (form.priority !== undefined) t.priority = form.priority;
      if (form.tags !== undefined) t.tags = form.tags;
      t.custom_fields = { ...((t.custom_fields as object) ?? {}), ...form.fields };
      void emit('ticket.propertiesUpdated', {});
    },
    data: {
      async get(name) {
        calls.push({ kind: 'data', args: [name] });
        if (options.failing?.includes(name) || !(name in saved)) throw { message: `${name} is not available here`, status: 404 };
        return { [name]: JSON.parse(JSON.stringify(saved[name])) };
      },
    },
    events: {
      on(name, cb, o) {
        calls.push({ kind: 'on', args: [name, o ?? {}] });
        handlers.set(name, [...(handlers.get(name) ?? []), { cb, intercept: o?.intercept === true }]);
      },
    },
    interface: {
      async trigger(action, o) {
        calls.push({ kind: 'trigger', args: [action, o] });
        if (action === 'setValue') {
          if (o.id === 'priority') form.priority = o.value;
          else if (o.id === 'tag') form.tags = o.value;
          else if (o.id === 'editor') form.editor = o.replace === true ? String(o.text) : form.editor + String(o.text);
          else if (typeof o.id === 'string' && o.id.startsWith('cf_')) form.fields[o.id] = o.value;
        }
        if (action === 'click' && o.id === 'note') form.note = String(o.text);
        if (action === 'showConfirm') return options.confirm ? options.confirm(o) : 'Cancel';
        return { success: true };
      },
    },
    request: {
      async invokeTemplate(name, o) {
        calls.push({ kind: 'invokeTemplate', args: [name, o] });
        if (!options.invoke) throw { status: 502, response: 'Error in establishing connection', errorSource: 'PLATFORM' };
        return options.invoke(name, o, requests++);
      },
    },
    iparams: {
      async get() {
        calls.push({ kind: 'iparams', args: [] });
        return { ...(options.iparams ?? {}) };
      },
    },
  };
}
