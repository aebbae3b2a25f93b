/** @jsxImportSource preact */
// Entry of the order block extension (shopify.extension.toml `module`): Remote DOM calls the default export.
import { render } from 'preact';
import { BlockExtension } from './BlockExtension.tsx';

export default async () => {
  render(<BlockExtension />, document.body);
};
