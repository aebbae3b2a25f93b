// The built Zendesk package: our ZAS-rule validator finds nothing wrong with it, rejects broken
// variants of it, and the app's JavaScript stays within its 150 KB gzip budget.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePackage, type PackageFiles } from '../../adapters/zendesk/packageValidator.ts';
import { appJsGzipBytes, buildZendesk, readPackageDir } from '../../scripts/build/zendesk.ts';
import { encodePng } from '../../scripts/png.ts';
import { unzip } from '../../scripts/zip.ts';

let dist = '';
let zipPath = '';
let pkg: PackageFiles;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-zendesk-pkg-'));
  ({ dist, zip: zipPath } = await buildZendesk({ quiet: true, dist: join(dir, 'zendesk'), zip: join(dir, 'app.zip') }));
  pkg = readPackageDir(dist);
}, 120_000);

const json = (files: PackageFiles, path: string) => JSON.parse(Buffer.from(files.get(path)!).toString('utf8'));
const withJson = (path: string, edit: (v: any) => void): PackageFiles => {
  const copy = new Map(pkg);
  const value = json(copy, path);
  edit(value);
  copy.set(path, Buffer.from(JSON.stringify(value)));
  return copy;
};
/** Strict: what we ship has no error and no warning. */
const problems = (files: PackageFiles) => {
  const r = validatePackage(files);
  return [...r.errors, ...r.warnings].map((i) => `${i.file}: ${i.message}`);
};

describe('the built Zendesk package', () => {
  it('passes our validator of the public ZAS rules, without warnings', () => {
    expect(problems(pkg)).toEqual([]);
  });

  it('zips exactly the folder', () => {
    const zipped = unzip(readFileSync(zipPath));
    expect([...zipped.keys()].sort()).toEqual([...pkg.keys()].sort());
    expect(problems(zipped)).toEqual([]);
    expect([...zipped.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'requirements.json', 'translations/en.json', 'translations/zh-cn.json', 'translations/zh-tw.json', 'assets/iframe.html', 'assets/logo.png', 'assets/logo-small.png']));
  });

  it('loads the official SDK from Zendesk\'s CDN and the bundle relatively', () => {
    const html = Buffer.from(pkg.get('assets/iframe.html')!).toString('utf8');
    expect(html).toContain('<script src="https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js"></script>');
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/iframe-[\w-]+\.js"><\/script>/);
  });

  it('keeps the Shopify token in a secure header-scoped setting, never in the code', () => {
    const manifest = json(pkg, 'manifest.json');
    expect(manifest.parameters.find((p: any) => p.name === 'shopify_token')).toMatchObject({ secure: true, scopes: ['header'] });
    expect(manifest.domainWhitelist).toEqual(['*.myshopify.com']);
    const js = [...pkg].filter(([p]) => p.endsWith('.js')).map(([, b]) => Buffer.from(b).toString('utf8')).join('\n');
    expect(js).toContain('{{setting.shopify_token}}');
    expect(js).not.toMatch(/cors\s*:\s*(!0|true)/);
    expect(js).not.toMatch(/shpat_/);
    expect(js).not.toContain('dangerouslySetInnerHTML:');
  });

  it('creates the fields and the view the app relies on', () => {
    const req = json(pkg, 'requirements.json');
    expect(req.ticket_fields.complaint_tier.title).toBe('Complaint tier');
    expect(req.ticket_fields.complaint_category.title).toBe('Complaint category');
    expect(req.views.crisis_complaints.title).toBe('Crisis complaints');
  });

  // The design budget (design.md §4): 150 KB gzip (level 9) for the sidebar's JavaScript. What each part
  // costs: `npx tsx scripts/build/zendeskCosts.ts`.
  it('meets the 150 KB gzip budget for the sidebar JavaScript', () => {
    const size = appJsGzipBytes(dist);
    console.log(`zendesk app JS: ${size.files.join(', ')} ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip`);
    expect(size.gzip).toBeLessThanOrEqual(150 * 1024);
  });

  it('ships Garden\'s styles as a stylesheet, and no React, styled-components or Garden runtime', () => {
    const js = [...pkg].filter(([p]) => p.endsWith('.js')).map(([, b]) => Buffer.from(b).toString('utf8')).join('\n');
    expect(js).not.toMatch(/data-styled|__SECRET_INTERNALS_DO_NOT_USE|data-garden-id/);
    const css = [...pkg].filter(([p]) => p.endsWith('.css')).map(([, b]) => Buffer.from(b).toString('utf8')).join('\n');
    expect(css).toMatch(/\.zd-button-primary\{[^}]*background-color:#1f73b7/);
    const html = Buffer.from(pkg.get('assets/iframe.html')!).toString('utf8');
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\.\/iframe-[\w-]+\.css">/);
  });
});

