// Crayons components' own styles, without their Stencil runtime: each component ships its CSS as a
// string in @freshworks/crayons/dist/components/*.js (for its shadow root). We read it from the installed
// package at build time and scope `:host` to a wrapper class (`.fw-button` for fw-button), so the
// sidebar's plain elements with Crayons' class names (`fw-btn fw-btn--primary`, `label label--red`,
// `alert alert--warning`) look exactly like the components, for a few KB of CSS instead of ~21 KB gzip of JS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Component tag → the file in dist/components/ holding its CSS string. */
export const CRAYONS_COMPONENTS: Record<string, string> = {
  'fw-button': 'button.js',
  'fw-label': 'fw-label.js',
  'fw-inline-message': 'inline-message.js',
  'fw-spinner': 'spinner.js',
};

export function crayonsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@freshworks/crayons/package.json'));
}

/** The `const xxxCss = "…"` string of one component module, decoded. */
export function componentCss(source: string, file: string): string {
  const m = /const \w+Css = ("(?:\\.|[^"\\])*");/.exec(source);
  if (!m) throw new Error(`no component CSS found in @freshworks/crayons/dist/components/${file}`);
  return JSON.parse(m[1]!) as string;
}

/** Shadow-DOM selectors rewritten for the light DOM under `.tag`. */
export function scopeHost(css: string, tag: string): string {
  return css
    .replace(/:host\(/g, `.${tag}:is(`)
    .replace(/:host/g, `.${tag}`)
    .replace(/::slotted\(([^)]*)\)/g, '$1');
}

export function crayonsComponentCss(dir = crayonsDir()): string {
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const parts = Object.entries(CRAYONS_COMPONENTS).map(([tag, file]) => {
    const css = componentCss(readFileSync(join(dir, 'dist/components', file), 'utf8'), file);
    return `/* ${tag} */\n${scopeHost(css, tag)}`;
  });
  return `/* @freshworks/crayons ${version} (MIT): component styles, scoped for the light DOM */\n${parts.join('\n')}\n`;
}
