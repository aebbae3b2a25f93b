import { describe, expect, it } from 'vitest';
import { PRIORITY_CODES, priorityOf, sourceOf, statusOf } from './codes.ts';

describe('Freshdesk codes', () => {
  it('priority 1–4 both ways, numbers, numeric strings and labels', () => {
    expect([1, 2, 3, 4].map(priorityOf)).toEqual(['low', 'normal', 'high', 'urgent']);
    expect(['3', 'Medium', 'URGENT', 9, null].map(priorityOf)).toEqual(['high', 'normal', 'urgent', undefined, undefined]);
    expect(PRIORITY_CODES).toEqual({ low: 1, normal: 2, high: 3, urgent: 4 });
  });

  it('status: 2 open, 3 pending, 4 resolved, 5 closed, the common custom 6/7, others unknown', () => {
    expect([2, 3, 4, 5, 6, 7, 12].map(statusOf)).toEqual(['open', 'pending', 'solved', 'closed', 'pending', 'on_hold', undefined]);
    expect(statusOf('Resolved')).toBe('solved');
  });

  it('source names the channel', () => {
    expect([1, 2, 3, 7, 9, 10, 42].map(sourceOf)).toEqual(['email', 'portal', 'phone', 'chat', 'feedback_widget', 'outbound_email', 'source_42']);
  });
});
