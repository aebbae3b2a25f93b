// Zendesk Garden's look without Garden's runtime, for the sidebar bundle (run by scripts/build/zendesk.ts).
// Garden's components are styled-components: the browser computes their CSS from the theme, and that
// runtime (styled-components, stylis, polished, Garden's theming, the components and the part of
// preact/compat they use) measured ~30 KB gzip (37 KB on Preact), which the 150 KB budget has no room
// for beside the core's ~113 KB (`npx tsx scripts/build/zendeskCosts.ts`). The sidebar only renders a
// few fixed variants, so the build renders exactly those with the real Garden components (React on Node), takes the CSS
// styled-components generates for each, and renames the generated class names to stable ones
// (`zd-button-primary`, `zd-alert-warning__title`). apps/zendesk/src/garden.tsx writes the same markup
// with those names, and src/garden.test.tsx checks it against Garden's own. Alert icons become CSS masks,
// so their SVG is in the stylesheet, not in the JS.
import { createRequire } from 'node:module';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { ThemeProvider } from '@zendeskgarden/react-theming';

export const TAG_HUES = ['grey', 'blue', 'yellow', 'red', 'green'] as const;
export const ALERT_TYPES = ['info', 'warning', 'error', 'success'] as const;

/** Every Garden variant the sidebar shows, by the class name its root gets (`zd-<name>`). `x` stands for the children. */
export const GARDEN_VARIANTS: Record<string, () => ReactElement> = {
  // The sidebar's buttons are all Garden's small size.
  button: () => h(Button, { size: 'small' }, 'x'),
  'button-primary': () => h(Button, { size: 'small', isPrimary: true }, 'x'),
  'button-danger': () => h(Button, { size: 'small', isDanger: true }, 'x'),
  ...Object.fromEntries(TAG_HUES.map((hue) => [`tag-${hue}`, () => h(Tag, { hue }, 'x')])),
  ...Object.fromEntries(ALERT_TYPES.map((type) => [`alert-${type}`, () => h(Alert, { type }, h(Alert.Title, null, 'x'), 'x')])),
  dots: () => h(Dots, { size: 20 }),
};

interface Element {
  tag: string;
  attrs: Map<string, string>;
  /** Offsets of the whole element (`<svg …>…</svg>`) in the markup. */
  start: number;
  end: number;
  name?: string;
}

/** The elements of server-rendered markup (well-formed, no comments), in document order. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const open: Element[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g)) {
    if (m[1]) {
      const el = open.pop()!;
      el.end = m.index + m[0].length;
      continue;
    }
    const attrs = new Map([...m[3]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((a): [string, string] => [a[1]!, a[2] ?? '']));
    const el: Element = { tag: m[2]!, attrs, start: m.index, end: m.index + m[0].length };
    found.push(el);
    if (!m[4] && !['br', 'img', 'input', 'hr'].includes(el.tag)) open.push(el);
  }
  return found;
}

/** styled-components' stable class of a component: `StyledIcon-sc-msklws-0` (its display name, then a hash). */
const COMPONENT_ID = /^(?:([\w$]+)-)?sc-[a-z0-9]+-\d+$/i;

