// React hooks both sidebar apps share. The host specifics live in the loader the app passes in.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintContext, Triage, UiLanguage } from '../../../core/index.ts';
import type { OrderStatus } from '../viewModel.ts';

export type TriageState =
  | { phase: 'loading'; lang: UiLanguage }
  | { phase: 'error'; lang: UiLanguage; detail: string }
  | { phase: 'empty'; lang: UiLanguage }
  | { phase: 'ready'; lang: UiLanguage; triage: Triage; context: ComplaintContext; order: OrderStatus };

/** A loader reports each stage as it lands (ticket first, order after); `isCurrent` turns false when a newer run started. */
export type TriageLoader = (emit: (state: TriageState) => void, isCurrent: () => boolean) => Promise<void>;

/**
 * Runs the loader on mount and whenever `subscribe` reports a change of the ticket; results of an
 * older run never overwrite a newer one. Returns the state and `reload`.
 */
export function useTriage(loader: TriageLoader, subscribe?: (onChange: () => void) => () => void, initialLang: UiLanguage = 'en') {
  const [state, setState] = useState<TriageState>({ phase: 'loading', lang: initialLang });
  const generation = useRef(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    loaderRef.current((s) => isCurrent() && setState(s), isCurrent).catch((error: unknown) => {
      if (isCurrent()) setState((prev) => ({ phase: 'error', lang: prev.lang, detail: error instanceof Error ? error.message : String(error) }));
    });
  }, []);

  useEffect(() => {
    reload();
    const unsubscribe = subscribe?.(reload);
    return () => {
      generation.current++;
      unsubscribe?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { state, reload };
}

/** `now`, re-rendered every `intervalMs` (default 15 s): SLA countdowns stay live without host calls. */
export function useClock(intervalMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
