// Secrets (issue 9): no built artefact holds a token-looking value or a value the tests give a secure
// setting, and what the adapters and the CLI print (banners, lookup messages, diagnostics, error records)
// never quotes a token, even when a host, Shopify or an admin hands us one. The Freshdesk app and the
// Shopify extensions are scanned by the tests that already build them (test/freshdesk/package.test.ts,
// scripts/build/shopify.test.ts); the Zendesk package is built here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FreshdeskDesk } from '../../adapters/freshdesk/desk.ts';
import { fakeClient as fakeFreshdesk } from '../../adapters/freshdesk/fakeClient.ts';
import { contactEn, lateTicket } from '../../adapters/freshdesk/fixtures/payloads.ts';
import { parseSettings as freshdeskSettings } from '../../adapters/freshdesk/settings.ts';
import { lookupViaTemplate } from '../../adapters/freshdesk/shopifyTemplate.ts';
import { redactCredentials } from '../../adapters/shopify/redact.ts';
import { ZendeskDesk } from '../../adapters/zendesk/desk.ts';
import { fakeClient as fakeZendesk } from '../../adapters/zendesk/fakeClient.ts';
import { routineTicket } from '../../adapters/zendesk/fixtures/payloads.ts';
import { parseSettings as zendeskSettings } from '../../adapters/zendesk/settings.ts';
import { shopifyRequestOptions, TOKEN_PLACEHOLDER } from '../../adapters/zendesk/shopifyProxy.ts';
import { processIo } from '../../apps/cli/io.ts';
import { main } from '../../apps/cli/main.ts';
import { memoryIo } from '../../apps/cli/memoryIo.ts';
import { buildZendesk } from '../../scripts/build/zendesk.ts';
import { CREDENTIAL_SHAPES, formatFindings, scanForSecrets, scanText, secureSettingNames, TEST_SECRETS, testSecretValues } from './secretScan.ts';

const TOKEN = TEST_SECRETS.shopifyToken;
/** What must not appear: the token, or enough of it to use (everything after the prefix). */
const leaks = (text: string) => text.includes(TOKEN) || text.includes(TOKEN.slice(6, 20));

let dir = '';
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'cd-secrets-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the secrets scanner', () => {
  const planted: [string, string][] = [
    ['shopify.js', `const t = "${TOKEN}";`],
    ['custom.js', `headers: { "X-Shopify-Access-Token": "shpca_${'0a'.repeat(16)}" }`],
    ['bearer.js', 'fetch(u, { headers: { Authorization: "Bearer abcdefghijklmnop1234567890" } })'],
    ['basic.js', 'xhr.setRequestHeader("Authorization", "Basic dXNlckBleGFtcGxlLmNvbS90b2tlbjphYmM=")'],
    ['key.pem', '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'],
    ['config.json', '{"api_key": "0123456789abcdefghijklmnop"}'],
    ['zendesk.js', `const auth = "agent@shop.example/token:${TEST_SECRETS.zendeskApiToken}";`],
    ['freshdesk.js', `btoa("${TEST_SECRETS.freshdeskApiKey}:X")`],
  ];

  it('finds every planted credential shape, and the suite\'s own secret values', () => {
    const folder = join(dir, 'planted');
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of planted) writeFileSync(join(folder, name), text);
    const found = new Set(scanForSecrets(folder).map((f) => f.file));
    expect([...found].sort()).toEqual(planted.map(([name]) => name).sort());
    expect(scanText('x.js', `a="${TEST_SECRETS.freshdeskApiKey}"`, testSecretValues())).toHaveLength(1);
  });

  it('lets placeholders through: the proxy and template syntax, header names, a value built at run time', () => {
    const clean = [
      `headers: { "X-Shopify-Access-Token": "${TOKEN_PLACEHOLDER}" }`,
      '"headers": { "X-Shopify-Access-Token": "<%= iparam.shopify_access_token %>" }',
      'headers.Authorization = `Bearer ${token}`;',
      'const BEARER = /\\b(Bearer)(\\s+)[A-Za-z0-9]{8,}/g; // redaction code ships in the apps',
      '{"name": "shopify_token", "type": "text", "secure": true}',
    ].join('\n');
    expect(formatFindings(scanText('clean.js', clean, testSecretValues()))).toBe('');
  });

  it('knows the secure settings and collects the values tests give them', () => {
    expect(secureSettingNames().sort()).toEqual(['shopify_access_token', 'shopify_token']);
    expect(testSecretValues()).toEqual(expect.arrayContaining([...Object.values(TEST_SECRETS), 'shpat_test_0000']));
    expect(CREDENTIAL_SHAPES.length).toBeGreaterThan(5);
  });
});

