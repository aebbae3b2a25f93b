// Status and feedback: s-badge, s-banner, s-spinner.
import { chromeText, PolarisElement, type PropKind } from './base.ts';
import { perTone, TEXT, TONES } from './tokens.ts';

/** A pill; `tone` picks the admin's badge colours (no tone: the grey of "auto"). */
export class Badge extends PolarisElement {
  static override props: Record<string, PropKind> = { tone: 'string', size: 'string', color: 'string', icon: 'string' };
  static override styles = `
:host { display: inline-flex; vertical-align: middle; max-width: 100%; }
span { display: inline-flex; align-items: center; min-height: 20px; padding: 2px 8px; border-radius: 8px; font-size: 12px; line-height: 16px; font-weight: 550; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
span { background: ${TONES.auto.badgeBg}; color: ${TONES.auto.badgeText}; }
${perTone((t) => `:host([tone="${t}"]) span`, (t) => `background: ${t.badgeBg}; color: ${t.badgeText};`)}
:host([color="strong"]) span { filter: saturate(1.4) brightness(0.92); }
:host([size="large"]) span, :host([size="large-100"]) span { font-size: 13px; line-height: 20px; padding: 2px 10px; }
`;
  static override markup = '<span part="badge"><slot></slot></span>';
  declare tone: string;
}

/** A tinted box with an icon, an optional `heading` and the extension's message. */
export class Banner extends PolarisElement {
  static override props: Record<string, PropKind> = { tone: 'string', heading: 'string', dismissible: 'boolean' };
  static override styles = `
:host { display: block; }
.banner { display: flex; gap: 8px; align-items: flex-start; padding: 10px 12px; border-radius: 12px; background: #f1f1f1; color: ${TEXT.base}; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, 0.04); }
.icon { flex: none; width: 20px; height: 20px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center; color: #fff; font-size: 12px; font-weight: 700; line-height: 1; background: #8a8a8a; }
.icon::before { content: "i"; }
.body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.heading { margin: 0; font-weight: 650; }
.heading:empty { display: none; }
.dismiss { flex: none; border: 0; background: transparent; border-radius: 8px; width: 24px; height: 24px; cursor: pointer; color: ${TEXT.subdued}; font-size: 16px; }
.dismiss:hover { background: rgba(0, 0, 0, 0.06); }
.dismiss:focus-visible { outline: 2px solid #005bd3; outline-offset: 1px; }
${perTone((t) => `:host([tone="${t}"]) .banner`, (t) => `background: ${t.bannerBg};`)}
${perTone((t) => `:host([tone="${t}"]) .icon`, (t) => `background: ${t.bannerEdge};`)}
:host([tone="success"]) .icon::before { content: "✓"; }
:host([tone="warning"]) .icon::before, :host([tone="caution"]) .icon::before, :host([tone="critical"]) .icon::before { content: "!"; }
:host([tone="warning"]) .icon, :host([tone="caution"]) .icon { color: #4f4700; }
`;
  static override markup =
    '<div class="banner" part="banner"><span class="icon" aria-hidden="true"></span><div class="body"><p class="heading"></p><slot></slot></div><button class="dismiss" type="button" hidden>×</button></div>';
  declare tone: string;
  declare heading: string;

  constructor() {
    super();
    this.node('.dismiss').addEventListener('click', () => {
      this.dispatchEvent(new Event('dismiss'));
      this.hidden = true;
      this.dispatchEvent(new Event('afterhide'));
    });
  }

  protected override update(): void {
    const heading = (this.prop('heading') as string | undefined) ?? '';
    const p = this.node('.heading');
    if (p.textContent !== heading) p.textContent = heading;
    const dismiss = this.node<HTMLButtonElement>('.dismiss');
    dismiss.hidden = this.prop('dismissible') !== true;
    dismiss.setAttribute('aria-label', chromeText('close'));
    this.internals.role = this.prop('tone') === 'critical' ? 'alert' : 'status';
  }
}

/** The admin's ring spinner; announced with its `accessibilityLabel`. */
export class Spinner extends PolarisElement {
  static override props: Record<string, PropKind> = { accessibilityLabel: 'string', size: 'string' };
  static override styles = `
:host { display: inline-flex; width: 20px; height: 20px; }
:host([size="large"]) { width: 32px; height: 32px; }
:host([size="large-100"]) { width: 44px; height: 44px; }
span { width: 100%; height: 100%; border-radius: 50%; border: 2px solid rgba(0, 0, 0, 0.15); border-top-color: ${TEXT.base}; animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { span { animation-duration: 2.4s; } }
`;
  static override markup = '<span part="spinner"></span>';

  protected override update(): void {
    this.internals.role = 'status';
    this.internals.ariaLabel = (this.prop('accessibilityLabel') as string | undefined) ?? chromeText('loading');
  }
}
