import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { errorsOf, validateApp, type Finding } from './validate.ts';
import { PACKAGE_ENTRIES } from './validator/appFolder.ts';
import { codeOnly, isMinified } from './validator/appCodeRules.ts';
import { pngSize, svgSize } from './validator/iconSize.ts';

const source = fileURLToPath(new URL('.', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'fd-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits of free-form JSON

/** A copy of our app folder, changed by `edit`, validated. */
function validateEdited(edit: (dir: string) => void): Finding[] {
  const dir = join(temp, `app${n++}`);
  mkdirSync(dir);
  for (const entry of PACKAGE_ENTRIES) {
    try {
      cpSync(join(source, entry), join(dir, entry), { recursive: true });
    } catch {
      /* README.md or server/ may not exist */
    }
  }
  edit(dir);
  return validateApp(dir);
}
const write = (dir: string, path: string, content: string | Buffer) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
};
const editJson = (path: string, change: (j: Json) => void) => (dir: string) => {
  const j = JSON.parse(readFileSync(join(dir, path), 'utf8'));
  change(j);
  write(dir, path, JSON.stringify(j, null, 2));
};
const rules = (findings: Finding[]) => [...new Set(errorsOf(findings).map((f) => f.rule))];
const template = (j: Json) => j.shopifyGraphql;

describe('our Freshdesk app folder', () => {
  it('passes every rule with no errors and no warnings', () => {
    expect(validateApp(source)).toEqual([]);
  });
});

describe('package rules', () => {
  it('package.app-folder: app/ is mandatory', () => {
    expect(rules(validateEdited((d) => rmSync(join(d, 'app'), { recursive: true })))).toContain('package.app-folder');
  });
  it('package.config-files: only whitelisted files in config/', () => {
    expect(rules(validateEdited((d) => write(d, 'config/notes.txt', 'x')))).toEqual(['package.config-files']);
  });
  it('package.file-size: no file over 2 MB', () => {
    expect(rules(validateEdited((d) => write(d, 'app/scripts/big.js', Buffer.alloc(2 * 1024 * 1024 + 1, 0x20))))).toEqual(['package.file-size']);
  });
  it('package.size: the package stays within 5 MB', () => {
    const chunk = Buffer.alloc(1.9 * 1024 * 1024, 0x20);
    expect(rules(validateEdited((d) => [1, 2, 3].forEach((i) => write(d, `app/assets/part${i}.bin`, chunk))))).toEqual(['package.size']);
  });
  it('icon.size: the location icon is 64×64', () => {
    expect(rules(validateEdited((d) => write(d, 'app/styles/images/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"></svg>')))).toEqual(['icon.size']);
    expect(svgSize('<svg viewBox="0 0 64 64"></svg>')).toEqual({ width: 64, height: 64 });
    const png = Buffer.alloc(24);
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(png);
    png.writeUInt32BE(64, 16);
    png.writeUInt32BE(32, 20);
    expect(pngSize(png)).toEqual({ width: 64, height: 32 });
  });
});

describe('manifest rules', () => {
  it('manifest.missing', () => {
    expect(rules(validateEdited((d) => rmSync(join(d, 'manifest.json'))))).toContain('manifest.missing');
  });
  it('manifest.json: must parse', () => {
    expect(rules(validateEdited((d) => write(d, 'manifest.json', '{"platform-version": ')))).toContain('manifest.json');
  });
  it('manifest.platform-version: 3.0', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m['platform-version'] = '2.3'))))).toEqual(['manifest.platform-version']);
  });
  it('manifest.name: rejected', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.name = 'Complaint Desk'))))).toEqual(['manifest.name']);
  });
  it('manifest.engines: required, node and fdk versions', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => delete m.engines)))).toEqual(['manifest.engines']);
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.engines.fdk = 'latest'))))).toEqual(['manifest.engines']);
  });
  it('manifest.product-module: at least one besides common', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => delete m.modules.support_ticket)))).toEqual(['manifest.product-module']);
  });
  it('manifest.location: ticket_sidebar only under support_ticket, unknown locations refused', () => {
    const moved = validateEdited(
      editJson('manifest.json', (m) => {
        m.modules.common.location = m.modules.support_ticket.location;
        m.modules.support_ticket = {};
      }),
    );
    expect(rules(moved)).toContain('manifest.location');
    expect(rules(moved)).not.toContain('manifest.empty-block');
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.modules.support_ticket.location.ticket_sidebar_x = { url: 'index.html', icon: 'styles/images/icon.svg' }))))).toEqual(['manifest.location']);
  });
  it('manifest.empty-block: no empty requests/functions/events/location', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.modules.support_ticket.events = {}))))).toEqual(['manifest.empty-block']);
  });
  it('manifest.location-files: page and icon exist', () => {
    expect(rules(validateEdited((d) => rmSync(join(d, 'app/styles/images/icon.svg'))))).toEqual(['manifest.location-files']);
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.modules.support_ticket.location.ticket_sidebar.url = 'sidebar.html'))))).toEqual(['manifest.location-files']);
  });
  it('manifest.unknown-key: a warning, not an error', () => {
    const findings = validateEdited(editJson('manifest.json', (m) => (m.version = '1.0')));
    expect(errorsOf(findings)).toEqual([]);
    expect(findings.map((f) => f.rule)).toEqual(['manifest.unknown-key']);
  });
});

