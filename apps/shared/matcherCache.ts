// Keeps the compiled lexicons in the browser's IndexedDB between opens of a sidebar. Zendesk and
// Freshdesk load the app into a fresh frame for every ticket an agent opens, and compiling the
// lexicons was most of the first triage: ~190 ms in Chromium, against design.md §4's 300 ms from
// the host's answer to the triage painted. Read back, they are ready in a few milliseconds.
//
// Only ever a speed-up: where storage is missing (an older browser, a private window, a test DOM),
// blocked, slow or holds something else, the triage compiles the lexicons as it did before. An
// entry is keyed by the build that wrote it (scripts/build/buildId.ts) and by the lexicons'
// content, so an update of the app or of a shop's policy never reads stale tables.
import type { Lexicons } from '../../core/lexicon.ts';
import { MatcherData } from '../../core/matcherData.ts';
import { defaultPolicy } from '../../core/policy.ts';
import { matcherFor, provideMatcher } from '../../core/scan.ts';

/** Defined by the apps' builds (scripts/build/buildId.ts); without it (unit tests) nothing is cached. */
declare const COMPLAINT_DESK_BUILD: string | undefined;
const BUILD = typeof COMPLAINT_DESK_BUILD === 'string' ? COMPLAINT_DESK_BUILD : undefined;
const DATABASE = 'complaint-desk';
const STORE = 'matchers';
/**
 * How long a triage waits for storage before it compiles instead (and ignores a late answer).
 * Reading the tables back takes ~10–30 ms on an idle machine and a few hundred when the machine is
 * busy, which slows compiling as much; only storage that is stuck should make the agent wait this.
 */
const RESTORE_WAIT_MS = 1000;

type Outcome = 'restored' | 'compiled';
const outcomes = new WeakMap<Lexicons, Promise<Outcome>>();

/**
 * Provides the matcher of `lexicons` from storage when this build stored it on an earlier open.
 * Never rejects: it settles with 'compiled' when the triage has to compile (nothing stored,
 * storage unavailable or too slow, a damaged entry), after at most RESTORE_WAIT_MS.
 */
export function restoreMatcher(lexicons: Lexicons): Promise<Outcome> {
  let outcome = outcomes.get(lexicons);
  if (!outcome) outcomes.set(lexicons, (outcome = read(lexicons)));
  return outcome;
}

/**
 * After a triage has compiled `lexicons`, stores the result for the next open, once the browser is
 * idle (the write copies ~7 MB). Nothing to do when they were read from storage.
 */
export function keepMatcher(lexicons: Lexicons): void {
  void restoreMatcher(lexicons).then((outcome) => {
    if (outcome === 'restored' || kept.has(lexicons)) return;
    kept.add(lexicons);
    whenIdle(() => void write(lexicons).catch(() => undefined));
  });
}
const kept = new WeakSet<Lexicons>();

async function read(lexicons: Lexicons): Promise<Outcome> {
  const storage = available();
  if (!storage) return 'compiled';
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), RESTORE_WAIT_MS));
  const lookUp = async () => {
    const db = await open(storage);
    try {
      return await request<unknown>(db.transaction(STORE, 'readonly').objectStore(STORE).get(await keyOf(lexicons)));
    } finally {
      db.close();
    }
  };
  try {
    const stored = await Promise.race([lookUp(), timeout]);
    if (stored === undefined) return 'compiled';
    const parsed = MatcherData.safeParse(stored);
    if (!parsed.success) return 'compiled'; // written over by the next keepMatcher
    provideMatcher(lexicons, parsed.data);
    return 'restored';
  } catch {
    return 'compiled';
  }
}

async function write(lexicons: Lexicons): Promise<void> {
  const storage = available();
  if (!storage) return;
  const key = await keyOf(lexicons);
  const db = await open(storage);
  try {
    const transaction = db.transaction(STORE, 'readwrite');
    // One entry at a time: tables of an older build or policy would only take space.
    transaction.objectStore(STORE).clear();
    transaction.objectStore(STORE).put(matcherFor(lexicons).data, key);
    await committed(transaction);
  } finally {
    db.close();
  }
}

function available(): IDBFactory | undefined {
  if (BUILD === undefined) return undefined;
  try {
    return typeof indexedDB === 'undefined' || typeof crypto === 'undefined' || typeof crypto.subtle === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined; // some browsers throw on the mere access when storage is blocked
  }
}

/**
 * The build, then the lexicons: the built-in ones by name, a shop's by a hash of their content
 * (~19,000 terms as JSON: worked out once, for the read and again for the write).
 */
function keyOf(lexicons: Lexicons): Promise<string> {
  let key = keys.get(lexicons);
  if (!key) keys.set(lexicons, (key = hashKey(lexicons)));
  return key;
}
const keys = new WeakMap<Lexicons, Promise<string>>();

async function hashKey(lexicons: Lexicons): Promise<string> {
  if (lexicons === defaultPolicy.lexicons) return `${BUILD}|default`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(lexicons)));
  return `${BUILD}|${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function open(storage: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = storage.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'));
    opening.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Settles when `transaction` has committed: a frame closed before then would lose the write. */
function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 500);
}
