// The two surfaces the order page gives an extension: s-admin-block (a card on the page, collapsible, cut
// at 300 px with "Show more", its `collapsedSummary` shown while collapsed) and s-admin-action (the modal
// of a More actions item: heading, body, and the buttons of its `primary-action` / `secondary-actions`
// slots in the footer).
import { chromeText, PolarisElement, type PropKind } from './base.ts';
import { FONT, SURFACE, TEXT } from './tokens.ts';

/** Shopify's documented initial height of a block before "Show more". */
export const BLOCK_INITIAL_HEIGHT = 300;

const SURFACE_CSS = `:host { display: block; font-family: ${FONT}; font-size: 13px; line-height: 20px; color: ${TEXT.base}; -webkit-font-smoothing: antialiased; }`;
const ICON_BUTTON = `border: 0; background: transparent; border-radius: 8px; width: 28px; height: 28px; padding: 0; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; color: ${TEXT.subdued}; font: inherit; font-size: 18px; line-height: 1;`;

export class AdminBlock extends PolarisElement {
  static override props: Record<string, PropKind> = { heading: 'string', collapsedSummary: 'string' };
  static override styles = `
${SURFACE_CSS}
.card { background: ${SURFACE.card}; border-radius: 12px; box-shadow: ${SURFACE.shadowCard}; overflow: hidden; }
header { display: flex; align-items: center; gap: 8px; padding: 12px 12px 12px 16px; }
.app { flex: none; width: 20px; height: 20px; border-radius: 5px; background: linear-gradient(135deg, #5c6ac4, #202e78); }
.titles { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 13px; line-height: 20px; font-weight: 650; overflow-wrap: anywhere; }
.summary { margin: 0; color: ${TEXT.subdued}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.summary:empty, .card:not(.collapsed) .summary { display: none; }
.toggle { ${ICON_BUTTON} flex: none; }
.toggle:hover { background: rgba(0, 0, 0, 0.06); }
.toggle:focus-visible, .more button:focus-visible { outline: 2px solid ${SURFACE.focus}; outline-offset: 1px; }
.chevron { display: block; width: 8px; height: 8px; border-right: 2px solid currentColor; border-bottom: 2px solid currentColor; transform: translateY(2px) rotate(225deg); }
.collapsed .chevron { transform: translateY(-2px) rotate(45deg); }
.content { position: relative; padding: 0 16px 16px; }
.clipped .content { max-height: ${BLOCK_INITIAL_HEIGHT}px; overflow: hidden; }
.clipped .content::after { content: ""; position: absolute; left: 0; right: 0; bottom: 0; height: 40px; background: linear-gradient(rgba(255, 255, 255, 0), #fff); pointer-events: none; }
.collapsed .content { display: none; }
.more { display: none; border-top: 1px solid ${SURFACE.border}; padding: 4px 8px; }
.overflowing:not(.collapsed) .more { display: flex; justify-content: center; }
.more button { border: 0; background: transparent; border-radius: 8px; padding: 4px 12px; font: inherit; font-weight: 550; color: ${TEXT.link}; cursor: pointer; }
.more button:hover { background: rgba(0, 0, 0, 0.04); }
`;
  static override markup =
    '<section class="card" part="card"><header><span class="app" aria-hidden="true"></span><div class="titles"><h2></h2><p class="summary"></p></div>' +
    '<button class="toggle" type="button" aria-expanded="true" aria-controls="content"><span class="chevron" aria-hidden="true"></span></button></header>' +
    '<div class="content" id="content" part="content"><div class="inner"><slot></slot></div></div><div class="more"><button type="button" aria-controls="content"></button></div></section>';
  declare heading: string;
  declare collapsedSummary: string;
  #collapsed = false;
  #expanded = false;
  #overflowing = false;
  readonly #observer: ResizeObserver;

