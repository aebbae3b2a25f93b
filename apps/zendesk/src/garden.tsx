// Zendesk Garden's Button, Tag, Alert and Dots as plain markup: the elements, roles and attributes the
// Garden components render, with the class names of the stylesheet the build renders from Garden itself
// (apps/zendesk/gardenCss.ts; scripts/build/zendesk.ts links it). Garden's runtime would cost ~30 KB
// gzip of the 150 KB budget. garden.test.tsx checks this markup against Garden's. Children are React
// text: nothing here takes HTML.
import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode } from 'react';

type DataAttributes = { [key: `data-${string}`]: string | undefined };

/** Garden's small Button (the one size the sidebar uses): default, `isPrimary` or `isDanger`. */
export function Button({ isPrimary, isDanger, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & DataAttributes & { isPrimary?: boolean; isDanger?: boolean }) {
  const variant = isPrimary ? 'zd-button-primary' : isDanger ? 'zd-button-danger' : 'zd-button';
  return <button {...props} type={type} className={variant} />;
}

export type Hue = 'grey' | 'blue' | 'yellow' | 'red' | 'green';

export function Tag({ hue, ...props }: HTMLAttributes<HTMLDivElement> & DataAttributes & { hue: Hue }) {
  return <div {...props} className={`zd-tag-${hue}`} />;
}

export type AlertType = 'info' | 'warning' | 'error' | 'success';

/** Garden's Alert: the type's icon, an optional bold title, then the children. Every type is `role="alert"`, as in Garden. */
export function Alert({ type, title, children, ...props }: HTMLAttributes<HTMLDivElement> & DataAttributes & { type: AlertType; title?: ReactNode }) {
  return (
    <div role="alert" {...props} className={`zd-alert-${type}`}>
      <span className={`zd-alert-${type}__icon`} aria-hidden="true" />
      {title !== undefined && <div className={`zd-alert-${type}__title`}>{title}</div>}
      {children}
    </div>
  );
}

/** Garden's Dots loader at 20 px: hidden for its first 750 ms, as Garden's is, so a fast load never flashes it. */
export function Dots() {
  return (
    <svg focusable="false" viewBox="0 0 80 72" role="img" className="zd-dots">
      <g fill="currentColor">
        <circle cy="36" r="9" cx="9" className="zd-dots__dots-circle-one" />
        <circle cy="36" r="9" cx="40" className="zd-dots__dots-circle-two" />
        <circle cy="36" r="9" cx="71" className="zd-dots__dots-circle-three" />
      </g>
    </svg>
  );
}
