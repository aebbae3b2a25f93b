// The base of our stand-ins for Shopify's Polaris web components (`<s-*>`). Like the real ones, each keeps
// its chrome in an open shadow root and shows the extension's children through <slot>s, so Preact owns the
// light DOM and never meets a node of ours.
//
// How Preact 10 talks to a custom element (src/diff/props.js): a prop whose name is `in` the element is
// set as a property, anything else as an attribute; `onClick`/`onInput` become `click`/`input` listeners;
// removing a prop sets the property to ''. So every prop the extensions use is an accessor on the
// prototype, and each accessor reflects to a kebab-case attribute (`collapsedSummary` → collapsed-summary)
// for the styles and for anyone reading the page, the way a host's DOM inspector would show it.
//
// Text from the extension only ever reaches the page as `textContent` or as its own light-DOM nodes: the
// only markup parsed here is each component's constant template.

export type PropKind = 'string' | 'boolean' | 'number';
export type PropValue = string | boolean | number | undefined;

export const attributeOf = (prop: string): string => (prop === 'readOnly' ? 'readonly' : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

function fromProperty(kind: PropKind, value: unknown): PropValue {
  if (kind === 'boolean') return value === true || (typeof value === 'string' && value !== '' && value !== 'false');
  if (value === null || value === undefined || value === '') return undefined;
  if (kind === 'number') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return String(value);
}

function fromAttribute(kind: PropKind, value: string | null): PropValue {
  if (kind === 'boolean') return value !== null && value !== 'false';
  return fromProperty(kind, value);
}

const sheets = new Map<string, CSSStyleSheet>();
/** One constructed stylesheet per distinct CSS text, shared by every instance (adoptedStyleSheets). */
export function sheet(css: string): CSSStyleSheet {
  let found = sheets.get(css);
  if (!found) {
    found = new CSSStyleSheet();
    found.replaceSync(css);
    sheets.set(css, found);
  }
  return found;
}

const templates = new Map<string, HTMLTemplateElement>();
/** A component's constant shadow markup, parsed once. Never called with text from the extension. */
function template(html: string): DocumentFragment {
  let found = templates.get(html);
  if (!found) {
    found = document.createElement('template');
    found.innerHTML = html;
    templates.set(html, found);
  }
  return found.content.cloneNode(true) as DocumentFragment;
}

/**
 * Shared by every component: `hidden` wins over a component's own display. Type and colour are inherited
 * (set by the surfaces and the page), so a text inside a badge takes the badge's colour.
 */
export const BASE_CSS = `
:host { box-sizing: border-box; }
:host([hidden]) { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
`;

export interface ComponentClass {
  readonly props: Record<string, PropKind>;
  readonly styles: string;
  readonly markup: string;
  readonly delegatesFocus?: boolean;
}

export abstract class PolarisElement extends HTMLElement {
  static props: Record<string, PropKind> = {};
  static styles = '';
  static markup = '<slot></slot>';
  static delegatesFocus = false;

  static get observedAttributes(): string[] {
    return Object.keys(this.props).map(attributeOf);
  }

  protected readonly root: ShadowRoot;
  protected readonly internals: ElementInternals;
  readonly #values = new Map<string, PropValue>();
  #reflecting = false;

  constructor() {
    super();
    const type = this.constructor as unknown as ComponentClass;
    this.root = this.attachShadow({ mode: 'open', delegatesFocus: type.delegatesFocus ?? false });
    this.root.adoptedStyleSheets = [sheet(BASE_CSS), sheet(type.styles)];
    this.root.append(template(type.markup));
    this.internals = this.attachInternals();
  }

  /** Shadow nodes by selector; the templates are ours, so a miss is a bug in this file. */
  protected node<T extends Element = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: no ${selector} in its template`);
    return found;
  }

  connectedCallback(): void {
    this.update();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (this.#reflecting) return;
    const props = (this.constructor as unknown as ComponentClass).props;
    const name = Object.keys(props).find((p) => attributeOf(p) === attribute);
    if (!name) return;
    this.#values.set(name, fromAttribute(props[name]!, value));
    this.update();
  }

  /** The current value of a declared prop. */
  protected prop(name: string): PropValue {
    return this.#values.get(name);
  }

  protected setProp(name: string, value: unknown): void {
    const kind = (this.constructor as unknown as ComponentClass).props[name]!;
    const next = fromProperty(kind, value);
    if (next === this.#values.get(name) && this.#values.has(name)) return;
    this.#values.set(name, next);
    const attribute = attributeOf(name);
    this.#reflecting = true;
    try {
      if (kind === 'boolean') this.toggleAttribute(attribute, next === true);
      else if (next === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(next));
    } finally {
      this.#reflecting = false;
    }
    this.update();
  }

  /** Brings the shadow chrome in line with the props. Cheap and idempotent: it runs on every change. */
  protected update(): void {}
}

/** Declares the accessors of a component's props on its prototype, then registers it (once). */
export function define(tag: string, type: (new () => PolarisElement) & { props: Record<string, PropKind> }): void {
  if (customElements.get(tag)) return;
  for (const name of Object.keys(type.props)) {
    if (Object.getOwnPropertyDescriptor(type.prototype, name)) continue;
    Object.defineProperty(type.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: PolarisElement) {
        return (this as unknown as { prop(n: string): PropValue }).prop(name);
      },
      set(this: PolarisElement, value: unknown) {
        (this as unknown as { setProp(n: string, v: unknown): void }).setProp(name, value);
      },
    });
  }
  customElements.define(tag, type);
}

/** The admin's UI language for our own chrome ("Show more", "Close"), from <html lang>. */
export function chromeText(key: 'collapse' | 'expand' | 'showMore' | 'showLess' | 'close' | 'loading'): string {
  const lang = document.documentElement.lang;
  const table = lang === 'zh-TW' ? CHROME.zhTW : lang === 'zh-CN' ? CHROME.zhCN : CHROME.en;
  return table[key];
}

const CHROME = {
  en: { collapse: 'Collapse', expand: 'Expand', showMore: 'Show more', showLess: 'Show less', close: 'Close', loading: 'Loading' },
  zhCN: { collapse: '收起', expand: '展开', showMore: '显示更多', showLess: '收起', close: '关闭', loading: '加载中' },
  zhTW: { collapse: '收合', expand: '展開', showMore: '顯示更多', showLess: '收合', close: '關閉', loading: '載入中' },
};