  constructor() {
    super();
    this.node('.toggle').addEventListener('click', () => {
      this.#collapsed = !this.#collapsed;
      this.update();
    });
    this.node('.more button').addEventListener('click', () => {
      this.#expanded = !this.#expanded;
      this.update();
    });
    const inner = this.node('.inner');
    this.#observer = new ResizeObserver(() => {
      const overflowing = inner.offsetHeight > BLOCK_INITIAL_HEIGHT;
      if (overflowing !== this.#overflowing) {
        this.#overflowing = overflowing;
        this.update();
      }
    });
    this.#observer.observe(inner);
  }

  protected override update(): void {
    const heading = (this.prop('heading') as string | undefined) ?? '';
    const summary = (this.prop('collapsedSummary') as string | undefined) ?? '';
    const h2 = this.node('h2');
    if (h2.textContent !== heading) h2.textContent = heading;
    const p = this.node('.summary');
    if (p.textContent !== summary) p.textContent = summary;
    const card = this.node('.card');
    card.setAttribute('aria-label', heading);
    card.classList.toggle('collapsed', this.#collapsed);
    card.classList.toggle('overflowing', this.#overflowing);
    card.classList.toggle('clipped', this.#overflowing && !this.#expanded);
    const toggle = this.node('.toggle');
    toggle.setAttribute('aria-expanded', String(!this.#collapsed));
    toggle.setAttribute('aria-label', chromeText(this.#collapsed ? 'expand' : 'collapse'));
    const more = this.node('.more button');
    more.textContent = chromeText(this.#expanded ? 'showLess' : 'showMore');
    more.setAttribute('aria-expanded', String(this.#expanded));
  }
}

let closeAction: (() => void) | undefined;
/** What the modal's × and Escape do: the host's close (`shopify.close()`). */
export function onAdminActionClose(handler: () => void): void {
  closeAction = handler;
}

export class AdminAction extends PolarisElement {
  static override props: Record<string, PropKind> = { heading: 'string', loading: 'boolean' };
  static override styles = `
${SURFACE_CSS}
:host { height: 100%; }
.modal { display: flex; flex-direction: column; height: 100%; max-height: 100vh; background: ${SURFACE.card}; border-radius: 16px; box-shadow: ${SURFACE.shadowModal}; overflow: hidden; }
header { flex: none; display: flex; align-items: center; gap: 8px; min-height: 52px; padding: 10px 10px 10px 16px; background: ${SURFACE.header}; border-bottom: 1px solid ${SURFACE.border}; }
h2 { flex: 1; margin: 0; font-size: 14px; line-height: 20px; font-weight: 650; overflow-wrap: anywhere; }
.close { ${ICON_BUTTON} }
.close:hover { background: rgba(0, 0, 0, 0.06); }
.close:focus-visible { outline: 2px solid ${SURFACE.focus}; outline-offset: 1px; }
.body { flex: 1; min-height: 0; overflow: auto; padding: 16px; }
.loading { display: none; justify-content: center; padding: 32px 0; }
.ring { width: 32px; height: 32px; border-radius: 50%; border: 3px solid rgba(0, 0, 0, 0.12); border-top-color: ${TEXT.base}; animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.is-loading .loading { display: flex; }
.is-loading .content { display: none; }
footer { flex: none; display: flex; justify-content: flex-end; align-items: center; gap: 8px; padding: 12px 16px; border-top: 1px solid ${SURFACE.border}; }
footer.empty { display: none; }
`;
  static override markup =
    '<div class="modal" part="modal" role="dialog" aria-modal="true" aria-labelledby="title"><header><h2 id="title"></h2><button class="close" type="button">×</button></header>' +
    '<div class="body" part="body"><div class="loading" role="status"><span class="ring"></span></div><div class="content"><slot></slot></div></div>' +
    '<footer part="footer"><slot name="secondary-actions"></slot><slot name="primary-action"></slot></footer></div>';
  declare heading: string;
  declare loading: boolean;

  constructor() {
    super();
    const close = () => closeAction?.();
    this.node('.close').addEventListener('click', close);
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    });
    for (const slot of this.root.querySelectorAll('footer slot')) slot.addEventListener('slotchange', () => this.update());
  }

  protected override update(): void {
    const heading = (this.prop('heading') as string | undefined) ?? '';
    const h2 = this.node('h2');
    if (h2.textContent !== heading) h2.textContent = heading;
    const loading = this.prop('loading') === true;
    this.node('.modal').classList.toggle('is-loading', loading);
    this.node('.body').setAttribute('aria-busy', String(loading));
    const spinner = this.node('.loading');
    spinner.setAttribute('aria-label', chromeText('loading'));
    this.node('.close').setAttribute('aria-label', chromeText('close'));
    const slots = [...this.root.querySelectorAll<HTMLSlotElement>('footer slot')];
    this.node('footer').classList.toggle('empty', slots.every((s) => s.assignedElements().length === 0));
  }
}
