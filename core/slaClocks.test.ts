import { describe, expect, it } from 'vitest';
import { ComplaintContext, type ComplaintContextInput, type TicketStatus } from './model.ts';
import {
  computeSla,
  defaultSlaPolicy,
  Sla,
  SlaPolicy,
  type Clock,
  type ClockKind,
  type SlaPolicyInput,
} from './slaClocks.ts';

import { PolicyError, resolvePolicy } from './policy.ts';

/** A shop's SLA settings as they arrive: inside its policy, merged over the defaults. */
const slaOf = (sla: unknown) => resolvePolicy(sla === undefined ? undefined : { sla }).sla;

type Msg = { author: 'customer' | 'agent'; at: string; public?: boolean };
interface TicketSpec {
  createdAt?: string;
  messages?: Msg[];
  history?: [TicketStatus, string][];
  status?: TicketStatus;
  solutionOfferedAt?: string;
  solvedAt?: string;
}

function context(spec: TicketSpec): ComplaintContext {
  const input: ComplaintContextInput = {
    ticket: {
      id: 't1',
      body: 'My order arrived broken.',
      createdAt: spec.createdAt,
      messages: (spec.messages ?? []).map((m) => ({ author: m.author, at: m.at, body: '…', public: m.public ?? true })),
      statusHistory: (spec.history ?? []).map(([status, at]) => ({ status, at })),
      status: spec.status,
      solutionOfferedAt: spec.solutionOfferedAt,
      solvedAt: spec.solvedAt,
    },
  };
  return ComplaintContext.parse(input);
}

const policyWith = (input: SlaPolicyInput): SlaPolicy => SlaPolicy.parse(input);
const targets = (t: { firstResponse: number; solution?: number | null; update?: number | null; resolution?: number | null }) => {
  const tier = { solution: null, update: null, resolution: null, ...t };
  return { routine: tier, severe: tier, crisis: tier };
};

