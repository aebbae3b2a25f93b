import { describe, expect, it } from 'vitest';
import type { GraphQLRequest, Transport } from '../../adapters/shopify/transport.ts';
import { planSave, saveMutation, saveTriage } from './saveTriage.ts';
import type { TriageRecord } from './triageRecord.ts';

const ORDER = 'gid://shopify/Order/1';
const record: TriageRecord = {
  v: 1,
  savedAt: '2026-11-23T12:00:00.000Z',
  tier: 'crisis',
  priority: 'urgent',
  category: 'lost_parcel',
  risks: [{ id: 'legal_threat', evidence: ['consumer protection'] }],
  clocks: [{ kind: 'first_response', dueAt: '2026-11-23T12:30:00.000Z', targetMinutes: 30 }],
};

function recording(body: unknown, status = 200): { transport: Transport; sent: GraphQLRequest[] } {
  const sent: GraphQLRequest[] = [];
  return { sent, transport: async (request) => (sent.push(request), { status, body: JSON.stringify(body) }) };
}

describe('save plan', () => {
  it('adds the tier and category tags and writes the metafield the first time', () => {
    expect(planSave(['gift'], undefined, record)).toEqual({ add: ['complaint:crisis', 'complaint:lost_parcel'], remove: [], metafield: JSON.stringify(record) });
  });

  it('has nothing to do when the order already says the same, whenever it was saved', () => {
    expect(planSave(['complaint:crisis', 'complaint:lost_parcel'], { ...record, savedAt: '2026-01-01T00:00:00.000Z' }, record)).toBeUndefined();
  });

  it('swaps the tags of an earlier, different triage', () => {
    expect(planSave(['complaint:routine', 'complaint:lost_parcel'], { ...record, tier: 'routine' }, record)).toMatchObject({
      add: ['complaint:crisis'],
      remove: ['complaint:routine'],
    });
  });

  it('asks only for the root fields it needs', () => {
    const { query, variables } = saveMutation(ORDER, { add: ['complaint:crisis'], remove: [] });
    expect(query).toContain('tagsAdd');
    expect(query).not.toContain('tagsRemove');
    expect(query).not.toContain('metafieldsSet');
    expect(variables).toEqual({ id: ORDER, add: ['complaint:crisis'] });
  });
});

describe('saveTriage', () => {
  const plan = planSave([], undefined, record)!;

  it('reports what it wrote', async () => {
    const { transport, sent } = recording({ data: { tagsAdd: { userErrors: [] }, metafieldsSet: { userErrors: [] } } });
    expect(await saveTriage(transport, ORDER, plan)).toEqual({ status: 'saved', added: plan.add, removed: [], metafield: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.metafields).toEqual([
      { ownerId: ORDER, namespace: '$app:complaint-desk', key: 'last_triage', type: 'json', value: JSON.stringify(record) },
    ]);
  });

  it('names a missing write_orders scope as forbidden', async () => {
    const { transport } = recording({ data: { tagsAdd: null }, errors: [{ message: 'Access denied for tagsAdd field.', extensions: { code: 'ACCESS_DENIED' } }] });
    expect(await saveTriage(transport, ORDER, plan)).toMatchObject({ status: 'failed', reason: 'forbidden' });
  });

  it('passes on a user error as rejected', async () => {
    const { transport } = recording({ data: { tagsAdd: { userErrors: [{ field: ['tags'], message: 'Tags is invalid' }] } } });
    expect(await saveTriage(transport, ORDER, plan)).toEqual({ status: 'failed', reason: 'rejected', message: 'Tags is invalid' });
  });

  it('reports throttling and HTTP failures without throwing', async () => {
    expect(await saveTriage(recording({ errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] }).transport, ORDER, plan)).toMatchObject({ reason: 'throttled' });
    expect(await saveTriage(recording({}, 503).transport, ORDER, plan)).toMatchObject({ reason: 'unavailable' });
    expect(await saveTriage(async () => Promise.reject(new Error('offline')), ORDER, plan)).toMatchObject({ reason: 'unavailable', message: 'offline' });
  });
});
