// The order tags Save writes, so merchants can filter orders ("tag:complaint:crisis") and Shopify Flow
// can react. One tier tag and one category tag per order: the last triage wins, older complaint tags go.
import type { CategoryId, Tier } from '../../core/model.ts';

export const TAG_PREFIX = 'complaint:';

export const complaintTags = (tier: Tier, category: CategoryId): string[] => [`${TAG_PREFIX}${tier}`, `${TAG_PREFIX}${category}`];

/** Shopify compares tags case-insensitively and trims them; so do we, or Save would never settle. */
const norm = (tag: string) => tag.trim().toLowerCase();

export const isComplaintTag = (tag: string) => norm(tag).startsWith(TAG_PREFIX);

/** What to add and remove so the order carries exactly `wanted` among its complaint tags. */
export function tagChanges(current: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current.map(norm));
  const want = new Set(wanted.map(norm));
  return {
    add: wanted.filter((t) => !have.has(norm(t))),
    remove: current.filter((t) => isComplaintTag(t) && !want.has(norm(t))),
  };
}