describe('iparam rules', () => {
  it('iparams.present: iparams.json is mandatory, and not together with iparams.html', () => {
    expect(rules(validateEdited((d) => rmSync(join(d, 'config/iparams.json'))))).toContain('iparams.present');
    expect(rules(validateEdited((d) => write(d, 'config/iparams.html', '<html></html>')))).toEqual(['iparams.present']);
  });
  it('iparams.schema: display name, known type, options for a dropdown', () => {
    expect(rules(validateEdited(editJson('config/iparams.json', (j) => delete j.add_private_note.options)))).toEqual(['iparams.schema']);
    expect(rules(validateEdited(editJson('config/iparams.json', (j) => (j.shop_domain.type = 'textbox'))))).toEqual(['iparams.schema']);
  });
});

describe('request template rules', () => {
  it('requests.declared: every template declared, every declared one defined', () => {
    expect(rules(validateEdited(editJson('manifest.json', (m) => (m.modules.common.requests = { other: {} }))))).toEqual(['requests.declared']);
    expect(rules(validateEdited((d) => rmSync(join(d, 'config/requests.json'))))).toEqual(['requests.declared']);
  });
  it('requests.schema: a bare host', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.host = 'https://<%= iparam.shop_domain %>'))))).toEqual(['requests.schema']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.host = '<%= iparam.shop_domain %>/admin'))))).toEqual(['requests.schema']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.host = '10.0.0.1'))))).toEqual(['requests.schema']);
  });
  it('requests.schema: the path starts with "/"', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.path = 'admin/api/2026-07/graphql.json'))))).toEqual(['requests.schema']);
  });
  it('requests.schema: no body, a known method, https', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.body = '{}'))))).toEqual(['requests.schema']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.method = 'FETCH'))))).toEqual(['requests.schema']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.protocol = 'http'))))).toEqual(['requests.schema']);
  });
  it('requests.options: maxAttempts 1–5, retryDelay a multiple of 100 up to 1500', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).options.maxAttempts = 6))))).toEqual(['requests.options']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).options.retryDelay = 250))))).toEqual(['requests.options']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).options.retryDelay = 1600))))).toEqual(['requests.options']);
  });
  it('requests.secure-iparams: a secure iparam only in headers', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.query = { token: '<%= iparam.shopify_access_token %>' }))))).toEqual(['requests.secure-iparams']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.path = '/admin/<%= iparam.shopify_access_token %>/graphql.json'))))).toEqual(['requests.secure-iparams']);
  });
  it('requests.iparams: only declared iparams', () => {
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.host = '<%= iparam.shop %>.myshopify.com'))))).toEqual(['requests.iparams']);
  });
  it('requests.used: invoked templates are declared; declared ones are used once app/ has scripts', () => {
    const undeclared = validateEdited((d) => write(d, 'app/scripts/app.js', 'async function f(client) {\n  await client.request.invokeTemplate("shopifyRest", {});\n  await client.request.invokeTemplate("shopifyGraphql", {});\n}\n'));
    expect(rules(undeclared)).toEqual(['requests.used']);
    const unused = validateEdited((d) => write(d, 'app/scripts/app.js', 'function f() {\n  return 1;\n}\n'));
    expect(errorsOf(unused)).toEqual([]);
    expect(unused.map((f) => [f.rule, f.severity])).toEqual([['requests.used', 'warning']]);
  });
  it('requests.name and requests.count', () => {
    const many = (j: Json) => {
      for (let i = 0; i < 100; i++) j[`t${i}`] = template(j);
    };
    const findings = validateEdited((d) => {
      editJson('config/requests.json', many)(d);
      editJson('manifest.json', (m) => {
        for (let i = 0; i < 100; i++) m.modules.common.requests[`t${i}`] = {};
      })(d);
    });
    expect(rules(findings)).toEqual(['requests.count']);
    const named = validateEdited((d) => {
      editJson('config/requests.json', (j) => (j['bad name'] = template(j)))(d);
      editJson('manifest.json', (m) => (m.modules.common.requests['bad name'] = {}))(d);
    });
    expect(rules(named)).toEqual(['requests.name']);
  });
});

