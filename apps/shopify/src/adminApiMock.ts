// A fake Admin GraphQL API for the extension tests, installed as the tester's `extension.fetch`: it answers
// each operation (by its name in the query) from a queue of bodies, and records every request, so a test
// can say "the order query was sent twice" or "Save sent one mutation".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Operation = 'ComplaintOrderById' | 'ComplaintSavedTriage' | 'ComplaintSave';

export interface Reply {
  status?: number;
  body: unknown;
}

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../adapters/shopify/fixtures/${name}.json`), 'utf8'));

export const savedTriageBody = (value: unknown) => ({ data: { order: { metafield: value === undefined ? null : { value: JSON.stringify(value) } } } });

export interface SentRequest {
  url: string;
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

export function adminApiMock(replies: Partial<Record<Operation, Reply[]>>) {
  const sent: SentRequest[] = [];
  const queues = new Map(Object.entries(replies).map(([op, list]) => [op, [...list]]));
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(request.query)?.[1] ?? '';
    sent.push({ url: String(input), operation, query: request.query, variables: request.variables });
    const queue = queues.get(operation);
    // The last reply repeats: "throttled, then OK" lists two, "always OK" lists one.
    const reply = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
    if (!reply) return new Response(JSON.stringify({ errors: [{ message: `no mock for ${operation}` }] }), { status: 500 });
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent, count: (operation: string) => sent.filter((r) => r.operation === operation).length };
}
