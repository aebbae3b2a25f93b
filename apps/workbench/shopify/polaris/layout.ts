// Layout and typography: s-stack, s-section, s-heading, s-text, s-unordered-list, s-list-item.
import { PolarisElement, type PropKind } from './base.ts';
import { perTone, spaceOf, TEXT } from './tokens.ts';

const ALIGN = new Set(['start', 'center', 'end', 'baseline', 'stretch', 'normal']);
const JUSTIFY = new Set(['start', 'center', 'end', 'space-between', 'space-around', 'space-evenly', 'normal']);
const keyword = (allowed: Set<string>, value: unknown) => (typeof value === 'string' && allowed.has(value) ? value : undefined);

/** A flex box: `direction` block (a column, the default) or inline (a wrapping row), with a spacing `gap`. */
export class Stack extends PolarisElement {
  static override props: Record<string, PropKind> = {
    direction: 'string',
    gap: 'string',
    rowGap: 'string',
    columnGap: 'string',
    alignItems: 'string',
    justifyContent: 'string',
    alignContent: 'string',
    padding: 'string',
    accessibilityLabel: 'string',
  };
  static override styles = `
:host { display: flex; flex-direction: column; min-width: 0; }
:host([direction="inline"]) { flex-direction: row; flex-wrap: wrap; }
`;
  // The second sheet holds this instance's own values, computed from keywords only.
  static override markup = '<style></style><slot></slot>';
  declare direction: string;
  declare gap: string;
  declare alignItems: string;

  protected override update(): void {
    const rules: string[] = [];
    const gap = spaceOf(this.prop('gap') as string | undefined);
    const row = spaceOf(this.prop('rowGap') as string | undefined);
    const column = spaceOf(this.prop('columnGap') as string | undefined);
    const padding = spaceOf(this.prop('padding') as string | undefined);
    const align = keyword(ALIGN, this.prop('alignItems'));
    const justify = keyword(JUSTIFY, this.prop('justifyContent'));
    const alignContent = keyword(JUSTIFY, this.prop('alignContent'));
    if (gap) rules.push(`gap: ${gap};`);
    if (row) rules.push(`row-gap: ${row};`);
    if (column) rules.push(`column-gap: ${column};`);
    if (padding) rules.push(`padding: ${padding};`);
    if (align) rules.push(`align-items: ${align};`);
    if (justify) rules.push(`justify-content: ${justify};`);
    if (alignContent) rules.push(`align-content: ${alignContent};`);
    const css = `:host { ${rules.join(' ')} }`;
    const style = this.node<HTMLStyleElement>('style');
    if (style.textContent !== css) style.textContent = css;
    const label = this.prop('accessibilityLabel') as string | undefined;
    this.internals.role = label ? 'group' : null;
    this.internals.ariaLabel = label ?? null;
  }
}

/**
 * A titled group. The surface's title is an h2, so a section's heading is an h3, or an h4 (a step
 * smaller) inside another section.
 */
export class Section extends PolarisElement {
  static override props: Record<string, PropKind> = { heading: 'string', accessibilityLabel: 'string', padding: 'string' };
  static override styles = `
:host { display: block; min-width: 0; }
h3, h4 { margin: 0 0 8px; font-size: 14px; line-height: 20px; font-weight: 650; color: ${TEXT.base}; overflow-wrap: anywhere; }
h4 { font-size: 13px; margin-bottom: 4px; }
h3:empty, h4:empty { display: none; }
`;
  static override markup = '<section part="section"><h3 part="heading"></h3><slot></slot></section>';
  declare heading: string;

  override connectedCallback(): void {
    const nested = !!this.parentElement?.closest('s-section');
    const current = this.node('[part="heading"]');
    if ((current.localName === 'h4') !== nested) {
      const replacement = document.createElement(nested ? 'h4' : 'h3');
      replacement.setAttribute('part', 'heading');
      current.replaceWith(replacement);
    }
    super.connectedCallback();
  }

  protected override update(): void {
    const heading = (this.prop('heading') as string | undefined) ?? '';
    const title = this.node('[part="heading"]');
    if (title.textContent !== heading) title.textContent = heading;
    const section = this.node('section');
    const label = (this.prop('accessibilityLabel') as string | undefined) ?? heading;
    if (label) section.setAttribute('aria-label', label);
    else section.removeAttribute('aria-label');
  }
}

export class Heading extends PolarisElement {
  static override props: Record<string, PropKind> = { lineClamp: 'number', accessibilityRole: 'string' };
  static override styles = `
:host { display: block; }
h4 { margin: 0; font-size: 13px; line-height: 20px; font-weight: 650; color: ${TEXT.base}; overflow-wrap: anywhere; }
`;
  // Inside a section (an h3), as the extensions use it.
  static override markup = '<h4 part="heading"><slot></slot></h4>';
}

/** Inline text; `tone` colours it, `type="strong"` makes it bold, `color="subdued"` greys it. */
export class Text extends PolarisElement {
  static override props: Record<string, PropKind> = { tone: 'string', type: 'string', color: 'string', fontVariantNumeric: 'string', accessibilityVisibility: 'string' };
  static override styles = `
:host { display: inline; overflow-wrap: anywhere; }
${perTone((t) => `:host([tone="${t}"])`, (t) => `color: ${t.text};`)}
:host([color="subdued"]) { color: ${TEXT.subdued}; }
:host([type="strong"]) { font-weight: 650; }
:host([type="emphasis"]) { font-style: italic; }
:host([type="mark"]) { background: #ffeb78; }
:host([font-variant-numeric="tabular-nums"]) { font-variant-numeric: tabular-nums; }
:host([accessibility-visibility="exclusive"]) { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
:host([accessibility-visibility="hidden"]) { display: none; }
`;
  declare tone: string;
}

export class UnorderedList extends PolarisElement {
  static override styles = `:host { display: block; margin: 0; padding-inline-start: 20px; list-style-type: disc; }`;
  constructor() {
    super();
    this.internals.role = 'list';
  }
}

export class ListItem extends PolarisElement {
  static override styles = `:host { display: list-item; overflow-wrap: anywhere; } :host(:not(:last-child)) { margin-bottom: 4px; }`;
  constructor() {
    super();
    this.internals.role = 'listitem';
  }
}
