// The tone guard on Send: `ticket.sendReply` subscribed with `{intercept: true}` (hosts/freshdesk.md §2)
// pauses the send until we call `event.helper.done()` (send) or `fail(message)` (stay in the editor).
// An error-severity finding asks the agent through `showConfirm`; they may send anyway. Everything that
// goes wrong on our side (no text in the event, a failing check, the dialog timing out) lets the reply
// go: the guard advises, it never stands between an agent and their customer.
import type { Finding } from '../../core/index.ts';
import type { FdkEvent, FreshdeskClient } from './fdk.ts';
import { htmlToText } from './html.ts';

export const SEND_REPLY_EVENT = 'ticket.sendReply';

/** The dialog's words, in the agent's language (the UI passes its own strings). */
export interface GuardDialog {
  title: string;
  /** One line naming what was found; showConfirm keeps 100 characters. */
  message(errors: Finding[]): string;
  /** Button labels: showConfirm keeps 11 characters. */
  sendLabel: string;
  editLabel: string;
}

export const ENGLISH_DIALOG: GuardDialog = {
  title: 'Check this reply',
  message: (errors) => `${errors.length} problem${errors.length === 1 ? '' : 's'} found: “${errors[0]?.text || errors[0]?.rule || ''}”. Send anyway?`,
  sendLabel: 'Send anyway',
  editLabel: 'Edit',
};

const LIMITS = { title: 30, message: 100, label: 11 };
const cap = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The reply text in a sendReply event, whichever shape the host gives it in. */
export function replyTextOf(data: unknown): string | undefined {
  if (typeof data === 'string') return htmlToText(data) || undefined;
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  for (const key of ['body_text', 'text']) if (typeof d[key] === 'string' && (d[key] as string).trim()) return d[key] as string;
  for (const key of ['body', 'html']) if (typeof d[key] === 'string') return htmlToText(d[key] as string) || undefined;
  for (const key of ['reply', 'data']) if (d[key] && typeof d[key] === 'object') return replyTextOf(d[key]);
  return undefined;
}

export type GuardOutcome = 'sent' | 'sent_anyway' | 'held' | 'unchecked';

export interface ReplyGuard {
  /** Turns the guard off (the FDK has no `events.off`): later sends pass untouched. */
  dispose(): void;
}

export function guardSendReply(
  client: Pick<FreshdeskClient, 'events' | 'interface'>,
  check: (text: string) => Finding[] | Promise<Finding[]>,
  options: { dialog?: () => GuardDialog; onOutcome?: (outcome: GuardOutcome, findings: Finding[]) => void } = {},
): ReplyGuard {
  let active = true;
  // Texts the agent chose to send anyway: the same text is not asked about twice.
  const acknowledged = new Set<string>();
  const report = (outcome: GuardOutcome, findings: Finding[] = []) => options.onOutcome?.(outcome, findings);
  const handler = async (event: FdkEvent) => {
    const done = () => event.helper.done?.();
    if (!active) return done();
    let text: string | undefined;
    let errors: Finding[];
    try {
      text = replyTextOf(event.helper.getData());
      if (text === undefined) {
        report('unchecked');
        return done();
      }
      errors = (await check(text)).filter((f) => f.severity === 'error');
    } catch {
      report('unchecked');
      return done();
    }
    if (errors.length === 0 || acknowledged.has(text)) {
      report(errors.length === 0 ? 'sent' : 'sent_anyway', errors);
      return done();
    }
    const dialog = options.dialog?.() ?? ENGLISH_DIALOG;
    const message = cap(dialog.message(errors), LIMITS.message);
    const sendLabel = cap(dialog.sendLabel, LIMITS.label);
    try {
      const answer = await client.interface.trigger('showConfirm', {
        title: cap(dialog.title, LIMITS.title),
        message,
        saveLabel: sendLabel,
        cancelLabel: cap(dialog.editLabel, LIMITS.label),
      });
      const chosen = typeof answer === 'string' ? answer : answer && typeof answer === 'object' && 'message' in answer ? String(answer.message) : undefined;
      if (chosen === sendLabel) {
        acknowledged.add(text);
        report('sent_anyway', errors);
        return done();
      }
    } catch {
      // The dialog could not be shown or timed out (10 s): do not hold the reply hostage to it.
      report('sent_anyway', errors);
      return done();
    }
    report('held', errors);
    event.helper.fail?.(message);
  };
  client.events.on(SEND_REPLY_EVENT, handler, { intercept: true });
  return {
    dispose() {
      active = false;
    },
  };
}
