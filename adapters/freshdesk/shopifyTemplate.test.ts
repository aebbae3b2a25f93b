import { describe, expect, it } from 'vitest';
import { freshdeskTransport, toTransportResponse, SHOPIFY_TEMPLATE } from './shopifyTemplate.ts';
import type { InvokeOptions, TemplateResponse } from './fdk.ts';

const request = { query: 'query { shop { name } }', variables: {} };

describe('the template as a Shopify transport', () => {
  it('sends only the GraphQL body to the declared template', async () => {
    const seen: [string, InvokeOptions][] = [];
    const transport = freshdeskTransport({ request: { invokeTemplate: async (name, o) => (seen.push([name, o]), { status: 200, response: '{}' }) } });
    expect(await transport(request)).toEqual({ status: 200, headers: {}, body: '{}' });
    expect(seen).toEqual([[SHOPIFY_TEMPLATE, { context: {}, body: JSON.stringify(request) }]]);
  });

  it('turns a rejection that carries a status into a response, keeping lower-cased headers', async () => {
    const transport = freshdeskTransport({ request: { invokeTemplate: async () => Promise.reject({ status: 429, headers: { 'Retry-After': '3' }, response: '', errorSource: 'APP' }) } });
    expect(await transport(request)).toEqual({ status: 429, headers: { 'retry-after': '3' }, body: '' });
  });

  it('throws on a rejection without a status (the platform failed), so the lookup says unavailable', async () => {
    const transport = freshdeskTransport({ request: { invokeTemplate: async () => Promise.reject(new Error('socket hang up')) } });
    await expect(transport(request)).rejects.toThrow('socket hang up');
  });

  it('accepts string statuses and non-string responses', () => {
    expect(toTransportResponse({ status: '503', response: { errors: 'x' } } as unknown as TemplateResponse)).toEqual({ status: 503, headers: {}, body: '{"errors":"x"}' });
    expect(toTransportResponse({ status: 0, response: '' })).toBeUndefined();
    expect(toTransportResponse('nope')).toBeUndefined();
  });
});
