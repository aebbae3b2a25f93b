// The SLA clocks of one complaint: first response, solution offered, next update and resolution,
// counted in the shop's business calendar and paused while the ticket waits.
//
// Conventions (tested in slaClocks.test.ts):
// - First response, solution and resolution start when the ticket was created (`now` when the
//   ticket has no creation time).
// - Met by: the first public agent message; `solutionOfferedAt`; `solvedAt`. Internal notes never
//   count. Events after `now` have not happened yet (replays pass an earlier `now`), and events
//   before the clock started do not meet it.
// - Next update follows Zammad (anchors.md §2 cases 16 and 19): the first customer message after
//   the last public agent reply starts it, the next public agent reply meets it, and further
//   customer messages in between do not move it. It exists only once the first response is met:
//   before that the first-response clock already covers the customer, and an update clock running
//   beside it would overrule a longer first-response target (Zammad #5177). When nothing is
//   waiting for an answer, the clock shows the last exchange (met), or is absent if there was none.
// - Pauses: time in pending or on_hold counts on no clock; so does time in solved or closed before a
//   reopen (Zammad case 13). Pauses are intervals of real time intersected with business time, so
//   one across midnight or several days removes exactly the open time inside it.
//   The status history is read up to `now`; `ticket.status` (else the last history entry) says
//   whether the ticket is paused now. A ticket paused now has its due time computed as if it
//   resumed now, and its minutes left frozen.
// - State: `met` once the meeting event happened, even late: then `metAt` is set and `minutesLeft`
//   is what was left at that moment (negative when late), so reports can count late answers.
//   Otherwise `breached` once `now` is after `dueAt` (a deadline is met up to and including its
//   instant), else `paused` while the ticket waits, else `running`.
// - `minutesLeft` is in business minutes, so a clock that breached at Friday's closing shows 0 (not
//   a negative number) until Monday's opening; `state` says breached all the same.
import * as z from './zod.ts';
import {
  addBusinessMilliseconds,
  BusinessCalendar,
  businessMillisecondsBetween,
  isoInstant,
  parseInstant,
} from './businessCalendar.ts';
import type { ComplaintContext, Tier, TicketStatus } from './model.ts';

/** The domain's "golden 4 hours": no first-response target may be longer unless the shop says so. */
export const GOLDEN_HOURS_MINUTES = 240;

const MINUTE = 60_000;

const minutes = (what: string) =>
  z
    .number({ error: `${what} must be a number of minutes` })
    .check(
      z.int({ error: `${what} must be a whole number of minutes` }),
      z.positive({ error: `${what} must be at least 1 minute` }),
    );

/** Business minutes per clock for one tier; null: the tier has no such clock. */
export const TierTargets = z.strictObject({
  firstResponse: minutes('firstResponse'),
  solution: z.nullable(minutes('solution')),
  update: z.nullable(minutes('update')),
  resolution: z.nullable(minutes('resolution')),
});
export type TierTargets = z.infer<typeof TierTargets>;

export const SlaTargets = z.strictObject({ routine: TierTargets, severe: TierTargets, crisis: TierTargets });
export type SlaTargets = z.infer<typeof SlaTargets>;

/** design.md §1. */
export const defaultSlaTargets: SlaTargets = {
  routine: { firstResponse: 30, solution: null, update: null, resolution: 30 },
  severe: { firstResponse: 60, solution: 240, update: 240, resolution: 1440 },
  crisis: { firstResponse: 30, solution: 120, update: 120, resolution: 1440 },
};

