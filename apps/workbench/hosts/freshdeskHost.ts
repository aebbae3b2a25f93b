// The Freshdesk test host, bundled for the browser by test/freshdesk/harness.ts and by the workbench: it
// holds the scripted client of adapters/freshdesk/fakeClient.ts (payloads as Freshdesk sends them, every
// call recorded) and answers the app iframe's bridge (freshdeskAppClient.js). Fires `app.activated` once
// the app listens, as Freshdesk does when the sidebar app opens. The tests script the request template's
// answers (`orderResponses`); the workbench leaves them out, and the template's request is then made for
// real to `shopifyApi` (answered by the workbench's msw worker), as Freshdesk's proxy would make it.
import { fakeClient, type FakeClient } from '../../../adapters/freshdesk/fakeClient.ts';
import type { EventCallback, FdkEvent, TemplateResponse } from '../../../adapters/freshdesk/fdk.ts';

interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}
interface HostScenario {
  payloads: { ticket?: object; contact?: object; loggedInUser?: object };
  iparams: Record<string, unknown>;
  orderResponses?: Answer[];
  shopifyApi?: string;
  confirm?: string;
  failing?: string[];
  appUrl: string;
  appOrigin: string;
}

declare global {
  interface Window {
    __fake: FakeClient;
    __calls: FakeClient['calls'];
    __emit(name: string, data?: unknown): Promise<string>;
    __ready: boolean;
    /** What the agent types in Freshdesk's reply editor: the workbench's reply box calls this. */
    __setEditor(text: string): void;
    workbench?: { scenario(host: 'freshdesk'): Promise<HostScenario> };
  }
}

async function liveAnswer(url: string, options: { body?: string }): Promise<Answer> {
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: options.body ?? '' });
    return { status: r.status, body: await r.text(), headers: Object.fromEntries(r.headers) };
  } catch {
    return { status: 502, body: 'Error in establishing connection' };
  }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};
const PRIORITY = ['', 'Low', 'Medium', 'High', 'Urgent'];

/** The ticket page around the sidebar, as text only: the host must not run ticket content either. */
function ticketPage(fake: FakeClient, frame: HTMLIFrameElement) {
  const page = el('div', 'fd-page');
  const main = el('div', 'fd-main');
  const side = el('div', 'fd-side');
  const props = el('div', 'fd-props');
  const editor = el('div', 'fd-editor');
  const outcome = el('div', 'fd-outcome');
  const ticket = (fake.payloads.ticket ?? {}) as Record<string, any>;
  const contact = (fake.payloads.contact ?? {}) as Record<string, any>;
  main.append(el('h1', 'fd-subject', String(ticket.subject ?? '')), el('div', 'fd-meta', `${contact.name ?? ''} · #${ticket.id ?? ''}`));
  const thread = [{ who: contact.name, text: ticket.description_text }, ...((ticket.conversations as any[]) ?? []).map((c) => ({ who: c.incoming ? contact.name : 'Agent', text: c.body_text }))];
  for (const c of thread) {
    if (!c.text) continue;
    const box = el('div', 'fd-conv');
    box.append(el('b', '', String(c.who ?? '')), document.createTextNode(String(c.text)));
    main.append(box);
  }
  const send = el('button', 'fd-send', 'Send');
  send.addEventListener('click', async () => {
    const decision = await fake.emit('ticket.sendReply', { body_text: fake.form.editor.replace(/<[^>]*>/g, ' ') });
    outcome.textContent = decision === 'fail' ? 'Held by an app: the reply was not sent.' : 'Sent.';
  });
  main.append(el('div', 'fd-label', 'Reply'), editor, send, outcome);
  side.append(props, frame);
  page.append(main, side);
  const render = () => {
    const saved = (fake.payloads.ticket ?? {}) as Record<string, any>;
    const priority = fake.form.priority ?? saved.priority;
    const tags = (fake.form.tags ?? saved.tags ?? []) as string[];
    props.replaceChildren(el('b', '', 'Priority'), document.createTextNode(PRIORITY[Number(priority)] ?? '-'), el('b', '', 'Tags'), ...tags.map((t) => el('span', 'fd-tag', t)));
    editor.textContent = fake.form.editor.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  };
  render();
  return { page, render };
}

