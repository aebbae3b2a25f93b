// What the test hosts need besides their pages, built once for the browser tests and the workbench:
// the npm ZAF SDK in place of Zendesk's CDN copy (same protocol), the Freshdesk host page's script, and
// the stand-in for the FDK's app client.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const HOSTS_DIR = join(import.meta.dirname, 'hosts');
/** Where Zendesk's own templates load the SDK from; apps/zendesk/src/iframe.html does the same. */
export const ZAF_SDK_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

async function iife(entry: string, name: string): Promise<string> {
  const out: any = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, target: 'es2020', lib: { entry, formats: ['iife'], name, fileName: name } },
  });
  return (Array.isArray(out) ? out[0] : out).output[0].code as string;
}

/** The npm SDK (CommonJS) bundled as the classic script the CDN serves: it defines window.ZAFClient. */
export const bundleZafSdk = () => iife(join(ROOT, 'node_modules/zendesk_app_framework_sdk/lib/index.js'), 'ZAFClient');

export const bundleFreshdeskHost = () => iife(join(HOSTS_DIR, 'freshdeskHost.ts'), 'FreshdeskTestHost');

export const freshdeskAppClient = () => readFileSync(join(HOSTS_DIR, 'freshdeskAppClient.js'));