describe('app code rules', () => {
  const page = (d: string, extra: string) => write(d, 'app/index.html', readFileSync(join(source, 'app/index.html'), 'utf8').replace('</body>', `${extra}</body>`));
  it('app.appclient: every location page loads the app client', () => {
    expect(rules(validateEdited((d) => write(d, 'app/index.html', '<html><body></body></html>')))).toEqual(['app.appclient']);
  });
  it('app.unpkg: no unpkg', () => {
    expect(rules(validateEdited((d) => write(d, 'app/scripts/app.js', 'const u = "https://unpkg.com/x";\n  use(u);\n')))).toEqual(['app.unpkg']);
  });
  it('app.external-script: Crayons is bundled, never loaded from a CDN', () => {
    expect(rules(validateEdited((d) => page(d, '<script type="module" src="https://cdn.jsdelivr.net/npm/@freshworks/crayons@v4/dist/crayons/crayons.esm.js"></script>')))).toEqual(['app.external-script']);
    expect(rules(validateEdited((d) => write(d, 'app/styles/app.css', '@import url("https://fonts.example.com/a.css");')))).toEqual(['app.external-script']);
  });
  it('app.secrets: no credential in any package file', () => {
    expect(rules(validateEdited((d) => write(d, 'app/scripts/app.js', `const token = "shpat_${'a'.repeat(32)}";\n  go(token);\n`)))).toEqual(['app.secrets']);
    expect(rules(validateEdited(editJson('config/requests.json', (j) => (template(j).schema.headers['X-Shopify-Access-Token'] = `shpat_${'b'.repeat(32)}`))))).toEqual(['app.secrets']);
  });
  it.each([
    ['app.no-eval', 'function run(code) {\n  return eval(code);\n}\n'],
    ['app.no-alert', 'function warn() {\n  alert("careful");\n}\n'],
    ['app.no-debugger', 'function stop() {\n  debugger;\n}\n'],
  ])('%s in code that is not minified', (rule, code) => {
    expect(rules(validateEdited((d) => write(d, 'app/scripts/app.js', code)))).toEqual([rule]);
  });
  it('lint skips minified files and words inside strings or comments, as the FDK does', () => {
    expect(rules(validateEdited((d) => write(d, 'app/scripts/app.js', 'function a(){debugger;alert(1)}\nvar b=eval;\n')))).toEqual([]);
    expect(isMinified('a\n  b\n  c\n')).toBe(false);
    expect(codeOnly('x("alert(1)") // eval(y)')).not.toMatch(/alert|eval/);
    expect(rules(validateEdited((d) => write(d, 'app/scripts/app.js', 'function m() {\n  return "do not alert(anyone)"; // no eval() here\n}\n')))).toEqual([]);
  });
});