const STYLE = `
  body { margin: 0; font: 14px system-ui, "Noto Sans CJK TC", sans-serif; color: #12344d; background: #f5f7f9; }
  .fd-top { height: 48px; background: #fff; border-bottom: 1px solid #cfd7df; display: flex; align-items: center; padding: 0 16px; font-weight: 600; }
  .fd-page { display: flex; height: calc(100vh - 49px); }
  .fd-main { flex: 1; padding: 16px 20px; overflow: auto; }
  .fd-subject { font-size: 18px; margin: 0 0 4px; }
  .fd-meta { color: #475867; font-size: 12px; margin-bottom: 12px; }
  .fd-conv { background: #fff; border: 1px solid #ebeff3; border-radius: 4px; padding: 10px 12px; margin-bottom: 10px; white-space: pre-wrap; }
  .fd-conv b { display: block; font-size: 12px; color: #475867; margin-bottom: 4px; }
  .fd-label { font-size: 12px; font-weight: 600; margin: 12px 0 4px; }
  .fd-editor { background: #fff; border: 1px solid #cfd7df; border-radius: 4px; padding: 10px 12px; min-height: 70px; white-space: pre-wrap; }
  .fd-send { margin-top: 8px; background: #2c5cc5; color: #fff; border: 0; border-radius: 4px; padding: 6px 14px; font-weight: 600; cursor: pointer; }
  .fd-outcome { font-size: 12px; color: #475867; margin-top: 6px; }
  .fd-side { width: 380px; border-left: 1px solid #cfd7df; background: #fff; display: flex; flex-direction: column; }
  .fd-props { font-size: 12px; padding: 8px 10px; border-bottom: 1px solid #ebeff3; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  .fd-props b { font-weight: 600; }
  .fd-tag { background: #ebeff3; border-radius: 3px; padding: 1px 6px; }
`;

async function main() {
  const name = new URLSearchParams(location.search).get('scenario');
  const sc = name ? ((await (await fetch(`/scenario/${name}.json`)).json()) as HostScenario) : await window.parent.workbench!.scenario('freshdesk');
  const answers = sc.orderResponses;
  const fake = fakeClient(sc.payloads, {
    iparams: sc.iparams,
    invoke: async (_n, o, i) => {
      const a = answers ? answers[Math.min(i, answers.length - 1)] : await liveAnswer(sc.shopifyApi!, o);
      if (!a) throw { status: 502, response: 'Error in establishing connection', errorSource: 'PLATFORM' };
      if (a.delayMs) await new Promise((ok) => setTimeout(ok, a.delayMs));
      const r: TemplateResponse = { status: a.status, headers: a.headers ?? {}, response: a.body ?? '' };
      if (a.status >= 200 && a.status < 300) return r;
      throw { ...r, errorSource: 'APP', attempts: 1 };
    },
    // Scripted in tests; in the workbench a person answers Freshdesk's confirm dialog.
    confirm: async (o) => {
      if (sc.confirm !== undefined || answers) return sc.confirm ?? 'Cancel';
      return window.confirm(`${String(o.title ?? '')}\n\n${String(o.message ?? '')}`) ? o.saveLabel : o.cancelLabel;
    },
    ...(sc.failing ? { failing: sc.failing } : {}),
  });
  window.__fake = fake;
  window.__calls = fake.calls;
  window.__emit = (n, d) => fake.emit(n, d);

  const frame = document.createElement('iframe');
  frame.src = sc.appUrl;
  frame.title = 'Complaint Desk';
  frame.style.cssText = 'width:100%;flex:1;border:0';
  const { page, render } = ticketPage(fake, frame);
  window.__setEditor = (text) => {
    fake.form.editor = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
    render();
  };
  let eventSeq = 0;
  const waiting = new Map<number, (decision: string) => void>();
  let activated = false;
  const forward =
    (name: string, k: number): EventCallback =>
    async (event: FdkEvent) => {
      const eventId = ++eventSeq;
      const decision = await new Promise<string>((ok) => {
        waiting.set(eventId, ok);
        frame.contentWindow!.postMessage({ fdEvent: true, name, k, eventId, data: JSON.parse(JSON.stringify(event.helper.getData() ?? {})) }, sc.appOrigin);
      });
      if (decision === 'done') event.helper.done?.();
      if (decision === 'fail') event.helper.fail?.('held by the app');
    };
  const methods: Record<string, (...args: any[]) => Promise<unknown>> = {
    'data.get': (n: string) => fake.data.get(n),
    'iparams.get': () => fake.iparams.get(),
    'interface.trigger': (a: string, o: Record<string, unknown>) => fake.interface.trigger(a, o),
    'request.invokeTemplate': (n: string, o: object) => fake.request.invokeTemplate(n, o),
  };
  window.addEventListener('message', async (e) => {
    if (e.source !== frame.contentWindow || e.origin !== sc.appOrigin) return;
    const m = e.data ?? {};
    if (m.fdEventDone) return void waiting.get(m.fdEventDone)?.(m.decision);
    if (typeof m.fdCall !== 'string') return;
    if (m.fdCall === 'events.on') {
      const [name, options, k] = m.args as [string, { intercept?: boolean }, number];
      fake.events.on(name, forward(name, k), options);
      if (name === 'app.activated' && !activated) {
        activated = true;
        setTimeout(() => void fake.emit('app.activated', {}), 20);
      }
      return;
    }
    const reply = (body: object) => {
      frame.contentWindow!.postMessage({ fdReply: true, id: m.id, ...body }, sc.appOrigin);
      render();
    };
    try {
      const value = await methods[m.fdCall]!(...(m.args as unknown[]));
      reply({ ok: true, value: JSON.parse(JSON.stringify(value ?? null)) });
    } catch (error) {
      reply({ ok: false, error: JSON.parse(JSON.stringify(error instanceof Error ? { message: error.message } : error)) });
    }
  });
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  document.body.replaceChildren(el('div', 'fd-top', 'Freshdesk · Tickets'), page);
  window.__ready = true;
}

void main();