export const SlaPolicy = z
  .strictObject({
    /** Left out: calendar hours (24/7). */
    calendar: z.optional(BusinessCalendar),
    targets: z._default(SlaTargets, defaultSlaTargets),
    allowFirstResponseOverGoldenHours: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((policy, ctx) => {
      if (policy.allowFirstResponseOverGoldenHours) return;
      for (const tier of ['routine', 'severe', 'crisis'] as const) {
        const target = policy.targets[tier].firstResponse;
        if (target > GOLDEN_HOURS_MINUTES) {
          ctx.addIssue({
            code: 'custom',
            path: ['targets', tier, 'firstResponse'],
            message: `${target} minutes is beyond the golden 4 hours (${GOLDEN_HOURS_MINUTES} minutes); set allowFirstResponseOverGoldenHours: true to allow it`,
          });
        }
      }
    }),
  );
export type SlaPolicy = z.infer<typeof SlaPolicy>;
export type SlaPolicyInput = z.input<typeof SlaPolicy>;

export const defaultSlaPolicy: SlaPolicy = SlaPolicy.parse({});

// ── Output ─────────────────────────────────────────────────────────────────────────────────────

export const ClockKind = z.enum(['first_response', 'solution', 'next_update', 'resolution']);
export type ClockKind = z.infer<typeof ClockKind>;
export const ClockState = z.enum(['running', 'paused', 'met', 'breached']);
export type ClockState = z.infer<typeof ClockState>;

export const Clock = z.object({
  kind: ClockKind,
  targetMinutes: z.number().check(z.int(), z.positive()),
  startedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  /** Business minutes left (at `metAt` for a met clock); negative when late. */
  minutesLeft: z.number(),
  state: ClockState,
  metAt: z.optional(z.iso.datetime()),
});
export type Clock = z.infer<typeof Clock>;

export const Sla = z.object({ clocks: z.array(Clock) });
export type Sla = z.infer<typeof Sla>;

// ── Computation ────────────────────────────────────────────────────────────────────────────────

const PAUSING: ReadonlySet<TicketStatus> = new Set<TicketStatus>(['pending', 'on_hold', 'solved', 'closed']);

type Interval = readonly [number, number];

/** The clocks for `tier` under `policy` as they stand at `now`. */
export function computeSla(context: ComplaintContext, tier: Tier, policy: SlaPolicy, now: Date): Sla {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('now is not a valid date');
  const ticket = context.ticket;
  const targets = policy.targets[tier];
  const calendar = policy.calendar;
  const created = time(ticket.createdAt) ?? nowMs;
  const { pauses, pausedNow } = pauseIntervals(context, created, nowMs);

  const messages = ticket.messages
    .map((m, index) => ({ author: m.author, public: m.public, at: time(m.at), index }))
    .filter((m): m is typeof m & { at: number } => m.at !== undefined && m.at <= nowMs)
    .sort((a, b) => a.at - b.at || a.index - b.index);
  const isReply = (m: (typeof messages)[number]) => m.author === 'agent' && m.public;
  const happened = (t: number | undefined, from: number) => (t !== undefined && t >= from && t <= nowMs ? t : undefined);

  // Most clocks start at creation: its instant is written once for all of them.
  const createdAt = isoInstant(created);
  const make = (kind: ClockKind, target: number, start: number, metAt: number | undefined): Clock =>
    clock(kind, target, start, start === created ? createdAt : isoInstant(start), metAt, pauses, pausedNow, calendar, nowMs);

  const clocks: Clock[] = [];
  const firstReplyIndex = messages.findIndex((m) => isReply(m) && m.at >= created);
  const firstReply = firstReplyIndex >= 0 ? messages[firstReplyIndex]!.at : undefined;
  clocks.push(make('first_response', targets.firstResponse, created, firstReply));

  if (targets.solution !== null) {
    clocks.push(make('solution', targets.solution, created, happened(time(ticket.solutionOfferedAt), created)));
  }

  if (targets.update !== null && firstReply !== undefined) {
    let waitingSince: number | undefined;
    let last: { start: number; metAt: number } | undefined;
    for (const m of messages.slice(firstReplyIndex + 1)) {
      if (m.author === 'customer') waitingSince ??= m.at;
      else if (isReply(m) && waitingSince !== undefined) {
        last = { start: waitingSince, metAt: m.at };
        waitingSince = undefined;
      }
    }
    if (waitingSince !== undefined) clocks.push(make('next_update', targets.update, waitingSince, undefined));
    else if (last) clocks.push(make('next_update', targets.update, last.start, last.metAt));
  }

  if (targets.resolution !== null) {
    clocks.push(make('resolution', targets.resolution, created, happened(time(ticket.solvedAt), created)));
  }
  return { clocks };
}

function clock(
  kind: ClockKind,
  targetMinutes: number,
  start: number,
  startedAt: string,
  metAt: number | undefined,
  allPauses: readonly Interval[],
  pausedNow: boolean,
  calendar: BusinessCalendar | undefined,
  now: number,
): Clock {
  // Only waiting before the clock stopped matters; a pause after a reply cannot move its deadline.
  const horizon = Math.max(start, metAt ?? now);
  const pauses: Interval[] = [];
  for (const [a, b] of allPauses) {
    const s = Math.max(a, start);
    const e = Math.min(b, horizon);
    if (e > s) pauses.push([s, e]);
  }
  const targetMs = targetMinutes * MINUTE;
  const due = dueWithPauses(start, targetMs, pauses, calendar);
  const elapsed = activeBetween(start, horizon, pauses, calendar);
  const left = (targetMs - elapsed) / MINUTE;
  const dueAt = isoInstant(due);
  const minutesLeft = left === 0 ? 0 : left;
  // Two literals rather than a conditional spread, which V8 builds slowly.
  if (metAt !== undefined) return { kind, targetMinutes, startedAt, dueAt, minutesLeft, state: 'met', metAt: isoInstant(metAt) };
  const state: ClockState = now > due ? 'breached' : pausedNow ? 'paused' : 'running';
  return { kind, targetMinutes, startedAt, dueAt, minutesLeft, state };
}

/** The earliest instant by which `targetMs` of business time outside the pauses has passed. */
function dueWithPauses(start: number, targetMs: number, pauses: readonly Interval[], calendar: BusinessCalendar | undefined): number {
  let cursor = start;
  let remaining = targetMs;
  for (const [a, b] of pauses) {
    if (a > cursor) {
      const open = businessMillisecondsBetween(cursor, a, calendar);
      if (open >= remaining) return addBusinessMilliseconds(cursor, remaining, calendar);
      remaining -= open;
    }
    if (b > cursor) cursor = b;
  }
  return addBusinessMilliseconds(cursor, remaining, calendar);
}

function activeBetween(start: number, end: number, pauses: readonly Interval[], calendar: BusinessCalendar | undefined): number {
  let cursor = start;
  let sum = 0;
  for (const [a, b] of pauses) {
    if (a > cursor) sum += businessMillisecondsBetween(cursor, Math.min(a, end), calendar);
    if (b > cursor) cursor = b;
    if (cursor >= end) return sum;
  }
  return end > cursor ? sum + businessMillisecondsBetween(cursor, end, calendar) : sum;
}

/** Spans in which the ticket waited (pending, on hold, or solved before a reopen), up to `now`. */
function pauseIntervals(context: ComplaintContext, created: number, now: number): { pauses: Interval[]; pausedNow: boolean } {
  const ticket = context.ticket;
  const history = ticket.statusHistory
    .map((c, index) => ({ status: c.status, at: time(c.at), index }))
    .filter((c): c is typeof c & { at: number } => c.at !== undefined && c.at <= now)
    .sort((a, b) => a.at - b.at || a.index - b.index);

  // A solve the history does not record (and that nothing reopened) still stops the clocks.
  const solvedAt = time(ticket.solvedAt);
  if (
    solvedAt !== undefined &&
    solvedAt >= created &&
    solvedAt <= now &&
    !history.some((c) => c.at >= solvedAt) &&
    (ticket.status === undefined || ticket.status === 'solved' || ticket.status === 'closed')
  ) {
    history.push({ status: 'solved', at: solvedAt, index: history.length });
  }

  const current = ticket.status ?? history[history.length - 1]?.status ?? 'new';
  const pausedNow = PAUSING.has(current);
  const pauses: Interval[] = [];
  let since: number | undefined;
  for (const change of history) {
    const pausing = PAUSING.has(change.status);
    if (pausing && since === undefined) since = change.at;
    else if (!pausing && since !== undefined) {
      pauses.push([since, change.at]);
      since = undefined;
    }
  }
  // A pause still open in the history lasts until now: either it goes on, or it ended at a moment
  // the history does not tell, and counting it to now never blames the shop for the gap.
  if (since !== undefined && now > since) pauses.push([since, now]);
  return { pauses, pausedNow };
}

function time(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const t = parseInstant(iso);
  return Number.isNaN(t) ? undefined : t;
}
