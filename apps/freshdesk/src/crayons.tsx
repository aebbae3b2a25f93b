// Crayons (Freshdesk's design system) without its Stencil runtime: the markup of fw-button, fw-label,
// fw-inline-message and fw-spinner, styled by those components' own CSS, which the build extracts from
// the installed @freshworks/crayons package (scripts/build/crayonsCss.ts), next to crayons-min.css.
// The web components themselves would add ~21 KB gzip that the 150 KB budget has no room for (see
// apps/freshdesk/README.md). Children are React text: nothing here takes HTML.
import type { ReactNode } from 'react';
import type { Tone } from '../../shared/viewModel.ts';

export function FwButton(props: {
  children: ReactNode;
  onClick?: () => void;
  color?: 'primary' | 'secondary' | 'danger' | 'link';
  size?: 'small' | 'normal';
  disabled?: boolean;
  testId?: string;
}) {
  const { color = 'secondary', size = 'small' } = props;
  return (
    <span className="fw-button">
      <button
        type="button"
        className={`fw-btn fw-btn--${color} fw-btn--${size} fw-btn--has-label`}
        disabled={props.disabled}
        aria-disabled={props.disabled ? 'true' : 'false'}
        onClick={props.onClick}
        data-testid={props.testId}
      >
        <span className="fw-btn--label">{props.children}</span>
      </button>
    </span>
  );
}

const LABEL_COLOR: Record<Tone, string> = { neutral: 'label--grey', info: 'label--blue', warning: 'label--yellow', danger: 'label--red', success: 'label--green' };

export function FwLabel(props: { tone: Tone; children: ReactNode; testId?: string; value?: string }) {
  return (
    <span className="fw-label">
      <span className={`label ${LABEL_COLOR[props.tone]}`} data-testid={props.testId} data-value={props.value}>
        {props.children}
      </span>
    </span>
  );
}

export type MessageType = 'info' | 'warning' | 'error' | 'success';
export const MESSAGE_TYPE: Record<Tone, MessageType> = { neutral: 'info', info: 'info', warning: 'warning', danger: 'error', success: 'success' };

export function FwInlineMessage(props: { type: MessageType; children: ReactNode; testId?: string; tone?: string }) {
  return (
    <div className="fw-inline-message" role={props.type === 'error' || props.type === 'warning' ? 'alert' : 'status'} data-testid={props.testId} data-tone={props.tone}>
      <div className={`alert alert--${props.type}`}>
        <div className="alert__message">{props.children}</div>
      </div>
    </div>
  );
}

export function FwSpinner() {
  return (
    <span className="fw-spinner" aria-hidden="true">
      <svg className="spinner" viewBox="0 0 50 50" width="16" height="16">
        <circle className="path" cx="25" cy="25" r="18" fill="none" strokeWidth="8" />
      </svg>
    </span>
  );
}
