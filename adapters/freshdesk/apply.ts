// Apply: write the triage back to the ticket through the documented interface methods (hosts/freshdesk.md
// §2): `setValue` on `priority` (codes 1–4), `tag` and `cf_*` in the properties widget, and the note
// editor opened with the note. Idempotent by construction: the plan is computed from the ticket's current
// state and contains only what differs, so applying twice writes nothing the second time.
//
// Whose priority is it? Every Freshdesk ticket has one (Low by default), so "a priority is set" proves
// nothing. We mark the priority we set with a tag `cd_priority_<code>`: the current priority is ours
// when that tag matches it, Freshdesk's default when it is Low and none of our tags is there yet, and the
// agent's otherwise — which is never overwritten without `confirmPriority`.
import { escapeHtml, type Priority, type Triage } from '../../core/index.ts';
import { PRIORITY_CODES } from './codes.ts';
import type { FreshdeskClient } from './fdk.ts';
import type { FreshdeskSettings } from './settings.ts';

export const TAG_PREFIX = 'cd_';
export const tierTag = (tier: string) => `cd_tier_${tier}`;
export const categoryTag = (category: string) => `cd_cat_${category}`;
export const riskTag = (risk: string) => `cd_risk_${risk}`;
export const priorityTag = (priority: Priority) => `cd_priority_${PRIORITY_CODES[priority]}`;
/** Families with one current value: a stale member is replaced, so the tags never say two tiers. */
const SINGLE_VALUED = ['cd_tier_', 'cd_cat_', 'cd_priority_'];
/** Starts every note we write, so a re-apply finds it among the ticket's notes. */
export const NOTE_MARKER = '[Complaint Desk]';

export interface CurrentState {
  priority?: Priority | undefined;
  tags: string[];
  /** Custom field values by name (`cf_…`). */
  fields: Record<string, string | undefined>;
  /** Private notes already on the ticket (plain text), when the host gives the conversation. */
  notes?: string[];
}

export interface ApplyPlan {
  setPriority?: Priority;
  /** The agent's own priority differs and no confirm was given: nothing is written for it. */
  priorityNeedsConfirm?: { current: Priority; proposed: Priority };
  addTags: string[];
  removeTags: string[];
  /** The whole tag list to set (Freshdesk's `setValue` on `tag` takes the list), when tags change. */
  tags?: string[];
  setFields: Record<string, string>;
  note?: string;
}

export function tagsFor(triage: Pick<Triage, 'tier' | 'category' | 'risks'>): string[] {
  return [tierTag(triage.tier), categoryTag(triage.category), ...triage.risks.map((r) => riskTag(r.id))];
}

/** Whether the ticket's current priority may be replaced without asking. */
export function priorityIsOurs(state: Pick<CurrentState, 'priority' | 'tags'>): boolean {
  if (state.priority === undefined) return true;
  const tags = state.tags.map((t) => t.toLowerCase());
  if (tags.includes(priorityTag(state.priority))) return true;
  // Freshdesk's default on a ticket nobody triaged yet.
  return state.priority === 'low' && !tags.some((t) => t.startsWith(TAG_PREFIX));
}

export function planApply(
  triage: Pick<Triage, 'tier' | 'category' | 'risks' | 'priority'>,
  state: CurrentState,
  settings: Pick<FreshdeskSettings, 'tierField' | 'categoryField' | 'addPrivateNote'>,
  options: { confirmPriority?: boolean; note?: string } = {},
): ApplyPlan {
  const plan: ApplyPlan = { addTags: [], removeTags: [], setFields: {} };
  let priorityOurs = state.priority === triage.priority && priorityIsOurs(state);
  if (state.priority !== triage.priority) {
    if (priorityIsOurs(state) || options.confirmPriority) {
      plan.setPriority = triage.priority;
      priorityOurs = true;
    } else plan.priorityNeedsConfirm = { current: state.priority!, proposed: triage.priority };
  }
  const wanted = tagsFor(triage);
  if (priorityOurs) wanted.push(priorityTag(triage.priority));
  const have = new Set(state.tags.map((t) => t.toLowerCase()));
  const want = new Set(wanted);
  plan.addTags = wanted.filter((t) => !have.has(t));
  plan.removeTags = state.tags.filter((t) => SINGLE_VALUED.some((p) => t.toLowerCase().startsWith(p)) && !want.has(t.toLowerCase()));
  if (plan.addTags.length > 0 || plan.removeTags.length > 0) {
    const removed = new Set(plan.removeTags);
    plan.tags = [...state.tags.filter((t) => !removed.has(t)), ...plan.addTags];
  }
  if (settings.tierField && state.fields[settings.tierField] !== triage.tier) plan.setFields[settings.tierField] = triage.tier;
  if (settings.categoryField && state.fields[settings.categoryField] !== triage.category) plan.setFields[settings.categoryField] = triage.category;
  const head = options.note?.split('\n')[0];
  if (settings.addPrivateNote && options.note && head && !(state.notes ?? []).some((n) => n.includes(head))) plan.note = options.note;
  return plan;
}

export const planIsEmpty = (plan: ApplyPlan) =>
  plan.setPriority === undefined && plan.tags === undefined && Object.keys(plan.setFields).length === 0 && plan.note === undefined;

/** A short private note; its first line is stable per tier, category and priority, so re-applying finds it. */
export function noteText(triage: Pick<Triage, 'tier' | 'category' | 'priority' | 'risks' | 'reasons'>): string {
  const head = `${NOTE_MARKER} ${triage.tier} · ${triage.category} · ${triage.priority}`;
  const risks = triage.risks.length ? `Risks: ${triage.risks.map((r) => r.id).join(', ')}` : 'Risks: none';
  return [head, risks, ...triage.reasons.map((r) => `- ${r.text}`)].join('\n');
}

/**
 * Text for Freshdesk's rich-text editors (reply and note): escaped, line breaks as <br>. Ticket text can
 * contain markup a customer wrote; escaping keeps it from becoming live HTML in the agent's editor.
 */
export function editorHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** Writes a plan: one `setValue` per property, the tag list once, the note editor once. */
export async function executePlan(client: Pick<FreshdeskClient, 'interface'>, plan: ApplyPlan): Promise<void> {
  if (plan.setPriority) await client.interface.trigger('setValue', { id: 'priority', value: PRIORITY_CODES[plan.setPriority] });
  for (const [id, value] of Object.entries(plan.setFields)) await client.interface.trigger('setValue', { id, value });
  if (plan.tags) await client.interface.trigger('setValue', { id: 'tag', value: plan.tags });
  // A private note: opens the note editor with the text; the agent's own draft elsewhere is untouched.
  if (plan.note) await client.interface.trigger('click', { id: 'note', text: editorHtml(plan.note), isPublic: false });
}
