import { describe, expect, it } from 'vitest';
import { chooseOrderLookup, lookupFromField, orderNumberInText } from './orderNumber.ts';

describe('order number in the ticket text', () => {
  it.each([
    ['my order #1001 is late', '#1001'],
    ['订单号 1001 还没到', '#1001'],
    ['订单号：1001', '#1001'],
    ['訂單編號1001', '#1001'],
    ['訂單號碼：１００１', '#1001'],
    ['订单#1001', '#1001'],
    ['Order 1001 never came', '#1001'],
    ['order number: 1001', '#1001'],
    ['order no. 1001', '#1001'],
    ['see ＃1001 please', '#1001'],
    ['call me at 555-1001', undefined],
    ['abc#1001', undefined],
    ['#1001-R is a return', undefined],
    ['#12 is too short', undefined],
  ])('%s → %s', (text, expected) => expect(orderNumberInText(text)).toBe(expected));

  it('prefers an explicit "订单号" over a stray "#" in an earlier text', () => {
    expect(orderNumberInText('ticket #5555 reopened', '订单号 1001')).toBe('#1001');
  });
});

describe('mapped field values', () => {
  it.each([
    ['gid://shopify/Order/5501234567890', { by: 'id', value: 'gid://shopify/Order/5501234567890' }],
    ['5501234567890', { by: 'id', value: '5501234567890' }],
    ['1001', { by: 'name', value: '#1001' }],
    ['#SO-1001', { by: 'name', value: '#SO-1001' }],
    ['  ', undefined],
    ['1001 or 1002', undefined],
  ])('%s', (value, expected) => expect(lookupFromField(value)).toEqual(expected));
});

describe('which source wins', () => {
  it('field, then text, then e-mail (only when turned on)', () => {
    expect(chooseOrderLookup({ fieldValue: '1005', texts: ['#1001'], email: 'a@b.c', emailLookup: true })).toEqual({ lookup: { by: 'name', value: '#1005' }, source: 'field' });
    expect(chooseOrderLookup({ fieldValue: 'not an order!', texts: ['#1001'], emailLookup: false })?.source).toBe('text');
    expect(chooseOrderLookup({ texts: ['hello'], email: 'a@b.c', emailLookup: true })).toEqual({ lookup: { by: 'email', value: 'a@b.c' }, source: 'email' });
    expect(chooseOrderLookup({ texts: ['hello'], email: 'a@b.c', emailLookup: false })).toBeUndefined();
  });
});
