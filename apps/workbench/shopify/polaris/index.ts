// Registers our stand-ins for every Polaris web component the two extensions render (tags.ts; the browser
// test fails when the extensions render a tag that is not there, the type-check when one is not here).
import { define, type PolarisElement, type PropKind } from './base.ts';
import { Button, TextArea } from './controls.ts';
import { Badge, Banner, Spinner } from './feedback.ts';
import { Heading, ListItem, Section, Stack, Text, UnorderedList } from './layout.ts';
import { AdminAction, AdminBlock } from './surfaces.ts';
import type { ComponentTag } from './tags.ts';

export { onAdminActionClose } from './surfaces.ts';

export const COMPONENTS: Record<ComponentTag, (new () => PolarisElement) & { props: Record<string, PropKind> }> = {
  's-admin-block': AdminBlock,
  's-admin-action': AdminAction,
  's-badge': Badge,
  's-banner': Banner,
  's-button': Button,
  's-heading': Heading,
  's-list-item': ListItem,
  's-section': Section,
  's-spinner': Spinner,
  's-stack': Stack,
  's-text': Text,
  's-text-area': TextArea,
  's-unordered-list': UnorderedList,
};

export function definePolarisElements(): void {
  for (const [tag, type] of Object.entries(COMPONENTS)) define(tag, type);
}
