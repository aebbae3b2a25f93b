// How long a sidebar app takes to paint its first triage once the host has answered (design.md §4:
// ≤ 300 ms), measured inside the app's frame in Chromium: the time from the last message the frame
// received before its triage summary appeared (the host's answer it was waiting for: nothing else
// is read while the triage runs) to the end of the first frame that shows the summary: its layout
// and paint included (they come after the frame's animation callbacks, where the probe stopped
// before, ~15–25 ms early for this panel). On a first open the triage compiles the lexicons; where
// the browser keeps the app frame's storage, later opens read them back (apps/shared/matcherCache.ts).
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { storedKey } from '../test/matcherStore.ts';
import type { BenchFigure } from './bench-sla.ts';

/** Run in every frame before its own scripts (the harnesses' `initScript`); it acts in the app's frame only. */
const PAINT_PROBE = `(() => {
  if (window === window.top) return;
  addEventListener('message', () => { window.__lastMessageAt = performance.now(); }, true);
  const observer = new MutationObserver(() => {
    if (window.__paintMs !== undefined || !document.querySelector('[data-testid="summary"]')) return;
    observer.disconnect();
    const answeredAt = window.__lastMessageAt;
    window.__paintMs = null;
    // Animation frame callbacks run before the frame's style, layout and paint; a message posted
    // from one is delivered once they are done.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__paintMs = performance.now() - answeredAt; };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

/** The probe's figure in the app's frame, once the summary has been painted. */
async function paintAfterAnswer(app: Frame): Promise<number> {
  await app.waitForFunction('typeof window.__paintMs === "number"');
  return (await app.evaluate('window.__paintMs')) as number;
}

/** How many times each ticket is opened for the figure: one open varies by ±50 ms on this machine. */
const OPENS = 5;

/**
 * The figure over OPENS opens of one ticket, each in a fresh frame as an agent's every ticket is:
 * the median, against the budget, and the slowest.
 */
async function paintFigures(label: string, open: () => Promise<{ app: () => Frame; close: () => Promise<void> }>): Promise<BenchFigure[]> {
  const times: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const opened = await open();
    times.push(await paintAfterAnswer(opened.app()));
    await opened.close();
  }
  times.sort((a, b) => a - b);
  return [
    { name: `${label}: first triage painted after the host's answer, median of ${OPENS} opens`, value: times[OPENS >> 1]!, unit: 'ms', budget: '≤ 300' },
    { name: `${label}: first triage painted after the host's answer, slowest of ${OPENS}`, value: times[OPENS - 1]!, unit: 'ms' },
  ];
}

/** What the paint figures ask of a browser harness (test/zendesk/harness.ts, test/freshdesk/harness.ts). */
export interface PaintHarness<Scenario> {
  open(name: string, scenario: Scenario, options?: { initScript?: string; in?: BrowserContext }): Promise<{ app: () => Frame; page: Page; context: BrowserContext }>;
  storageContext(options?: { initScript?: string }): Promise<BrowserContext>;
}

/**
 * Every paint figure of one ticket in one app: opened in fresh frames of the test browser, whose
 * frames keep no storage; then in profiles that keep it (the harness's `storageContext`), the first
 * open in a new profile, which finds nothing stored and compiles (the agent's first ticket since
 * the app was installed or updated), and reopens in one profile once the first open has stored the
 * compiled lexicons (every ticket after).
 */
export async function openingFigures<Scenario>(host: string, ticket: string, harness: PaintHarness<Scenario>, scenario: Scenario): Promise<BenchFigure[]> {
  const name = ticket.replace(/\W/g, '');
  const fresh = await paintFigures(`${host} open (${ticket})`, async () => {
    const { app, context } = await harness.open(`bench-paint-${name}`, scenario, { initScript: PAINT_PROBE });
    return { app, close: () => context.close() };
  });
  const kept = `${host} (${ticket}), storage allowed`;
  const open = (context: BrowserContext) => harness.open(`bench-kept-${name}`, scenario, { in: context });
  const profile = () => harness.storageContext({ initScript: PAINT_PROBE });
  const firstOpens = await paintFigures(`${kept}, first open in a new profile`, async () => {
    const context = await profile();
    const { app } = await open(context);
    return { app, close: () => context.close() };
  });
  const context = await profile();
  try {
    const first = await open(context);
    await storedKey(first.app());
    await first.page.close();
    const reopens = await paintFigures(`${kept}, reopened with the lexicons stored`, async () => {
      const { app, page } = await open(context);
      return { app, close: () => page.close() };
    });
    return [...fresh, ...firstOpens, ...reopens];
  } finally {
    await context.close();
  }
}
