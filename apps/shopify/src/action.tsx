/** @jsxImportSource preact */
// Entry of the "Handle complaint" action extension (shopify.extension.toml `module`).
import { render } from 'preact';
import { ActionExtension } from './ActionExtension.tsx';

export default async () => {
  render(<ActionExtension />, document.body);
};
