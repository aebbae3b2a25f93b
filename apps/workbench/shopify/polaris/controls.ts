// Controls: s-button and s-text-area, each wrapping the native control in its shadow root, so focus,
// keyboard, selection and the accessibility tree come from the browser.
import { PolarisElement, type PropKind } from './base.ts';
import { SURFACE, TEXT, TONES } from './tokens.ts';

const PRIMARY = ':host([variant="primary"]) button, :host([slot="primary-action"]:not([variant])) button, :host([slot="primary-action"][variant="auto"]) button';

/**
 * A button. The extension's `onClick` is a `click` listener on this element (Preact); while `disabled` or
 * `loading` a capture listener of ours swallows the click before it gets there. In the `primary-action`
 * slot of s-admin-action it is a primary button unless it says otherwise, as in the admin.
 */
export class Button extends PolarisElement {
  static override props: Record<string, PropKind> = {
    variant: 'string',
    tone: 'string',
    disabled: 'boolean',
    loading: 'boolean',
    accessibilityLabel: 'string',
    type: 'string',
    icon: 'string',
  };
  static override delegatesFocus = true;
  static override styles = `
:host { display: inline-flex; vertical-align: middle; max-width: 100%; }
button { position: relative; display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-height: 28px; max-width: 100%; margin: 0; padding: 6px 12px; border: 0; border-radius: 8px; font: inherit; font-size: 12px; line-height: 16px; font-weight: 550; cursor: pointer; user-select: none;
  background: ${SURFACE.card}; color: ${TEXT.base};
  box-shadow: inset 0 -1px 0 0 #b5b5b5, inset 0 0 0 1px rgba(0, 0, 0, 0.1), inset 0 0.5px 0 1.5px #fff; }
button:hover { background: #fafafa; }
button:active { background: #f7f7f7; box-shadow: inset 0 2px 1px 0 rgba(26, 26, 26, 0.2); }
button:focus-visible { outline: 2px solid ${SURFACE.focus}; outline-offset: 1px; }
${PRIMARY} { background: #303030; color: #fff; box-shadow: inset 0 -1px 0 1px rgba(0, 0, 0, 0.8), inset 0 0 0 1px #303030, inset 0 0.5px 0 1.5px rgba(255, 255, 255, 0.25); }
${PRIMARY.split(', ').map((s) => `${s}:hover`).join(', ')} { background: #1a1a1a; }
:host([tone="critical"]) button { color: ${TONES.critical.text}; }
:host([tone="critical"][variant="primary"]) button, :host([tone="critical"][slot="primary-action"]:not([variant])) button { background: #c70a24; color: #fff; box-shadow: inset 0 -1px 0 1px rgba(142, 11, 33, 0.8), inset 0 0 0 1px #c70a24; }
:host([variant="tertiary"]) button { background: transparent; box-shadow: none; }
:host([variant="tertiary"]) button:hover { background: rgba(0, 0, 0, 0.06); }
:host([disabled]) button, :host([disabled]) button:hover { background: rgba(0, 0, 0, 0.06); color: ${TEXT.disabled}; box-shadow: none; cursor: default; }
:host([loading]) .label { visibility: hidden; }
.spinner { display: none; position: absolute; inset: 0; margin: auto; width: 16px; height: 16px; border-radius: 50%; border: 2px solid currentColor; border-top-color: transparent; animation: spin 0.8s linear infinite; }
:host([loading]) .spinner { display: block; }
:host([loading]) button { cursor: default; }
@keyframes spin { to { transform: rotate(360deg); } }
.label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;
  static override markup = '<button part="button" type="button"><span class="spinner" aria-hidden="true"></span><span class="label"><slot></slot></span></button>';
  declare disabled: boolean;
  declare loading: boolean;
  declare variant: string;
  declare tone: string;

  constructor() {
    super();
    // Registered before any listener of the extension's, so it runs first at this target.
    this.addEventListener(
      'click',
      (event) => {
        if (this.prop('disabled') === true || this.prop('loading') === true) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      { capture: true },
    );
  }

  protected override update(): void {
    const button = this.node<HTMLButtonElement>('button');
    const disabled = this.prop('disabled') === true;
    const loading = this.prop('loading') === true;
    button.disabled = disabled;
    button.toggleAttribute('aria-busy', loading);
    if (loading) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
    const label = this.prop('accessibilityLabel') as string | undefined;
    if (label) button.setAttribute('aria-label', label);
    else button.removeAttribute('aria-label');
    this.internals.ariaDisabled = disabled ? 'true' : null;
  }
}

/**
 * A multi-line field. `value` is a property (as on a <textarea>); typing fires `input` and, on commit,
 * `change` on this element, so `event.currentTarget.value` is the new text. Setting `value` from the
 * extension does not fire events and leaves the caret alone when the text is already there.
 */
export class TextArea extends PolarisElement {
  static override props: Record<string, PropKind> = {
    label: 'string',
    details: 'string',
    error: 'string',
    placeholder: 'string',
    name: 'string',
    rows: 'number',
    maxLength: 'number',
    minLength: 'number',
    readOnly: 'boolean',
    disabled: 'boolean',
    required: 'boolean',
    labelAccessibilityVisibility: 'string',
    autocomplete: 'string',
  };
  static override delegatesFocus = true;
  static override styles = `
:host { display: block; min-width: 0; }
label { display: block; margin-bottom: 4px; color: ${TEXT.base}; overflow-wrap: anywhere; }
label:empty { display: none; }
:host([label-accessibility-visibility="exclusive"]) label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
textarea { display: block; width: 100%; margin: 0; padding: 6px 12px; border: 1px solid ${SURFACE.borderStrong}; border-radius: 8px; background: #fdfdfd; color: ${TEXT.base}; font: inherit; resize: vertical; }
textarea:hover { border-color: #616161; }
textarea:focus { outline: 2px solid ${SURFACE.focus}; outline-offset: 1px; border-color: ${SURFACE.borderStrong}; }
:host([readonly]) textarea { background: ${SURFACE.secondary}; border-color: ${SURFACE.border}; }
:host([disabled]) textarea { background: ${SURFACE.secondary}; border-color: ${SURFACE.border}; color: ${TEXT.disabled}; }
:host([error]) textarea { border-color: #e51c00; background: #fff4f4; }
p { margin: 4px 0 0; overflow-wrap: anywhere; }
p:empty { display: none; }
.details { color: ${TEXT.subdued}; }
.error { color: ${TONES.critical.text}; }
`;
  static override markup = '<label part="label" for="field"></label><textarea part="textarea" id="field" aria-describedby="details error"></textarea><p class="details" id="details"></p><p class="error" id="error"></p>';
  declare label: string;
  declare readOnly: boolean;
  #value = '';

  constructor() {
    super();
    const field = this.node<HTMLTextAreaElement>('textarea');
    field.addEventListener('input', (event) => {
      event.stopPropagation();
      this.#value = field.value;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    field.addEventListener('change', (event) => {
      event.stopPropagation();
      this.#value = field.value;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    });
  }

  get value(): string {
    return this.#value;
  }

  set value(value: unknown) {
    this.#value = value === null || value === undefined ? '' : String(value);
    const field = this.node<HTMLTextAreaElement>('textarea');
    if (field.value !== this.#value) field.value = this.#value;
  }

  get defaultValue(): string {
    return this.node<HTMLTextAreaElement>('textarea').defaultValue;
  }

  set defaultValue(value: unknown) {
    const field = this.node<HTMLTextAreaElement>('textarea');
    field.defaultValue = value === null || value === undefined ? '' : String(value);
    if (this.#value === '') this.#value = field.value;
  }

  protected override update(): void {
    const text = (name: string) => (this.prop(name) as string | undefined) ?? '';
    const label = this.node('label');
    if (label.textContent !== text('label')) label.textContent = text('label');
    const details = this.node('.details');
    if (details.textContent !== text('details')) details.textContent = text('details');
    const error = this.node('.error');
    if (error.textContent !== text('error')) error.textContent = text('error');
    const field = this.node<HTMLTextAreaElement>('textarea');
    field.rows = (this.prop('rows') as number | undefined) ?? 2;
    field.readOnly = this.prop('readOnly') === true;
    field.disabled = this.prop('disabled') === true;
    field.required = this.prop('required') === true;
    field.placeholder = text('placeholder');
    field.name = text('name');
    const max = this.prop('maxLength') as number | undefined;
    if (max !== undefined) field.maxLength = max;
    else field.removeAttribute('maxlength');
    const min = this.prop('minLength') as number | undefined;
    if (min !== undefined) field.minLength = min;
    else field.removeAttribute('minlength');
    field.setAttribute('autocomplete', text('autocomplete') || 'off');
    field.setAttribute('aria-invalid', text('error') ? 'true' : 'false');
    // No visible label: the placeholder still names the field for assistive technology.
    if (!text('label') && text('placeholder')) field.setAttribute('aria-label', text('placeholder'));
    else field.removeAttribute('aria-label');
  }
}