describe('the built Zendesk package', () => {
  it('holds no credential and no test secret', async () => {
    const { dist } = await buildZendesk({ quiet: true, dist: join(dir, 'zendesk'), zip: join(dir, 'zendesk.zip') });
    expect(formatFindings(scanForSecrets(dist))).toBe('');
  }, 120_000);
});

describe('redactCredentials', () => {
  it.each([
    [`X-Shopify-Access-Token: ${TOKEN}`, 'X-Shopify-Access-Token: [redacted]'],
    [`{"X-Shopify-Access-Token":"${TOKEN}"}`, '{"X-Shopify-Access-Token":"[redacted]"}'],
    ['Authorization: Bearer eyJhbGciOi.abc-def_123', 'Authorization: Bearer [redacted]'],
    ['Authorization: Basic dXNlcjpwYXNz', 'Authorization: Basic [redacted]'],
    [`agent@shop.example/token:${TEST_SECRETS.zendeskApiToken}`, 'agent@shop.example/token:[redacted]'],
    ['api_key=ZZ99ZZ99ZZ99', 'api_key=[redacted]'],
    [`Unexpected token 's', "${TOKEN.slice(0, 10)}"... is not valid JSON`, `Unexpected token 's', "[redacted]"... is not valid JSON`],
  ])('%s', (input, output) => expect(redactCredentials(input)).toBe(output));

  it.each([
    'Shopify token rejected: ask your admin to re-enter it',
    '[API] Invalid API key or access token (unrecognized login or wrong password)',
    'shopify_token: unknown key',
    'Basic information about order #1042',
    'No order named #1042 in this shop.',
  ])('leaves ordinary text alone: %s', (text) => expect(redactCredentials(text)).toBe(text));
});

describe('Zendesk: the token never shows', () => {
  it('the proxy request carries only the placeholder', () => {
    expect(JSON.stringify(shopifyRequestOptions('acme.myshopify.com', '{}'))).not.toMatch(/shp(at|ca|pa|ss)_/);
  });

  it('settings problems (the banner) name a token pasted into the wrong field without quoting it', () => {
    const s = zendeskSettings({ shop_domain: TOKEN, tier_field_id: TOKEN, policy_json: `{"vipTags": ${TOKEN}}`, shopify_token: TOKEN });
    expect(s.problems.map((p) => p.setting).sort()).toEqual(['policy_json', 'shop_domain', 'tier_field_id']);
    expect(s.problems.find((p) => p.setting === 'shop_domain')?.message).toMatch(/looks like an access token: it belongs in the shopify_token setting/);
    for (const p of s.problems) expect(leaks(p.message), p.message).toBe(false);
    const policy = zendeskSettings({ policy_json: JSON.stringify({ tiers: { severe: { categories: [TOKEN] } } }) });
    expect(policy.problems[0]?.message).toMatch(/unknown category "\[redacted\]"/);
  });

  it.each([
    ['a 401 whose body echoes the header', { status: 401, responseText: JSON.stringify({ errors: `Invalid X-Shopify-Access-Token: ${TOKEN}` }) }],
    ['a 400 whose GraphQL errors quote it', { status: 400, responseText: JSON.stringify({ errors: [{ message: `Bad header Authorization: Bearer ${TOKEN}` }] }) }],
    ['a proxy Error that names it', new Error(`proxy refused header X-Shopify-Access-Token=${TOKEN}`)],
  ])('a lookup failure message: %s', async (_label, failure) => {
    const client = fakeZendesk(routineTicket, { settings: { shop_domain: 'acme.myshopify.com' }, request: async () => Promise.reject(failure) });
    const desk = new ZendeskDesk(client, { sleep: async () => {}, retries: 0 });
    const order = await desk.loadOrder(await desk.loadTicket());
    expect(order.status).toBe('failed');
    if (order.status === 'failed') {
      expect(order.result.message).toContain('[redacted]');
      expect(leaks(order.result.message), order.result.message).toBe(false);
    }
  });
});

