// The app folder and the binding must agree: the template the code invokes, the iparams it reads, the
// Shopify API version the query was written for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IPARAMS } from '../../adapters/freshdesk/settings.ts';
import { SHOPIFY_TEMPLATE } from '../../adapters/freshdesk/shopifyTemplate.ts';
import { API_VERSION } from '../../adapters/shopify/orderQuery.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const manifest = read('./manifest.json');
const requests = read('./config/requests.json');
const iparams = read('./config/iparams.json');

describe('manifest, templates and iparams agree with the code', () => {
  it('declares and defines exactly the template the binding invokes', () => {
    expect(Object.keys(manifest.modules.common.requests)).toEqual([SHOPIFY_TEMPLATE]);
    expect(Object.keys(requests)).toEqual([SHOPIFY_TEMPLATE]);
  });

  it('posts to the Admin GraphQL endpoint of the API version the query targets', () => {
    const { schema, options } = requests[SHOPIFY_TEMPLATE];
    expect(`${schema.protocol}://${schema.host}${schema.path}`).toBe(`https://<%= iparam.${IPARAMS.shopDomain} %>/admin/api/${API_VERSION}/graphql.json`);
    expect(schema.method).toBe('POST');
    expect(options).toEqual({ maxAttempts: 2, retryDelay: 500 });
  });

  it('sends the token from the secure iparam in a header, and only there', () => {
    const { schema } = requests[SHOPIFY_TEMPLATE];
    expect(schema.headers['X-Shopify-Access-Token']).toBe(`<%= iparam.${IPARAMS.shopifyToken} %>`);
    expect(JSON.stringify({ ...schema, headers: undefined })).not.toContain(IPARAMS.shopifyToken);
  });

  it('declares exactly the iparams the binding reads, the token as the only secure one', () => {
    expect(Object.keys(iparams).sort()).toEqual(Object.values(IPARAMS).sort());
    expect(Object.entries(iparams).filter(([, p]) => (p as { secure?: boolean }).secure).map(([name]) => name)).toEqual([IPARAMS.shopifyToken]);
  });

  it('gives every iparam English and Chinese text', () => {
    for (const p of Object.values(iparams) as { display_name: string; description: string }[]) {
      expect(p.display_name).toMatch(/[A-Za-z]/);
      expect(p.display_name).toMatch(/\p{Script=Han}/u);
      expect(p.description).toMatch(/\p{Script=Han}/u);
    }
  });

  it('pins the engines of the current FDK line (FDK 10 on Node 24)', () => {
    expect(manifest.engines.node).toMatch(/^24\./);
    expect(manifest.engines.fdk).toMatch(/^10\./);
  });
});
