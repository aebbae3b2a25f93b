import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { TicketLine, toContext } from '../apps/cli/ticketLine.ts';
import { compileParsers } from './compiledParsers.ts';
import { ComplaintContext } from './model.ts';
import { ContextError, parseContext, useContextSchema } from './triage.ts';
import * as z from './zod.ts';

const fixtures = ['complaints', 'holdout', 'samples'].flatMap((set) =>
  readFileSync(new URL(`../test/fixtures/${set}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => toContext(TicketLine.parse(JSON.parse(l)))),
);

const BAD: unknown[] = [
  {},
  { ticket: { id: '', body: 'x' } },
  { ticket: { id: 'T1', body: 'x', createdAt: 'yesterday' } },
  { ticket: { id: 'T1', body: 'x', requester: { timeZone: 'Mars/Olympus' } } },
  { ticket: { id: 'T1', body: 'x' }, order: { total: { amount: Infinity, currency: 'usd' }, shipments: [{ status: 'lost' }] } },
  { ticket: { id: 'T1', body: 'x' }, customer: { ordersCount: -1, tags: 'vip' } },
];

/** What parseContext gives: the context, or the error message naming the fields. */
const outcome = (input: unknown) => {
  try {
    return parseContext(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ContextError);
    return (e as Error).message;
  }
};

afterAll(() => useContextSchema(ComplaintContext));

describe('the compiled context parser', () => {
  it('parses every fixture and every bad input exactly as the runtime parser does', () => {
    const inputs = [...fixtures, ...BAD];
    const runtime = inputs.map(outcome);
    compileParsers();
    const compiled = inputs.map(outcome);
    // Same values, defaults and key order: the triage's JSON output cannot tell the two apart.
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(runtime));
    expect(runtime.filter((r) => typeof r === 'string')).toHaveLength(BAD.length);
  });

  it('is generated, not a silent fall back to the runtime parser', () => {
    // strict: a zod update that can no longer compile the schema fails here instead of going slow.
    expect(() => z.compile(ComplaintContext, { strict: true })).not.toThrow();
  });
});
