// The sidebar's re-triage subscription (pure: no DOM, no framework).
import type { FreshdeskDesk } from '../../adapters/freshdesk/desk.ts';

/**
 * Re-triage on the ticket's events, except the `app.activated` Freshdesk sends as the app opens (the
 * documented boot pattern): the first load is already under way, and a second would double the reads.
 */
export function subscriber(desk: Pick<FreshdeskDesk, 'subscribe'>, quietMs = 2_000) {
  return (onChange: () => void) => {
    const opened = Date.now();
    let first = true;
    return desk.subscribe(() => {
      const skip = first && Date.now() - opened < quietMs;
      first = false;
      if (!skip) onChange();
    });
  };
}