describe('the validator rejects broken packages', () => {
  const cases: [string, () => PackageFiles, RegExp][] = [
    ['a missing translation key', () => withJson('translations/zh-tw.json', (t) => delete t.app.parameters.policy_json.helpText), /zh-tw\.json: is missing the key "app\.parameters\.policy_json\.helpText"/],
    ['a parameter without a label', () => withJson('translations/en.json', (t) => delete t.app.parameters.shop_domain.label), /is missing the key "app\.parameters\.shop_domain\.label"/],
    ['a public app without long_description', () => withJson('translations/en.json', (t) => delete t.app.long_description), /"app\.long_description"/],
    ['a missing default translation file', () => { const c = new Map(pkg); c.delete('translations/en.json'); return c; }, /translations\/en\.json: is missing/],
    ['a secure parameter without scopes', () => withJson('manifest.json', (m) => delete m.parameters.find((p: any) => p.secure).scopes), /is secure but has no "scopes"/],
    ['scopes on a parameter that is not secure', () => withJson('manifest.json', (m) => (m.parameters[0].scopes = ['header'])), /only allowed on a secure parameter/],
    ['an unknown scope', () => withJson('manifest.json', (m) => (m.parameters.find((p: any) => p.secure).scopes = ['cookie'])), /unknown scope "cookie"/],
    ['a token that is not secure', () => withJson('manifest.json', (m) => { const p = m.parameters.find((x: any) => x.secure); delete p.secure; delete p.scopes; }), /looks like a secret but is not secure/],
    ['an http location URL', () => withJson('manifest.json', (m) => (m.location.support.ticket_sidebar.url = 'http://example.com/app.html')), /must be an https URL/],
    ['an http URL in the code', () => { const c = new Map(pkg); c.set('assets/extra.js', Buffer.from('fetch("http://api.example.com/x")')); return c; }, /contains an http:\/\/ URL/],
    ['a location file that is not in the package', () => withJson('manifest.json', (m) => (m.location.support.ticket_sidebar.url = 'assets/missing.html')), /is not in the package/],
    ['a wrong logo size', () => { const c = new Map(pkg); c.set('assets/logo.png', encodePng(300, 300, new Uint8Array(300 * 300 * 4))); return c; }, /logo\.png: is 300×300; it must be 320×320/],
    ['a wrong screenshot size', () => { const c = new Map(pkg); c.set('assets/screenshot-0.png', encodePng(800, 600, new Uint8Array(800 * 600 * 4))); return c; }, /must be 1024×768/],
    ['a frameworkVersion other than 2.0', () => withJson('manifest.json', (m) => (m.frameworkVersion = '1.0')), /"frameworkVersion" must be "2\.0"/],
    ['a missing author', () => withJson('manifest.json', (m) => delete m.author), /required field "author"/],
    ['a string where a boolean belongs', () => withJson('manifest.json', (m) => (m.private = 'false')), /"private" must be true or false/],
    ['a parameter called name', () => withJson('manifest.json', (m) => m.parameters.push({ name: 'name', type: 'text' })), /may not be called "name"/],
    ['a duplicate parameter', () => withJson('manifest.json', (m) => m.parameters.push({ ...m.parameters[0] })), /duplicate parameter name/],
    ['a required hidden parameter', () => withJson('manifest.json', (m) => m.parameters.push({ name: 'h', type: 'hidden', required: true })), /hidden parameter cannot be required/],
    ['the Zendesk trademark in the name', () => withJson('manifest.json', (m) => (m.name = 'Complaint Desk for Zendesk')), /trademark/],
    ['an unknown requirement type', () => withJson('requirements.json', (r) => (r.ticket_forms = { a: { title: 'x' } })), /unknown requirement type "ticket_forms"/],
    ['a requirement without a title', () => withJson('requirements.json', (r) => delete r.views.crisis_complaints.title), /views\.crisis_complaints needs a "title"/],
    ['an http target requirement', () => withJson('requirements.json', (r) => (r.targets = { t: { title: 't', type: 'http_target' } })), /not allowed/],
    ['a zip inside the package', () => { const c = new Map(pkg); c.set('assets/old.zip', Buffer.from('PK')); return c; }, /file type Zendesk refuses/],
    ['a hard-coded Shopify token', () => { const c = new Map(pkg); c.set('assets/x.js', Buffer.from(`const t = "shpat_${'a'.repeat(32)}"`)); return c; }, /Shopify access token/],
    ['a manifest that is not JSON', () => { const c = new Map(pkg); c.set('manifest.json', Buffer.from('{"name": ')); return c; }, /manifest\.json: is not valid JSON/],
    ['no manifest at all', () => { const c = new Map(pkg); c.delete('manifest.json'); return c; }, /manifest\.json: is missing/],
  ];
  it.each(cases)('%s', (_name, make, expected) => {
    const found = problems(make());
    expect(found.join('\n')).toMatch(expected);
  });

  it('reports symlinks', () => {
    expect(validatePackage(pkg, { symlinks: ['assets/link.js'] }).errors[0]?.message).toMatch(/symbolic link/);
  });
});
