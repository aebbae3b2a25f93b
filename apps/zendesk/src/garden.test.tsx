// The sidebar's Garden markup (garden.tsx) is Garden's own: the same elements, roles and attributes as
// the Garden components render, with the class names of the stylesheet the build renders from them.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALERT_TYPES, GARDEN_VARIANTS, gardenCss, gardenVariants, TAG_HUES, type GardenVariant } from '../gardenCss.ts';
import { Alert, Button, Dots, Tag } from './garden.tsx';

/** Ours, for each of Garden's variants, with `x` for the children as there. */
const OURS: Record<string, ReactElement> = {
  button: <Button>x</Button>,
  'button-primary': <Button isPrimary>x</Button>,
  'button-danger': <Button isDanger>x</Button>,
  ...Object.fromEntries(TAG_HUES.map((hue) => [`tag-${hue}`, <Tag hue={hue}>x</Tag>])),
  ...Object.fromEntries(ALERT_TYPES.map((type) => [`alert-${type}`, <Alert type={type} title="x">x</Alert>])),
  dots: <Dots />,
};

/** Attribute order is not markup: sort each tag's attributes. */
const normalise = (html: string) =>
  html.replace(/<([a-z]+)((?:\s+[\w:-]+="[^"]*")*)(\s*\/?)>/g, (_, tag: string, attrs: string, end: string) => `<${tag}${[...attrs.matchAll(/\s+[\w:-]+="[^"]*"/g)].map((a) => a[0].trim()).sort().map((a) => ` ${a}`).join('')}${end}>`);

let garden: Record<string, GardenVariant>;
let css: string;
beforeAll(() => {
  garden = gardenVariants();
  css = gardenCss();
});

describe('Garden without its runtime', () => {
  it('has a component of ours for every variant the build renders', () => {
    expect(Object.keys(OURS).sort()).toEqual(Object.keys(GARDEN_VARIANTS).sort());
  });

  it.each(Object.keys(GARDEN_VARIANTS))('%s: our markup is Garden’s', (name) => {
    expect(normalise(renderToStaticMarkup(OURS[name]!))).toBe(normalise(garden[name]!.markup));
  });

  it('styles every class our markup uses, and only with stable names', () => {
    for (const { markup } of Object.values(garden))
      for (const m of markup.matchAll(/class="([^"]*)"/g)) for (const cls of m[1]!.split(' ')) expect(css, cls).toContain(`.${cls}{`);
    expect(css).not.toMatch(/-sc-[a-z0-9]+-\d|data-styled/);
    // The theme's colours, as Garden renders them: the primary button and the warning alert.
    expect(css).toMatch(/\.zd-button-primary\{[^}]*background-color:#1f73b7/);
    expect(css).toMatch(/\.zd-alert-warning\{[^}]*background-color:#fff3e4/);
  });

  it('draws the alert icons from the stylesheet (a mask in the icon colour), not from JavaScript', () => {
    for (const type of ALERT_TYPES) expect(css).toMatch(new RegExp(`\\.zd-alert-${type}__icon\\{display:block;width:16px;height:16px;background-color:currentColor;-webkit-mask:url\\("data:image/svg\\+xml,`));
  });
});