/** A descendant's part name from its innermost component: `StyledDots__StyledDotsCircleOne` → `dots-circle-one`. */
function partName(el: Element): string {
  const ids = (el.attrs.get('class') ?? '').split(/\s+/).map((c) => COMPONENT_ID.exec(c)?.[1]).filter(Boolean) as string[];
  const display = ids.at(-1)?.split('__').at(-1)?.replace(/^Styled/, '');
  if (!display) throw new Error(`cannot name the <${el.tag}> part of a Garden variant`);
  return display.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Top-level CSS blocks: `selector{…}` and at-rules with their nested bodies. */
function blocks(css: string): { head: string; body: string }[] {
  const out: { head: string; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    out.push({ head: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/** Splits a selector list at its top-level commas (not those inside `:is(…)` or `[…]`). */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) (parts.push(list.slice(from, i)), (from = i + 1));
  }
  return [...parts, list.slice(from)].map((s) => s.trim());
}

/**
 * Rewrites styled-components' rules for one variant: each generated class becomes the stable name of the
 * element that carries it; a selector naming a class no element of ours carries (a split button, an
 * avatar inside a tag) can never match and is dropped.
 */
function renameRules(css: string, names: Map<string, string | null>): string[] {
  const out: string[] = [];
  for (const { head, body } of blocks(css)) {
    if (head.startsWith('@media') || head.startsWith('@supports')) {
      const inner = renameRules(body, names);
      if (inner.length) out.push(`${head}{${inner.join('')}}`);
      continue;
    }
    if (head.startsWith('@')) {
      out.push(`${head}{${body}}`); // @keyframes: their names are already unique hashes.
      continue;
    }
    if (head.startsWith('data-styled')) continue; // styled-components' own bookkeeping.
    const kept = selectors(head).flatMap((selector) => {
      let matches = true;
      const renamed = selector.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (_, cls: string) => {
        const name = names.get(cls);
        if (name === null) throw new Error(`Garden class ${cls} is on two parts of the variant and styled: cannot tell them apart`);
        if (name === undefined) matches = false;
        return `.${name}`;
      });
      return matches ? [renamed] : [];
    });
    if (kept.length) out.push(`${kept.join(',')}{${body}}`);
  }
  return out;
}

/** An SVG as a CSS url(): only the characters a data URL in double quotes cannot hold are escaped. */
const svgUrl = (svg: string) => `url("data:image/svg+xml,${svg.replace(/[%#<>"]/g, (c) => encodeURIComponent(c)).replace(/\s+/g, ' ')}")`;

export interface GardenVariant {
  /** Garden's markup with our class names and without Garden's data attributes; an icon is an empty `<span>`. */
  markup: string;
  css: string[];
}

/** One variant: rendered by Garden, its classes renamed, its icons turned into masks. */
export function renderVariant(name: string, element: ReactElement): GardenVariant {
  const sheet = new ServerStyleSheet();
  let html: string;
  let css: string;
  try {
    html = renderToStaticMarkup(sheet.collectStyles(h(ThemeProvider, null, element)));
    css = sheet.getStyleTags().replace(/<\/?style[^>]*>/g, '').replace(/\/\*!sc\*\//g, '');
  } finally {
    sheet.seal();
  }
  const all = elements(html);
  const names = new Map<string, string | null>();
  const extra: string[] = [];
  for (const [i, el] of all.entries()) {
    const classes = el.attrs.get('class')?.split(/\s+/);
    if (!classes) continue; // an SVG's <g>, <path>: part of their parent's drawing.
    el.name = i === 0 ? `zd-${name}` : `zd-${name}__${partName(el)}`;
    for (const cls of classes) names.set(cls, names.has(cls) && names.get(cls) !== el.name ? null : el.name);
  }
  // Descendant SVGs are icons: drawn as a mask filled with the icon's colour, so the JS holds no SVG. A
  // mask reads only the image's alpha, so the icon's `currentColor` strokes become plain black.
  const icons = all.filter((el, i) => i > 0 && el.tag === 'svg' && el.name);
  for (const icon of icons) {
    const [width, height] = [icon.attrs.get('width'), icon.attrs.get('height')];
    if (!width || !height) throw new Error(`Garden's ${icon.name} icon has no width and height`);
    const svg = html
      .slice(icon.start, icon.end)
      .replace(/\s(class|data-garden-[\w-]+|focusable|aria-hidden)="[^"]*"/g, '')
      .replace(/currentColor/g, '#000');
    const mask = `${svgUrl(svg)} center/contain no-repeat`;
    extra.push(`.${icon.name}{display:block;width:${width}px;height:${height}px;background-color:currentColor;-webkit-mask:${mask};mask:${mask};}`);
  }
  // The markup the sidebar must write, for src/garden.test.tsx: our classes, no data-garden-*, icons as spans.
  let markup = html;
  for (const icon of [...icons].reverse()) markup = `${markup.slice(0, icon.start)}<span class="${icon.name}" aria-hidden="true"></span>${markup.slice(icon.end)}`;
  markup = markup
    .replace(/\sdata-garden-[\w-]+="[^"]*"/g, '')
    .replace(/\sxmlns="[^"]*"/g, '')
    // Garden's classes become ours (the icon spans have ours already); one several parts share (a base
    // component's) is never styled on its own, and goes.
    .replace(/\sclass="([^"]*)"/g, (_, list: string) => ` class="${[...new Set(list.split(/\s+/).map((c) => (names.has(c) ? names.get(c) : c)).filter(Boolean))].join(' ')}"`);
  return { markup, css: [...renameRules(css, names), ...extra] };
}

export function gardenVariants(): Record<string, GardenVariant> {
  return Object.fromEntries(Object.entries(GARDEN_VARIANTS).map(([name, make]) => [name, renderVariant(name, make())]));
}

/** The stylesheet the sidebar ships: every variant's rules, each once. */
export function gardenCss(): string {
  const { version } = createRequire(import.meta.url)('@zendeskgarden/react-theming/package.json') as { version: string };
  const rules = new Set(Object.values(gardenVariants()).flatMap((v) => v.css));
  return `/* Zendesk Garden ${version} (Apache-2.0): component styles, rendered at build time by apps/zendesk/gardenCss.ts */\n${[...rules].join('\n')}\n`;
}
