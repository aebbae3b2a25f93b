// Freshdesk's numeric codes (hosts/freshdesk.md §5) and the core's words for them. The front-end data
// method may hand a code as a number, a numeric string or a label, so each reader accepts all three.
import type { Priority, TicketStatus } from '../../core/index.ts';

export type PriorityCode = 1 | 2 | 3 | 4;

/** 1 Low, 2 Medium, 3 High, 4 Urgent. Freshdesk's "Medium" is the core's "normal". */
export const PRIORITY_CODES: Record<Priority, PriorityCode> = { low: 1, normal: 2, high: 3, urgent: 4 };
const PRIORITY_BY_CODE: Record<number, Priority> = { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' };
const PRIORITY_BY_LABEL: Record<string, Priority> = { low: 'low', medium: 'normal', normal: 'normal', high: 'high', urgent: 'urgent' };

/**
 * 2 Open, 3 Pending, 4 Resolved, 5 Closed. Custom statuses take other ids; 6 and 7 are commonly
 * "Waiting on Customer" (the customer's turn: pending) and "Waiting on Third Party" (on hold). Any other
 * id is left unknown rather than guessed, because a wrong pending/on-hold would pause the SLA clocks.
 */
const STATUS_BY_CODE: Record<number, TicketStatus> = { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed', 6: 'pending', 7: 'on_hold' };
const STATUS_BY_LABEL: Record<string, TicketStatus> = {
  open: 'open',
  pending: 'pending',
  resolved: 'solved',
  closed: 'closed',
  'waiting on customer': 'pending',
  'waiting on third party': 'on_hold',
};

/** 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback widget, 10 Outbound email. */
const SOURCE_BY_CODE: Record<number, string> = { 1: 'email', 2: 'portal', 3: 'phone', 7: 'chat', 9: 'feedback_widget', 10: 'outbound_email' };

function code(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}
const label = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : undefined);

export function priorityOf(value: unknown): Priority | undefined {
  const n = code(value);
  if (n !== undefined) return PRIORITY_BY_CODE[n];
  const l = label(value);
  return l === undefined ? undefined : PRIORITY_BY_LABEL[l];
}

export function statusOf(value: unknown): TicketStatus | undefined {
  const n = code(value);
  if (n !== undefined) return STATUS_BY_CODE[n];
  const l = label(value);
  return l === undefined ? undefined : STATUS_BY_LABEL[l];
}

export function sourceOf(value: unknown): string | undefined {
  const n = code(value);
  if (n !== undefined) return SOURCE_BY_CODE[n] ?? `source_${n}`;
  const l = label(value);
  return l || undefined;
}
