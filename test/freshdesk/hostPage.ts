// The Freshdesk test host, bundled for the browser by harness.ts: it holds the scripted client of
// adapters/freshdesk/fakeClient.ts (payloads as Freshdesk sends them, every call recorded) and answers
// the app iframe's bridge (appClient.js). Fires `app.activated` once the app listens, as Freshdesk does
// when the sidebar app opens.
import { fakeClient, type FakeClient } from '../../adapters/freshdesk/fakeClient.ts';
import type { EventCallback, FdkEvent, TemplateResponse } from '../../adapters/freshdesk/fdk.ts';

interface Answer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}
interface HostScenario {
  payloads: { ticket?: object; contact?: object; loggedInUser?: object };
  iparams: Record<string, unknown>;
  orderResponses: Answer[];
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
  }
}

async function main() {
  const name = new URLSearchParams(location.search).get('scenario');
  const sc = (await (await fetch(`/scenario/${name}.json`)).json()) as HostScenario;
  const fake = fakeClient(sc.payloads, {
    iparams: sc.iparams,
    invoke: async (_n, _o, i) => {
      const a = sc.orderResponses[Math.min(i, sc.orderResponses.length - 1)];
      if (!a) throw { status: 502, response: 'Error in establishing connection', errorSource: 'PLATFORM' };
      if (a.delayMs) await new Promise((ok) => setTimeout(ok, a.delayMs));
      const r: TemplateResponse = { status: a.status, headers: a.headers ?? {}, response: a.body ?? '' };
      if (a.status >= 200 && a.status < 300) return r;
      throw { ...r, errorSource: 'APP', attempts: 1 };
    },
    confirm: async () => sc.confirm ?? 'Cancel',
    ...(sc.failing ? { failing: sc.failing } : {}),
  });
  window.__fake = fake;
  window.__calls = fake.calls;
  window.__emit = (n, d) => fake.emit(n, d);

  const frame = document.createElement('iframe');
  frame.src = sc.appUrl;
  frame.title = 'Complaint Desk';
  frame.style.cssText = 'width:360px;height:700px;border:1px solid #cfd7df';
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
    const reply = (body: object) => frame.contentWindow!.postMessage({ fdReply: true, id: m.id, ...body }, sc.appOrigin);
    try {
      const value = await methods[m.fdCall]!(...(m.args as unknown[]));
      reply({ ok: true, value: JSON.parse(JSON.stringify(value ?? null)) });
    } catch (error) {
      reply({ ok: false, error: JSON.parse(JSON.stringify(error instanceof Error ? { message: error.message } : error)) });
    }
  });
  document.body.append(frame);
  window.__ready = true;
}

void main();
