// The Polaris web components our stand-ins cover: every tag apps/shopify/src renders. No DOM here, so the
// browser test (in Node) can compare it with the extensions' sources; polaris/index.ts must define each.
export const COMPONENT_TAGS = [
  's-admin-block',
  's-admin-action',
  's-badge',
  's-banner',
  's-button',
  's-heading',
  's-list-item',
  's-section',
  's-spinner',
  's-stack',
  's-text',
  's-text-area',
  's-unordered-list',
] as const;

export type ComponentTag = (typeof COMPONENT_TAGS)[number];
