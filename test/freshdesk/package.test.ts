// The built Freshdesk app folder and zip: our `fdk validate` stand-in finds nothing, the layout is what
// `fdk pack` expects, everything is bundled (no CDN), and the app's JavaScript meets its size budget.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFreshdesk, freshdeskJsGzipBytes, type FreshdeskBuild } from '../../scripts/build/freshdesk.ts';
import { readPackageDir } from '../../scripts/build/zendesk.ts';
import { unzip } from '../../scripts/zip.ts';
import { validateApp } from '../../manifests/freshdesk/validate.ts';
import { formatFindings, scanForSecrets } from '../robustness/secretScan.ts';

let built: FreshdeskBuild;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-freshdesk-pkg-'));
  built = await buildFreshdesk({ quiet: true, dist: join(dir, 'freshdesk'), zip: join(dir, 'app.zip') });
}, 120_000);

const text = (path: string) => readFileSync(join(built.dist, path), 'utf8');

describe('the built Freshdesk app', () => {
  it('passes our validator of the documented FDK rules, without warnings', () => {
    expect(built.findings).toEqual([]);
    expect(validateApp(built.dist)).toEqual([]);
  });

  it('is laid out like fdk pack: manifest, README, app/ with the page, script, style and icon, config/', () => {
    const paths = [...readPackageDir(built.dist).keys()].sort();
    expect(paths).toEqual(
      ['README.md', 'app/index.html', `app/${built.scripts[0]}`, ...built.styles.map((s) => `app/${s}`), 'app/styles/images/icon.svg', 'config/iparams.json', 'config/requests.json', 'manifest.json'].sort(),
    );
    expect(built.scripts[0]).toMatch(/^scripts\/app-[\w-]+\.js$/);
  });

  it('zips exactly the folder', () => {
    const zipped = unzip(readFileSync(built.zip));
    const folder = readPackageDir(built.dist);
    expect([...zipped.keys()].sort()).toEqual([...folder.keys()].sort());
    for (const [path, data] of zipped) expect(Buffer.compare(data, Buffer.from(folder.get(path)!))).toBe(0);
  });

  it('fills index.html: the app client placeholder stays, the bundle is linked relatively', () => {
    const html = text('app/index.html');
    expect(html).toContain('<script src="{{{appclient}}}"></script>');
    expect(html).toContain(`<script type="module" src="${built.scripts[0]}"></script>`);
    for (const s of built.styles) expect(html).toContain(`<link rel="stylesheet" href="${s}" />`);
    expect(html).not.toContain('complaint-desk:');
  });

  it('bundles Crayons from npm (its CSS and the components\' styles), and loads nothing from elsewhere', () => {
    const css = built.styles.map((s) => text(`app/${s}`)).join('\n');
    expect(css).toContain('.fw-type-h7');
    expect(css).toMatch(/\.fw-button \.fw-btn--primary|\.fw-btn--primary/);
    expect(css).toContain('.label--red');
    expect(css).toContain('.alert--warning');
    // Shadow-DOM selectors of the components are rewritten for the light DOM (crayons-min.css has its own few).
    expect(css).not.toMatch(/:host[^(]*\.fw-btn|::slotted/);
    expect(css).toContain('.fw-button{cursor:pointer');
    expect(css).toContain('.fw-spinner:not([dir=rtl]) .spinner');
    const all = [text('app/index.html'), css, text(`app/${built.scripts[0]}`)].join('\n');
    expect(all).not.toMatch(/unpkg\.com|cdn\.jsdelivr|cdnjs|<script[^>]+src="https?:/i);
  });

  it('keeps the Shopify token out of the browser code and never renders HTML from text', () => {
    const js = text(`app/${built.scripts[0]}`);
    expect(js).not.toMatch(/shpat_|X-Shopify-Access-Token/i);
    expect(js).not.toContain('dangerouslySetInnerHTML:');
    expect(js).toContain('shopifyGraphql');
  });

  it('holds no credential and no value the tests give a secure iparam, in any file (issue 9)', () => {
    expect(formatFindings(scanForSecrets(built.dist))).toBe('');
  });

  it('meets the 150 KB gzip budget for the app JavaScript (design.md §4)', () => {
    const size = freshdeskJsGzipBytes(built.dist);
    console.log(`freshdesk app JS: ${size.files.join(', ')} ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip`);
    expect(size.gzip).toBeLessThanOrEqual(150 * 1024);
  });
});
