// What the browser tests and the bench read of apps/shared/matcherCache.ts's IndexedDB entry, in the
// app's frame (where the sidebar's storage is).
import type { Frame } from 'playwright-core';

/**
 * An expression that opens the app's database without creating it (opening a missing one would make
 * an empty one, which the app would then find without its store) and runs `body` on it: a function
 * of run(mode, (store) => request), which resolves with the request's result once committed. Undefined when there
 * is no database yet, or when the browser keeps no storage for the frame.
 */
export const withStore = (body: string) => `new Promise((ok, fail) => {
  const opening = indexedDB.open('complaint-desk');
  opening.onupgradeneeded = () => opening.transaction.abort();
  opening.onerror = () => ok(undefined);
  opening.onsuccess = async () => {
    const db = opening.result;
    // Settles once the transaction has committed: a page closed right after a write would lose it.
    const run = (mode, use) => new Promise((done, failed) => {
      const transaction = db.transaction('matchers', mode);
      const req = use(transaction.objectStore('matchers'));
      transaction.oncomplete = () => done(req.result);
      transaction.onabort = transaction.onerror = () => failed(transaction.error);
    });
    try { ok(await (${body})(run)); } catch (e) { fail(e); } finally { db.close(); }
  };
})`;

/** Evaluates `expression` (a promise) in `frame` every 200 ms until it gives something other than undefined. */
export async function eventually(frame: Frame, expression: string): Promise<unknown> {
  for (let tries = 0; tries < 75; tries++) {
    const value = await frame.evaluate(expression);
    if (value !== undefined) return value;
    await frame.page().waitForTimeout(200);
  }
  throw new Error(`still undefined after 15 s: ${expression.slice(0, 200)}`);
}

/** The key of the app's one entry, once an open has written it (in idle time after its first triage). */
export async function storedKey(frame: Frame): Promise<string> {
  return (await eventually(frame, withStore('async (run) => (await run("readonly", (s) => s.getAllKeys()))[0]'))) as string;
}

/** Rewrites the stored tables so that every category term reads as "counterfeit": only a sidebar that uses them shows it. */
export async function storeCounterfeitTables(frame: Frame, key: string): Promise<void> {
  await frame.evaluate(
    withStore(`async (run) => {
      const data = await run('readonly', (s) => s.get(${JSON.stringify(key)}));
      data.targets = data.targets.map((t) => (t.kind === 'category' ? { kind: 'category', id: 'counterfeit' } : t));
      await run('readwrite', (s) => s.put(data, ${JSON.stringify(key)}));
    }`),
  );
}