function sla(spec: TicketSpec, policy: SlaPolicy, now: string) {
  const result = computeSla(context(spec), 'severe', policy, new Date(now));
  expect(Sla.parse(result)).toEqual(result);
  return result;
}
const clockOf = (result: Sla, kind: ClockKind): Clock => {
  const found = result.clocks.find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} clock`);
  return found;
};

const week = (ranges: [string, string][], days = ['mon', 'tue', 'wed', 'thu', 'fri']) => Object.fromEntries(days.map((d) => [d, ranges]));
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('the SLA policy', () => {
  it('defaults to the table of design.md §1 on calendar hours', () => {
    expect(defaultSlaPolicy.calendar).toBeUndefined();
    expect(defaultSlaPolicy.allowFirstResponseOverGoldenHours).toBe(false);
    expect(defaultSlaPolicy.targets).toEqual({
      routine: { firstResponse: 30, solution: null, update: null, resolution: 30 },
      severe: { firstResponse: 60, solution: 240, update: 240, resolution: 1440 },
      crisis: { firstResponse: 30, solution: 120, update: 120, resolution: 1440 },
    });
  });

  it('refuses a first-response target beyond the golden 4 hours, naming the path', () => {
    expect(() => slaOf({ targets: { severe: { firstResponse: 300 } } })).toThrow(PolicyError);
    expect(() => slaOf({ targets: { severe: { firstResponse: 300 } } })).toThrow(/^sla\.targets\.severe\.firstResponse: 300 minutes is beyond the golden 4 hours/);
    expect(slaOf({ targets: { routine: { firstResponse: 240 } } }).targets.routine.firstResponse).toBe(240);
  });

  it('allows it when the shop says so explicitly', () => {
    const policy = slaOf({ allowFirstResponseOverGoldenHours: true, targets: { crisis: { firstResponse: 480 } } });
    expect(policy.targets.crisis.firstResponse).toBe(480);
    expect(policy.targets.severe).toEqual(defaultSlaPolicy.targets.severe);
  });

  it('merges a partial override over the defaults and validates the calendar inside it', () => {
    const policy = slaOf({ calendar: { timeZone: 'Asia/Shanghai', week: week([['09:00', '18:00']]) }, targets: { severe: { update: null } } });
    expect(policy.targets.severe).toEqual({ firstResponse: 60, solution: 240, update: null, resolution: 1440 });
    expect(policy.calendar?.timeZone).toBe('Asia/Shanghai');
    expect(() => slaOf({ calendar: { timeZone: 'UTC', week: { mon: [['09:00', '12:00'], ['11:00', '13:00']] } } })).toThrow(
      /^sla\.calendar\.week\.mon\[1\]: ranges overlap/,
    );
    expect(() => slaOf({ targets: { routine: { firstResponse: 0 } } })).toThrow(/^sla\.targets\.routine\.firstResponse: firstResponse must be at least 1 minute/);
    expect(() => slaOf({ targets: { routine: { solution: 2.5 } } })).toThrow(/^sla\.targets\.routine\.solution:/);
    expect(() => slaOf({ slas: {} })).toThrow(/slas/);
    expect(slaOf(undefined)).toEqual(defaultSlaPolicy);
  });
});

describe('clocks per tier', () => {
  it('routine has first response and resolution; severe and crisis add solution (and next update once answered)', () => {
    const ctx = context({ createdAt: '2026-01-14T10:00:00Z' });
    const kinds = (tier: 'routine' | 'severe' | 'crisis') => computeSla(ctx, tier, defaultSlaPolicy, new Date('2026-01-14T10:05:00Z')).clocks.map((c) => c.kind);
    expect(kinds('routine')).toEqual(['first_response', 'resolution']);
    expect(kinds('severe')).toEqual(['first_response', 'solution', 'resolution']);
    expect(kinds('crisis')).toEqual(['first_response', 'solution', 'resolution']);
    const crisis = computeSla(ctx, 'crisis', defaultSlaPolicy, new Date('2026-01-14T10:05:00Z'));
    expect(crisis.clocks.map((c) => [c.kind, c.targetMinutes, c.dueAt])).toEqual([
      ['first_response', 30, '2026-01-14T10:30:00Z'],
      ['solution', 120, '2026-01-14T12:00:00Z'],
      ['resolution', 1440, '2026-01-15T10:00:00Z'],
    ]);
  });

  it('case 21: a tier whose target is null has no such clock', () => {
    const policy = policyWith({ targets: targets({ firstResponse: 60 }) });
    expect(sla({ createdAt: '2026-01-14T10:00:00Z' }, policy, '2026-01-14T10:05:00Z').clocks.map((c) => c.kind)).toEqual(['first_response']);
  });

  it('a running clock counts down in business minutes', () => {
    const c = clockOf(sla({ createdAt: '2026-01-14T10:00:00Z' }, defaultSlaPolicy, '2026-01-14T10:20:30Z'), 'first_response');
    expect(c).toEqual({
      kind: 'first_response',
      targetMinutes: 60,
      startedAt: '2026-01-14T10:00:00Z',
      dueAt: '2026-01-14T11:00:00Z',
      minutesLeft: 39.5,
      state: 'running',
    });
  });

  it('starts from now when the ticket has no creation time', () => {
    const c = clockOf(sla({}, defaultSlaPolicy, '2026-01-14T10:00:00Z'), 'first_response');
    expect(c).toMatchObject({ startedAt: '2026-01-14T10:00:00Z', dueAt: '2026-01-14T11:00:00Z', minutesLeft: 60, state: 'running' });
  });
});

describe('met and breached', () => {
  // Zammad case 12: Mon–Fri 08–18 Berlin; created 2013-03-21 09:30 UTC; FRT 60, solution 180.
  const zammad = policyWith({
    calendar: { timeZone: 'Europe/Berlin', week: week([['08:00', '18:00']]) },
    targets: targets({ firstResponse: 60, resolution: 180 }),
  });

  it('case 12: deadlines 10:30 and 12:30 UTC while nothing happened', () => {
    const result = sla({ createdAt: '2013-03-21T09:30:00Z' }, zammad, '2013-03-21T09:45:00Z');
    expect(clockOf(result, 'first_response')).toMatchObject({ dueAt: '2013-03-21T10:30:00Z', state: 'running', minutesLeft: 45 });
    expect(clockOf(result, 'resolution')).toMatchObject({ dueAt: '2013-03-21T12:30:00Z', state: 'running' });
  });

  it('case 12: a first response at 10:00 is met with 30 minutes to spare', () => {
    const result = sla({ createdAt: '2013-03-21T09:30:00Z', messages: [{ author: 'agent', at: '2013-03-21T10:00:00Z' }] }, zammad, '2013-03-21T10:10:00Z');
    expect(clockOf(result, 'first_response')).toMatchObject({ state: 'met', metAt: '2013-03-21T10:00:00Z', minutesLeft: 30 });
  });

  it('case 12: a first response at 14:00 took 270 minutes: met late, 210 minutes over', () => {
    const result = sla({ createdAt: '2013-03-21T09:30:00Z', messages: [{ author: 'agent', at: '2013-03-21T14:00:00Z' }] }, zammad, '2013-03-21T15:00:00Z');
    expect(clockOf(result, 'first_response')).toEqual({
      kind: 'first_response',
      targetMinutes: 60,
      startedAt: '2013-03-21T09:30:00Z',
      dueAt: '2013-03-21T10:30:00Z',
      minutesLeft: -210,
      state: 'met',
      metAt: '2013-03-21T14:00:00Z',
    });
  });

  it('case 12: closed at 11:30 is 60 minutes early; closed at 13:00 is 30 minutes late', () => {
    expect(clockOf(sla({ createdAt: '2013-03-21T09:30:00Z', solvedAt: '2013-03-21T11:30:00Z' }, zammad, '2013-03-21T15:00:00Z'), 'resolution')).toMatchObject({
      state: 'met',
      minutesLeft: 60,
    });
    expect(clockOf(sla({ createdAt: '2013-03-21T09:30:00Z', solvedAt: '2013-03-21T13:00:00Z' }, zammad, '2013-03-21T15:00:00Z'), 'resolution')).toMatchObject({
      state: 'met',
      minutesLeft: -30,
    });
  });

  it('breaches once now is past the due time, with negative minutes left', () => {
    const c = clockOf(sla({ createdAt: '2013-03-21T09:30:00Z' }, zammad, '2013-03-21T11:00:00Z'), 'first_response');
    expect(c).toMatchObject({ state: 'breached', dueAt: '2013-03-21T10:30:00Z', minutesLeft: -30 });
  });

  it('is still on time at the due instant itself', () => {
    expect(clockOf(sla({ createdAt: '2013-03-21T09:30:00Z' }, zammad, '2013-03-21T10:30:00Z'), 'first_response')).toMatchObject({ state: 'running', minutesLeft: 0 });
  });

  it('counts a breach at closing time as breached over the weekend, with 0 business minutes left until Monday', () => {
    // Fri 2013-03-22 16:30 UTC = 17:30 Berlin; 30 min left that day, due at closing 18:00 (17:00 UTC).
    const created = { createdAt: '2013-03-22T16:30:00Z' };
    const policy = policyWith({ calendar: zammad.calendar, targets: targets({ firstResponse: 30 }) });
    expect(clockOf(sla(created, policy, '2013-03-23T12:00:00Z'), 'first_response')).toMatchObject({ dueAt: '2013-03-22T17:00:00Z', state: 'breached', minutesLeft: 0 });
    expect(clockOf(sla(created, policy, '2013-03-25T07:15:00Z'), 'first_response')).toMatchObject({ state: 'breached', minutesLeft: -15 });
  });

  it('does not count internal notes as a response', () => {
    const result = sla(
      { createdAt: '2013-03-21T09:30:00Z', messages: [{ author: 'agent', at: '2013-03-21T09:40:00Z', public: false }] },
      zammad,
      '2013-03-21T09:50:00Z',
    );
    expect(clockOf(result, 'first_response').state).toBe('running');
  });

  it('ignores events after now, so a replay at an earlier moment sees the clock as it was', () => {
    const spec = { createdAt: '2013-03-21T09:30:00Z', messages: [{ author: 'agent' as const, at: '2013-03-21T10:00:00Z' }], solvedAt: '2013-03-21T11:00:00Z' };
    expect(clockOf(sla(spec, zammad, '2013-03-21T09:50:00Z'), 'first_response').state).toBe('running');
    expect(clockOf(sla(spec, zammad, '2013-03-21T09:50:00Z'), 'resolution').state).toBe('running');
    expect(clockOf(sla(spec, zammad, '2013-03-21T12:00:00Z'), 'resolution').state).toBe('met');
  });

  it('meets the solution clock when the solution was offered', () => {
    const result = sla({ createdAt: '2026-01-14T10:00:00Z', solutionOfferedAt: '2026-01-14T13:00:00Z' }, defaultSlaPolicy, '2026-01-14T15:00:00Z');
    expect(clockOf(result, 'solution')).toMatchObject({ state: 'met', metAt: '2026-01-14T13:00:00Z', minutesLeft: 60, dueAt: '2026-01-14T14:00:00Z' });
  });
});

describe('pauses (pending, on hold, solved before a reopen)', () => {
  // Zammad's escalation suspense examples: every day 09–18 Berlin (07–16 UTC in June 2013).
  const daily = { timeZone: 'Europe/Berlin', week: week([['09:00', '18:00']], ALL_DAYS) };

  it('case 13: pending 09:30–09:45 and closed 10:00–10:30 pause the clock: FRT 120 is due 11:45 UTC', () => {
    const policy = policyWith({ calendar: daily, targets: targets({ firstResponse: 120, resolution: 250 }) });
    const spec: TicketSpec = {
      createdAt: '2013-06-04T09:00:00Z',
      history: [
        ['pending', '2013-06-04T09:30:00Z'],
        ['open', '2013-06-04T09:45:00Z'],
        ['closed', '2013-06-04T10:00:00Z'],
        ['open', '2013-06-04T10:30:00Z'],
      ],
    };
    expect(clockOf(sla(spec, policy, '2013-06-04T10:45:00Z'), 'first_response')).toMatchObject({ dueAt: '2013-06-04T11:45:00Z', minutesLeft: 60, state: 'running' });
  });

  it('case 14: pending 10:00–15:00 moves FRT 120 to 16:00 UTC, the closing time (Zammad: next morning 07:00)', () => {
    const policy = policyWith({ calendar: daily, targets: targets({ firstResponse: 120 }) });
    const spec: TicketSpec = { createdAt: '2013-06-04T09:00:00Z', history: [['pending', '2013-06-04T10:00:00Z'], ['open', '2013-06-04T15:00:00Z']] };
    expect(clockOf(sla(spec, policy, '2013-06-04T15:30:00Z'), 'first_response')).toMatchObject({ dueAt: '2013-06-04T16:00:00Z', minutesLeft: 30 });
  });

  it('Zammad: open → pending 10:00–10:30 → reply 10:45 → closed 12:00: first response took 75, close 150', () => {
    const policy = policyWith({ calendar: daily, targets: targets({ firstResponse: 120, resolution: 250 }) });
    const spec: TicketSpec = {
      createdAt: '2013-06-04T09:00:00Z',
      messages: [{ author: 'agent', at: '2013-06-04T10:45:00Z' }],
      history: [
        ['pending', '2013-06-04T10:00:00Z'],
        ['open', '2013-06-04T10:30:00Z'],
        ['closed', '2013-06-04T12:00:00Z'],
      ],
      solvedAt: '2013-06-04T12:00:00Z',
      status: 'closed',
    };
    const result = sla(spec, policy, '2013-06-04T13:00:00Z');
    expect(clockOf(result, 'first_response')).toMatchObject({ state: 'met', minutesLeft: 120 - 75 });
    expect(clockOf(result, 'resolution')).toMatchObject({ state: 'met', minutesLeft: 250 - 150 });
  });

  it('case 20: created in pending and closed 3 h later took 0 minutes; with 30 open minutes, 30', () => {
    const policy = policyWith({ calendar: daily, targets: targets({ firstResponse: 120, resolution: 240 }) });
    const pendingThenClosed: TicketSpec = {
      createdAt: '2013-06-04T09:00:00Z',
      history: [
        ['pending', '2013-06-04T09:00:00Z'],
        ['closed', '2013-06-04T12:00:00Z'],
      ],
      solvedAt: '2013-06-04T12:00:00Z',
    };
    expect(clockOf(sla(pendingThenClosed, policy, '2013-06-04T13:00:00Z'), 'resolution')).toMatchObject({ state: 'met', minutesLeft: 240 });
    const withOpenSpell: TicketSpec = {
      ...pendingThenClosed,
      history: [
        ['pending', '2013-06-04T09:00:00Z'],
        ['open', '2013-06-04T10:30:00Z'],
        ['pending', '2013-06-04T11:00:00Z'],
        ['closed', '2013-06-04T12:00:00Z'],
      ],
    };
    expect(clockOf(sla(withOpenSpell, policy, '2013-06-04T13:00:00Z'), 'resolution')).toMatchObject({ state: 'met', minutesLeft: 210 });
    // Never answered, and closed: the first-response clock stopped, neither met nor late.
    expect(clockOf(sla(withOpenSpell, policy, '2013-06-04T13:00:00Z'), 'first_response')).toMatchObject({ state: 'paused', minutesLeft: 90 });
  });

  it('is paused while the ticket waits now: minutes left frozen, due time as if it resumed now', () => {
    const policy = policyWith({ targets: targets({ firstResponse: 60 }) });
    const spec: TicketSpec = { createdAt: '2026-01-14T10:00:00Z', history: [['pending', '2026-01-14T10:20:00Z']], status: 'pending' };
    expect(clockOf(sla(spec, policy, '2026-01-14T12:00:00Z'), 'first_response')).toMatchObject({ state: 'paused', minutesLeft: 40, dueAt: '2026-01-14T12:40:00Z' });
    expect(clockOf(sla(spec, policy, '2026-01-15T09:00:00Z'), 'first_response')).toMatchObject({ state: 'paused', minutesLeft: 40, dueAt: '2026-01-15T09:40:00Z' });
    const onHold: TicketSpec = { ...spec, history: [['on_hold', '2026-01-14T10:20:00Z']], status: 'on_hold' };
    expect(clockOf(sla(onHold, policy, '2026-01-14T12:00:00Z'), 'first_response').state).toBe('paused');
  });

  it('stays breached when the pause began after the deadline', () => {
    const policy = policyWith({ targets: targets({ firstResponse: 60 }) });
    const spec: TicketSpec = { createdAt: '2026-01-14T10:00:00Z', history: [['pending', '2026-01-14T11:30:00Z']], status: 'pending' };
    expect(clockOf(sla(spec, policy, '2026-01-14T12:00:00Z'), 'first_response')).toMatchObject({ state: 'breached', dueAt: '2026-01-14T11:00:00Z', minutesLeft: -30 });
  });

  it('case 23: a pause across midnight (23:45–00:45 Berlin) removes exactly its hour on a 24-hour calendar', () => {
    const policy = policyWith({ calendar: { timeZone: 'Europe/Berlin', week: week([['00:00', '24:00']], ALL_DAYS) }, targets: targets({ firstResponse: 240 }) });
    const spec: TicketSpec = { createdAt: '2026-01-12T20:00:00Z', history: [['pending', '2026-01-12T22:45:00Z'], ['open', '2026-01-12T23:45:00Z']] };
    expect(clockOf(sla(spec, policy, '2026-01-12T23:50:00Z'), 'first_response')).toMatchObject({ dueAt: '2026-01-13T01:00:00Z', minutesLeft: 240 - 165 - 5 });
  });

  it('case 23: a pause over midnight on business hours removes only the open time inside it', () => {
    // Mon–Fri 09–17 Berlin (08–16 UTC in January). Created Mon 16:00, pending 16:30 → Tue 10:00.
    const policy = policyWith({ calendar: { timeZone: 'Europe/Berlin', week: week([['09:00', '17:00']]) }, targets: targets({ firstResponse: 120 }) });
    const spec: TicketSpec = { createdAt: '2026-01-12T15:00:00Z', history: [['pending', '2026-01-12T15:30:00Z'], ['open', '2026-01-13T09:00:00Z']] };
    expect(clockOf(sla(spec, policy, '2026-01-13T09:10:00Z'), 'first_response')).toMatchObject({ dueAt: '2026-01-13T10:30:00Z', minutesLeft: 80 });
  });

  it('case 23: a five-day pause spans its six dates correctly', () => {
    const policy = policyWith({ calendar: { timeZone: 'Europe/Berlin', week: week([['09:00', '17:00']]) }, targets: targets({ firstResponse: 240 }) });
    // Created Mon 09:00, pending Mon 10:00 → Sat 10:00: 60 minutes counted, 180 left from Monday 09:00.
    const spec: TicketSpec = { createdAt: '2026-01-12T08:00:00Z', history: [['pending', '2026-01-12T09:00:00Z'], ['open', '2026-01-17T09:00:00Z']] };
    expect(clockOf(sla(spec, policy, '2026-01-17T12:00:00Z'), 'first_response')).toMatchObject({ dueAt: '2026-01-19T11:00:00Z', minutesLeft: 180, state: 'running' });
  });

  it('a solve the history does not record still stops the clocks, and a pause after a reply does not move a met deadline', () => {
    const policy = policyWith({ targets: targets({ firstResponse: 60, resolution: 600 }) });
    const solved = sla({ createdAt: '2026-01-14T10:00:00Z', solvedAt: '2026-01-14T10:30:00Z' }, policy, '2026-01-14T15:00:00Z');
    expect(clockOf(solved, 'first_response')).toMatchObject({ state: 'paused', minutesLeft: 30 });
    const replied = sla(
      { createdAt: '2026-01-14T10:00:00Z', messages: [{ author: 'agent', at: '2026-01-14T10:10:00Z' }], history: [['pending', '2026-01-14T10:20:00Z'], ['open', '2026-01-14T12:00:00Z']] },
      policy,
      '2026-01-14T15:00:00Z',
    );
    expect(clockOf(replied, 'first_response')).toMatchObject({ state: 'met', dueAt: '2026-01-14T11:00:00Z', minutesLeft: 50 });
  });
});

describe('next update (cases 16 and 19)', () => {
  const policy = policyWith({ targets: targets({ firstResponse: 60, update: 120 }) });
  const created = '2026-01-14T10:00:00Z';

  it('does not exist before the first response, nor after an agent follow-up alone', () => {
    const before = sla({ createdAt: created, messages: [{ author: 'customer', at: '2026-01-14T10:10:00Z' }] }, policy, '2026-01-14T10:20:00Z');
    expect(before.clocks.map((c) => c.kind)).toEqual(['first_response']);
    const followUp = sla(
      { createdAt: created, messages: [{ author: 'agent', at: '2026-01-14T10:10:00Z' }, { author: 'agent', at: '2026-01-14T10:30:00Z' }] },
      policy,
      '2026-01-14T10:40:00Z',
    );
    expect(followUp.clocks.map((c) => c.kind)).toEqual(['first_response']);
  });

  it('case 19: a customer message starts it and repeated customer messages do not move it', () => {
    const messages: Msg[] = [
      { author: 'agent', at: '2026-01-14T10:10:00Z' },
      { author: 'customer', at: '2026-01-14T10:30:00Z' },
      { author: 'customer', at: '2026-01-14T11:00:00Z' },
      { author: 'customer', at: '2026-01-14T11:30:00Z' },
    ];
    const c = clockOf(sla({ createdAt: created, messages }, policy, '2026-01-14T11:45:00Z'), 'next_update');
    expect(c).toMatchObject({ startedAt: '2026-01-14T10:30:00Z', dueAt: '2026-01-14T12:30:00Z', state: 'running', minutesLeft: 45 });
  });

  it('case 19: an agent reply meets it; an internal note does not', () => {
    const messages: Msg[] = [
      { author: 'agent', at: '2026-01-14T10:10:00Z' },
      { author: 'customer', at: '2026-01-14T10:30:00Z' },
      { author: 'agent', at: '2026-01-14T11:00:00Z', public: false },
      { author: 'agent', at: '2026-01-14T13:00:00Z' },
    ];
    expect(clockOf(sla({ createdAt: created, messages: messages.slice(0, 3) }, policy, '2026-01-14T12:00:00Z'), 'next_update')).toMatchObject({ state: 'running' });
    expect(clockOf(sla({ createdAt: created, messages: messages.slice(0, 3) }, policy, '2026-01-14T12:31:00Z'), 'next_update')).toMatchObject({ state: 'breached' });
    expect(clockOf(sla({ createdAt: created, messages }, policy, '2026-01-14T14:00:00Z'), 'next_update')).toMatchObject({
      state: 'met',
      startedAt: '2026-01-14T10:30:00Z',
      metAt: '2026-01-14T13:00:00Z',
      minutesLeft: -30,
    });
  });

  it('follows the latest exchange: a new customer message after the reply starts a new clock', () => {
    const messages: Msg[] = [
      { author: 'agent', at: '2026-01-14T10:10:00Z' },
      { author: 'customer', at: '2026-01-14T10:30:00Z' },
      { author: 'agent', at: '2026-01-14T11:00:00Z' },
      { author: 'customer', at: '2026-01-14T14:00:00Z' },
    ];
    expect(clockOf(sla({ createdAt: created, messages }, policy, '2026-01-14T14:30:00Z'), 'next_update')).toMatchObject({
      startedAt: '2026-01-14T14:00:00Z',
      dueAt: '2026-01-14T16:00:00Z',
      state: 'running',
    });
  });

  it('case 16: Zammad\'s holiday ticket, replayed: due 2016-11-09 09:26:36 UTC, unmoved by the second customer message', () => {
    // Mon–Fri 08–20 Berlin, 2016-11-01 a holiday; FRT 120, update 1200.
    const zammad = policyWith({
      calendar: { timeZone: 'Europe/Berlin', week: week([['08:00', '20:00']]), holidays: ['2016-11-01'] },
      targets: targets({ firstResponse: 120, update: 1200 }),
    });
    const spec: TicketSpec = {
      createdAt: '2016-11-01T13:56:21Z',
      messages: [
        { author: 'agent', at: '2016-11-01T15:25:40Z' },
        { author: 'customer', at: '2016-11-01T15:59:14Z' },
        { author: 'customer', at: '2016-11-07T13:26:36Z' },
        { author: 'customer', at: '2016-11-07T14:26:36Z' },
      ],
      history: [
        ['pending', '2016-11-01T15:25:40Z'],
        ['open', '2016-11-01T15:59:14Z'],
        ['pending', '2016-11-01T15:59:58Z'],
        ['open', '2016-11-07T13:26:36Z'],
      ],
    };
    // Right after the customer's reply on the holiday: due as Zammad says, 11-03 15:00 UTC.
    expect(clockOf(sla(spec, zammad, '2016-11-01T15:59:30Z'), 'next_update')).toMatchObject({ dueAt: '2016-11-03T15:00:00Z', state: 'running' });
    // Pending from 15:59:58 until Monday: the clock waits.
    expect(clockOf(sla(spec, zammad, '2016-11-04T12:00:00Z'), 'next_update')).toMatchObject({ state: 'paused', minutesLeft: 1200 });
    // Reopened by the customer on Monday: Zammad's 09:26:00, here with its seconds.
    const atReopen = clockOf(sla(spec, zammad, '2016-11-07T13:30:00Z'), 'next_update');
    expect(atReopen).toMatchObject({ startedAt: '2016-11-01T15:59:14Z', dueAt: '2016-11-09T09:26:36Z', state: 'running' });
    expect(clockOf(sla(spec, zammad, '2016-11-07T15:00:00Z'), 'next_update').dueAt).toBe('2016-11-09T09:26:36Z');
    // The first response came on the holiday, so it used no business time at all.
    expect(clockOf(sla(spec, zammad, '2016-11-07T15:00:00Z'), 'first_response')).toMatchObject({ state: 'met', minutesLeft: 120 });
  });
});