describe('Freshdesk: the token never shows', () => {
  it('iparams problems (the banner) do not quote a token', async () => {
    const s = freshdeskSettings({ shop_domain: TOKEN, order_number_field: `Bearer ${TOKEN}`, policy_json: TOKEN });
    expect(s.problems.map((p) => p.setting).sort()).toEqual(['order_number_field', 'policy_json', 'shop_domain']);
    for (const p of s.problems) expect(leaks(p.message), p.message).toBe(false);
    const client = fakeFreshdesk({ ticket: lateTicket });
    client.iparams.get = async () => Promise.reject(new Error(`iparams denied for Authorization: Bearer ${TOKEN}`));
    const settings = await new FreshdeskDesk(client).init();
    expect(settings.problems[0]?.message).toMatch(/installation settings could not be read/);
    expect(leaks(settings.problems[0]!.message)).toBe(false);
  });

  it.each([
    ['a 401 that echoes the header', { status: 401, headers: {}, response: JSON.stringify({ errors: `Invalid access token ${TOKEN}` }), errorSource: 'APP' }],
    ['a platform failure that names it', { message: `template failed: header X-Shopify-Access-Token: ${TOKEN}`, errorSource: 'PLATFORM' }],
    ['a 200 with errors that quote it', { status: 200, headers: {}, response: JSON.stringify({ errors: [{ message: `token ${TOKEN} is not valid` }] }) }],
  ])('a template failure message: %s', async (_label, failure) => {
    const client = fakeFreshdesk({ ticket: lateTicket, contact: contactEn }, { invoke: async () => ('status' in failure && failure.status === 200 ? (failure as never) : Promise.reject(failure)) });
    const result = await lookupViaTemplate(client, { by: 'name', value: '#1042' }, { sleep: async () => {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(leaks(result.message), result.message).toBe(false);
  });
});

describe('CLI: diagnostics and error records never print a token', () => {
  it('a policy file that holds one: exit 2, the path named, the value not', async () => {
    const policy = join(dir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ tiers: { severe: { categories: [TOKEN] } } }));
    const { io, errors } = memoryIo('{"id":"a","body":"x"}');
    expect(await main(['triage', '-', '--policy', policy], io)).toBe(2);
    expect(errors()).toContain('tiers.severe.categories[0]: unknown category');
    expect(leaks(errors())).toBe(false);
    writeFileSync(policy, `{"vipTags": ${TOKEN}}`);
    const second = memoryIo('');
    expect(await main(['report', join(dir, 'none.jsonl'), '--out', join(dir, 'r.html'), '--policy', policy], second.io)).toBe(2);
    expect(leaks(second.errors())).toBe(false);
  });

  it('error records for bad lines', async () => {
    const { io, lines } = memoryIo([`{"id": ${TOKEN}, "body": "x"}`, `{"id":"b","body":"x","order":{"total":"Bearer ${TOKEN}"}}`].join('\n'));
    expect(await main(['triage', '-', '--now', '2026-11-20T12:00:00Z'], io)).toBe(1);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(leaks(JSON.parse(line).error), line).toBe(false);
  });

  it('the process Io redacts what it writes to stderr', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
    try {
      expect(processIo().fail(`--now: "${TOKEN}" is not an ISO 8601 date-time`)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toBe('--now: "[redacted]" is not an ISO 8601 date-time\n');
  });
});
